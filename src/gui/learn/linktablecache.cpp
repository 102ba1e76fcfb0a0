// SPDX-License-Identifier: GPL-3.0-or-later
#include "learn/linktablecache.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

LinkTableCache::LinkTableCache(QObject *parent)
    : QObject(parent)
{
}

LinkTableCache::~LinkTableCache() = default;

void LinkTableCache::refreshIfOld()
{
    if (m_reading || (m_table && m_age.isValid() && m_age.elapsed() < MaxAgeMs))
        return;
    m_reading = true;
    QPointer<LinkTableCache> self(this);
    QThreadPool::globalInstance()->start([self] {
        const LinkTable table = LinkTable::read();
        // Queued to the cache's thread; dropped there if the cache is gone by then.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, table] {
                if (self)
                    self->apply(table);
            },
            Qt::QueuedConnection);
    });
}

void LinkTableCache::apply(const LinkTable &table)
{
    m_reading = false;
    m_table = std::make_unique<LinkTable>(table);
    m_age.start();
    emit ready();
}

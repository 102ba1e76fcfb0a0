// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "learn/linktable.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>

// This machine's interfaces for the layers table, read on a pool thread (QNetworkInterface
// asks the kernel, which the GUI thread must not wait for) and kept for MaxAgeMs, so a
// selection change costs a lookup in a value.
class LinkTableCache : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 MaxAgeMs = 30000;

    explicit LinkTableCache(QObject *parent = nullptr);
    ~LinkTableCache() override;

    // nullptr until the first read has finished.
    const LinkTable *table() const { return m_table.get(); }
    // Starts a read on a pool thread when there is none yet or it is older than MaxAgeMs;
    // ready() follows. Never blocks.
    void refreshIfOld();

signals:
    void ready();

private:
    void apply(const LinkTable &table);

    std::unique_ptr<LinkTable> m_table;
    QElapsedTimer m_age;
    bool m_reading = false;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#include "connections/portowner.h"

#include "connections/connectiontablemodel.h"

#include <QCoreApplication>

QString portOwner(const ConnectionTableModel *model, const Endpoint &local)
{
    if (!model || local.isNull())
        return {};
    for (int row = 0; row < model->rowCount(); ++row) {
        const SocketRecord &record = model->record(row);
        if (record.pid <= 0 || record.local.port() != local.port()
            || !record.local.address().isEqual(local.address(), QHostAddress::TolerantConversion))
            continue;
        return QCoreApplication::translate("PortOwner", "%1 (PID %2)")
            .arg(record.process)
            .arg(record.pid);
    }
    return {};
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sockettable/socketrecord.h"

#include <QSortFilterProxyModel>

#include <optional>

class ConnectionTableModel;

// What the Connections view shows of the table: by protocol, by state, listening only,
// SockLab's own only, and a free text matched against addresses, ports, pid and program.
// Sorts on the model's raw values (address bytes, numbers), not on the displayed text.
class ConnectionFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ConnectionFilterModel(QObject *parent = nullptr);

    void setConnectionModel(ConnectionTableModel *model);
    ConnectionTableModel *connectionModel() const { return m_model; }

    // nullopt: both protocols.
    void setProtocol(std::optional<SocketRecord::Protocol> protocol);
    // Empty: every state; otherwise a state name as shown ("LISTEN", "UNCONN", ...).
    void setStateName(const QString &state);
    // TCP LISTEN and unconnected UDP, as netstat -l.
    void setListeningOnly(bool on);
    void setOwnOnly(bool on);
    void setText(const QString &text);

    bool acceptsRecord(const SocketRecord &record) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    ConnectionTableModel *m_model = nullptr;
    std::optional<SocketRecord::Protocol> m_protocol;
    QString m_state;
    bool m_listeningOnly = false;
    bool m_ownOnly = false;
    QString m_text;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/multicastmembership.h"

#include <QGroupBox>
#include <QPointer>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class UdpSession;

// The UDP server pane's multicast box (issue 12), built in code: a group, the interface to
// join it on (the loopback interface preselected: nothing from the network arrives unless
// another is chosen), an optional source (source-specific), Join and Leave, and the socket's
// memberships as the session reports them.
class MulticastBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit MulticastBox(QWidget *parent = nullptr);

    // The session joined and left through (null: none); the list follows its memberships.
    void setSession(UdpSession *session);
    // Join is offered while the socket is bound.
    void setBound(bool bound);

    // The membership the fields describe; nullopt with a sentence in *error when they do not.
    std::optional<MulticastMembership> membership(QString *error) const;
    QComboBox *interfaceCombo() const { return m_interface; }
    QLineEdit *groupEdit() const { return m_group; }
    QLineEdit *sourceEdit() const { return m_source; }
    QListWidget *membershipList() const { return m_list; }

signals:
    // A sentence for the pane's status line (the fields do not describe a membership).
    void problem(const QString &message);

private:
    void join();
    void leave();
    void refresh();
    void updateButtons();

    QPointer<UdpSession> m_session;
    bool m_bound = false;
    QList<MulticastMembership> m_shown;
    QLineEdit *m_group = nullptr;
    QComboBox *m_interface = nullptr;
    QLineEdit *m_source = nullptr;
    QPushButton *m_join = nullptr;
    QPushButton *m_leave = nullptr;
    QListWidget *m_list = nullptr;
};

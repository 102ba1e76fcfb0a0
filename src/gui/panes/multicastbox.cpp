// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/multicastbox.h"

#include "net/endpoint.h"
#include "net/udpsession.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkInterface>
#include <QPushButton>
#include <QVBoxLayout>

MulticastBox::MulticastBox(QWidget *parent)
    : QGroupBox(tr("Multicast"), parent)
{
    setObjectName(QStringLiteral("multicastBox"));
    m_group = new QLineEdit(this);
    m_group->setObjectName(QStringLiteral("multicastGroupEdit"));
    m_group->setPlaceholderText(tr("239.1.2.3 or ff15::1"));
    m_interface = new QComboBox(this);
    m_interface->setObjectName(QStringLiteral("multicastInterfaceCombo"));
    const QString loopback = MulticastMembership::loopbackInterfaceName();
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces)
        m_interface->addItem(interface.humanReadableName(), interface.name());
    if (m_interface->findData(loopback) < 0)
        m_interface->addItem(loopback, loopback);
    m_interface->setCurrentIndex(m_interface->findData(loopback));
    m_interface->setToolTip(tr("The loopback interface keeps the group on this machine; choose "
                               "another to receive from the network."));
    m_source = new QLineEdit(this);
    m_source->setObjectName(QStringLiteral("multicastSourceEdit"));
    m_source->setPlaceholderText(tr("any sender"));
    m_source->setToolTip(tr("Source-specific multicast: only datagrams from this address."));
    m_join = new QPushButton(tr("&Join"), this);
    m_join->setObjectName(QStringLiteral("multicastJoinButton"));
    m_leave = new QPushButton(tr("&Leave"), this);
    m_leave->setObjectName(QStringLiteral("multicastLeaveButton"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("multicastList"));
    m_list->setAccessibleName(tr("Multicast groups joined"));
    m_list->setMaximumHeight(fontMetrics().height() * 5);

    auto *form = new QFormLayout;
    form->addRow(tr("Group:"), m_group);
    form->addRow(tr("Interface:"), m_interface);
    form->addRow(tr("Source:"), m_source);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_join);
    buttons->addWidget(m_leave);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_list);

    connect(m_join, &QPushButton::clicked, this, &MulticastBox::join);
    connect(m_group, &QLineEdit::returnPressed, this, &MulticastBox::join);
    connect(m_leave, &QPushButton::clicked, this, &MulticastBox::leave);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &MulticastBox::updateButtons);
    updateButtons();
}

void MulticastBox::setSession(UdpSession *session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (session)
        connect(session, &UdpSession::membershipsChanged, this, &MulticastBox::refresh);
    refresh();
}

void MulticastBox::setBound(bool bound)
{
    m_bound = bound;
    if (!bound)
        refresh();
    updateButtons();
}

std::optional<MulticastMembership> MulticastBox::membership(QString *error) const
{
    QString text = Endpoint::normalizeHost(m_group->text());
    if (text.contains(u':'))
        text = u'[' + text + u']'; // parse() reads GROUP@IFACE: keep an IPv6 group whole
    text += u'@' + m_interface->currentData().toString();
    if (!m_source->text().trimmed().isEmpty())
        text += QStringLiteral(",source=") + m_source->text().trimmed();
    return MulticastMembership::parse(text, error);
}

void MulticastBox::join()
{
    if (!m_session || !m_bound)
        return;
    QString error;
    const std::optional<MulticastMembership> wanted = membership(&error);
    if (!wanted) {
        emit problem(error);
        return;
    }
    m_session->joinGroup(*wanted);
}

void MulticastBox::leave()
{
    const int row = m_list->currentRow();
    if (!m_session || row < 0 || row >= m_shown.size())
        return;
    m_session->leaveGroup(m_shown.at(row));
}

void MulticastBox::refresh()
{
    m_shown = m_session ? m_session->memberships() : QList<MulticastMembership>();
    m_list->clear();
    for (const MulticastMembership &membership : std::as_const(m_shown)) {
        m_list->addItem(membership.isActive
                                ? membership.toString()
                                : tr("%1 (interface down: rejoined when it is back)")
                                          .arg(membership.toString()));
    }
    updateButtons();
}

void MulticastBox::updateButtons()
{
    m_join->setEnabled(m_bound && m_session);
    m_leave->setEnabled(m_bound && m_session && m_list->currentRow() >= 0);
}

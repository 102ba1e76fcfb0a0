// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/multicastsendoptions.h"

#include "net/multicastmembership.h"
#include "net/udpsession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QNetworkInterface>
#include <QSpinBox>

MulticastSendOptions::MulticastSendOptions(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("multicastSendOptions"));
    m_ttl = new QSpinBox(this);
    m_ttl->setObjectName(QStringLiteral("multicastTtlSpin"));
    m_ttl->setRange(0, 255);
    m_ttl->setValue(1);
    m_ttl->setToolTip(tr("Multicast TTL (IPv4) or hop limit (IPv6): 1 keeps datagrams to a "
                         "group on the local link."));
    m_loop = new QCheckBox(tr("Loop&back"), this);
    m_loop->setObjectName(QStringLiteral("multicastLoopCheck"));
    m_loop->setChecked(true);
    m_loop->setToolTip(tr("Datagrams to a group also reach members on this machine."));
    m_interface = new QComboBox(this);
    m_interface->setObjectName(QStringLiteral("multicastSendInterfaceCombo"));
    m_interface->addItem(tr("(routing table)"), QString());
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces)
        m_interface->addItem(interface.humanReadableName(), interface.name());
    const int loopback = m_interface->findData(MulticastMembership::loopbackInterfaceName());
    m_interface->setCurrentIndex(loopback >= 0 ? loopback : 0);
    m_interface->setToolTip(tr("Interface datagrams to a group leave from; the loopback "
                               "interface keeps them on this machine."));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Multicast &TTL:"), this);
    label->setBuddy(m_ttl);
    layout->addWidget(label);
    layout->addWidget(m_ttl);
    layout->addWidget(m_loop);
    auto *interfaceLabel = new QLabel(tr("&Via:"), this);
    interfaceLabel->setBuddy(m_interface);
    layout->addWidget(interfaceLabel);
    layout->addWidget(m_interface);
    layout->addStretch();

    connect(m_ttl, &QSpinBox::valueChanged, this, &MulticastSendOptions::changed);
    connect(m_loop, &QCheckBox::toggled, this, &MulticastSendOptions::changed);
    connect(m_interface, &QComboBox::currentIndexChanged, this, &MulticastSendOptions::changed);
}

void MulticastSendOptions::applyTo(UdpOptions *options) const
{
    options->multicastTtl = m_ttl->value();
    options->multicastLoopback = m_loop->isChecked() ? 1 : 0;
    options->multicastInterface = m_interface->currentData().toString();
}

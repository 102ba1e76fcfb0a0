// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QSpinBox;
struct UdpOptions;

// The UDP client pane's options for datagrams to a multicast group (issue 12), built in code:
// TTL / hop limit (1: the local link only), loopback to this machine's own members, and the
// interface to send from, the loopback interface preselected so nothing leaves the machine
// until another is chosen.
class MulticastSendOptions : public QWidget
{
    Q_OBJECT

public:
    explicit MulticastSendOptions(QWidget *parent = nullptr);

    // Copies TTL, loopback and interface into options; the rest is left as it is.
    void applyTo(UdpOptions *options) const;

signals:
    void changed();

private:
    QSpinBox *m_ttl = nullptr;
    QCheckBox *m_loop = nullptr;
    QComboBox *m_interface = nullptr;
};

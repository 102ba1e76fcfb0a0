// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// The client pane's answer to a rejected server certificate (issue 12): an inline bar, never a
// dialog, with the sentence naming the problem, the certificate's SHA-256 fingerprint and an
// explicit choice to trust that certificate for that host and port. Nothing is ignored
// silently: the connection already failed, and only the choice reconnects.
class TlsTrustBar : public QFrame
{
    Q_OBJECT

public:
    explicit TlsTrustBar(QWidget *parent = nullptr);

    void offer(const QString &problem, const QString &host, quint16 port,
               const QString &fingerprint);
    void dismiss();
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    QString fingerprint() const { return m_fingerprint; }

signals:
    // The user chose to trust fingerprint for host:port.
    void trustChosen(const QString &host, quint16 port, const QString &fingerprint);

private:
    QLabel *m_text = nullptr;
    QPushButton *m_trust = nullptr;
    QPushButton *m_dismiss = nullptr;
    QString m_host;
    quint16 m_port = 0;
    QString m_fingerprint;
};

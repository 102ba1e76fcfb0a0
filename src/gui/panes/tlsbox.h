// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "panes/tlsconfig.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// The TLS options of a TCP pane (issue 12), built in code. A server chooses its certificate
// and key (PEM files) or generates a self-signed one for its bind address (kept 0600 in the
// user's data folder, its fingerprint shown), and may require client certificates; a client
// chooses more authorities, its own certificate, and sees the certificates it pinned per host.
// Both choose the oldest TLS version accepted (1.3 by default). Maps to core's TlsOptions.
class TlsBox : public QWidget
{
    Q_OBJECT

public:
    enum class Role { Server, Client };
    explicit TlsBox(Role role, QWidget *parent = nullptr);

    TlsConfig config() const;
    void setConfig(const TlsConfig &config);
    bool isTlsEnabled() const;

    // The options for a session connecting to host:port (a client's pins for it) or
    // listening; nullopt with one sentence in *error when a field or file is unusable.
    std::optional<TlsOptions> options(const QString &host, quint16 port, QString *error) const;

    // Server: what the address field says, for the names of a generated certificate.
    void setBindAddressText(const QString &text);
    // Client: trust fingerprint for host:port from now on (replaces an older pin there).
    void pin(const QString &host, quint16 port, const QString &fingerprint);
    // Off while the session runs: its options were taken at the start.
    void setEditable(bool editable);

    // Makes a self-signed certificate for the bind address (the Generate button).
    bool generateSelfSigned();

signals:
    // One sentence for the pane's status line.
    void problem(const QString &sentence);
    void status(const QString &sentence);

private:
    QLineEdit *addFileRow(QFormLayout *form, const QString &label, const char *name,
                          const QString &accessibleName, const QString &filter);
    void showCertificate();
    void refreshPins();
    void removeSelectedPin();
    void updateWidgets();

    const Role m_role;
    QString m_bindText = QStringLiteral("127.0.0.1");
    QList<TlsPin> m_pins;
    bool m_editable = true;
    QCheckBox *m_enabled = nullptr;
    QComboBox *m_minimum = nullptr;
    QLabel *m_minimumLabel = nullptr;
    QLabel *m_pinsLabel = nullptr;
    QWidget *m_details = nullptr;
    QLineEdit *m_certificate = nullptr;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_ca = nullptr;
    QPushButton *m_generate = nullptr;
    QLineEdit *m_fingerprint = nullptr; // server: SHA-256 of the chosen certificate
    QLabel *m_certificateNote = nullptr; // its validity, or why it cannot be used
    QCheckBox *m_requireClient = nullptr;
    QListWidget *m_pinList = nullptr;
    QPushButton *m_removePin = nullptr;
};

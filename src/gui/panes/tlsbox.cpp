// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/tlsbox.h"

#include "net/endpoint.h"
#include "net/listenaddresses.h"
#include "net/selfsignedcertificate.h"
#include "net/tlsnarration.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSslCertificate>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

TlsBox::TlsBox(Role role, QWidget *parent)
    : QWidget(parent)
    , m_role(role)
{
    setObjectName(QStringLiteral("tlsBox"));
    m_enabled = new QCheckBox(role == Role::Server ? tr("&TLS: accept only encrypted connections")
                                                   : tr("T&LS: encrypt the connection"),
                              this);
    m_enabled->setObjectName(QStringLiteral("tlsCheck"));
    m_enabled->setToolTip(tr("Speak TLS (OpenSSL) on top of TCP; the log narrates the handshake "
                             "and shows the decrypted data."));

    m_details = new QWidget(this);
    m_details->setObjectName(QStringLiteral("tlsDetails"));
    auto *form = new QFormLayout(m_details);
    form->setContentsMargins(18, 0, 0, 0);
    m_minimum = new QComboBox(m_details);
    m_minimum->setObjectName(QStringLiteral("tlsMinimumCombo"));
    m_minimum->addItem(QStringLiteral("TLS 1.3"), int(QSsl::TlsV1_3OrLater));
    m_minimum->addItem(QStringLiteral("TLS 1.2"), int(QSsl::TlsV1_2OrLater));
    m_minimum->setToolTip(tr("The oldest TLS version accepted; a peer that offers only older "
                             "versions fails the handshake."));
    m_minimumLabel = new QLabel(tr("Oldest &version:"), m_details);
    m_minimumLabel->setBuddy(m_minimum);
    form->addRow(m_minimumLabel, m_minimum);

    const QString pem = tr("PEM files (*.pem *.crt *.cer *.key);;All files (*)");
    if (role == Role::Server) {
        m_certificate = addFileRow(form, tr("Certificate:"), "tlsCertificateEdit",
                                   tr("Choose the certificate file"), pem);
        m_key = addFileRow(form, tr("&Key:"), "tlsKeyEdit", tr("Choose the private key file"),
                           pem);
        m_generate = new QPushButton(tr("Generate self-signed certificate"), m_details);
        m_generate->setObjectName(QStringLiteral("tlsGenerateButton"));
        m_generate->setToolTip(tr("Make a certificate and key for the bind address with "
                                  "OpenSSL, kept readable only by you in your data folder."));
        form->addRow(QString(), m_generate);
        // A read-only line: 95 characters without a break would widen the whole pane.
        m_fingerprint = new QLineEdit(m_details);
        m_fingerprint->setObjectName(QStringLiteral("tlsFingerprintEdit"));
        m_fingerprint->setReadOnly(true);
        m_fingerprint->setPlaceholderText(tr("No certificate chosen."));
        auto *fingerprintLabel = new QLabel(QStringLiteral("SHA-256:"), m_details);
        fingerprintLabel->setBuddy(m_fingerprint);
        form->addRow(fingerprintLabel, m_fingerprint);
        m_certificateNote = new QLabel(m_details);
        m_certificateNote->setObjectName(QStringLiteral("tlsCertificateNote"));
        m_certificateNote->setWordWrap(true);
        m_certificateNote->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        m_certificateNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(m_certificateNote);
        m_requireClient = new QCheckBox(tr("Re&quire a client certificate"), m_details);
        m_requireClient->setObjectName(QStringLiteral("tlsRequireClientCheck"));
        form->addRow(m_requireClient);
        m_ca = addFileRow(form, tr("Client CA:"), "tlsCaEdit",
                          tr("Choose the authorities of client certificates"), pem);
        m_ca->setToolTip(tr("Client certificates must be issued by an authority in this PEM "
                            "file."));
        connect(m_generate, &QPushButton::clicked, this, &TlsBox::generateSelfSigned);
        connect(m_certificate, &QLineEdit::textChanged, this, &TlsBox::showCertificate);
    } else {
        m_ca = addFileRow(form, tr("E&xtra CA:"), "tlsCaEdit",
                          tr("Choose more authorities to trust"), pem);
        m_ca->setPlaceholderText(tr("the system's authorities"));
        m_certificate = addFileRow(form, tr("Client cert&ificate:"), "tlsCertificateEdit",
                                   tr("Choose the client certificate file"), pem);
        m_certificate->setPlaceholderText(tr("none"));
        m_key = addFileRow(form, tr("Client &key:"), "tlsKeyEdit",
                           tr("Choose the client private key file"), pem);
        m_key->setPlaceholderText(tr("none"));
        m_pinList = new QListWidget(m_details);
        m_pinList->setObjectName(QStringLiteral("tlsPinList"));
        m_pinList->setAccessibleName(tr("Certificates trusted per host"));
        m_pinList->setToolTip(tr("Server certificates you chose to trust for one host and port, "
                                 "by SHA-256 fingerprint."));
        m_pinList->setMaximumHeight(fontMetrics().height() * 3 + 8);
        m_removePin = new QPushButton(tr("Re&move trust"), m_details);
        m_removePin->setObjectName(QStringLiteral("tlsRemovePinButton"));
        m_pinsLabel = new QLabel(tr("Trusted:"), m_details);
        m_pinsLabel->setBuddy(m_pinList);
        auto *pinRow = new QHBoxLayout;
        pinRow->addWidget(m_pinList, 1);
        pinRow->addWidget(m_removePin, 0, Qt::AlignTop);
        form->addRow(m_pinsLabel, pinRow);
        connect(m_removePin, &QPushButton::clicked, this, &TlsBox::removeSelectedPin);
        connect(m_pinList, &QListWidget::itemSelectionChanged, this, &TlsBox::updateWidgets);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_enabled);
    layout->addWidget(m_details);
    connect(m_enabled, &QCheckBox::toggled, this, &TlsBox::updateWidgets);
    refreshPins();
    showCertificate();
    updateWidgets();
}

QLineEdit *TlsBox::addFileRow(QFormLayout *form, const QString &label, const char *name,
                              const QString &accessibleName, const QString &filter)
{
    auto *edit = new QLineEdit(m_details);
    edit->setObjectName(QString::fromLatin1(name));
    auto *browse = new QToolButton(m_details);
    browse->setText(QStringLiteral("…"));
    browse->setObjectName(QString::fromLatin1(name) + QStringLiteral("Browse"));
    browse->setAccessibleName(accessibleName);
    browse->setToolTip(accessibleName);
    auto *row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(browse);
    auto *text = new QLabel(label, m_details);
    text->setBuddy(edit);
    form->addRow(text, row);
    connect(browse, &QToolButton::clicked, this, [this, edit, accessibleName, filter] {
        // A file dialog the user asked for: no network wait depends on it.
        const QString path = QFileDialog::getOpenFileName(this, accessibleName, edit->text(),
                                                          filter);
        if (!path.isEmpty())
            edit->setText(path);
    });
    return edit;
}

TlsConfig TlsBox::config() const
{
    TlsConfig c;
    c.enabled = m_enabled->isChecked();
    c.certificateFile = m_certificate->text().trimmed();
    c.keyFile = m_key->text().trimmed();
    c.caFile = m_ca->text().trimmed();
    c.requireClientCertificate = m_requireClient && m_requireClient->isChecked();
    c.minimumProtocol = static_cast<QSsl::SslProtocol>(m_minimum->currentData().toInt());
    c.pins = m_pins;
    return c;
}

void TlsBox::setConfig(const TlsConfig &c)
{
    m_enabled->setChecked(c.enabled);
    m_certificate->setText(c.certificateFile);
    m_key->setText(c.keyFile);
    m_ca->setText(c.caFile);
    if (m_requireClient)
        m_requireClient->setChecked(c.requireClientCertificate);
    m_minimum->setCurrentIndex(std::max(0, m_minimum->findData(int(c.minimumProtocol))));
    m_pins = m_role == Role::Client ? c.pins : QList<TlsPin>();
    refreshPins();
    showCertificate();
    updateWidgets();
}

bool TlsBox::isTlsEnabled() const
{
    return m_enabled->isChecked();
}

std::optional<TlsOptions> TlsBox::options(const QString &host, quint16 port,
                                          QString *error) const
{
    const TlsConfig c = config();
    TlsOptions options;
    options.enabled = c.enabled;
    if (!c.enabled)
        return options;
    options.certificateFile = c.certificateFile;
    options.keyFile = c.keyFile;
    options.caFile = c.caFile;
    options.minimumProtocol = c.minimumProtocol;
    if (m_role == Role::Server) {
        options.requireClientCertificate = c.requireClientCertificate;
        if (c.certificateFile.isEmpty() || c.keyFile.isEmpty()) {
            *error = tr("A TLS server needs a certificate and its key: choose both files, or "
                        "press Generate self-signed certificate.");
            return std::nullopt;
        }
        if (c.requireClientCertificate && c.caFile.isEmpty()) {
            *error = tr("To require client certificates, choose the CA file of the authorities "
                        "that issue them.");
            return std::nullopt;
        }
        // The files are read now, so a missing or damaged one is named before anything starts.
        if (!TlsNarration::serverConfiguration(options, error))
            return std::nullopt;
        return options;
    }
    options.trustedFingerprints = c.pinnedFor(host, port);
    if (!TlsNarration::clientConfiguration(options, error))
        return std::nullopt;
    return options;
}

void TlsBox::setBindAddressText(const QString &text)
{
    m_bindText = text;
}

void TlsBox::pin(const QString &host, quint16 port, const QString &fingerprint)
{
    m_pins.erase(std::remove_if(m_pins.begin(), m_pins.end(),
                                [&](const TlsPin &pin) { return pin.matches(host, port); }),
                 m_pins.end());
    m_pins << TlsPin{Endpoint::normalizeHost(host), port, fingerprint.toUpper()};
    refreshPins();
}

void TlsBox::setEditable(bool editable)
{
    m_editable = editable;
    updateWidgets();
}

bool TlsBox::generateSelfSigned()
{
    const QHostAddress bind = ListenAddresses::forText(m_bindText).value(0);
    if (bind.isNull()) {
        emit problem(tr("Enter a valid bind address first: the certificate is made for it."));
        return false;
    }
    const QStringList hosts = SelfSignedCertificate::hostsFor(bind);
    // The one made earlier for these names (by the window or socklab-cli --self-signed) is
    // kept while valid: a client that pinned its fingerprint keeps trusting this server.
    QString error;
    const std::optional<SelfSignedCertificate::Stored> stored =
            SelfSignedCertificate::forHosts(hosts, &error);
    if (!stored) {
        emit problem(error);
        return false;
    }
    m_certificate->setText(stored->certificatePath);
    m_key->setText(stored->keyPath);
    showCertificate();
    if (stored->made) {
        emit status(tr("Made a self-signed certificate for %1 (SHA-256 %2).")
                            .arg(hosts.join(QStringLiteral(", ")), stored->fingerprint));
    } else {
        emit status(tr("Using the self-signed certificate made earlier for %1 (SHA-256 %2); "
                       "delete %3 to make a new one.")
                            .arg(hosts.join(QStringLiteral(", ")), stored->fingerprint,
                                 stored->certificatePath));
    }
    return true;
}

void TlsBox::showCertificate()
{
    if (!m_fingerprint)
        return;
    const auto show = [this](const QString &fingerprint, const QString &note) {
        m_fingerprint->setText(fingerprint);
        m_fingerprint->setCursorPosition(0);
        m_certificateNote->setText(note);
        m_certificateNote->setToolTip(note);
    };
    const QString path = m_certificate->text().trimmed();
    if (path.isEmpty())
        return show({}, {});
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return show({}, tr("Cannot read \"%1\": %2.").arg(path, file.errorString()));
    // A certificate is a few kilobytes; a huge file is not one.
    const QList<QSslCertificate> chain =
            QSslCertificate::fromData(file.read(1024 * 1024), QSsl::Pem);
    if (chain.isEmpty())
        return show({}, tr("\"%1\" holds no PEM certificate.").arg(path));
    const QSslCertificate &certificate = chain.first();
    show(TlsNarration::fingerprint(certificate),
         tr("Valid until %1.")
                 .arg(certificate.expiryDate().toUTC().toString(Qt::ISODate)));
}

void TlsBox::refreshPins()
{
    if (!m_pinList)
        return;
    m_pinList->clear();
    for (const TlsPin &pin : std::as_const(m_pins)) {
        auto *item = new QListWidgetItem(pin.target() + QStringLiteral("  SHA-256 ")
                                                 + pin.fingerprint,
                                         m_pinList);
        item->setToolTip(item->text());
    }
    updateWidgets();
}

void TlsBox::removeSelectedPin()
{
    const int row = m_pinList->currentRow();
    if (row < 0 || row >= m_pins.size() || !m_pinList->currentItem()->isSelected())
        return;
    const TlsPin removed = m_pins.takeAt(row);
    refreshPins();
    emit status(tr("%1 is no longer trusted for %2.").arg(removed.fingerprint, removed.target()));
}

void TlsBox::updateWidgets()
{
    const bool on = m_enabled->isChecked();
    m_enabled->setEnabled(m_editable);
    m_details->setVisible(on);
    // Pins may be removed at any time: they are read at the next connect.
    for (QWidget *widget : m_details->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (widget != m_pinList && widget != m_removePin)
            widget->setEnabled(m_editable);
    }
    if (m_fingerprint) {
        m_fingerprint->setEnabled(true); // stays selectable while running
        m_certificateNote->setEnabled(true);
    }
    if (m_pinList) {
        // Shown once there is something to list (or remove).
        m_pinsLabel->setVisible(!m_pins.isEmpty());
        m_pinList->setVisible(!m_pins.isEmpty());
        m_removePin->setVisible(!m_pins.isEmpty());
    }
    if (m_removePin)
        m_removePin->setEnabled(m_pinList->currentRow() >= 0
                                && !m_pinList->selectedItems().isEmpty());
}

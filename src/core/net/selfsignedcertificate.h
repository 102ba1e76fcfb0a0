// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

// Makes a self-signed certificate and its key with OpenSSL's own API (an EC P-256 key, a
// SHA-256 signature, the host names and addresses as subjectAltName), and stores them where
// only the user can read them.
class SelfSignedCertificate
{
public:
    // hosts: DNS names and IP addresses the certificate is for; the first is the subject CN.
    // validFromSecs/validForDays place the validity window relative to now (a negative start
    // lets tests make an expired certificate). Empty pems and *error on failure.
    static bool generate(const QStringList &hosts, QByteArray *certificatePem,
                         QByteArray *keyPem, QString *error, int validForDays = 825,
                         qint64 validFromSecs = -60);
    // Writes data with permissions 0600 atomically (QSaveFile); refuses to write through a
    // symbolic link, which could point anywhere. False and *error (one sentence) on failure.
    static bool save(const QString &path, const QByteArray &data, QString *error);
    // Generates and saves certificatePath/keyPath; the SHA-256 fingerprint in *fingerprint.
    static bool create(const QStringList &hosts, const QString &certificatePath,
                       const QString &keyPath, QString *fingerprint, QString *error);
    // GenericDataLocation/SockLab/SockLab/tls: the window's AppDataLocation (organization and
    // application are both "SockLab") spelled out, as MessageStore does, so that socklab-cli,
    // whose application name differs, keeps its certificates in the same folder and the
    // window and the CLI present the same server identity for the same names.
    static QString defaultDirectory();
    // The names a self-signed certificate for a server bound to bind must carry: localhost and
    // both loopback addresses for a loopback or wildcard address (plus this machine's name for
    // a wildcard), else the address itself.
    static QStringList hostsFor(const QHostAddress &bind);
    // <defaultDirectory()>/self-signed-<hash of hosts>: one certificate per set of names. The
    // certificate is stem + ".crt", its key stem + ".key".
    static QString pathStem(const QStringList &hosts);

    struct Stored
    {
        QString certificatePath;
        QString keyPath;
        QString fingerprint; // SHA-256, as TlsNarration::fingerprint() writes it
        bool made = false;   // generated now, not found from an earlier run
    };
    // The self-signed certificate for hosts at pathStem(hosts): the one made earlier (by the
    // window or the CLI) while it stays valid for more than a day, so a client pins its
    // fingerprint once; else a new one. nullopt and *error (one sentence) on failure.
    static std::optional<Stored> forHosts(const QStringList &hosts, QString *error);
};

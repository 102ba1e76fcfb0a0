// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/selfsignedcertificate.h"

#include "net/tlsnarration.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QHostInfo>
#include <QSaveFile>
#include <QSslCertificate>
#include <QStandardPaths>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <functional>
#include <memory>

namespace {

template<typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using CertPtr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;

void freeBio(BIO *bio)
{
    BIO_free(bio);
}
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, freeBio>>;

QString translated(const char *text)
{
    return QCoreApplication::translate("SelfSignedCertificate", text);
}

bool addExtension(X509 *certificate, int nid, const QByteArray &value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    ExtPtr extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value.constData()));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

QByteArray pemOf(const std::function<int(BIO *)> &write)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || write(bio.get()) != 1)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

} // namespace

bool SelfSignedCertificate::generate(const QStringList &hosts, QByteArray *certificatePem,
                                     QByteArray *keyPem, QString *error, int validForDays,
                                     qint64 validFromSecs)
{
    certificatePem->clear();
    keyPem->clear();
    if (hosts.isEmpty()) {
        *error = translated("A certificate needs at least one host name or address.");
        return false;
    }
    KeyPtr key(EVP_EC_gen("P-256"));
    CertPtr certificate(X509_new());
    if (!key || !certificate) {
        *error = translated("OpenSSL could not make a key.");
        return false;
    }
    X509_set_version(certificate.get(), 2); // X.509 v3: extensions
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f; // a positive serial number
    BIGNUM *serialNumber = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(serialNumber, X509_get_serialNumber(certificate.get()));
    BN_free(serialNumber);
    X509_gmtime_adj(X509_getm_notBefore(certificate.get()), static_cast<long>(validFromSecs));
    X509_time_adj_ex(X509_getm_notAfter(certificate.get()), validForDays,
                     static_cast<long>(validFromSecs), nullptr);
    X509_set_pubkey(certificate.get(), key.get());
    X509_NAME *name = X509_get_subject_name(certificate.get());
    const QByteArray commonName = hosts.first().toUtf8();
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>("SockLab"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(commonName.constData()),
                               -1, -1, 0);
    X509_set_issuer_name(certificate.get(), name);
    QStringList alternatives;
    for (const QString &host : hosts) {
        const QString trimmed = host.trimmed();
        if (trimmed.isEmpty())
            continue;
        alternatives << (QHostAddress(trimmed).isNull() ? QStringLiteral("DNS:") : QStringLiteral("IP:"))
                                + trimmed;
    }
    const bool extended =
            addExtension(certificate.get(), NID_subject_alt_name, alternatives.join(u',').toUtf8())
            && addExtension(certificate.get(), NID_basic_constraints, "critical,CA:FALSE")
            && addExtension(certificate.get(), NID_key_usage,
                            "critical,digitalSignature,keyEncipherment")
            && addExtension(certificate.get(), NID_ext_key_usage, "serverAuth,clientAuth")
            && addExtension(certificate.get(), NID_subject_key_identifier, "hash");
    if (!extended || X509_sign(certificate.get(), key.get(), EVP_sha256()) == 0) {
        *error = translated("OpenSSL could not sign the certificate (is a host name or address "
                            "malformed?).");
        return false;
    }
    *certificatePem = pemOf([&](BIO *bio) { return PEM_write_bio_X509(bio, certificate.get()); });
    *keyPem = pemOf([&](BIO *bio) {
        return PEM_write_bio_PrivateKey(bio, key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    });
    if (certificatePem->isEmpty() || keyPem->isEmpty()) {
        *error = translated("OpenSSL could not write the certificate.");
        return false;
    }
    return true;
}

bool SelfSignedCertificate::save(const QString &path, const QByteArray &data, QString *error)
{
    const QFileInfo info(path);
    if (info.isSymLink()) {
        *error = QCoreApplication::translate("SelfSignedCertificate",
                                             "\"%1\" is a symbolic link; not writing a key "
                                             "through it.")
                         .arg(path);
        return false;
    }
    QDir().mkpath(info.absolutePath());
    QSaveFile file(path);
    // Restricted before the first byte is written: the key is never readable by others, not
    // even in the temporary file before commit().
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(data) != data.size() || !file.commit()) {
        *error = QCoreApplication::translate("SelfSignedCertificate", "Cannot write \"%1\": %2.")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

bool SelfSignedCertificate::create(const QStringList &hosts, const QString &certificatePath,
                                   const QString &keyPath, QString *fingerprint, QString *error)
{
    QByteArray certificatePem;
    QByteArray keyPem;
    if (!generate(hosts, &certificatePem, &keyPem, error) || !save(keyPath, keyPem, error)
        || !save(certificatePath, certificatePem, error))
        return false;
    const QList<QSslCertificate> parsed = QSslCertificate::fromData(certificatePem, QSsl::Pem);
    if (fingerprint && !parsed.isEmpty())
        *fingerprint = TlsNarration::fingerprint(parsed.first());
    return true;
}

QString SelfSignedCertificate::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
            + QStringLiteral("/SockLab/SockLab/tls");
}

QStringList SelfSignedCertificate::hostsFor(const QHostAddress &bind)
{
    QStringList hosts;
    if (bind.isLoopback() || bind == QHostAddress::AnyIPv4 || bind == QHostAddress::AnyIPv6
        || bind == QHostAddress::Any) {
        hosts << QStringLiteral("localhost") << QStringLiteral("127.0.0.1")
              << QStringLiteral("::1");
        if (!bind.isLoopback())
            hosts << QHostInfo::localHostName();
    } else {
        hosts << bind.toString();
    }
    if (bind.isLoopback() && !hosts.contains(bind.toString()))
        hosts << bind.toString();
    return hosts;
}

QString SelfSignedCertificate::pathStem(const QStringList &hosts)
{
    return defaultDirectory() + QStringLiteral("/self-signed-")
            + QString::fromLatin1(
                    QCryptographicHash::hash(hosts.join(u',').toUtf8(), QCryptographicHash::Sha256)
                            .toHex()
                            .left(12));
}

std::optional<SelfSignedCertificate::Stored>
SelfSignedCertificate::forHosts(const QStringList &hosts, QString *error)
{
    Stored stored;
    const QString stem = pathStem(hosts);
    stored.certificatePath = stem + QStringLiteral(".crt");
    stored.keyPath = stem + QStringLiteral(".key");
    QFile file(stored.certificatePath);
    if (QFile::exists(stored.keyPath) && file.open(QIODevice::ReadOnly)) {
        const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll());
        // Renewed a day before it expires.
        if (!certificates.isEmpty()
            && certificates.first().expiryDate() > QDateTime::currentDateTimeUtc().addDays(1)) {
            stored.fingerprint = TlsNarration::fingerprint(certificates.first());
            return stored;
        }
    }
    if (!create(hosts, stored.certificatePath, stored.keyPath, &stored.fingerprint, error))
        return std::nullopt;
    stored.made = true;
    return stored;
}

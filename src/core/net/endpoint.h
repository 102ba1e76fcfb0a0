// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHashFunctions>
#include <QHostAddress>
#include <QMetaType>
#include <QString>

#include <optional>

// An address and a port, formatted the way users type them: 127.0.0.1:60001 or [::1]:60001.
// IPv4-mapped IPv6 addresses (::ffff:127.0.0.1) are shown as plain IPv4.
class Endpoint
{
    Q_DECLARE_TR_FUNCTIONS(Endpoint)

public:
    Endpoint() = default;
    Endpoint(const QHostAddress &address, quint16 port);

    QHostAddress address() const { return m_address; }
    quint16 port() const { return m_port; }
    bool isNull() const { return m_address.isNull(); }

    // "127.0.0.1:60001", "[::1]:60001"; empty for a null endpoint.
    QString toString() const;
    // Address alone with mapped IPv4 unwrapped and no brackets: "127.0.0.1", "::1".
    QString addressString() const;

    bool operator==(const Endpoint &other) const;
    bool operator!=(const Endpoint &other) const { return !(*this == other); }

    // Parses a port number typed by a user (0..65535). On failure returns nullopt and, when
    // error is given, a sentence naming the cause ("Port "abc" is not a number.").
    static std::optional<quint16> parsePort(const QString &text, QString *error = nullptr);
    // Like parsePort but 0 ("any free port") is refused: for destinations.
    static std::optional<quint16> parseDestinationPort(const QString &text,
                                                       QString *error = nullptr);
    // Parses a literal address for binding: "127.0.0.1", "::1", "[::1]", "0.0.0.0", "::",
    // "localhost" (127.0.0.1), "any" (0.0.0.0). Host names are not resolved here.
    static std::optional<QHostAddress> parseBindAddress(const QString &text,
                                                        QString *error = nullptr);
    // Strips surrounding brackets from an IPv6 literal typed as a host: "[::1]" -> "::1".
    static QString normalizeHost(const QString &host);

private:
    QHostAddress m_address;
    quint16 m_port = 0;
};

inline size_t qHash(const Endpoint &endpoint, size_t seed = 0)
{
    return qHashMulti(seed, endpoint.address(), endpoint.port());
}

Q_DECLARE_METATYPE(Endpoint)

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/tlsoptions.h"

#include <QHostAddress>
#include <QString>

#include <optional>

class QCommandLineParser;

// The TLS options of tcp-server and tcp-client (--tls, --cert, --key, --ca, --insecure,
// --self-signed, --tls-min, --trust-fingerprint, --require-client-cert), read into
// TlsOptions.
namespace TlsOption {

QString clientSynopsis();
QString serverSynopsis();
void addClientOptions(QCommandLineParser &parser);
void addServerOptions(QCommandLineParser &parser);
// nullopt and *error (a usage error) on bad input; options.enabled false without --tls.
std::optional<TlsOptions> client(const QCommandLineParser &parser, int handshakeTimeoutMs,
                                 QString *error);
// --self-signed makes (or reuses) a certificate for the bind address in the user's data
// folder; *note then says where and its fingerprint. *networkError: generating failed.
std::optional<TlsOptions> server(const QCommandLineParser &parser, const QHostAddress &bind,
                                 QString *note, QString *error);

} // namespace TlsOption

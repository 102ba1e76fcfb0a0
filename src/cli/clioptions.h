// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messages/messagelibrary.h"
#include "payload/inputfile.h"
#include "payload/messagecomposer.h"

#include <QByteArray>
#include <QCommandLineOption>
#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

#include <optional>

class QCommandLineParser;

// The options the subcommands share and the checks that turn option values into typed values.
// Every check returns nullopt on bad input and sets error to one sentence naming the cause.
class CliOptions
{
    Q_DECLARE_TR_FUNCTIONS(CliOptions)

public:
    static QCommandLineOption json();
    static QCommandLineOption stats();
    static QCommandLineOption logFile();
    static QCommandLineOption hex();
    static QCommandLineOption file();
    static QCommandLineOption bind();
    static QCommandLineOption host();
    static QCommandLineOption port(const QString &defaultPort = {});
    static QCommandLineOption library();
    static QCommandLineOption message();
    static QCommandLineOption macros();
    // --library and --message, which the clients take in place of --send.
    static void addMessageOptions(QCommandLineParser &parser);

    // The library file named by --library, or the one the window uses
    // (MessageStore::defaultPath()).
    static QString libraryPath(const QCommandLineParser &parser);
    // The library for the CLI: a missing file is the starter set; a damaged one is an error
    // and is left as it is (the window keeps it aside when it next starts).
    static std::optional<MessageLibrary> library(const QString &path, QString *error);
    // True when --message was given (and the command has the option).
    static bool hasMessage(const QCommandLineParser &parser);
    // The message --message names in the library; a sentence when the library is damaged or
    // has no such message, or several.
    static std::optional<Message> message(const QCommandLineParser &parser, QString *error);

    // A port typed by the user; listening ports may be 0 ("any free port"), destinations not.
    // A destination without --port is the target's port of --message, when it has one.
    static std::optional<quint16> port(const QCommandLineParser &parser, bool destination,
                                       QString *error);
    // An IPv4-mapped IPv6 address (::ffff:127.0.0.1) is bound as the IPv4 address it maps: a
    // socket bound to it only ever serves IPv4 peers, which Qt cannot set up; note says so.
    static std::optional<QHostAddress> bindAddress(const QCommandLineParser &parser,
                                                   QString *error, QString *note = nullptr);
    // --host, or else the target's host of --message.
    static std::optional<QString> host(const QCommandLineParser &parser, QString *error);
    // A whole number of at least minimum; defaultValue when the option is absent.
    static std::optional<int> number(const QCommandLineParser &parser, const QString &name,
                                     int minimum, int defaultValue, QString *error);
    // The bytes to send: DATA of option name as escaped text or, with --hex, as hex; or the
    // contents of --file, refused when larger than fileLimit; or the library message of
    // --message (its first send as MessageComposer makes it), held to the same limit.
    // required: one must be given.
    static std::optional<QByteArray> data(const QCommandLineParser &parser, const QString &name,
                                          bool required, QString *error,
                                          const InputFile::Limit &fileLimit
                                          = InputFile::tcpLimit());
    // What the k-th message holds: a library message (--message) with its own line ending,
    // checksum and placeholders; --send DATA as given. --macros expands placeholders in DATA
    // too, and in a message saved without them. data is what data() returned.
    static std::optional<MessageComposer> composer(const QCommandLineParser &parser,
                                                   const QByteArray &data, QString *error);
    // The datagram limit for a destination typed by the user: IPv4's when it is an IPv4
    // address, the larger IPv6 one otherwise (a name may resolve to either).
    static InputFile::Limit udpLimit(const QString &host);
    // Reads a whole file (see InputFile::read); fails with a sentence naming file and cause.
    static std::optional<QByteArray> readFile(const QString &path, const InputFile::Limit &limit,
                                              QString *error);
};

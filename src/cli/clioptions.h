#pragma once

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

    // A port typed by the user; listening ports may be 0 ("any free port"), destinations not.
    static std::optional<quint16> port(const QCommandLineParser &parser, bool destination,
                                       QString *error);
    static std::optional<QHostAddress> bindAddress(const QCommandLineParser &parser,
                                                   QString *error);
    static std::optional<QString> host(const QCommandLineParser &parser, QString *error);
    // A whole number of at least minimum; defaultValue when the option is absent.
    static std::optional<int> number(const QCommandLineParser &parser, const QString &name,
                                     int minimum, int defaultValue, QString *error);
    // The bytes to send: DATA of option name as escaped text or, with --hex, as hex; or the
    // contents of --file. required: one of them must be given.
    static std::optional<QByteArray> data(const QCommandLineParser &parser, const QString &name,
                                          bool required, QString *error);
    // Reads a whole file; fails with a sentence naming the file and the cause.
    static std::optional<QByteArray> readFile(const QString &path, QString *error);
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

class QCommandLineParser;

// --as-python: tcp-server, tcp-client, udp-server and udp-client print the equivalent python3
// socket program (PythonProgram) for their options and exit without opening a socket.
class PythonOption
{
    Q_DECLARE_TR_FUNCTIONS(PythonOption)

public:
    static QCommandLineOption option();
    static bool isOffered(const QString &command);
    // The program, or nullopt and one sentence (a bad port, bad hex...).
    static std::optional<QString> program(const QString &command, const QStringList &arguments,
                                          const QCommandLineParser &parser, QString *error);
};

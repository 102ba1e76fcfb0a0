// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

#include "messages/messagelibrary.h"

// socklab-cli messages list|import FILE|export FILE [--library PATH] [--json]: the message
// library the window keeps, from scripts. Reads the window's file unless --library names
// another; a damaged library is reported and left alone (exit 2), never overwritten.
class MessagesCommand : public CliCommand
{
    Q_OBJECT

public:
    MessagesCommand(Engine *engine, QTextStream &out, QTextStream &err,
                    QObject *parent = nullptr);

    // One line of "messages list": name, folder, target and size in columns (widths in terminal
    // columns: DisplayWidth), or a JSON object.
    static QString formatHuman(const Message &message, int nameWidth, int folderWidth);
    static QString formatJson(const Message &message);

protected:
    QString synopsis() const override;
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    void start(const QCommandLineParser &parser) override;
    void stop() override {}
    qsizetype maxPositionalArguments() const override { return 2; }
    bool logsTraffic() const override { return false; }

private:
    void list(const MessageLibrary &library, bool json);
    void import(const QString &file, MessageLibrary library, const QString &libraryPath);
    void exportTo(const QString &file, const MessageLibrary &library);
};

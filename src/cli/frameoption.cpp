// SPDX-License-Identifier: GPL-3.0-or-later
#include "frameoption.h"

#include <QCommandLineParser>

QCommandLineOption FrameOption::option()
{
    return QCommandLineOption(
            QStringLiteral("frame"),
            tr("Cut the received stream into messages, one event each: delimiter:TEXT (e.g. "
               "delimiter:\\r\\n), fixed:N, length:1|2be|2le|4be|4le[,offset=N][,inclusive] "
               "(a length prefix), idle:MS (a message ends after MS ms of silence), or none. "
               "Add ,max=N to bound a message (default %1 bytes).")
                    .arg(FrameSpec::MaxFrameDefault),
            QStringLiteral("SPEC"));
}

std::optional<FrameSpec> FrameOption::spec(const QCommandLineParser &parser, QString *error)
{
    if (!parser.isSet(QStringLiteral("frame")))
        return FrameSpec();
    QString why;
    const std::optional<FrameSpec> spec = FrameSpec::parse(parser.value(QStringLiteral("frame")),
                                                           &why);
    if (!spec)
        *error = tr("--frame: %1").arg(why);
    return spec;
}

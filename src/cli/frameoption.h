// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framing/framespec.h"

#include <QCommandLineOption>
#include <QCoreApplication>

#include <optional>

class QCommandLineParser;

// --frame SPEC, shared by tcp-server and tcp-client: how the received TCP stream is cut into
// messages (FrameSpec's text form).
class FrameOption
{
    Q_DECLARE_TR_FUNCTIONS(FrameOption)

public:
    static QCommandLineOption option();
    // The spec, none without --frame; nullopt with one sentence naming what is wrong.
    static std::optional<FrameSpec> spec(const QCommandLineParser &parser, QString *error);
};

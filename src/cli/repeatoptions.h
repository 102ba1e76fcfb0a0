// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/repeatplan.h"

#include <QCoreApplication>

#include <optional>

class QCommandLineParser;

// --count N, --rate MSGS_PER_S and --interval MS, shared by tcp-client and udp-client: how
// many messages, and at what pace, the session's repeat sends (RepeatPlan).
class RepeatOptions
{
    Q_DECLARE_TR_FUNCTIONS(RepeatOptions)

public:
    static constexpr int defaultIntervalMs = 1000;

    static void addTo(QCommandLineParser &parser);
    // The plan, or nullopt with one sentence: --rate and --interval together, a negative or
    // malformed number. Without either, defaultIntervalMs apart; --count defaults to 1.
    static std::optional<RepeatPlan> plan(const QCommandLineParser &parser, QString *error);
    // True when any of the three options was given.
    static bool isSet(const QCommandLineParser &parser);
    // One line for --stats: sent, planned, time, achieved rate, why it stopped.
    static QString summary(const RepeatProgress &progress);
};

// SPDX-License-Identifier: GPL-3.0-or-later
#include "repeatoptions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <cmath>

namespace {
const QString countName = QStringLiteral("count");
const QString rateName = QStringLiteral("rate");
const QString intervalName = QStringLiteral("interval");

std::optional<double> nonNegative(const QCommandLineParser &parser, const QString &name,
                                  QString *error)
{
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < 0) {
        *error = RepeatOptions::tr("--%1 needs a number of at least 0, not \"%2\".")
                         .arg(name, parser.value(name));
        return std::nullopt;
    }
    return value;
}
} // namespace

void RepeatOptions::addTo(QCommandLineParser &parser)
{
    parser.addOptions({
            {countName, tr("Send N times (default 1); 0 sends until Ctrl+C."), QStringLiteral("N")},
            {rateName,
             tr("Send MSGS_PER_S messages per second, on a schedule that does not drift; 0 sends "
                "as fast as possible. Not with --interval."),
             QStringLiteral("MSGS_PER_S")},
            {intervalName,
             tr("Send one message every MS milliseconds (default %1; fractions allowed); 0 sends "
                "as fast as possible. Not with --rate.")
                     .arg(defaultIntervalMs),
             QStringLiteral("MS")},
    });
}

bool RepeatOptions::isSet(const QCommandLineParser &parser)
{
    return parser.isSet(countName) || parser.isSet(rateName) || parser.isSet(intervalName);
}

std::optional<RepeatPlan> RepeatOptions::plan(const QCommandLineParser &parser, QString *error)
{
    if (parser.isSet(rateName) && parser.isSet(intervalName)) {
        *error = tr("Give either --rate or --interval, not both: one is the other's inverse.");
        return std::nullopt;
    }
    qint64 count = 1;
    if (parser.isSet(countName)) {
        bool ok = false;
        count = parser.value(countName).toLongLong(&ok);
        if (!ok || count < 0) {
            *error = tr("--count needs a whole number of at least 0 (0: until Ctrl+C), not "
                        "\"%1\".")
                             .arg(parser.value(countName));
            return std::nullopt;
        }
    }
    if (parser.isSet(rateName)) {
        const std::optional<double> rate = nonNegative(parser, rateName, error);
        if (!rate)
            return std::nullopt;
        if (*rate > 1e9) {
            *error = tr("--rate %1 is more than one message per nanosecond; use --rate 0 for "
                        "as fast as possible.")
                             .arg(parser.value(rateName));
            return std::nullopt;
        }
        return RepeatPlan::fromRate(*rate, count);
    }
    double intervalMs = defaultIntervalMs;
    if (parser.isSet(intervalName)) {
        const std::optional<double> interval = nonNegative(parser, intervalName, error);
        if (!interval)
            return std::nullopt;
        intervalMs = *interval;
    }
    return RepeatPlan::fromIntervalMs(intervalMs, count);
}

QString RepeatOptions::summary(const RepeatProgress &progress)
{
    const double seconds = double(progress.elapsedNs) / 1e9;
    QString line = progress.planned > 0
            ? tr("repeat: sent %1 of %2 messages in %3 s, achieved rate %4 messages/s")
                      .arg(progress.sent)
                      .arg(progress.planned)
                      .arg(seconds, 0, 'f', 3)
                      .arg(progress.achievedRate, 0, 'f', 1)
            : tr("repeat: sent %1 messages in %2 s, achieved rate %3 messages/s")
                      .arg(progress.sent)
                      .arg(seconds, 0, 'f', 3)
                      .arg(progress.achievedRate, 0, 'f', 1);
    if (!progress.stopReason.isEmpty())
        line = tr("%1 (%2)", "repeat summary, then why it stopped").arg(line, progress.stopReason);
    return line;
}

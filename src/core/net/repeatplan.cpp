// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/repeatplan.h"

#include <algorithm>
#include <cmath>

RepeatPlan RepeatPlan::fromRate(double messagesPerSecond, qint64 count)
{
    RepeatPlan plan;
    plan.count = std::max<qint64>(0, count);
    // Rounded to whole nanoseconds: 3/s is 333,333,333 ns, an error of 1 ns in 3 s.
    plan.intervalNs = messagesPerSecond > 0 && std::isfinite(messagesPerSecond)
                              ? std::max<qint64>(1, std::llround(1e9 / messagesPerSecond))
                              : 0;
    return plan;
}

RepeatPlan RepeatPlan::fromIntervalMs(double intervalMs, qint64 count)
{
    RepeatPlan plan;
    plan.count = std::max<qint64>(0, count);
    plan.intervalNs = intervalMs > 0 && std::isfinite(intervalMs)
                              ? std::llround(intervalMs * 1e6)
                              : 0;
    return plan;
}

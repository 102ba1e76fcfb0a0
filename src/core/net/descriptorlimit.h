// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The per-process limit on open file descriptors (RLIMIT_NOFILE). Every TCP connection costs
// one, and the usual soft limit of 1024 is far below what a server under test must hold.
namespace DescriptorLimit {

// Raises the soft limit to the hard limit (done once at start-up by both programs) and
// returns the soft limit now in force; -1 where the platform has no such limit.
long long raiseToHardLimit();

// True when `spare` more descriptors could be opened now, tested by duplicating fd (the
// cheapest honest test of "can accept() succeed"); true where the platform cannot tell.
bool canOpen(int spare, long long fd);

// Descriptors a program needs before its first socket: the event dispatchers' eventfds, the
// signal watcher's socket pair, a log file, the transient ones Qt opens while it starts, and
// a margin. Below this Qt would abort ("Cannot continue without a thread pipe") the moment a
// session thread starts, so both programs refuse to start instead.
constexpr int descriptorsToStart = 16;

// True when `descriptorsToStart` more descriptors could be opened now; needs no open fd.
bool canStart();

} // namespace DescriptorLimit

// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/descriptorlimit.h"

#include <QtGlobal>

#include <algorithm>

#include <vector>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>
#endif

long long DescriptorLimit::raiseToHardLimit()
{
#ifdef Q_OS_UNIX
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    if (limit.rlim_cur < limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max;
        if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    return limit.rlim_cur == RLIM_INFINITY ? -1 : static_cast<long long>(limit.rlim_cur);
#else
    return -1;
#endif
}

bool DescriptorLimit::canOpen(int spare, long long fd)
{
#ifdef Q_OS_UNIX
    std::vector<int> probes;
    probes.reserve(static_cast<size_t>(std::max(spare, 0)));
    while (static_cast<int>(probes.size()) < spare) {
        const int probe = ::fcntl(static_cast<int>(fd), F_DUPFD_CLOEXEC, 0);
        if (probe < 0)
            break;
        probes.push_back(probe);
    }
    for (int probe : probes)
        ::close(probe);
    return static_cast<int>(probes.size()) >= spare;
#else
    Q_UNUSED(spare);
    Q_UNUSED(fd);
    return true;
#endif
}

bool DescriptorLimit::canStart()
{
#ifdef Q_OS_UNIX
    // /dev/null rather than fd 0: stdin may be closed, and opening it costs a descriptor too.
    const int first = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (first < 0)
        return false;
    const bool enough = canOpen(descriptorsToStart - 1, first);
    ::close(first);
    return enough;
#else
    return true;
#endif
}

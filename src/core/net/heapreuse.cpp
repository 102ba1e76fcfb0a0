// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/heapreuse.h"

// Before the test for glibc: a C library header is what defines __GLIBC__.
#include <cstdlib>
#include <vector>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace HeapReuse {

void keepFreedBlocks()
{
#if defined(__GLIBC__)
    // Both are set: fixing the trim threshold also stops glibc from raising the mmap threshold
    // by itself, which would leave every block over 128 KiB (a long framed message) to its
    // own mmap() and page faults. The trim threshold is twice the mmap one, as glibc's own
    // adjustment keeps them.
    constexpr int mmapThreshold = 1024 * 1024;
    mallopt(M_MMAP_THRESHOLD, mmapThreshold);
    mallopt(M_TRIM_THRESHOLD, 2 * mmapThreshold);
#endif
}

void reserveThreadHeap()
{
#if defined(__GLIBC__)
    // Blocks under the mmap threshold come from this thread's heap and push its top up:
    // glibc makes the span usable (mprotect) as they do, and keeps it so when they are freed
    // (it only gives the pages back). A heap grows by at most this span without a system call.
    constexpr std::size_t block = 512 * 1024;
    constexpr std::size_t span = 60 * 1024 * 1024;
    std::vector<void *> blocks;
    blocks.reserve(span / block);
    for (std::size_t taken = 0; taken < span; taken += block)
        blocks.push_back(std::malloc(block));
    for (void *taken : blocks)
        std::free(taken);
#endif
}

} // namespace HeapReuse

// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/heapreuse.h"

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

} // namespace HeapReuse

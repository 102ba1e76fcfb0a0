// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How the C library's allocator treats the blocks a flood passes through: every read takes a
// 64 KiB block (more for a framed message that grows), the log holds it a while and frees it.
namespace HeapReuse {

// Lets freed blocks be taken again instead of handed back to the kernel and faulted in anew.
// With glibc's defaults a session thread's heap gave back what lay free above 128 KiB at its
// top after nearly every eviction, and the next read faulted the pages in again, zeroed: a
// 1 GiB flood into `tcp-server --stats` took 28,000-72,000 page faults and about a third of
// the server's CPU (bench/RESULTS.md, "Freed blocks kept for reuse"). Now up to 2 MiB stays
// free at a heap's top, and blocks up to 1 MiB come from the heap, not one mmap() each. (Not
// more: 8 MiB kept a server that had counted 20,000 UDP senders 10 MiB larger afterwards.)
// Called once by both programs at start-up, before any thread; does nothing elsewhere.
void keepFreedBlocks();

} // namespace HeapReuse

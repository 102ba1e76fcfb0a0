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

// Called first thing on a session thread: lets its heap grow by 60 MiB without a system call
// (address space only; nothing is touched, the resident size stays as it was). glibc grows a
// thread's heap (an arena of its own, at most 64 MiB per heap on 64-bit) a few pages at a
// time, an mprotect() each: accepting 10,000 clients took 8,000 of them, now 150.
void reserveThreadHeap();

} // namespace HeapReuse

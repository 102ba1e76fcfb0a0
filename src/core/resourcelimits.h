#pragma once

// Process limits a socket workbench runs into: every held connection is a file descriptor,
// and the usual soft limit of 1,024 would refuse the 1,025th client.
namespace ResourceLimits {

// Raises the soft RLIMIT_NOFILE to the hard limit. Returns the soft limit in force afterwards
// (-1 where the platform has no such limit). Call once at start-up.
long raiseFileDescriptorLimit();

} // namespace ResourceLimits

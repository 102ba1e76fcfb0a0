// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

// socklab --help and --version: answered before the window's QApplication exists, so they work
// without a display (over ssh, in a package check, in a build chroot).
class HelpAndVersion
{
public:
    // When the arguments ask for help or the version, prints it to stdout and returns the exit
    // status; otherwise returns nothing and the window starts as usual.
    static std::optional<int> answer(int &argc, char **argv);
};

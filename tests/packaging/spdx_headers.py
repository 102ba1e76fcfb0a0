#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every source, script and build file of the repository names its license in its first three
lines (`SPDX-License-Identifier: GPL-3.0-or-later`), so a file copied out of the tree still
says under which terms. Walks the files git tracks, or the tree when there is no git."""

import argparse
import os
import re
import subprocess
import sys

CHECKED = re.compile(r"(\.(cpp|h|c|py|sh|cmake)|/CMakeLists\.txt|^CMakeLists\.txt|^Makefile"
                     r"|^\.ci/run|^\.ci/package-check)$")
TAG = "SPDX-License-Identifier: GPL-3.0-or-later"


def tracked(source):
    try:
        out = subprocess.run(["git", "-C", source, "ls-files"], capture_output=True, text=True,
                             check=True, timeout=30).stdout
        return [line for line in out.splitlines() if line]
    except (OSError, subprocess.SubprocessError):
        files = []
        for root, dirs, names in os.walk(source):
            dirs[:] = [d for d in dirs if not d.startswith((".git", "build"))]
            files += [os.path.relpath(os.path.join(root, n), source) for n in names]
        return files


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--source", required=True)
    source = os.path.abspath(parser.parse_args().source)
    missing = []
    checked = 0
    for name in tracked(source):
        if not CHECKED.search(name) or "/fixtures/" in name and not name.endswith(".py"):
            continue
        path = os.path.join(source, name)
        if not os.path.isfile(path):
            continue
        checked += 1
        with open(path, encoding="utf-8", errors="replace") as f:
            head = "".join(f.readline() for _ in range(3))
        if TAG not in head:
            missing.append(name)
    if missing:
        print(f"FAIL: {len(missing)} of {checked} files lack '{TAG}' in their first three "
              f"lines: " + ", ".join(missing[:20]) + (" ..." if len(missing) > 20 else ""))
        return 1
    print(f"PASS: {checked} files name their license")
    return 0


if __name__ == "__main__":
    sys.exit(main())

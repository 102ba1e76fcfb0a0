#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The Makefile's lean set-up: `make run` installs only what building and running need (and Qt's
translations), `make test` adds the test tools but not clang, `make fuzz` adds clang, `make
package` the packaging tools. Read from `make -n` (nothing is installed or built)."""

import argparse
import re
import subprocess
import sys

TEST_TOOLS = {"python3", "ncat", "socat", "xvfb", "imagemagick", "fonts-noto-cjk", "iproute2",
              "openssl"}
FUZZ_TOOLS = {"clang", "libclang-rt-14-dev"}
PACKAGE_TOOLS = {"dpkg-dev", "lintian", "appstream", "desktop-file-utils"}
RUN_NEEDS = {"cmake", "g++", "qt6-base-dev", "qt6-svg-dev", "qt6-translations-l10n"}


def installed_by(source, target):
    out = subprocess.run(["make", "-n", "-C", source, target], capture_output=True, text=True,
                         timeout=60, check=True).stdout
    packages = set()
    for match in re.finditer(r"for p in ([^;]*);", out):
        packages.update(match.group(1).split())
    return packages, out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--source", required=True)
    source = parser.parse_args().source
    failures = []

    run, run_out = installed_by(source, "run")
    for name in sorted(RUN_NEEDS - run):
        failures.append(f"make run does not install {name}")
    for name in sorted(run & (TEST_TOOLS | FUZZ_TOOLS | PACKAGE_TOOLS)):
        failures.append(f"make run installs {name}, which only tests, fuzzing or packaging need")
    if "-DSOCKLAB_BUILD_TESTS=OFF" not in run_out:
        failures.append("make run configures the tests, which need python3")

    test, _ = installed_by(source, "test")
    for name in sorted((TEST_TOOLS | RUN_NEEDS) - test):
        failures.append(f"make test does not install {name}")
    for name in sorted(test & (FUZZ_TOOLS | PACKAGE_TOOLS)):
        failures.append(f"make test installs {name}")

    fuzz, _ = installed_by(source, "fuzz")
    for name in sorted(FUZZ_TOOLS - fuzz):
        failures.append(f"make fuzz does not install {name}")

    package, package_out = installed_by(source, "package")
    for name in sorted(PACKAGE_TOOLS - package):
        failures.append(f"make package does not install {name}")
    if "dpkg-buildflags" not in package_out:
        failures.append("make package does not build with dpkg-buildflags")

    if failures:
        sys.exit("FAIL:\n  " + "\n  ".join(failures))
    print(f"ok: run {len(run)}, test {len(test)}, fuzz {len(fuzz)}, package {len(package)} "
          "packages")


if __name__ == "__main__":
    main()

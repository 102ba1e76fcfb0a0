#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""socklab(1) against the binary: every option `socklab --help` lists is in the man page's
OPTIONS section with the same words, nothing more, and the page names the version
`socklab --version` prints. Both are asked with no display at all, as a package check or an
ssh session would."""

import argparse
import os
import re
import shlex
import subprocess
import sys


def no_display_env():
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["LC_ALL"] = "C.UTF-8"
    return env


def run(binary, arg):
    proc = subprocess.run([binary, arg], capture_output=True, text=True, timeout=30,
                          env=no_display_env(), stdin=subprocess.DEVNULL)
    if proc.returncode != 0:
        sys.exit(f"FAIL: {binary} {arg} exited {proc.returncode} without a display:\n"
                 f"{proc.stdout}{proc.stderr}")
    return proc.stdout


def help_options(text):
    """{'-h, --help': 'Displays help on commandline options.', ...} from Qt's help layout."""
    options = {}
    in_options = False
    last = None
    for line in text.splitlines():
        if line.strip() == "Options:":
            in_options = True
            continue
        if not in_options:
            continue
        if not line.strip():
            break
        match = re.match(r"^  (-\S.*?)(?:\s{2,}(.*))?$", line)
        if match:
            last = match.group(1).strip()
            options[last] = (match.group(2) or "").strip()
        elif last is not None:
            options[last] = (options[last] + " " + line.strip()).strip()
    return options


def roff_text(line):
    """A roff line as the reader sees it: .B/.I join their words with spaces, the alternating
    macros (.BR, .RB, ...) join theirs without."""
    line = line.replace("\\-", "-")
    line = re.sub(r"\\f[BIRP]", "", line)
    match = re.match(r"^\.(B|I|BR|RB|IR|RI|BI|IB)\s+(.*)$", line)
    if not match:
        return line.strip()
    words = shlex.split(match.group(2))
    return (" " if match.group(1) in ("B", "I") else "").join(words).strip()


def man_options(page):
    section = re.search(r"^\.SH OPTIONS\n(.*?)^\.SH ", page, re.S | re.M)
    if not section:
        sys.exit("FAIL: the man page has no OPTIONS section")
    options = {}
    lines = section.group(1).splitlines()
    i = 0
    while i < len(lines):
        if lines[i].startswith(".TP") and i + 1 < len(lines):
            tag = roff_text(lines[i + 1])
            words = []
            i += 2
            while i < len(lines) and not re.match(r"^\.(TP|PP|SH)", lines[i]):
                words.append(roff_text(lines[i]))
                i += 1
            options[tag] = " ".join(w for w in words if w)
        else:
            i += 1
    return options


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--manpage", required=True)
    args = parser.parse_args()

    with open(args.manpage, encoding="utf-8") as f:
        page = f.read()
    from_help = help_options(run(args.binary, "--help"))
    from_man = man_options(page)
    if not from_help:
        sys.exit("FAIL: --help listed no options")
    failures = []
    for name, words in from_help.items():
        if name not in from_man:
            failures.append(f"{name} is in --help but not in the man page")
        elif from_man[name] != words:
            failures.append(f"{name}: --help says {words!r}, the man page {from_man[name]!r}")
    for name in from_man:
        if name not in from_help:
            failures.append(f"{name} is in the man page but not in --help")

    version = run(args.binary, "--version").split()[-1]
    title = next((l for l in page.splitlines() if l.startswith(".TH ")), "")
    if f"SockLab {version}" not in title:
        failures.append(f"the man page's .TH ({title!r}) does not name version {version}")

    if failures:
        sys.exit("FAIL:\n  " + "\n  ".join(failures))
    print(f"ok: {len(from_help)} options and version {version} agree")


if __name__ == "__main__":
    main()

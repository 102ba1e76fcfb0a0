# SPDX-License-Identifier: GPL-3.0-or-later
"""docs/man/socklab-cli.1 against the real socklab-cli: every command --help lists must have
an entry in the man page, in the command's section or in COMMON OPTIONS, and every entry
there must be an option --help lists (so an option added to the CLI fails this test until it
is documented, and a removed one until its entry goes). Also: the page renders without a
groff warning, and every command in the usage text has a section."""

import argparse
import re
import shutil
import subprocess
import sys

SOCKET_COMMANDS = {"tcp-server", "tcp-client", "udp-server", "udp-client"}


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr, flush=True)
    sys.exit(1)


def run(args):
    result = subprocess.run(args, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                            timeout=30)
    if result.returncode != 0:
        fail(f"{' '.join(args)} exited {result.returncode}: {result.stderr}")
    return result.stdout


def options_in_help(cli, command):
    """Long option names as --help prints them: QCommandLineParser puts an option's names two
    spaces in, and its description (wrapped lines too) further in."""
    text = run([cli, command, "--help"])
    names = set(re.findall(r"^  (?:-\w, )?(--[\w][\w-]*)", text, re.MULTILINE))
    listed = {line.split("=", 1)[0] for line in run([cli, command, "--list-options"]).split()}
    if names != listed:
        fail(f"{command}: --list-options {sorted(listed)} differs from --help {sorted(names)}")
    return names


def man_tags(path):
    """{section or subsection: set of long options named on .TP tag lines}."""
    sections = {}
    current = None
    lines = open(path, encoding="utf-8").read().splitlines()
    for index, line in enumerate(lines):
        heading = re.match(r'^\.S([HS])\s+"?([^"]*)"?\s*$', line)
        if heading:
            current = heading.group(2).replace("\\-", "-").strip()
            sections.setdefault(current, set())
            continue
        if line.startswith(".TP") and index + 1 < len(lines) and current is not None:
            tag = lines[index + 1].replace("\\-", "-")
            sections[current].update(re.findall(r"(?<![\w-])(--[a-z0-9][a-z0-9-]*)", tag))
    return sections


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--man", required=True)
    args = parser.parse_args()

    groff = shutil.which("groff")
    if groff:
        result = subprocess.run([groff, "-ww", "-man", "-z", args.man], capture_output=True,
                                text=True, timeout=30)
        if result.returncode != 0 or result.stderr.strip():
            fail(f"groff -ww -man -z warns: {result.stderr}")

    commands = run([args.cli, "--list-commands"]).split()
    if not commands:
        fail("--list-commands printed nothing")
    usage = run([args.cli, "--help"])
    for command in commands:
        if command not in usage:
            fail(f"{command} is not in the usage text")

    sections = man_tags(args.man)
    common = sections.get("COMMON OPTIONS", set())
    general = sections.get("OPTIONS", set())
    problems = []
    for command in commands:
        if command not in sections:
            problems.append(f"the man page has no section for {command}")
            continue
        documented = set(sections[command]) | ({"--help"} & general)
        if command in SOCKET_COMMANDS:
            documented |= common
        in_help = options_in_help(args.cli, command)
        for name in sorted(in_help - documented):
            problems.append(f"{command} --help lists {name}, which the man page lacks")
        for name in sorted(documented - in_help):
            problems.append(f"the man page documents {command} {name}, which --help lacks")
    if problems:
        fail("\n  ".join(["man page and --help differ:"] + problems))
    print(f"PASS: the man page matches --help for {len(commands)} commands", flush=True)


if __name__ == "__main__":
    main()

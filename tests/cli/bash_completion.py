# SPDX-License-Identifier: GPL-3.0-or-later
"""packaging/bash-completion/socklab-cli run by bash against the real socklab-cli: commands,
each command's options (every option its --help lists), values of --datagram-per, and the
message actions."""

import argparse
import re
import shlex
import subprocess
import sys


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr, flush=True)
    sys.exit(1)


def complete(script, words):
    """COMPREPLY after sourcing script, for words with the cursor in the last one."""
    program = (f"source {shlex.quote(script)}; "
               f"COMP_WORDS=({' '.join(shlex.quote(w) for w in words)}); "
               f"COMP_CWORD={len(words) - 1}; _socklab_cli; "
               f"printf '%s\\n' \"${{COMPREPLY[@]}}\"")
    result = subprocess.run(["bash", "--norc", "--noprofile", "-c", program],
                            stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=30)
    if result.returncode != 0:
        fail(f"bash failed for {words}: {result.stderr}")
    return [line for line in result.stdout.splitlines() if line]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--completion", required=True)
    args = parser.parse_args()
    cli, script = args.cli, args.completion

    commands = subprocess.run([cli, "--list-commands"], stdin=subprocess.DEVNULL,
                              capture_output=True, text=True, timeout=30).stdout.split()
    got = complete(script, [cli, ""])
    if set(got) != set(commands) | {"--help", "--version"}:
        fail(f"commands offered: {got}, expected {commands}")
    got = complete(script, [cli, "tcp-c"])
    if got != ["tcp-client"]:
        fail(f"'tcp-c' completed to {got}")

    for command in commands:
        help_text = subprocess.run([cli, command, "--help"], stdin=subprocess.DEVNULL,
                                   capture_output=True, text=True, timeout=30).stdout
        expected = set(re.findall(r"^  (?:-\w, )?(--[\w][\w-]*)", help_text, re.MULTILINE))
        got = set(complete(script, [cli, command, "--"]))
        if got != expected:
            fail(f"{command} --: offered {sorted(got)}, --help lists {sorted(expected)}")

    got = complete(script, [cli, "udp-client", "--host", "h", "--datagram-per", ""])
    if sorted(got) != ["line", "read"]:
        fail(f"--datagram-per values: {got}")
    got = complete(script, [cli, "tcp-client", "--ho"])
    if got != ["--host"]:
        fail(f"'--ho' completed to {got}")
    got = complete(script, [cli, "messages", ""])
    if sorted(got) != ["export", "import", "list"]:
        fail(f"messages actions: {got}")
    print(f"PASS: completion offers the {len(commands)} commands and their options", flush=True)


if __name__ == "__main__":
    main()

# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs an interop test inside a network namespace it creates (unshare -n): multicast and
broadcast then never leave this test's own loopback and virtual links. Exits 77 (skipped) when
the namespace cannot be made (not root, or unshare not permitted)."""

import os
import subprocess
import sys

SKIP = 77
MARK = "SOCKLAB_IN_NETNS"


def run(*command):
    result = subprocess.run(command, capture_output=True, text=True, timeout=20)
    if result.returncode != 0:
        print(f"FAIL: {' '.join(command)}: {result.stderr.strip()}", file=sys.stderr)
        sys.exit(1)
    return result.stdout


def enter():
    """Re-runs this script under `unshare -n` once; inside, brings loopback up with multicast
    routes for IPv4 and IPv6. Returns in the namespace, or exits."""
    if os.environ.get(MARK) == "1":
        run("ip", "link", "set", "lo", "up")
        run("ip", "link", "set", "lo", "multicast", "on")
        run("ip", "route", "add", "224.0.0.0/4", "dev", "lo")
        run("ip", "-6", "route", "add", "ff00::/8", "dev", "lo", "table", "local")
        return
    try:
        probe = subprocess.run(["unshare", "-n", "true"], capture_output=True, timeout=20)
    except FileNotFoundError:
        probe = None
    if probe is None or probe.returncode != 0:
        why = probe.stderr.decode(errors="replace").strip() if probe else "no unshare(1)"
        print(f"SKIP: cannot create a network namespace ({why}); this test sends multicast "
              f"and broadcast only inside one", flush=True)
        sys.exit(SKIP)
    env = dict(os.environ, **{MARK: "1"})
    code = subprocess.run(["unshare", "-n", sys.executable, *sys.argv], env=env).returncode
    sys.exit(code)

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# What the Learn dock (lifecycle diagram) costs the GUI thread under the UDP flood of
# bench/run.sh (100,000 datagrams/s × 64 B for 2 s into the window's UDP server tab): the
# window's longest event-loop stall and p99 lateness with the dock hidden (its default) and
# shown, in interleaved pairs so that both see the same machine noise. Each GUI binary given
# (default: BUILD_DIR's) is measured; pass main's too for a before/after.
# Usage: bench/learn_flood.sh [BUILD_DIR] [PAIRS] [OTHER_SOCKLAB_BINARY...]
set -euo pipefail
build=${1:-build}
pairs=${2:-3}
shift $(( $# > 2 ? 2 : $# ))
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
gui="$build/src/gui/socklab"
[ -x "$gui" ] || { echo "bench: $gui not found" >&2; exit 2; }
command -v Xvfb > /dev/null || { echo "bench: Xvfb is needed" >&2; exit 77; }
bench_workdir
bench_compile udpflood
bench_private_home
bench_start_xvfb

rate=100000 size=64 count=200000
run() { # LABEL BINARY EXTRA_ARGS...
    local label=$1 binary=$2 port p
    shift 2
    port=$(free_port)
    : > "$work/gui.out"
    DISPLAY=$xvfb_display "$binary" --bench-udp-port "$port" --bench-summary "$work/gui.json" \
        --bench-quit-after-idle 1000 "$@" > "$work/gui.out" 2> "$work/gui.err" & p=$!; pids+=($p)
    wait_for "$work/gui.out" 150 "bench: ready"
    sleep 0.5
    "$work/udpflood" "$port" "$rate" "$count" "$size" > /dev/null
    wait "$p" || true
    python3 - "$work/gui.json" "$label" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
print("%-28s received %7d  longest stall %6.1f ms  p99 lateness %5.1f ms"
      % (sys.argv[2], s["received"], s["longest_stall_ms"], s["p99_lateness_ms"]))
PY
}
for i in $(seq 1 "$pairs"); do
    for other in "$@"; do run "other ($other)" "$other"; done
    run "learn dock hidden" "$gui"
    run "learn dock shown" "$gui" --bench-show-learn 1
done

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# What the window costs while it shows a stream: the window (a UDP server tab, the log view
# visible and following new rows) under Xvfb, its process's CPU time (utime + stime of all its
# threads, /proc/PID/stat) over SECONDS while nothing arrives (the reference), then while
# bench/udpflood.c sends a paced stream of 64-byte datagrams at 250/s and at 2,000/s. Reported
# in cores (CPU seconds per second). The in-window latency probe is off (--bench-probe 0), so
# the figures are the window's own. Each binary given after the arguments (e.g. main's build)
# is measured in turn with the same load, interleaved, for a before/after.
# Prints FIGURE lines (contract in bench/run.sh). Bounded: each phase SECONDS (default 10)
# plus settling; every process it started is stopped on exit.
# Usage: bench/window_cpu.sh [BUILD_DIR] [SECONDS] [OTHER_SOCKLAB_BINARY...]
set -euo pipefail
build=${1:-build}
seconds=${2:-10}
shift $(( $# > 2 ? 2 : $# ))
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
gui="$build/src/gui/socklab"
[ -x "$gui" ] || { echo "bench: $gui not found" >&2; exit 2; }
command -v Xvfb > /dev/null || { echo "bench: Xvfb is needed for the window figures" >&2; exit 77; }
bench_workdir
bench_compile udpflood
bench_private_home
bench_start_xvfb
[ -n "$xvfb_display" ] || { echo "bench: Xvfb did not start" >&2; exit 1; }
hz=$(getconf CLK_TCK)

# CPU ticks (user + system, every thread) the process has used so far.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
# Cores used by pid $1 over $seconds s.
cores_over() {
    local before after
    before=$(cpu_ticks "$1")
    sleep "$seconds"
    after=$(cpu_ticks "$1")
    awk -v t=$(( after - before )) -v hz="$hz" -v s="$seconds" 'BEGIN { printf "%.3f", t / hz / s }'
}

measure() { # LABEL BINARY -> FIGURE lines
    local label=$1 binary=$2 port p f idle rate cores
    port=$(free_port udp)
    : > "$work/gui.out"
    DISPLAY=$xvfb_display "$binary" --bench-udp-port "$port" --bench-probe 0 \
        > "$work/gui.out" 2> "$work/gui.err" & p=$!; pids+=($p)
    wait_for "$work/gui.out" 150 "bench: ready"
    sleep 2 # start-up (first paint, fonts) is not the figure
    idle=$(cores_over "$p")
    figure "Window CPU, idle$label" "$idle cores" "-" "-" "≤ 0.01"
    for rate in 250 2000; do
        # Enough datagrams to cover the settling second and the measured span.
        "$work/udpflood" "$port" "$rate" $(( rate * (seconds + 2) )) 64 > /dev/null & f=$!; pids+=($f)
        sleep 1
        cores=$(cores_over "$p")
        wait "$f" || true
        if [ "$rate" = 250 ]; then target="≤ 0.05"; else target="≤ 0.15"; fi
        figure "Window CPU showing $rate datagrams/s (log visible, following)$label" \
            "$cores cores" "$idle cores idle" "$(ratio "$cores" "$idle")" "$target"
    done
    kill "$p"; wait "$p" 2> /dev/null || true
}

for other in "$@"; do measure " [$other]" "$other"; done
measure "" "$gui"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Socket-table benchmark: holds 10,000 loopback TCP sockets (5,000 connected pairs, plus their
# listener) and times, in the same run and on the same sockets, one snapshot with pids by
# `socklab-cli connections --tcp --all --json` against `ss -tanp` (and `ss -tan`, which names
# no processes). Several repetitions, median, ratios. The last row forces the /proc/net
# backend (SOCKLAB_SOCKET_TABLE_BACKEND=procnet) to show what netlink saves. Then measures the
# GUI's event-loop lateness with the Connections tab refreshing every second at that size, and
# while all those sockets close at once. Bounded: a 60 s limit on the setup and on each
# command, 120 s on the GUI run; everything it started is stopped on exit.
# Usage: bench/sockettable.sh [BUILD_DIR] [SOCKETS=10000] [REPETITIONS=7]
set -euo pipefail
. "$(dirname "$0")/lib.sh"
build=${1:-build}
sockets=${2:-10000}
reps=${3:-7}
cli="$build/src/cli/socklab-cli"
probe="$build/bench/connectionsview_lateness"
[ -x "$cli" ] || { echo "bench: $cli not found; run 'make build' first" >&2; exit 2; }
command -v ss > /dev/null || { echo "bench: ss (iproute2) is needed" >&2; exit 2; }
# Each socket is a descriptor of the holder process.
ulimit -n $(( sockets + 1024 )) 2> /dev/null || {
    echo "bench: cannot raise the descriptor limit to $(( sockets + 1024 )) (hard limit $(ulimit -Hn))" >&2
    exit 2
}

work=$(mktemp -d)
holder=""
cleanup() {
    exec 3>&- 2> /dev/null || true
    [ -n "$holder" ] && kill "$holder" 2> /dev/null && wait "$holder" 2> /dev/null
    rm -rf "$work"
}
trap cleanup EXIT
bench_compile manysockets

# The holder keeps its sockets until its stdin (our descriptor 3) closes.
mkfifo "$work/hold"
"$work/manysockets" "$sockets" < "$work/hold" > "$work/holder.out" &
holder=$!
exec 3> "$work/hold"
for _ in $(seq 1 600); do
    grep -q ready "$work/holder.out" 2> /dev/null && break
    kill -0 "$holder" 2> /dev/null || { echo "bench: the socket holder failed" >&2; exit 1; }
    sleep 0.1
done
grep -q ready "$work/holder.out" || { echo "bench: $sockets sockets not open within 60 s" >&2; exit 1; }
seen=$(timeout 60 "$cli" connections --tcp --all --json | grep -c "\"pid\":$holder," || true)
echo "holding $sockets loopback TCP sockets (+1 listener) in pid $holder; socklab-cli sees $seen of them with that pid"

# Milliseconds of one run of "$@", output discarded.
time_ms() {
    local start=$EPOCHREALTIME
    timeout 60 "$@" > /dev/null
    local end=$EPOCHREALTIME
    awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", (e - s) * 1000 }'
}
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

declare -A runs
names=("ss -tan" "ss -tanp" "socklab-cli connections --tcp --all --json"
       "socklab-cli connections --all --json" "same, /proc/net instead of netlink")
for _ in $(seq 1 "$reps"); do
    # Interleaved, so that the machine's noise falls on every contender alike.
    runs["ss -tan"]+="$(time_ms ss -tan) "
    runs["ss -tanp"]+="$(time_ms ss -tanp) "
    runs["socklab-cli connections --tcp --all --json"]+="$(time_ms "$cli" connections --tcp --all --json) "
    runs["socklab-cli connections --all --json"]+="$(time_ms "$cli" connections --all --json) "
    runs["same, /proc/net instead of netlink"]+="$(SOCKLAB_SOCKET_TABLE_BACKEND=procnet time_ms "$cli" connections --all --json) "
done

reference=$(tr ' ' '\n' <<< "${runs["ss -tanp"]}" | grep . | median)
printf '\n%-46s %12s %12s %14s\n' "one snapshot ($reps runs)" "median ms" "min ms" "/ ss -tanp"
for name in "${names[@]}"; do
    values=$(tr ' ' '\n' <<< "${runs[$name]}" | grep .)
    med=$(median <<< "$values")
    min=$(sort -g <<< "$values" | head -n 1)
    ratio=$(awk -v a="$med" -v b="$reference" 'BEGIN { printf "%.2f", a / b }')
    printf '%-46s %12s %12s %14s\n' "$name" "$med" "$min" "$ratio"
    case $name in # figures for bench/run.sh's table
    "socklab-cli connections --all --json")
        echo "FIGURE|Socket table: one snapshot with pids at $sockets sockets|$med ms|$reference ms (ss -tanp)|$ratio|≤ 1.0" ;;
    "same, /proc/net instead of netlink")
        echo "FIGURE|Socket table via /proc/net (fallback backend)|$med ms|$reference ms (ss -tanp)|$ratio|" ;;
    esac
done

if [ -x "$probe" ]; then
    echo
    echo "GUI: Connections tab open, refreshing every 1 s for 12 s at this size; after 6 s the"
    echo "holder exits, so its $sockets sockets close at once (5 ms timer lateness on the GUI thread):"
    runner=()
    if command -v xvfb-run > /dev/null; then
        runner=(xvfb-run -a -s "-screen 0 1400x900x24")
    else
        export QT_QPA_PLATFORM=offscreen
    fi
    timeout 120 "${runner[@]}" "$probe" 12 1000 > "$work/probe.out" 2> /dev/null &
    gui=$!
    sleep 8 # start-up and the first 10,000-row snapshot, then about 6 s of measuring
    exec 3>&-
    wait "$holder" 2> /dev/null || true
    holder=""
    wait "$gui" || true
    cat "$work/probe.out"
    sed -n 's/.*max_lateness_ms=\([0-9.]*\) p99_ms=\([0-9.]*\).*/\1 \2/p' "$work/probe.out" \
        | while read -r max p99; do
            echo "FIGURE|Window stall, Connections tab at $sockets sockets (longest)|$max ms|-|-|< 100 ms"
            echo "FIGURE|Window stall, Connections tab at $sockets sockets (p99)|$p99 ms|-|-|< 20 ms"
        done
else
    echo "GUI lateness skipped: $probe not built (GUI off?)"
fi

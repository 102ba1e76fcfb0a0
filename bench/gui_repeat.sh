#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sending from the window (issue 10): the window's client pane repeats a 64 B datagram at
# 10,000/s for 3 s (30,000 messages) to the window's own UDP server tab, started the way a user
# does it (message in the editor, Repeat row filled, Start clicked: --bench-repeat-*), while
# EventLoopLatencyProbe measures the GUI event loop. The in-run reference is the same window
# receiving the same 30,000 datagrams at 10,000/s from `socklab-cli udp-client` (another
# process), so the ratio of stalls is what sending from the window costs. The probe figures
# cover the load phase (from 0.5 s after the server tab is ready until the window quits, 1 s
# after the log went quiet); start-up is reported on its own line. Interleaved pairs,
# BENCH_RUNS (default 3); every process is bounded in time and stops by itself.
# BENCH_DIAG=1 adds two diagnostic window runs per pair (see window_run) that tell the cost of
# sending from the cost of logging twice the events.
# Usage: bench/gui_repeat.sh [BUILD_DIR]   (needs the socklab and socklab-cli targets)
# Prints FIGURE lines as run.sh does, one per run, then a table of the medians.
set -euo pipefail
build=${1:-build}
runs=${BENCH_RUNS:-3}
rate=${BENCH_RATE:-10000}
count=$(( rate * 3 ))
size=64
cli="$build/src/cli/socklab-cli"
gui="$build/src/gui/socklab"
[ -x "$cli" ] || { echo "bench: $cli not found" >&2; exit 2; }
[ -x "$gui" ] || { echo "bench: $gui not found" >&2; exit 2; }
. "$(dirname "$0")/lib.sh"
bench_workdir
bench_compile udpsink
bench_private_home
field() { python3 -c 'import json,sys; v=json.load(open(sys.argv[1])).get(sys.argv[2], 0); print(("%.1f" % v) if isinstance(v, float) else v)' "$1" "$2"; }
figures="$work/figures" # figure (lib.sh) prints each line and keeps it here for the table
: > "$figures"

# A real (virtual) X display as run.sh uses, so the window paints; offscreen without Xvfb.
bench_start_xvfb
if [ -n "$xvfb_display" ]; then
    export DISPLAY=$xvfb_display
else
    export QT_QPA_PLATFORM=offscreen
fi

# One window run; $1 = json path, $2 = who loads it:
#   repeat  the window's client pane repeats to its own server tab (the figure)
#   cli     socklab-cli udp-client sends the same datagrams to the window (the reference)
#   sink    (BENCH_DIAG) the window repeats to a C receiver instead: it only sends
#   cli2x   (BENCH_DIAG) socklab-cli sends twice the rate for 3 s: as many log events a
#           second as the repeat case (a Sent and a Received per datagram), all received
#   hidden  (BENCH_DIAG) as repeat, the client pane's Conversation list hidden first
window_run() {
    local json=$1 who=$2 port p s before extra=() n=$count r=$rate
    port=$(free_port udp); before=$(rcvbuf_errors)
    case $who in
    repeat) extra=(--bench-repeat-rate "$rate" --bench-repeat-count "$count" --bench-repeat-size "$size") ;;
    sink)
        local sport; sport=$(free_port udp)
        "$work/udpsink" "$sport" 1000 > "$work/sink.out" & s=$!; pids+=($s)
        wait_for "$work/sink.out" 50 ready
        extra=(--bench-repeat-rate "$rate" --bench-repeat-count "$count" --bench-repeat-size "$size" --bench-repeat-port "$sport") ;;
    hidden) extra=(--bench-repeat-rate "$rate" --bench-repeat-count "$count" --bench-repeat-size "$size" --bench-hide-conversation 1) ;;
    cli2x) n=$(( count * 2 )); r=$(( rate * 2 )) ;;
    esac
    timeout 60 "$gui" --bench-udp-port "$port" --bench-summary "$json" --bench-quit-after-idle 1000 \
        "${extra[@]}" > "$work/gui.out" 2> "$work/gui.err" & p=$!; pids+=($p)
    wait_for "$work/gui.out" 150 "bench: ready"
    if [ "$who" = cli ] || [ "$who" = cli2x ]; then
        sleep 0.5 # the same settling time the window gives its own repeat after "ready"
        timeout 30 "$cli" udp-client --host 127.0.0.1 --port "$port" --send "$(printf "%0${size}d" 0)" \
            --count "$n" --rate "$r" --stats > "$work/cli.out" 2>&1
        sed -n 's/.*achieved rate \([0-9.]*\) messages.*/\1/p' "$work/cli.out" | tail -n 1 > "$work/cli.rate"
    fi
    wait "$p" || { echo "bench: window run ($who) failed:" >&2; cat "$work/gui.err" >&2; return 1; }
    [ "$who" = sink ] && { wait "$s" || true; tail -n 1 "$work/sink.out" > "$json.sink"; }
    echo $(( $(rcvbuf_errors) - before )) > "$json.drops"
}

for run in $(seq 1 "$runs"); do
    echo "bench: run $run of $runs" >&2
    window_run "$work/ref.json" cli
    window_run "$work/rep.json" repeat
    sent=$(field "$work/rep.json" sent); got=$(field "$work/rep.json" received)
    ref_got=$(field "$work/ref.json" received)
    stall=$(field "$work/rep.json" longest_stall_ms); ref_stall=$(field "$work/ref.json" longest_stall_ms)
    p99=$(field "$work/rep.json" p99_lateness_ms); ref_p99=$(field "$work/ref.json" p99_lateness_ms)
    srate=$(field "$work/rep.json" send_rate); rrate=$(field "$work/rep.json" receive_rate)
    ref_rrate=$(field "$work/ref.json" receive_rate); cli_rate=$(cat "$work/cli.rate")
    name="window repeats $count × $size B at $rate/s to its UDP server tab"
    figure "$name: longest stall" "$stall ms" "$ref_stall ms socklab-cli sends" "$(ratio "$stall" "$ref_stall")" "< 100 ms"
    figure "$name: p99 lateness" "$p99 ms" "$ref_p99 ms socklab-cli sends" "$(ratio "$p99" "$ref_p99")" "reported"
    figure "$name: sent (Repeat row)" "$sent" "$count planned" "$(ratio "$sent" "$count")" "= planned"
    figure "$name: received by the server tab" "$got" "$ref_got socklab-cli sends" "$(ratio "$got" "$sent")" "= sent"
    figure "$name: achieved send rate (log, first to last)" "$srate msg/s" "${cli_rate:-0} msg/s socklab-cli --stats" "$(ratio "$srate" "$rate")" "within 1% of $rate"
    figure "$name: achieved receive rate (log, first to last)" "$rrate msg/s" "$ref_rrate msg/s socklab-cli sends" "$(ratio "$rrate" "$ref_rrate")" "reported"
    figure "window start-up until 0.5 s after ready (not in the figures above): longest stall" "$(field "$work/rep.json" startup_longest_stall_ms) ms" "$(field "$work/ref.json" startup_longest_stall_ms) ms socklab-cli run" "-" "reported"
    figure "$name: kernel drops" "$(cat "$work/rep.json.drops")" "$(cat "$work/ref.json.drops") socklab-cli sends" "-" "0"
    echo "bench: repeat row said: $(field "$work/rep.json" repeat_progress)" >&2
    [ -n "${BENCH_DIAG:-}" ] || continue
    # Where the extra time goes: sending alone, and receiving as many events a second.
    window_run "$work/sink.json" sink
    window_run "$work/ref2.json" cli2x
    figure "diagnostic: window repeats $count at $rate/s to a C receiver (sends only): longest stall" "$(field "$work/sink.json" longest_stall_ms) ms" "$ref_stall ms socklab-cli sends" "$(ratio "$(field "$work/sink.json" longest_stall_ms)" "$ref_stall")" "reported"
    figure "diagnostic: window repeats $count at $rate/s to a C receiver (sends only): p99 lateness" "$(field "$work/sink.json" p99_lateness_ms) ms" "$ref_p99 ms socklab-cli sends" "$(ratio "$(field "$work/sink.json" p99_lateness_ms)" "$ref_p99")" "reported"
    figure "diagnostic: window repeats $count at $rate/s to a C receiver: datagrams counted" "$(cat "$work/sink.json.sink")" "$(field "$work/sink.json" sent) sent" "$(ratio "$(cat "$work/sink.json.sink")" "$(field "$work/sink.json" sent)")" "= sent"
    window_run "$work/hid.json" hidden
    figure "diagnostic: window repeats to its server tab, Conversation list hidden: longest stall" "$(field "$work/hid.json" longest_stall_ms) ms" "$stall ms shown" "$(ratio "$(field "$work/hid.json" longest_stall_ms)" "$stall")" "reported"
    figure "diagnostic: window repeats to its server tab, Conversation list hidden: p99 lateness" "$(field "$work/hid.json" p99_lateness_ms) ms" "$p99 ms shown" "$(ratio "$(field "$work/hid.json" p99_lateness_ms)" "$p99")" "reported"
    figure "diagnostic: window receives $(( count * 2 )) at $(( rate * 2 ))/s from socklab-cli (as many log events/s as the repeat): longest stall" "$(field "$work/ref2.json" longest_stall_ms) ms" "$stall ms window repeats" "$(ratio "$(field "$work/ref2.json" longest_stall_ms)" "$stall")" "reported"
    figure "diagnostic: window receives $(( count * 2 )) at $(( rate * 2 ))/s from socklab-cli: p99 lateness" "$(field "$work/ref2.json" p99_lateness_ms) ms" "$p99 ms window repeats" "$(ratio "$(field "$work/ref2.json" p99_lateness_ms)" "$p99")" "reported"
done

python3 - "$figures" "$runs" <<'PY'
import re, statistics, sys
rows, order = {}, []
for line in open(sys.argv[1], encoding="utf-8"):
    parts = line.rstrip("\n").split("|")
    if len(parts) < 5 or parts[0] != "FIGURE":
        continue
    rows.setdefault(parts[1], [])
    if parts[1] not in order:
        order.append(parts[1])
    rows[parts[1]].append(parts[2:])

def median_text(values):
    numbers, unit = [], None
    for v in values:
        m = re.match(r"\s*(-?[0-9]+(?:\.[0-9]+)?)(.*)$", v)
        if m:
            numbers.append(float(m.group(1)))
            unit = m.group(2) if unit is None else unit
    if not numbers:
        return values[0]
    med = statistics.median(numbers)
    text = ("%d" % med) if med == int(med) else ("%.3f" % med).rstrip("0").rstrip(".")
    return text + unit

print()
print("Median of %s run(s); loopback; the window sending vs the window receiving from socklab-cli." % sys.argv[2])
print()
print("| figure | window sends | reference | ratio | target |")
print("|---|---:|---:|---:|---|")
for name in order:
    cols = list(zip(*[r + [""] * (4 - len(r)) for r in rows[name]]))
    a, b, c = (median_text(list(x)) for x in cols[:3])
    print("| %s | %s | %s | %s | %s |" % (name, a, b, c, cols[3][0]))
PY

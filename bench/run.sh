#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SockLab benchmark suite: every figure next to a reference measured in the same invocation,
# on loopback, median of BENCH_RUNS runs (default 3), printed as ONE table at the end.
# Every load is bounded in count and in time. Usage: bench/run.sh [BUILD_DIR]
# (`make bench` builds with -DSOCKLAB_BUILD_BENCH=ON first). About 7 minutes with 3 runs.
#
# Figure contract (for this script and for bench/sockettable.sh, which the runner calls with
# the build directory as its only argument when it exists): a figure is one stdout line
#     FIGURE|<name>|<socklab>|<reference>|<ratio>[|<target>]
# <socklab> and <reference> are a number, optionally followed by a space and a unit
# ("2.1 ms"); <ratio> is a number or "-"; <target> is free text ("≥ 0.95"). Lines that do not
# start with "FIGURE|" are ignored. The runner takes the median of each number over the runs
# of a figure with the same name, and adds a last column: the machine's 1-minute load average
# as the figure's section ended (median over the runs).
set -euo pipefail
build=${1:-build}
runs=${BENCH_RUNS:-3}
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
cli="$build/src/cli/socklab-cli"
gui="$build/src/gui/socklab"
bench="$build/bench/socklab-bench"
[ -x "$cli" ] || { echo "bench: $cli not found; run 'make bench'" >&2; exit 2; }
[ -x "$bench" ] || { echo "bench: $bench not found; configure with -DSOCKLAB_BUILD_BENCH=ON" >&2; exit 2; }

bench_workdir
bench_compile udpflood udpsink tcpflood tcpsink tcpconns acceptloop
# The outside responsiveness probe (X _NET_WM_PING) needs libX11's headers (libx11-dev).
xping=""
cc -O2 -Wall -o "$work/xping" "$here/xping.c" -lX11 2> /dev/null && xping="$work/xping" \
    || echo "bench: bench/xping.c does not build (libx11-dev missing?): no X ping figures" >&2
# 10,000 held connections need 10,000 descriptors on each side.
ulimit -n "$(ulimit -Hn)" 2> /dev/null || ulimit -n 1048576 2> /dev/null || true
[ "$(ulimit -n)" = unlimited ] || [ "$(ulimit -n)" -ge 10100 ] \
    || echo "bench: ulimit -n is $(ulimit -n); the 10,000-connection figures need more" >&2
bench_private_home
# figure (lib.sh) only collects here: the table at the end is this script's output.
figures="$work/figures"
figures_quiet=1
: > "$figures"

rss_bytes() { awk '/^VmRSS:/ { print $2 * 1024 }' "/proc/$1/status"; }
# Waits until the UDP socket on port $1 has an empty receive queue (at most 30 s).
wait_udp_drained() { local i q; for i in $(seq 1 300); do q=$(ss -Hun state all "sport = :$1" | awk '{ print $2; exit }'); [ "${q:-0}" = 0 ] && return 0; sleep 0.1; done; }
# Waits (at most 10 s) until something listens on port $2 (ss option $1: -Huan or -Htln).
wait_port() { local i; for i in $(seq 1 200); do ss $1 "sport = :$2" | grep -q . && return 0; sleep 0.05; done; echo "bench: nothing bound port $2" >&2; return 1; }

# One virtual display for every GUI run.
xvfb_display=""
[ -x "$gui" ] && bench_start_xvfb

udp_ingest() { # RATE SIZE
    local rate=$1 size=$2 count=$(( $1 * 2 )) port before ref ref_drops got drops name p
    name="UDP ${rate}/s × ${size} B, 2 s"

    port=$(free_port); before=$(rcvbuf_errors)
    "$work/udpsink" "$port" 1000 > "$work/sink.out" & p=$!; pids+=($p)
    wait_for "$work/sink.out" 50 ready
    "$work/udpflood" "$port" "$rate" "$count" "$size" > /dev/null
    wait "$p"
    ref=$(tail -n 1 "$work/sink.out"); ref_drops=$(( $(rcvbuf_errors) - before ))

    port=$(free_port); before=$(rcvbuf_errors)
    "$cli" udp-server --port "$port" --stats > "$work/cli.out" 2> "$work/cli.err" & p=$!; pids+=($p)
    wait_port -Huan "$port"
    "$work/udpflood" "$port" "$rate" "$count" "$size" > /dev/null
    wait_udp_drained "$port"
    kill -INT "$p"; wait "$p" || true
    got=$(sed -n 's/.*: received \([0-9]*\) messages.*/\1/p' "$work/cli.out")
    drops=$(( $(rcvbuf_errors) - before ))
    figure "$name: socklab-cli --stats, datagrams" "${got:-0}" "$ref C recv()" "$(ratio "${got:-0}" "$ref")" "≥ 0.95"
    figure "$name: socklab-cli --stats, kernel drops" "$drops" "$ref_drops C recv()" "-" "≤ reference"

    [ -n "$xvfb_display" ] || return 0
    port=$(free_port); before=$(rcvbuf_errors)
    DISPLAY=$xvfb_display "$gui" --bench-udp-port "$port" --bench-summary "$work/gui.json" \
        --bench-quit-after-idle 1000 > "$work/gui.out" 2> "$work/gui.err" & p=$!; pids+=($p)
    wait_for "$work/gui.out" 150 "bench: ready"
    sleep 0.5 # let the window settle: the stall figure is about the flood, not start-up
    # During the 100,000/s × 64 B flood, a desktop's view too: X pings every 10 ms, from
    # the start of the flood to 0.5 s after its 2 s.
    local x=""
    if [ -n "$xping" ] && [ "$rate" = 100000 ] && [ "$size" = 64 ]; then
        DISPLAY=$xvfb_display "$xping" "$p" 2500 > "$work/xping.out" 2>&1 & x=$!; pids+=($x)
        wait_for "$work/xping.out" 100 ready || x=""
    fi
    "$work/udpflood" "$port" "$rate" "$count" "$size" > /dev/null
    wait "$p" || true
    [ -n "$x" ] && { wait "$x" || true; }
    got=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["received"])' "$work/gui.json")
    drops=$(( $(rcvbuf_errors) - before ))
    figure "$name: GUI (log visible), datagrams" "$got" "$ref C recv()" "$(ratio "$got" "$ref")" "≥ 0.95"
    figure "$name: GUI (log visible), kernel drops" "$drops" "$ref_drops C recv()" "-" "≤ reference"
    if [ "$rate" = 100000 ] && [ "$size" = 64 ]; then
        local stall p99
        stall=$(python3 -c 'import json,sys; print("%.1f" % json.load(open(sys.argv[1]))["longest_stall_ms"])' "$work/gui.json")
        p99=$(python3 -c 'import json,sys; print("%.1f" % json.load(open(sys.argv[1]))["p99_lateness_ms"])' "$work/gui.json")
        figure "GUI event loop during $name: longest stall" "$stall ms" "100 ms target" "$(ratio "$stall" 100)" "< 100 ms"
        figure "GUI event loop during $name: p99 lateness" "$p99 ms" "20 ms target" "$(ratio "$p99" 20)" "< 20 ms"
        if [ -n "$x" ] && grep -q '^pings' "$work/xping.out"; then
            # "pings N answered M longest_ms X p99_ms Y": the in-window timer is the reference.
            set -- $(grep '^pings' "$work/xping.out")
            figure "X ping (_NET_WM_PING every 10 ms) during $name: longest unanswered" "$6 ms" "$stall ms in-window timer" "$(ratio "$6" "$stall")" "≤ 50 ms"
            figure "X ping (_NET_WM_PING every 10 ms) during $name: p99 round trip" "$8 ms" "$p99 ms in-window timer" "$(ratio "$8" "$p99")" "≤ 20 ms"
        fi
    fi
}

# MiB/s of one tcpflood of $2 bytes into port $1.
flood_mib_s() { "$work/tcpflood" "$1" "$2" | awk '{ printf "%.0f", $1 / $2 / 1048576 }'; }
# Sets the variable named $2 to the C recv() sink's MiB/s for $1 bytes: the TCP reference.
c_sink_rate() {
    local port sink
    port=$(free_port)
    "$work/tcpsink" "$port" > "$work/tsink.out" & sink=$!; pids+=($sink)
    wait_for "$work/tsink.out" 50 ready
    printf -v "$2" '%s' "$(flood_mib_s "$port" "$1")"
    wait "$sink"
}

tcp_ingest() {
    # BENCH_TCP_PAIRS (default 5) interleaved pairs, SockLab then the C sink, each moving 1 GiB:
    # interleaving exposes both sides to the same drift. Reported: the median of each side's
    # rate, the median of the pairs' ratios, and their spread (lowest-highest ratio), since
    # throughput on a shared machine swings from one second to the next.
    local bytes=$(( 1024 * 1024 * 1024 )) port p rate ref got pairs=${BENCH_TCP_PAIRS:-5}
    local refs=() gots=() ratios=()
    for _ in $(seq 1 "$pairs"); do
        c_sink_rate "$bytes" ref
        port=$(free_port)
        "$cli" tcp-server --port "$port" --max-connections 1 --stats > "$work/tcli.out" 2>&1 & p=$!; pids+=($p)
        wait_port -Htln "$port"
        got=$(flood_mib_s "$port" "$bytes")
        wait "$p" || true
        refs+=("${ref:-0}"); gots+=("${got:-0}"); ratios+=("$(ratio "${got:-0}" "${ref:-0}")")
    done
    local summary
    summary=$(python3 - "${refs[*]}" "${gots[*]}" "${ratios[*]}" <<'PY'
import statistics, sys
refs, gots = [float(x) for x in sys.argv[1].split()], [float(x) for x in sys.argv[2].split()]
ratios = [float(x) for x in sys.argv[3].split() if x != "-"]
print("%d %d %.3f %.3f %.3f" % (statistics.median(gots), statistics.median(refs),
                                statistics.median(ratios), min(ratios), max(ratios)))
PY
)
    set -- $summary
    figure "TCP ingest, 1 GiB, logging on (socklab-cli tcp-server --stats), median of $pairs pairs" "$1 MiB/s" "$2 MiB/s C recv()" "$3" "≥ 0.95"
    figure "TCP ingest: the lowest of the $pairs pairs' ratios" "$4" "-" "-" "reported"
    figure "TCP ingest: the highest of the $pairs pairs' ratios" "$5" "-" "-" "reported"
}

hold_connections() { # SERVER_PID PORT -> prints "SECONDS RSS_DELTA"
    local before after out="$work/conns.out" c
    before=$(rss_bytes "$1")
    "$work/tcpconns" "$2" 10000 1500 > "$out" & c=$!; pids+=($c)
    wait_for "$out" 600 connected
    after=$(rss_bytes "$1")
    wait "$c" || true
    echo "$(awk '/^connected/ { print $3 }' "$out") $(( after - before ))"
}

connections() {
    local port p ref sl
    port=$(free_port)
    "$work/acceptloop" "$port" < /dev/null > "$work/accept.out" & p=$!; pids+=($p)
    wait_for "$work/accept.out" 50 ready
    ref=$(hold_connections "$p" "$port")
    kill "$p"; wait "$p" 2>/dev/null || true
    port=$(free_port)
    "$cli" tcp-server --port "$port" --greeting x --stats > "$work/conn-cli.out" 2>&1 & p=$!; pids+=($p)
    wait_port -Htln "$port"
    sl=$(hold_connections "$p" "$port")
    kill -INT "$p"; wait "$p" || true
    set -- $ref $sl
    figure "10,000 TCP clients accepted and greeted" "$(awk -v s="$3" 'BEGIN { printf "%.3f", s }') s" "$(awk -v s="$1" 'BEGIN { printf "%.3f", s }') s C accept loop" "$(ratio "$3" "$1")" "≤ 2.0"
    figure "RSS per held connection" "$(( $4 / 10000 )) B" "$(( $2 / 10000 )) B C accept loop" "$(ratio "$4" "$2")" "reported"
    # Qt's own floor: a bare QTcpServer handing out a QTcpSocket per client, nothing else
    # (bench/qtacceptloop.cpp). What SockLab takes beyond it is its own per-client work.
    local qt="$build/bench/qtacceptloop" qsec
    if [ -x "$qt" ]; then
        port=$(free_port)
        "$qt" "$port" socket > "$work/qtaccept.out" & p=$!; pids+=($p)
        wait_for "$work/qtaccept.out" 50 ready
        qsec=$(hold_connections "$p" "$port" | cut -d' ' -f1)
        kill "$p"; wait "$p" 2>/dev/null || true
        figure "10,000 TCP clients accepted and greeted by a bare Qt server (QTcpServer, a QTcpSocket each)" "$(awk -v s="$qsec" 'BEGIN { printf "%.3f", s }') s" "$(awk -v s="$1" 'BEGIN { printf "%.3f", s }') s C accept loop" "$(ratio "$qsec" "$1")" "reported"
    fi

    # The same burst into the window (a TCP server tab, connections list and log visible).
    [ -n "$xvfb_display" ] || return 0
    local reference=$1 gsec stall p99
    port=$(free_port)
    DISPLAY=$xvfb_display "$gui" --bench-tcp-port "$port" --bench-summary "$work/guit.json" \
        --bench-quit-after-idle 3000 > "$work/guit.out" 2> "$work/guit.err" & p=$!; pids+=($p)
    wait_for "$work/guit.out" 150 "bench: ready"
    sleep 0.5
    "$work/tcpconns" "$port" 10000 1500 > "$work/gconns.out"
    wait "$p" || true
    gsec=$(awk '/^connected/ { print $3 }' "$work/gconns.out")
    stall=$(python3 -c 'import json,sys; print("%.1f" % json.load(open(sys.argv[1]))["longest_stall_ms"])' "$work/guit.json")
    p99=$(python3 -c 'import json,sys; print("%.1f" % json.load(open(sys.argv[1]))["p99_lateness_ms"])' "$work/guit.json")
    figure "10,000 TCP clients accepted and greeted by the window" "$(awk -v s="$gsec" 'BEGIN { printf "%.3f", s }') s" "$(awk -v s="$reference" 'BEGIN { printf "%.3f", s }') s C accept loop" "$(ratio "$gsec" "$reference")" "≤ 1.3"
    figure "GUI event loop while 10,000 clients connect, stay 1.5 s and leave: longest stall" "$stall ms" "100 ms target" "$(ratio "$stall" 100)" "< 100 ms"
    figure "GUI event loop while 10,000 clients connect, stay 1.5 s and leave: p99 lateness" "$p99 ms" "20 ms target" "$(ratio "$p99" 20)" "< 20 ms"
}

isolation() {
    local with without udp tcp p c
    for mode in without with; do
        udp=$(free_port); tcp=$(free_port)
        "$bench" isolation "$udp" "$tcp" 1000 > "$work/iso.out" 2>&1 & p=$!; pids+=($p)
        wait_for "$work/iso.out" 100 ready
        if [ "$mode" = with ]; then
            "$work/tcpconns" "$tcp" 10000 60000 > "$work/iso-conns.out" & c=$!; pids+=($c)
            wait_for "$work/iso-conns.out" 600 connected
        fi
        "$work/udpflood" "$udp" 100000 200000 64 > /dev/null
        wait "$p" || true
        [ "$mode" = with ] && { kill "$c"; wait "$c" 2>/dev/null || true; }
        eval "$mode=\$(awk '/^received/ { print \$2 }' \"\$work/iso.out\")"
    done
    figure "UDP 100000/s × 64 B while another session holds 10,000 idle TCP connections" "$with" "$without with none held" "$(ratio "$with" "$without")" "≥ 0.90"

    # One client streams 256 MiB into a server that holds 10,000 idle ones: an event loop
    # that polls every connection at every turn pays for all 10,000 at each block (Qt 6.4's
    # own took 8 s here; the C sink holds none).
    local bytes=$(( 256 * 1024 * 1024 )) port ref got
    c_sink_rate "$bytes" ref
    port=$(free_port)
    "$cli" tcp-server --port "$port" --greeting x --stats > "$work/crowd.out" 2>&1 & p=$!; pids+=($p)
    wait_port -Htln "$port"
    "$work/tcpconns" "$port" 10000 60000 > "$work/crowd-conns.out" & c=$!; pids+=($c)
    wait_for "$work/crowd-conns.out" 600 connected
    got=$(flood_mib_s "$port" "$bytes")
    kill "$c"; wait "$c" 2>/dev/null || true
    kill -INT "$p"; wait "$p" || true
    figure "TCP ingest, 256 MiB, while the same server holds 10,000 idle connections (socklab-cli tcp-server --stats)" "${got:-0} MiB/s" "${ref:-0} MiB/s C recv(), none held" "$(ratio "${got:-0}" "${ref:-0}")" "≥ 0.90"
}

logscale() { "$bench" logscale 1000000 | grep '^FIGURE|' >> "$figures"; }
# The window's CPU while it shows a 250/s and a 2,000/s stream, against its idle CPU.
windowcpu() {
    [ -n "$xvfb_display" ] || return 0
    "$here/window_cpu.sh" "$build" | grep '^FIGURE|' >> "$figures"
}
sockettable() {
    [ -x "$here/sockettable.sh" ] || return 0
    "$here/sockettable.sh" "$build" | grep '^FIGURE|' >> "$figures"
}
# TLS 1.3 and 1.2 ingest and handshakes against openssl s_server (bench/tls.sh), one run each
# per run of this script.
tls() {
    local version
    for version in 1.3 1.2; do
        BENCH_RUNS=1 BENCH_TLS=$version "$here/tls.sh" "$build" 2> /dev/null \
            | grep '^FIGURE|' >> "$figures" || echo "bench: tls $version failed" >&2
    done
}

# BENCH_ONLY picks sections, e.g. BENCH_ONLY="tcp connections".
sections=${BENCH_ONLY:-"udp udprate tcp tls connections isolation logscale windowcpu sockettable"}
for run in $(seq 1 "$runs"); do
    echo "bench: run $run of $runs" >&2
    for section in $sections; do
        before=$(wc -l < "$figures")
        # A failed section loses its figures, not the whole table.
        case $section in
        udp) for scenario in "100000 64" "100000 1400" "200000 64" "200000 1400"; do
                 ( udp_ingest $scenario ) || echo "bench: udp $scenario failed" >&2
             done ;;
        tcp) ( tcp_ingest ) || echo "bench: tcp failed" >&2 ;;
        tls) ( tls ) || echo "bench: tls failed" >&2 ;;
        # One round of bench/udp_rate.sh (the sender against C sendmmsg() and UDP_SEGMENT
        # loops, the receiver against C recvmmsg()); this script takes the medians.
        udprate) ( BENCH_RUNS=1 "$here/udp_rate.sh" "$build" | grep '^FIGURE|' >> "$figures" ) \
                     || echo "bench: udp_rate.sh failed" >&2 ;;
        connections) ( connections ) || echo "bench: connections failed" >&2 ;;
        isolation) ( isolation ) || echo "bench: isolation failed" >&2 ;;
        logscale) ( logscale ) || echo "bench: logscale failed" >&2 ;;
        windowcpu) ( windowcpu ) || echo "bench: windowcpu failed" >&2 ;;
        sockettable) ( sockettable ) || echo "bench: sockettable.sh failed" >&2 ;;
        *) echo "bench: unknown section $section" >&2; exit 2 ;;
        esac
        # The machine's load (1-minute average) as the section ended, on each of its figures:
        # the table states what else ran while a figure was taken.
        load=$(cut -d' ' -f1 /proc/loadavg)
        sed -i "$(( before + 1 )),\$ s/\$/|load=$load/" "$figures"
    done
done

python3 - "$figures" "$runs" <<'PY'
import re, statistics, sys
rows, order = {}, []
for line in open(sys.argv[1], encoding="utf-8"):
    parts = line.rstrip("\n").split("|")
    if len(parts) < 5 or parts[0] != "FIGURE":
        continue
    loads = [p for p in parts if p.startswith("load=")]
    parts = [p for p in parts if not p.startswith("load=")]
    name = parts[1]
    if name not in rows:
        rows[name] = []
        order.append(name)
    rows[name].append((parts[2:] + [""] * 4)[:4] + [loads[0][5:] if loads else ""])

def median_text(values):
    # "<number>[ unit...]": the median over the runs that produced a number (a failed run
    # leaves an empty or partial line), with the unit text of the first of them.
    numbers, unit = [], None
    for v in values:
        m = re.match(r"\s*(-?[0-9]+(?:\.[0-9]+)?(?:e[-+]?[0-9]+)?)(.*)$", v)
        if m:
            numbers.append(float(m.group(1)))
            unit = m.group(2) if unit is None else unit
    if not numbers:
        return values[0]
    med = statistics.median(numbers)
    text = ("%d" % med) if med == int(med) and abs(med) < 1e15 else ("%.3f" % med).rstrip("0").rstrip(".")
    return text + unit

print("Median of %s run(s); loopback; SockLab vs a reference measured in the same run." % sys.argv[2])
print()
print("| figure | SockLab | reference | ratio | target | load |")
print("|---|---:|---:|---:|---|---:|")
for name in order:
    cols = list(zip(*rows[name]))
    socklab, reference, ratio = (median_text(list(c)) for c in cols[:3])
    target = cols[3][0]
    load = median_text([l for l in cols[4] if l]) if any(cols[4]) else ""
    print("| %s | %s | %s | %s | %s | %s |" % (name, socklab, reference, ratio, target, load))
PY

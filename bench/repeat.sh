#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Repeat and pacing benchmarks (issue 10), on loopback, every figure next to a C reference run
# in the same invocation. Not part of ctest. Usage: bench/repeat.sh [BUILD_DIR]
#  (a) socklab-cli udp-client --count 1000000 --rate 0 (64 B) against a C sendto() loop of the
#      same count (udpblast), both counted by the same C receiver (udpsink); interleaved, best
#      of BENCH_RUNS (default 3) for each side, like the TCP ingest figure of run.sh.
#  (b) --rate 1000 / 10000 / 100000 for 2 s: achieved rate and the p50/p99/max error of the
#      arrival times against the schedule, from a C receiver's kernel timestamps
#      (udptimesink, SO_TIMESTAMPNS); a C clock_nanosleep() pacer (udpblast RATE) alongside
#      shows what the machine itself allows.
# Prints FIGURE lines as run.sh does, then a table.
set -euo pipefail
build=${1:-build}
runs=${BENCH_RUNS:-3}
. "$(dirname "$0")/lib.sh"
cli="$build/src/cli/socklab-cli"
[ -x "$cli" ] || { echo "bench: $cli not found" >&2; exit 2; }
bench_workdir
bench_compile udpblast udpsink udptimesink
bench_private_home
payload=$(printf '%064d' 0)
count=1000000

# (a) As fast as possible.
best_c=0; best_s=0; counted_c=0; counted_s=0
for _ in $(seq 1 "$runs"); do
    port=$(free_port udp)
    "$work/udpsink" "$port" 1000 > "$work/sink.out" & p=$!; pids+=($p)
    wait_for "$work/sink.out" 50 ready
    rate=$("$work/udpblast" "$port" "$count" 64 | awk '{ printf "%.0f", $1 / $2 }')
    wait "$p"; got=$(tail -n 1 "$work/sink.out")
    if [ "$rate" -gt "$best_c" ]; then best_c=$rate; counted_c=$got; fi
    port=$(free_port udp)
    "$work/udpsink" "$port" 1000 > "$work/sink.out" & p=$!; pids+=($p)
    wait_for "$work/sink.out" 50 ready
    rate=$("$cli" udp-client --host 127.0.0.1 --port "$port" --send "$payload" --count "$count" \
        --rate 0 --stats | sed -n 's/.*achieved rate \([0-9.]*\) messages.*/\1/p' | awk '{ printf "%.0f", $1 }')
    wait "$p"; got=$(tail -n 1 "$work/sink.out")
    if [ "${rate:-0}" -gt "$best_s" ]; then best_s=$rate; counted_s=$got; fi
done
ratio=$(awk -v a="$best_s" -v b="$best_c" 'BEGIN { printf "%.3f", a / b }')
figure "udp-client --count $count --rate 0, 64 B, best of $runs (datagrams counted: $counted_s / C $counted_c)" \
    "$best_s msg/s" "$best_c msg/s C sendto()" "$ratio" "≥ 0.90"

# (b) Paced for 2 s.
for r in 1000 10000 100000; do
    interval=$(( 1000000000 / r ))
    for who in socklab c; do
        port=$(free_port udp)
        "$work/udptimesink" "$port" 500 "$interval" > "$work/ts.out" & p=$!; pids+=($p)
        wait_for "$work/ts.out" 50 ready
        if [ "$who" = socklab ]; then
            "$cli" udp-client --host 127.0.0.1 --port "$port" --send "$payload" \
                --count $(( 2 * r )) --rate "$r" --stats > /dev/null
        else
            "$work/udpblast" "$port" $(( 2 * r )) 64 "$r" > /dev/null
        fi
        wait "$p"
        read -r n secs achieved p50 p99 max first < <(tail -n 1 "$work/ts.out")
        eval "${who}_line=\"\$n \$achieved \$p50 \$p99 \$max \$first\""
    done
    read -r n achieved p50 p99 max first <<< "$socklab_line"
    read -r cn cachieved cp50 cp99 cmax cfirst <<< "$c_line"
    figure "--rate $r for 2 s: achieved rate ($n of $(( 2 * r )) counted)" "$achieved msg/s" \
        "$r requested" "$(awk -v a="$achieved" -v b="$r" 'BEGIN { printf "%.4f", a / b }')" "within 1%"
    figure "--rate $r: lateness vs schedule p50 / p99 / max" "$p50 / $p99 / $max µs" \
        "C clock_nanosleep pacer $cp50 / $cp99 / $cmax µs" "-" "$([ "$r" = 1000 ] && echo 'p99 < 200 µs')"
done

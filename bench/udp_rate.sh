#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# UDP at the line rate (issue 15, items 3 and 4), on loopback, each side against a C reference
# measured in the same invocation, the two interleaved pair by pair (which goes first alternates),
# so that both see the same drift of a shared machine. Not part of ctest.
#  send:    `socklab-cli udp-client --count N --rate 0` against a C sendmmsg() loop (batches of
#           64, same payload, same count: bench/udpblast.c), the issue's reference, and against
#           a C loop of sendmsg() with UDP_SEGMENT (64 datagrams per call), the mechanism
#           SockLab uses for runs of equal datagrams; all into the same C receiver. Rates are
#           the senders' own (datagrams / seconds from first to last send); CPU is user +
#           system seconds of the whole sending process, per datagram.
#  receive: an unpaced C flood (bench/udpflood.c RATE 0: sendmmsg() as fast as it goes, N
#           datagrams) into `socklab-cli udp-server --stats` against a C recvmmsg() loop
#           (bench/udpsink.c BATCH 64); datagrams taken / sent, and the kernel's RcvbufErrors
#           delta for each.
# Prints FIGURE lines (the contract at the top of bench/run.sh): with BENCH_RUNS > 1 the best
# pair, the median pair and the spread of the per-pair ratios; with BENCH_RUNS=1 one plain pair
# per figure name, for run.sh to take the median over its own runs.
# Usage: [BENCH_RUNS=5] [UDP_RATE_COUNT=1000000] bench/udp_rate.sh [BUILD_DIR] [send|receive]...
set -euo pipefail
build=${1:-build}
shift || true
sections=${*:-send receive}
runs=${BENCH_RUNS:-5}
count=${UDP_RATE_COUNT:-1000000}
size=64
. "$(dirname "$0")/lib.sh"
cli="$build/src/cli/socklab-cli"
[ -x "$cli" ] || { echo "bench: $cli not found" >&2; exit 2; }
bench_workdir
bench_compile udpblast udpflood udpsink
bench_private_home
payload=$(printf "%0${size}d" 0)

# Waits (at most 10 s) until something is bound to UDP port $1.
wait_udp_port() { local i; for i in $(seq 1 200); do ss -Huan "sport = :$1" | grep -q . && return 0; sleep 0.05; done; echo "bench: nothing bound UDP port $1" >&2; return 1; }
# Waits (at most 30 s) until the UDP socket on port $1 has an empty receive queue.
wait_udp_drained() { local i q; for i in $(seq 1 300); do q=$(ss -Hun state all "sport = :$1" | awk '{ print $2; exit }'); [ "${q:-0}" = 0 ] && return 0; sleep 0.1; done; }
# Runs "$@" and prints the user + system CPU seconds it used; its stdout goes to $work/run.out.
cpu_of() {
    local TIMEFORMAT='%U %S'
    { time "$@" > "$work/run.out" 2> "$work/run.err"; } 2> "$work/time.out"
    awk '{ printf "%.3f", $1 + $2 }' "$work/time.out"
}

# One line "RATE CPU_SECONDS COUNTED" for the sending side $1: c (sendmmsg()), gso (C with
# UDP_SEGMENT) or socklab.
send_once() {
    local who=$1 port p rate cpu got
    port=$(free_port udp)
    "$work/udpsink" "$port" 1000 64 > "$work/sink.out" & p=$!; pids+=($p)
    wait_for "$work/sink.out" 50 ready
    if [ "$who" = c ] || [ "$who" = gso ]; then
        if [ "$who" = c ]; then
            cpu=$(cpu_of "$work/udpblast" "$port" "$count" "$size" 0 64)
        else
            cpu=$(cpu_of "$work/udpblast" "$port" "$count" "$size" 0 64 gso)
        fi
        rate=$(awk '{ printf "%.0f", $1 / $2 }' "$work/run.out")
    else
        cpu=$(cpu_of "$cli" udp-client --host 127.0.0.1 --port "$port" --send "$payload" \
            --count "$count" --rate 0 --stats)
        rate=$(sed -n 's/.*achieved rate \([0-9.]*\) messages.*/\1/p' "$work/run.out" \
            | awk '{ printf "%.0f", $1 }')
    fi
    wait "$p"; got=$(tail -n 1 "$work/sink.out")
    echo "${rate:-0} $cpu $got"
}

# One line "TAKEN SENT DROPS" for the receiving side $1 (c or socklab).
receive_once() {
    local who=$1 port p before sent got
    port=$(free_port udp)
    before=$(rcvbuf_errors)
    if [ "$who" = c ]; then
        "$work/udpsink" "$port" 1000 64 > "$work/rsink.out" & p=$!; pids+=($p)
        wait_for "$work/rsink.out" 50 ready
        sent=$("$work/udpflood" "$port" 0 "$count" "$size" | awk '{ print $1 }')
        wait "$p"; got=$(tail -n 1 "$work/rsink.out")
    else
        "$cli" udp-server --port "$port" --stats > "$work/server.out" 2> "$work/server.err" & p=$!
        pids+=($p)
        wait_udp_port "$port"
        sent=$("$work/udpflood" "$port" 0 "$count" "$size" | awk '{ print $1 }')
        wait_udp_drained "$port"
        kill -INT "$p"; wait "$p" || true
        got=$(sed -n 's/.*: received \([0-9]*\) messages.*/\1/p' "$work/server.out")
    fi
    echo "${got:-0} $sent $(( $(rcvbuf_errors) - before ))"
}

median_of() { sort -g | awk '{ l[NR] = $1 } END { print l[int((NR + 1) / 2)] }'; }

# summarize NAME UNIT REFERENCE_TEXT TARGET FILE: FILE holds one "SOCKLAB REFERENCE" pair per
# line (higher is better); prints the best of each side, and the median of each side with the
# median and the spread of the pairs' own ratios.
summarize() {
    local name=$1 unit=$2 reftext=$3 target=$4 file=$5
    if [ "$runs" = 1 ]; then
        read -r s r < "$file"
        figure "$name" "$s$unit" "$r$unit $reftext" "$(ratio "$s" "$r")" "$target"
        return
    fi
    local bs br ms mr mratio spread
    bs=$(awk '{ print $1 }' "$file" | sort -g | tail -n 1)
    br=$(awk '{ print $2 }' "$file" | sort -g | tail -n 1)
    ms=$(awk '{ print $1 }' "$file" | median_of)
    mr=$(awk '{ print $2 }' "$file" | median_of)
    mratio=$(awk '{ printf "%.3f\n", ($2 > 0 ? $1 / $2 : 0) }' "$file" | median_of)
    spread=$(awk '{ r = ($2 > 0 ? $1 / $2 : 0); if (NR == 1 || r < lo) lo = r; if (NR == 1 || r > hi) hi = r }
        END { printf "%.3f–%.3f", lo, hi }' "$file")
    figure "$name: best of $runs" "$bs$unit" "$br$unit $reftext" "$(ratio "$bs" "$br")" "$target"
    figure "$name: median of $runs (ratio: median of the pairs', spread $spread)" "$ms$unit" \
        "$mr$unit $reftext" "$mratio" "$target"
}

send_section() {
    : > "$work/send.rate"; : > "$work/send.gso"; : > "$work/send.cpu"; : > "$work/send.counted"
    local i order who c_line gso_line socklab_line cr cc cg gr gc gg sr sc sg
    for i in $(seq 1 "$runs"); do
        # Rotate who goes first: a machine getting busier must not always favour one side.
        case $(( i % 3 )) in
        1) order="c socklab gso" ;;
        2) order="socklab gso c" ;;
        *) order="gso c socklab" ;;
        esac
        for who in $order; do
            eval "${who}_line=\"\$(send_once $who)\""
        done
        read -r cr cc cg <<< "$c_line"
        read -r gr gc gg <<< "$gso_line"
        read -r sr sc sg <<< "$socklab_line"
        echo "$sr $cr" >> "$work/send.rate"
        echo "$sr $gr" >> "$work/send.gso"
        # CPU per datagram in µs: SockLab, sendmmsg(), UDP_SEGMENT.
        awk -v s="$sc" -v c="$cc" -v g="$gc" -v n="$count" \
            'BEGIN { printf "%.3f %.3f %.3f\n", s * 1e6 / n, c * 1e6 / n, g * 1e6 / n }' >> "$work/send.cpu"
        echo "$sg $cg $gg" >> "$work/send.counted"
        echo "bench: send $i: socklab $sr/s ${sc}s CPU, C sendmmsg $cr/s ${cc}s, C UDP_SEGMENT $gr/s ${gc}s (the C receiver counted $sg / $cg / $gg)" >&2
    done
    summarize "udp-client --count $count --rate 0, $size B, vs C sendmmsg()" " msg/s" "C sendmmsg() ×64" "≥ 0.90" "$work/send.rate"
    summarize "udp-client --count $count --rate 0, $size B, vs C UDP_SEGMENT" " msg/s" "C sendmsg(UDP_SEGMENT) ×64" "reported" "$work/send.gso"
    # Whole-process CPU (user + system) per datagram, medians of each side: the cost, which a
    # busy machine disturbs less than the rate. The ratio is SockLab / reference (lower is better).
    local sm cm gm
    sm=$(awk '{ print $1 }' "$work/send.cpu" | median_of)
    cm=$(awk '{ print $2 }' "$work/send.cpu" | median_of)
    gm=$(awk '{ print $3 }' "$work/send.cpu" | median_of)
    figure "udp-client --rate 0: CPU (user + system) per datagram, median, vs sendmmsg()" "$sm µs" "$cm µs C sendmmsg() ×64" "$(ratio "$sm" "$cm")" "reported (lower is better)"
    figure "udp-client --rate 0: CPU (user + system) per datagram, median, vs UDP_SEGMENT" "$sm µs" "$gm µs C sendmsg(UDP_SEGMENT) ×64" "$(ratio "$sm" "$gm")" "reported (lower is better)"
    # A sender faster than the receiver loses datagrams at the receiver (UDP): said, not hidden.
    sm=$(awk '{ print $1 }' "$work/send.counted" | median_of)
    cm=$(awk '{ print $2 }' "$work/send.counted" | median_of)
    figure "udp-client --rate 0: datagrams the C recvmmsg() receiver counted, median" "$sm" "$cm C sendmmsg() sender" "$(ratio "$sm" "$cm")" "reported"
}

receive_section() {
    : > "$work/recv.taken"; : > "$work/recv.drops"
    local i first second
    for i in $(seq 1 "$runs"); do
        if [ $(( i % 2 )) = 1 ]; then first=c; second=socklab; else first=socklab; second=c; fi
        eval "${first}_line=\"\$(receive_once $first)\""
        eval "${second}_line=\"\$(receive_once $second)\""
        read -r cgot csent cdrop <<< "$c_line"
        read -r sgot ssent sdrop <<< "$socklab_line"
        # Taken as a share of what was sent (the flood's count is fixed, so this is exact).
        echo "$sgot $cgot" >> "$work/recv.taken"
        echo "$sdrop $cdrop" >> "$work/recv.drops"
        echo "bench: receive pair $i: socklab $sgot of $ssent (RcvbufErrors +$sdrop), C recvmmsg $cgot of $csent (RcvbufErrors +$cdrop)" >&2
    done
    summarize "unpaced C sendmmsg() flood of $count × $size B into udp-server --stats, datagrams taken" "" "C recvmmsg() ×64" "≥ 0.95" "$work/recv.taken"
    local sd cd
    sd=$(awk '{ print $1 }' "$work/recv.drops" | median_of)
    cd=$(awk '{ print $2 }' "$work/recv.drops" | median_of)
    figure "unpaced flood into udp-server --stats: kernel RcvbufErrors, median" "$sd" "$cd C recvmmsg()" "-" "reported"
}

echo "bench: load before: $(uptime)" >&2
for section in $sections; do
    case $section in
    send) send_section ;;
    receive) receive_section ;;
    *) echo "bench: unknown section $section (send, receive)" >&2; exit 2 ;;
    esac
done
echo "bench: load after: $(uptime)" >&2

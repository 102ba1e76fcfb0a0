#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# TLS benchmark (issue 12), on loopback, one certificate made by openssl for both sides:
# - ingest: the same BENCH_MB megabytes sent by `openssl s_client` into socklab-cli tcp-server
#   --tls and into `openssl s_server`, interleaved in the same run; MB/s from the client's
#   start to the server's exit after the one connection (both servers exit then);
# - handshakes: `openssl s_time -new` (a full handshake per connection, nothing sent) against
#   both servers for BENCH_SECONDS each.
# Usage: bench/tls.sh [BUILD_DIR]   (BENCH_RUNS runs, default 3; BENCH_MB, default 64;
# BENCH_SECONDS, default 4; BENCH_TLS=1.2|1.3, default 1.3). Prints FIGURE lines as run.sh does.
# Not part of ctest.
set -euo pipefail
build=${1:-build}
runs=${BENCH_RUNS:-3}
megabytes=${BENCH_MB:-64}
seconds=${BENCH_SECONDS:-4}
version=${BENCH_TLS:-1.3}
. "$(dirname "$0")/lib.sh"
cli="$build/src/cli/socklab-cli"
[ -x "$cli" ] || { echo "bench: $cli not found" >&2; exit 2; }
command -v openssl > /dev/null || { echo "bench: openssl not found" >&2; exit 2; }
bench_workdir
bench_private_home
wait_port() { local i; for i in $(seq 1 200); do ss -Htln "sport = :$1" | grep -q . && return 0; sleep 0.05; done; echo "bench: nothing listens on port $1" >&2; return 1; }
flag=-tls1_3; [ "$version" = 1.2 ] && flag=-tls1_2

openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 \
    -subj /CN=localhost -addext subjectAltName=IP:127.0.0.1 \
    -keyout "$work/key.pem" -out "$work/cert.pem" 2> /dev/null
head -c "$((megabytes * 1024 * 1024))" /dev/urandom > "$work/payload"
now() { date +%s.%N; }
# measured FILE COMMAND...: runs COMMAND and writes the CPU seconds (user + system) it spent to
# FILE when it exits; signals reach the command.
measured() {
    python3 -c '
import os, signal, sys
pid = os.fork()
if pid == 0:
    os.execvp(sys.argv[2], sys.argv[2:])
for number in (signal.SIGTERM, signal.SIGINT):
    signal.signal(number, lambda received, frame: os.kill(pid, received))
_, status, usage = os.wait4(pid, 0)
with open(sys.argv[1], "w") as out:
    out.write("%.3f\n" % (usage.ru_utime + usage.ru_stime))
sys.exit(os.waitstatus_to_exitcode(status))
' "$@"
}
# s_server quits at the end of its standard input, which for a background job of a script is
# /dev/null: until 2026-11-27 it accepted, quit and let s_client "send" 64 MB in 60 ms without
# a byte arriving, and the reference read 1,000 MB/s. A FIFO this shell holds open for both
# reading and writing never ends; the verification run below counts what s_server took.
mkfifo "$work/stdin-held"
exec {held_stdin}<> "$work/stdin-held"

# Results go to $result, not stdout: a $(...) subshell would run the EXIT trap and remove $work.
# ingest socklab|openssl -> MB/s
ingest() {
    local port p start end
    port=$(free_port)
    if [ "$1" = socklab ]; then
        measured "$work/cpu" "$cli" tcp-server --port "$port" --tls --cert "$work/cert.pem" \
            --key "$work/key.pem" --max-connections 1 --stats \
            > "$work/server.out" 2> "$work/server.err" & p=$!
    elif [ "$1" = openssl-counted ]; then
        # Not timed: the same transfer with what s_server received (it prints it without
        # -quiet, after a few lines of its own) counted.
        openssl s_server -accept "127.0.0.1:$port" -cert "$work/cert.pem" -key "$work/key.pem" \
            -naccept 1 <&"$held_stdin" 2> "$work/server.err" | wc -c > "$work/counted" & p=$!
    else
        measured "$work/cpu" openssl s_server -accept "127.0.0.1:$port" -cert "$work/cert.pem" \
            -key "$work/key.pem" -naccept 1 -quiet <&"$held_stdin" > /dev/null \
            2> "$work/server.err" & p=$!
    fi
    pids+=($p)
    wait_port "$port"
    start=$(now)
    # -nocommands: with -no_ign_eof, s_client takes a line of the payload starting with R as
    # "renegotiate", Q as "quit", k as "key update". Random bytes hold such a line about every
    # 64 KiB, so before this the 1.2 runs renegotiated with s_server and ended at the first
    # one with SockLab (Qt refuses renegotiation), and neither moved the whole payload.
    local client_status=0
    openssl s_client -connect "127.0.0.1:$port" "$flag" -quiet -no_ign_eof -nocommands \
        < "$work/payload" > /dev/null 2>> "$work/client.err" || client_status=$?
    wait "$p" || { echo "bench: $1 server failed:" >&2; cat "$work/server.err" >&2; }
    end=$(now)
    result=$(awk -v mb="$megabytes" -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", mb / (e - s) }')
    cpu=$(cat "$work/cpu" 2> /dev/null || echo 0)
    # A rate counts only if every byte arrived: s_client ended cleanly, and SockLab's --stats
    # line names the payload's size.
    if [ "$client_status" != 0 ]; then
        echo "bench: openssl s_client into $1 failed (status $client_status):" >&2
        tail -n 3 "$work/client.err" >&2
        result=0
    elif [ "$1" = socklab ] && ! grep -q "($((megabytes * 1024 * 1024)) bytes)" "$work/server.out"; then
        echo "bench: socklab-cli did not receive the whole payload:" >&2
        cat "$work/server.out" >&2
        result=0
    fi
}

# handshakes socklab|openssl -> full handshakes per second (s_time)
handshakes() {
    local port p line
    port=$(free_port)
    if [ "$1" = socklab ]; then
        "$cli" tcp-server --port "$port" --tls --cert "$work/cert.pem" --key "$work/key.pem" \
            --stats > /dev/null 2> "$work/server.err" & p=$!
    else
        openssl s_server -accept "127.0.0.1:$port" -cert "$work/cert.pem" -key "$work/key.pem" \
            -quiet <&"$held_stdin" > /dev/null 2> "$work/server.err" & p=$!
    fi
    pids+=($p)
    wait_port "$port"
    openssl s_time -connect "127.0.0.1:$port" "$flag" -new -time "$seconds" 2>&1 \
           > "$work/s_time.out" || true
    kill -TERM "$p" 2> /dev/null || true
    wait "$p" 2> /dev/null || true
    # "1234 connections in 5 real seconds, 0 bytes read per connection"
    line=$(grep 'connections in .* real seconds' "$work/s_time.out" | head -1)
    result=$(awk '{ printf "%.0f", $1 / $4 }' <<< "$line")
}

median() { tr ' ' '\n' | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
best() { tr ' ' '\n' | sort -g | tail -1; }

# The reference must move the whole payload, or its rate means nothing.
ingest openssl-counted
counted=$(cat "$work/counted" 2> /dev/null || echo 0)
if [ "${counted:-0}" -lt "$((megabytes * 1024 * 1024))" ]; then
    echo "bench: openssl s_server received $counted bytes of $((megabytes * 1024 * 1024))" >&2
    exit 1
fi

in_s=""; in_o=""; in_r=""; hs_s=""; hs_o=""; hs_r=""; cpu_s=""; cpu_o=""; cpu_r=""
for _ in $(seq 1 "$runs"); do
    ingest socklab; a=$result; ca=$cpu; ingest openssl; b=$result; cb=$cpu
    in_s="$in_s $a"; in_o="$in_o $b"; in_r="$in_r $(ratio "$a" "$b")"
    cpu_s="$cpu_s $ca"; cpu_o="$cpu_o $cb"; cpu_r="$cpu_r $(ratio "$cb" "$ca")"
    handshakes socklab; c=$result; handshakes openssl; d=$result
    hs_s="$hs_s $c"; hs_o="$hs_o $d"; hs_r="$hs_r $(ratio "$c" "$d")"
    echo "run: ingest socklab $a MB/s ($ca s CPU), s_server $b MB/s ($cb s CPU);" \
         "handshakes socklab $c/s, s_server $d/s" >&2
done
figure "TLS $version ingest, ${megabytes} MB from openssl s_client, socklab-cli tcp-server --tls vs openssl s_server, best of $runs" \
    "$(echo $in_s | best) MB/s" "$(echo $in_o | best) MB/s s_server" \
    "$(ratio "$(echo $in_s | best)" "$(echo $in_o | best)")" "≥ 0.80"
figure "TLS $version ingest: median of the $runs runs' ratios" "$(echo $in_r | median)" "-" "-" "≥ 0.80"
# Both servers keep up with one s_client here, so the rates mostly show that; the CPU each
# spent on the whole connection (start-up, handshake, decryption, exit) shows the cost.
figure "TLS $version ingest: server CPU for the ${megabytes} MB, s_server / socklab-cli, median of $runs runs' ratios" \
    "$(echo $cpu_s | median) s median" "$(echo $cpu_o | median) s median s_server" \
    "$(echo $cpu_r | median)" "reported"
figure "TLS $version full handshakes/s, openssl s_time -new ${seconds}s, socklab-cli tcp-server --tls vs openssl s_server, best of $runs" \
    "$(echo $hs_s | best)/s" "$(echo $hs_o | best)/s s_server" \
    "$(ratio "$(echo $hs_s | best)" "$(echo $hs_o | best)")" ""
figure "TLS $version full handshakes: median of the $runs runs' ratios" "$(echo $hs_r | median)" "-" "-" ""
echo "load: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores" >&2

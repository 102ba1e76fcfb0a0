#!/usr/bin/env bash
# UDP ingest benchmark: the same C sender at a fixed offered rate into (a) a plain C recv()
# loop and (b) `socklab-cli udp-server`, in one run, on loopback. Prints datagrams counted,
# kernel receive-buffer drops and the ratio SockLab/reference. Bounded: every run stops by
# itself within seconds. Usage: bench/run.sh [BUILD_DIR]
set -euo pipefail
build=${1:-build}
cli="$build/src/cli/socklab-cli"
[ -x "$cli" ] || { echo "bench: $cli not found; run 'make build' first" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"; jobs -p | xargs -r kill 2>/dev/null || true' EXIT
cc -O2 -o "$work/udpflood" "$(dirname "$0")/udpflood.c"
cc -O2 -o "$work/udpsink" "$(dirname "$0")/udpsink.c"

free_port() { python3 -c 'import socket; s=socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
rcvbuf_errors() { awk '/^Udp:/ { if (!h) { for (i=1;i<=NF;i++) if ($i=="RcvbufErrors") c=i; h=1 } else print $c }' /proc/net/snmp; }

# Waits until FILE stops growing for 1 s (the receiver has drained), at most 30 s.
wait_quiet() {
    local last=-1 size
    for _ in $(seq 1 30); do
        size=$(stat -c %s "$1")
        [ "$size" = "$last" ] && return 0
        last=$size
        sleep 1
    done
}

printf '%-28s %10s %12s %12s %12s %12s %8s\n' scenario offered "C recv()" "C drops" SockLab "SL drops" ratio
for scenario in "20000 64" "100000 64" "50000 1400"; do
    set -- $scenario
    rate=$1 size=$2 count=$(( $1 * 2 ))

    port=$(free_port)
    before=$(rcvbuf_errors)
    "$work/udpsink" "$port" 1000 > "$work/sink.out" &
    sink=$!
    until grep -q ready "$work/sink.out"; do sleep 0.05; done
    "$work/udpflood" "$port" "$rate" "$count" "$size" > /dev/null
    wait "$sink"
    ref=$(tail -n 1 "$work/sink.out")
    ref_drops=$(( $(rcvbuf_errors) - before ))

    port=$(free_port)
    before=$(rcvbuf_errors)
    "$cli" udp-server --port "$port" --json > "$work/cli.out" 2> "$work/cli.err" &
    server=$!
    until grep -q '"listening"' "$work/cli.out"; do sleep 0.05; done
    "$work/udpflood" "$port" "$rate" "$count" "$size" > /dev/null
    wait_quiet "$work/cli.out"
    kill -INT "$server"; wait "$server" || true
    got=$(grep -c '"event":"received"' "$work/cli.out" || true)
    sl_drops=$(( $(rcvbuf_errors) - before ))

    ratio=$(awk -v a="$got" -v b="$ref" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }')
    printf '%-28s %10s %12s %12s %12s %12s %8s\n' "udp ${rate}/s x ${size} B, 2 s" "$count" \
        "$ref" "$ref_drops" "$got" "$sl_drops" "$ratio"
done

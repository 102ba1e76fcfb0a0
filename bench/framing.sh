#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Framing cost (issue 11): a TCP flood of back-to-back messages into `socklab-cli tcp-server
# --stats`, unframed vs --frame delimiter:\n vs --frame length:2be, in the same run. Each
# side's best of BENCH_RUNS (default 3) interleaved runs, as run.sh's TCP ingest figure does:
# throughput on a shared machine is only ever lowered by noise. The unframed reference reads
# the very bytes the delimiter run reads (lines); the length run sends length-prefixed
# messages of the same size. Bounded: BENCH_FRAMING_MIB (default 512) MiB per run, each run
# given up after 60 s by the sender. Not part of ctest.
# Usage: bench/framing.sh [BUILD_DIR]   (BENCH_FRAME_SIZES="1024 16384" picks message sizes)
set -euo pipefail
build=${1:-build}
runs=${BENCH_RUNS:-3}
. "$(dirname "$0")/lib.sh"
cli="$build/src/cli/socklab-cli"
[ -x "$cli" ] || { echo "bench: $cli not found" >&2; exit 2; }
bench_workdir
bench_compile framedflood
bench_private_home
bytes=$(( ${BENCH_FRAMING_MIB:-512} * 1024 * 1024 ))

# flood SPEC KIND FRAME -> MiB/s of one run (the server exits after the one connection).
flood() {
    local port p rate
    port=$(free_port)
    "$cli" tcp-server --port "$port" --max-connections 1 --stats --frame "$1" \
        > "$work/srv.out" 2>&1 & p=$!; pids+=($p)
    for _ in $(seq 1 200); do ss -Htln "sport = :$port" | grep -q . && break; sleep 0.05; done
    rate=$("$work/framedflood" "$port" "$bytes" "$2" "$3" \
        | awk '{ printf "%.0f", $1 / $2 / 1048576 }')
    wait "$p" || true
    echo "${rate:-0}"
}

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
for frame in ${BENCH_FRAME_SIZES:-1024 16384}; do
    best_none=0; best_delim=0; best_len=0; n_delim=0; n_len=0
    for _ in $(seq 1 "$runs"); do
        r=$(flood none lines "$frame"); [ "$r" -gt "$best_none" ] && best_none=$r
        r=$(flood 'delimiter:\n' lines "$frame"); [ "$r" -gt "$best_delim" ] && best_delim=$r
        n_delim=$(sed -n 's/.*received \([0-9]*\) messages.*/\1/p' "$work/srv.out" | head -n 1)
        r=$(flood length:2be length "$frame"); [ "$r" -gt "$best_len" ] && best_len=$r
        n_len=$(sed -n 's/.*received \([0-9]*\) messages.*/\1/p' "$work/srv.out" | head -n 1)
    done
    name="$frame-byte messages"
    figure "TCP ingest --frame delimiter:\\n, $name ($n_delim logged), best of $runs" \
        "$best_delim MiB/s" "$best_none MiB/s unframed" \
        "$(ratio "$best_delim" "$best_none")" "≥ 0.80"
    figure "TCP ingest --frame length:2be, $name ($n_len logged), best of $runs" \
        "$best_len MiB/s" "$best_none MiB/s unframed" "$(ratio "$best_len" "$best_none")" "≥ 0.80"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

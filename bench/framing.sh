#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Framing cost (issue 11): a TCP flood of back-to-back messages into `socklab-cli tcp-server
# --stats`, unframed vs --frame delimiter:\n vs --frame length:2be, in the same run, BENCH_RUNS
# (default 3) times. The figure is the median of the runs' ratios (each framed flood against
# the unframed one just before it), beside each side's best rate. The unframed reference reads
# the very bytes the delimiter run reads (lines); the length run sends length-prefixed
# messages of the same size. Also the server's CPU time for each flood, as a median of the
# runs' ratios too: the cost of framing with the machine's noise mostly taken out. Bounded:
# BENCH_FRAMING_MIB (default 512) MiB per run, each run given up after 60 s by the sender.
# Not part of ctest.
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

# flood SPEC KIND FRAME -> "MiB/s cpu_ms" of one run: the rate the sender saw, and the CPU
# time (user + system) the server spent on the flood alone, read from /proc before and after.
# The server stays up after the connection (the sender waits until the server has read
# everything and closed), so its counters are read before it is stopped.
flood() {
    local port p rate before after
    port=$(free_port)
    "$cli" tcp-server --port "$port" --stats --frame "$1" > "$work/srv.out" 2>&1 & p=$!
    pids+=($p)
    for _ in $(seq 1 200); do ss -Htln "sport = :$port" | grep -q . && break; sleep 0.05; done
    before=$(cpu_ticks "$p")
    rate=$("$work/framedflood" "$port" "$bytes" "$2" "$3" \
        | awk '{ printf "%.0f", $1 / $2 / 1048576 }')
    after=$(cpu_ticks "$p")
    kill -INT "$p"; wait "$p" || true
    echo "${rate:-0} $(( (after - before) * 1000 / $(getconf CLK_TCK) ))"
}
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
median() { tr ' ' '\n' | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
# best VAR VALUE: VAR = max(VAR, VALUE)
best() { [ "$2" -gt "${!1}" ] && printf -v "$1" '%s' "$2"; return 0; }

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
for frame in ${BENCH_FRAME_SIZES:-1024 16384}; do
    best_none=0; best_delim=0; best_len=0; n_delim=0; n_len=0
    cpu_none=""; cpu_delim=""; cpu_len=""
    rate_delim_ratios=""; rate_len_ratios=""; cpu_delim_ratios=""; cpu_len_ratios=""
    for _ in $(seq 1 "$runs"); do
        read -r rn cn <<< "$(flood none lines "$frame")"; best best_none "$rn"; cpu_none+=" $cn"
        read -r rd cd <<< "$(flood 'delimiter:\n' lines "$frame")"; best best_delim "$rd"
        cpu_delim+=" $cd"
        n_delim=$(sed -n 's/.*received \([0-9]*\) messages.*/\1/p' "$work/srv.out" | head -n 1)
        read -r rl cl <<< "$(flood length:2be length "$frame")"; best best_len "$rl"
        cpu_len+=" $cl"
        n_len=$(sed -n 's/.*received \([0-9]*\) messages.*/\1/p' "$work/srv.out" | head -n 1)
        # The three floods of a run follow each other within seconds: their ratios share the
        # host's state (it swings between a fast and a slow mode for seconds at a time), which
        # separate bests do not.
        rate_delim_ratios+=" $(ratio "$rd" "$rn")"; rate_len_ratios+=" $(ratio "$rl" "$rn")"
        cpu_delim_ratios+=" $(ratio "$cn" "$cd")"; cpu_len_ratios+=" $(ratio "$cn" "$cl")"
    done
    name="$frame-byte messages"
    figure "TCP ingest --frame delimiter:\\n, $name ($n_delim logged), median of $runs runs' ratios" \
        "$best_delim MiB/s best" "$best_none MiB/s best unframed" \
        "$(median <<< "$rate_delim_ratios")" "≥ 0.80"
    figure "TCP ingest --frame length:2be, $name ($n_len logged), median of $runs runs' ratios" \
        "$best_len MiB/s best" "$best_none MiB/s best unframed" \
        "$(median <<< "$rate_len_ratios")" "≥ 0.80"
    # The server's own work, which the machine's noise moves far less than a rate: CPU time
    # unframed / framed in each run, the median of those (1.0 = framing costs nothing).
    m_none=$(median <<< "$cpu_none"); m_delim=$(median <<< "$cpu_delim")
    m_len=$(median <<< "$cpu_len")
    figure "Server CPU for the flood --frame delimiter:\\n, $name, median of $runs runs' ratios" \
        "$m_delim ms median" "$m_none ms median unframed" \
        "$(median <<< "$cpu_delim_ratios")" "≥ 0.80"
    figure "Server CPU for the flood --frame length:2be, $name, median of $runs runs' ratios" \
        "$m_len ms median" "$m_none ms median unframed" \
        "$(median <<< "$cpu_len_ratios")" "≥ 0.80"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Rules benchmark (issue 11), on loopback: replies per second from socklab-cli tcp-server
# answering by a 10-rule table (the matching rule last, so every request is tried against the
# nine others: exact, prefix, suffix, contains, hex with wildcards, one regular expression,
# close and drop rules) against the same server with --echo, in the same invocation,
# interleaved; then udp-server with the same table against a fixed --reply. The client is a C
# request/response loop (reqresp: CONNS connections, one request in flight on each, 16-byte
# requests and replies), bounded in time. Not part of ctest.
# Usage: bench/rules.sh [BUILD_DIR]   (BENCH_RUNS=N runs, default 3; BENCH_SECONDS per run,
# default 4; BENCH_CONNS connections, default 8; BENCH_OUTPUT=stats|json, default both)
# Prints FIGURE lines as run.sh does: best of the runs for each side, and the median of the
# runs' own ratios.
set -euo pipefail
build=${1:-build}
runs=${BENCH_RUNS:-3}
seconds=${BENCH_SECONDS:-4}
conns=${BENCH_CONNS:-8}
outputs=${BENCH_OUTPUT:-"stats json"}
. "$(dirname "$0")/lib.sh"
cli="$build/src/cli/socklab-cli"
[ -x "$cli" ] || { echo "bench: $cli not found" >&2; exit 2; }
bench_workdir
bench_compile reqresp
bench_private_home
wait_port() { local i; for i in $(seq 1 200); do ss $1 "sport = :$2" | grep -q . && return 0; sleep 0.05; done; echo "bench: nothing bound port $2" >&2; return 1; }

request='GET /status 1234'      # 16 bytes
reply='HTTP/1.0 200 OK\n'       # 16 bytes once the escape is read
cat > "$work/rules.json" <<'EOF'
{"format": "socklab-rules", "version": 1, "default": {"action": "none"},
 "rules": [
  {"match": "exact", "pattern": "PING", "action": "reply", "reply": "PONG"},
  {"match": "prefix", "pattern": "PUT ", "action": "reply", "reply": "HTTP/1.0 201 Created\n"},
  {"match": "suffix", "pattern": "\\r\\n\\r\\n", "action": "reply", "reply": "HTTP/1.0 400 Bad\n"},
  {"match": "contains", "pattern": "DELETE", "action": "close"},
  {"match": "hex", "pattern": "02 ?? 03 *", "action": "reply", "reply": "06", "format": "hex"},
  {"match": "regex", "pattern": "^POST /(\\w+) (\\d+)$", "action": "reply",
   "reply": "posted {{group:1}}\n"},
  {"match": "exact", "pattern": "quit", "action": "close"},
  {"match": "prefix", "pattern": "HEAD", "action": "reply", "reply": "HTTP/1.0 200 OK\n"},
  {"match": "contains", "pattern": "\\x00\\x01", "action": "drop"},
  {"match": "prefix", "pattern": "GET /status", "action": "reply", "reply": "HTTP/1.0 200 OK\n"}
 ]}
EOF

# serve PROTO OUTPUT SERVER_ARGS... -> prints "REPLIES_PER_S CPU_US_PER_REPLY": the rate the
# client counted, and the server's user+system CPU time per reply (/proc/PID/stat), which a
# busy machine disturbs far less than the rate.
serve() {
    local proto=$1 output=$2 port p line flags ticks
    shift 2
    if [ "$proto" = tcp ]; then port=$(free_port); else port=$(free_port udp); fi
    if [ "$output" = stats ]; then flags=--stats; else flags=--json; fi
    "$cli" "$proto-server" --port "$port" "$flags" "$@" > /dev/null 2> "$work/server.err" & p=$!
    pids+=($p)
    if [ "$proto" = tcp ]; then wait_port -Htln "$port"; else wait_port -Huln "$port"; fi
    line=$("$work/reqresp" "$proto" "$port" "$conns" "$seconds" "$request" 16) || {
        echo "bench: the client stalled against $proto-server $*: $line" >&2
        cat "$work/server.err" >&2
    }
    ticks=$(awk '{ print $14 + $15 }' "/proc/$p/stat")
    kill -INT "$p"; wait "$p" || true
    awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" \
        '{ printf "%.0f %.2f\n", $1 / $2, t * 1e6 / hz / ($1 > 0 ? $1 : 1) }' <<< "$line"
}

median() { tr ' ' '\n' | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

for output in $outputs; do
    for proto in tcp udp; do
        best_base=0; best_rules=0; ratios=""; cpu_base=""; cpu_rules=""
        if [ "$proto" = tcp ]; then
            base_args=(--echo); base_name="--echo"
        else
            base_args=(--reply "$reply"); base_name="--reply (fixed)"
        fi
        for _ in $(seq 1 "$runs"); do
            read -r base base_cpu < <(serve "$proto" "$output" "${base_args[@]}")
            read -r rules rules_cpu < <(serve "$proto" "$output" --rules "$work/rules.json")
            [ "$base" -gt "$best_base" ] && best_base=$base
            [ "$rules" -gt "$best_rules" ] && best_rules=$rules
            ratios="$ratios $(ratio "$rules" "$base")"
            cpu_base="$cpu_base $base_cpu"; cpu_rules="$cpu_rules $rules_cpu"
            echo "run: $proto --$output  $base_name $base/s ($base_cpu µs CPU/reply)  rules $rules/s ($rules_cpu µs CPU/reply)" >&2
        done
        figure "$proto-server, 10 rules (match last) vs $base_name, --$output, $conns conns × 1 in flight, best of $runs (median run ratio $(echo $ratios | median))" \
            "$best_rules replies/s" "$best_base replies/s $base_name" \
            "$(ratio "$best_rules" "$best_base")" "≥ 0.80"
        mb=$(echo $cpu_base | median); mr=$(echo $cpu_rules | median)
        figure "$proto-server server CPU per reply, 10 rules vs $base_name, --$output, median of $runs" \
            "$mr µs" "$mb µs $base_name" "$(ratio "$mb" "$mr")" "≥ 0.80 (base/rules)"
    done
done
echo "load: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores" >&2

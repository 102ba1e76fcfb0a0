#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every libFuzzer target of a fuzz build for a bounded time and fails on the first crash,
# leak, timeout or broken check. The checked-in seed corpus (fuzz/corpus/<target>/) is only
# read; new inputs go to <build>/fuzz/corpus/<target>/ and crash inputs to <build>/fuzz/crashes/.
# Usage: fuzz/run.sh BUILD_DIR SECONDS_PER_TARGET
set -euo pipefail
build_dir=${1:?build directory}
seconds=${2:-60}
source_dir=$(cd "$(dirname "$0")" && pwd)
list="$build_dir/fuzz/fuzzers.txt"
if [ ! -f "$list" ]; then
    echo "fuzz/run.sh: $list is missing; configure with -DSOCKLAB_BUILD_FUZZERS=ON." >&2
    exit 2
fi

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
status=0
summary=""
while read -r name binary; do
    [ -n "$name" ] || continue
    work="$build_dir/fuzz/corpus/$name"
    crashes="$build_dir/fuzz/crashes/$name"
    mkdir -p "$work" "$crashes"
    log="$build_dir/fuzz/$name.log"
    echo "== $name: fuzzing for ${seconds} s"
    # -max_len 4096: payloads and addresses longer than that exercise no new code, only time.
    if "$binary" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len=4096 \
            -print_final_stats=1 -artifact_prefix="$crashes/" \
            "$work" "$source_dir/corpus/$name" >"$log" 2>&1; then
        result=ok
    else
        result=FAILED
        status=1
        tail -n 60 "$log" >&2
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    summary+=$(printf '%-22s %12s executions  %s' "$name" "${runs:-?}" "$result")$'\n'
done <"$list"
echo "== fuzz summary (${seconds} s per target)"
printf '%s' "$summary"
exit $status

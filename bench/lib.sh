# SPDX-License-Identifier: GPL-3.0-or-later
# bench/lib.sh: the shell helpers the bench scripts share, so that a fix to one (a wait that
# gives up, a port picker) reaches every figure. Sourced by each script after `set -euo
# pipefail`; it only defines functions and $bench_dir, and runs nothing.

bench_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

# A fresh work folder $work, removed on exit together with every process whose pid the script
# appended to $pids (a bench must not leave a flood running behind it).
bench_workdir() {
    work=$(mktemp -d)
    pids=()
    trap bench_cleanup EXIT
}
bench_cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    rm -rf "$work"
}

# Compiles the C tools bench/NAME.c into $work/NAME.
bench_compile() {
    local tool
    for tool in "$@"; do
        cc -O2 -Wall -o "$work/$tool" "$bench_dir/$tool.c"
    done
}

# HOME and XDG_RUNTIME_DIR inside $work, so that no run reads or writes the user's settings,
# message library or history; C.UTF-8 so that numbers print the same everywhere.
bench_private_home() {
    export HOME="$work/home" XDG_RUNTIME_DIR="$work/xdg" LC_ALL=C.UTF-8
    mkdir -p "$HOME" && mkdir -m 700 "$XDG_RUNTIME_DIR"
}

# A port free on 127.0.0.1 right now: for TCP, or for UDP with `free_port udp`.
free_port() {
    local kind=SOCK_STREAM
    [ "${1:-}" = udp ] && kind=SOCK_DGRAM
    python3 -c "import socket; s=socket.socket(socket.AF_INET, socket.$kind); s.bind(('127.0.0.1',0)); print(s.getsockname()[1])"
}
# Waits (at most $2 tenths of a second) until file $1 contains pattern $3.
wait_for() { local i; for i in $(seq 1 "$2"); do grep -q "$3" "$1" 2>/dev/null && return 0; sleep 0.1; done; echo "bench: timed out waiting for '$3' in $1" >&2; return 1; }
# The kernel's count of UDP datagrams dropped for a full receive buffer, machine-wide.
rcvbuf_errors() { awk '/^Udp:/ { if (!h) { for (i=1;i<=NF;i++) if ($i=="RcvbufErrors") c=i; h=1 } else print $c }' /proc/net/snmp; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "-"; else printf "%.3f", a / b }'; }

# figure NAME SOCKLAB REFERENCE RATIO [TARGET]: one FIGURE line of the contract described in
# run.sh. Printed on stdout; when $figures names a file it is appended there too, and with
# figures_quiet=1 only there.
figure() {
    local line="FIGURE|$1|$2|$3|$4|${5:-}"
    if [ -z "${figures:-}" ]; then
        echo "$line"
    elif [ "${figures_quiet:-}" = 1 ]; then
        echo "$line" >> "$figures"
    else
        echo "$line" | tee -a "$figures"
    fi
}

# Starts a virtual X display (Xvfb) so that a window really paints, its pid added to $pids;
# sets $xvfb_display (":N"), or leaves it empty when Xvfb is not installed.
bench_start_xvfb() {
    xvfb_display=""
    command -v Xvfb > /dev/null || return 0
    exec 5> "$work/display"
    Xvfb -displayfd 5 -screen 0 1400x900x24 -nolisten tcp > /dev/null 2>&1 &
    pids+=($!)
    for _ in $(seq 1 50); do [ -s "$work/display" ] && break; sleep 0.1; done
    xvfb_display=":$(head -n 1 "$work/display")"
}

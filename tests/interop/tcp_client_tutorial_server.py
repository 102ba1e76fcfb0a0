# SPDX-License-Identifier: GPL-3.0-or-later
"""The tutorial's TCP server (server_tcp.py, on a free port) and five runs of
socklab-cli tcp-client against it."""

import socket
import threading

from cliharness import check, json_lines, parse_args, passed, run_cli


def tutorial_server(s, addresses, errors):
    # server_tcp.py's loop: accept, greet, close, five times
    try:
        count = 0
        while count < 5:
            conn, addr = s.accept()
            addresses.append(addr)
            conn.send(b'Hello World!')
            conn.close()
            count += 1
    except OSError as error:
        errors.append(error)
    finally:
        s.close()


def main():
    args = parse_args()
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.settimeout(30)
    s.bind(('127.0.0.1', 0))
    s.listen(1)
    port = s.getsockname()[1]
    addresses, errors = [], []
    thread = threading.Thread(target=tutorial_server, args=(s, addresses, errors), daemon=True)
    thread.start()

    for i in range(5):
        result = run_cli(args.cli, "tcp-client", "--host", "127.0.0.1", "--port", str(port),
                         "--json")
        check(result.returncode == 0,
              f"run #{i + 1} exited {result.returncode}: {result.stderr}")
        events = json_lines(result.stdout)
        text = "".join(e["text"] for e in events if e["event"] == "received")
        check(text == "Hello World!", f"run #{i + 1} printed {text!r}")
        connected = [e for e in events if e["event"] == "connected"]
        check(len(connected) == 1, f"run #{i + 1}: expected one connected event")
        check(connected[0]["peer"] == f"127.0.0.1:{port}", f"peer {connected[0]['peer']}")
        check(any(e["event"] == "closed" for e in events), f"run #{i + 1}: no closed event")
        local = connected[0]["local"]
        thread.join(0.1)
        check(f"{addresses[i][0]}:{addresses[i][1]}" == local,
              f"server saw {addresses[i]}, the CLI reports local {local}")

    thread.join(10)
    check(not thread.is_alive() and not errors, f"tutorial server did not finish: {errors}")
    passed("tcp-client prints the tutorial server's greeting five times, exit 0")


if __name__ == "__main__":
    main()

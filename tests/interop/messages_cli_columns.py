# SPDX-License-Identifier: GPL-3.0-or-later
"""socklab-cli messages against the real binary, on what a Japanese user sees: `messages list`
lines its columns up in terminal columns when names and folders are Japanese (two columns a
character), and the traffic options that messages cannot honour (--stats, --log-file) are one
sentence and exit status 2, the log file never created. HOME and XDG_DATA_HOME point into a
temporary folder: the user's own library is never touched."""

import json
import os
import tempfile
import unicodedata

from cliharness import check, parse_args, passed, run_cli


def columns(text):
    """Terminal columns of text, from Python's own Unicode tables (not SockLab's)."""
    width = 0
    for c in text:
        if unicodedata.combining(c) or unicodedata.category(c) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1
    return width


def starts(line, cells):
    """The column at which each of cells begins in line (cells found left to right)."""
    found, at = [], 0
    for cell in cells:
        index = line.index(cell, at)
        found.append(columns(line[:index]))
        at = index + len(cell)
    return found


def main():
    args = parse_args()
    home = tempfile.TemporaryDirectory(prefix="socklab-messages-columns-")
    os.environ["HOME"] = home.name
    os.environ["XDG_DATA_HOME"] = os.path.join(home.name, "data")
    library = os.path.join(home.name, "library.json")
    rows = [  # name, folder, host, payload
        ("温度センサー", "工場", "127.0.0.1", "temp?\n"),
        ("ping", "tests", "127.0.0.1", "ping"),
        ("テスト ping", "機器/ラインＡ", "::1", "テスト"),
        ("Heartbeat UDP", "", "127.0.0.1", "beat"),
    ]
    with open(library, "w", encoding="utf-8") as f:
        json.dump({"format": "socklab-messages", "version": 1, "messages": [
            {"name": name, "folder": folder, "text": payload,
             "target": {"protocol": "udp", "host": host, "port": 9000}}
            for name, folder, host, payload in rows]}, f, ensure_ascii=False)

    result = run_cli(args.cli, "messages", "list", "--library", library)
    check(result.returncode == 0, f"list exited {result.returncode}: {result.stderr}")
    lines = result.stdout.splitlines()
    check(len(lines) == 1 + len(rows), f"expected a header and {len(rows)} lines: {lines}")
    header = starts(lines[0], ["NAME", "FOLDER", "TARGET", "BYTES"])
    for line, (name, folder, host, payload) in zip(lines[1:], rows):
        target = "udp " + ("[::1]" if host == "::1" else host) + ":9000"
        size = str(len(payload.encode()))
        cells = [name] + ([folder] if folder else []) + [target, size]
        at = starts(line, cells)
        expected = [header[0]] + ([header[1]] if folder else []) + header[2:]
        check(at == expected, f"columns of {line!r} start at {at}, the header's at {expected}:\n"
              + result.stdout)
    passed("messages list aligns Japanese names and folders by terminal columns")

    log = os.path.join(home.name, "events.jsonl")
    for extra, option in ((["--stats"], "--stats"), (["--log-file", log], "--log-file")):
        for action in (["list"], ["export", os.path.join(home.name, "out.json")]):
            result = run_cli(args.cli, "messages", *action, "--library", library, *extra)
            check(result.returncode == 2,
                  f"messages {action[0]} {option} exited {result.returncode}: {result.stdout!r}")
            check(result.stdout == "", f"messages {action[0]} {option} printed {result.stdout!r}")
            check(result.stderr.count("\n") == 1 and option in result.stderr
                  and "opens no socket" in result.stderr,
                  f"not one sentence naming {option}: {result.stderr!r}")
            check(not os.path.exists(log), f"messages {action[0]} {option} created {log}")
            check(not os.path.exists(os.path.join(home.name, "out.json")),
                  f"messages export {option} wrote the export anyway")
    result = run_cli(args.cli, "messages", "--help")
    check(result.returncode == 0 and "--stats" not in result.stdout
          and "--log-file" not in result.stdout, f"messages --help offers them: {result.stdout}")
    passed("messages refuses --stats and --log-file (exit 2, one sentence, no file created)")
    home.cleanup()


if __name__ == "__main__":
    main()

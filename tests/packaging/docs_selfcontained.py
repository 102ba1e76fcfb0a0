#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The documentation stands on its own: every relative link in README.md, CONTRIBUTING.md and
docs/*.md names a file in the repository, nothing points at design notes kept outside it, and
the quick start says what a bare machine needs first."""

import argparse
import glob
import os
import re
import sys

OUTSIDE = [r"\.\./shared", r"\bDESIGN\.md", r"\bSTYLE\.md", r"\bPEERS\.md", r"shared/seed"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--source", required=True)
    source = os.path.abspath(parser.parse_args().source)
    failures = []

    documents = ["README.md", "CONTRIBUTING.md", "CHANGELOG.md"]
    documents += [os.path.relpath(p, source) for p in glob.glob(os.path.join(source, "docs/*.md"))]
    for document in documents:
        path = os.path.join(source, document)
        if not os.path.exists(path):
            failures.append(f"{document} is missing")
            continue
        with open(path, encoding="utf-8") as f:
            text = f.read()
        for pattern in OUTSIDE:
            for match in re.finditer(pattern, text):
                line = text.count("\n", 0, match.start()) + 1
                failures.append(f"{document}:{line} refers to {match.group(0)}, outside the "
                                "repository")
        for match in re.finditer(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", text):
            target = match.group(1)
            if re.match(r"^[a-z]+:", target):
                continue
            resolved = os.path.normpath(os.path.join(os.path.dirname(path), target))
            if not resolved.startswith(os.path.normpath(source) + os.sep):
                failures.append(f"{document}: link {target} leaves the repository")
            elif not os.path.exists(resolved):
                failures.append(f"{document}: link {target} names no file")

    with open(os.path.join(source, "README.md"), encoding="utf-8") as f:
        readme = f.read()
    quick = readme.split("## Quick start", 1)[-1].split("\n## ", 1)[0]
    for needed in ["`git`", "`make`", "sudo", "localhost", "/etc/hosts"]:
        if needed not in quick:
            failures.append(f"the quick start does not mention {needed}")
    if "https://envader.plus" not in readme:
        failures.append("README does not cite the tutorial's address")
    for name in ["LICENSE", "CHANGELOG.md", "CONTRIBUTING.md", "docs/style.md",
                 "docs/architecture.md"]:
        if not os.path.exists(os.path.join(source, name)):
            failures.append(f"{name} is missing")

    if failures:
        sys.exit("FAIL:\n  " + "\n  ".join(failures))
    print(f"ok: {len(documents)} documents refer only to the repository")


if __name__ == "__main__":
    main()

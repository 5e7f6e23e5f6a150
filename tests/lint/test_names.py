#!/usr/bin/env python3
"""Fails when a Catch2 test name would not survive CTest's discovery.

catch_discover_tests registers each TEST_CASE as a CTest test named after it; CMake splits a
list at ';', so a name holding one becomes two tests that match nothing and fail on a clean
build while the test binary itself passes. A name must also not start or end with a space.

usage: test_names.py SOURCE_DIR
"""
import glob
import os
import re
import sys

NAME = re.compile(r'TEST_CASE\(\s*"((?:[^"\\]|\\.)*)"')


def main(root):
    bad = []
    for path in sorted(glob.glob(os.path.join(root, "tests", "**", "*.cpp"), recursive=True)):
        with open(path, encoding="utf-8") as f:
            for number, text in enumerate(f, 1):
                for m in NAME.finditer(text):
                    name = m.group(1)
                    if ";" in name or name != name.strip():
                        bad.append(f"{os.path.relpath(path, root)}:{number}: test name {name!r} "
                                   "holds ';' or an outer space, which CTest splits or trims")
    for line in bad:
        print(line)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "."))

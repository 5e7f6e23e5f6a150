#!/usr/bin/env python3
"""Scores `policygraph ask` on a list of questions: question<TAB>expected[|expected...].

A question is answered right when `ask` exits 0 and every expected substring occurs in its
standard output (compared case-insensitively). Prints one line per question and the share right.

    tests/ask/score.py --binary build/policygraph --graph build/demo/policygraph.json tests/ask/seen.tsv
"""
import argparse
import subprocess
import sys


def read_cases(path):
    cases = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            if "\t" not in line:
                sys.exit(f"{path}:{number}: expected question<TAB>expected")
            question, expected = line.split("\t", 1)
            cases.append((question, [part for part in expected.split("|") if part]))
    return cases


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--graph", required=True)
    parser.add_argument("--quiet", action="store_true", help="print only the share")
    parser.add_argument("--min-share", type=float, default=0.0, help="exit 1 when the share is below this")
    parser.add_argument("questions")
    args = parser.parse_args()
    cases = read_cases(args.questions)
    right = 0
    for question, expected in cases:
        run = subprocess.run([args.binary, "-g", args.graph, "ask", question], capture_output=True, text=True)
        output = run.stdout.lower()
        missing = [part for part in expected if part.lower() not in output]
        ok = run.returncode == 0 and not missing
        right += ok
        if not args.quiet:
            why = "" if ok else f" (exit {run.returncode}" + (f", missing {missing}" if missing else "") + ")"
            print(f"{'right' if ok else 'WRONG'}  {question}{why}")
    share = right / len(cases) if cases else 0.0
    print(f"{right}/{len(cases)} answered right ({share:.0%})")
    return 0 if share >= args.min_share else 1


if __name__ == "__main__":
    sys.exit(main())

# Helpers for end-to-end tests: each test script gets the binary and the source tree as $1 and $2,
# works in a temporary folder, and fails with a message naming what went wrong.
set -euo pipefail
BIN=$(readlink -f "$1")
SRC=$(readlink -f "$2")
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
failures=0
checks=0

fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { checks=$((checks + 1)); }

# expect_exit CODE CMD... : runs CMD, stores stdout in $out and stderr in $err, checks the exit code.
expect_exit() {
  local want=$1; shift
  set +e
  "$@" >"$WORK/.out" 2>"$WORK/.err"
  local got=$?
  set -e
  out=$(cat "$WORK/.out"); err=$(cat "$WORK/.err")
  if [ "$got" -ne "$want" ]; then fail "exit $got, wanted $want: $* (stderr: $err)"; else pass; fi
}

# expect_contains TEXT NEEDLE WHAT
expect_contains() {
  if [[ "$1" == *"$2"* ]]; then pass; else fail "$3: '$2' not in: ${1:0:400}"; fi
}

# expect_one_line TEXT WHAT : error messages are one line
expect_one_line() {
  local lines; lines=$(printf '%s' "$1" | grep -c '' || true)
  if [ "$lines" -eq 1 ]; then pass; else fail "$2: $lines lines: $1"; fi
}

finish() {
  echo "$checks checks, $failures failures"
  [ "$failures" -eq 0 ]
}

python_debian() { /usr/bin/python3 "$@"; }

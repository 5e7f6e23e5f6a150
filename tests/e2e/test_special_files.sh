#!/usr/bin/env bash
# Outputs that are not regular files: `export -o` to a FIFO, to /dev/stdout (a pipe, a redirected
# file, an appended file) and to `-` writes through and leaves the special file what it was; a
# symbolic link keeps pointing at its file; a folder is refused. Never a device node of /dev.
source "$(dirname "$0")/lib.sh"

printf 'Notes\n\nThe Roh Moo-hyun administration launched the Innovation City project in 2005.\n' > doc.txt
expect_exit 0 "$BIN" -g g.json ingest doc.txt
"$BIN" -g g.json export --format json > expected.json
cmp -s expected.json g.json && pass || fail "export to standard output differs from the snapshot"

# --- a FIFO, read by a background cat: it stays a FIFO and gets the bytes
mkdir fifo-dir
mkfifo fifo-dir/out.fifo
cat fifo-dir/out.fifo > from-fifo.json &
reader=$!
expect_exit 0 "$BIN" -g g.json export --format json -o fifo-dir/out.fifo
wait "$reader"
[ -p fifo-dir/out.fifo ] && pass || fail "the FIFO was replaced: $(stat -c %F fifo-dir/out.fifo)"
cmp -s from-fifo.json expected.json && pass || fail "the FIFO reader got other bytes"
[ "$(ls -A fifo-dir)" = "out.fifo" ] && pass || fail "files left beside the FIFO: $(ls -A fifo-dir)"
# A diagram too (a different writer path: rendered bytes)
cat fifo-dir/out.fifo > from-fifo.svg &
reader=$!
expect_exit 0 "$BIN" -g g.json export --format svg -o fifo-dir/out.fifo
wait "$reader"
[ -p fifo-dir/out.fifo ] && pass || fail "the FIFO was replaced by an SVG export"
grep -q '</svg>' from-fifo.svg && pass || fail "the FIFO reader got no whole SVG"

# --- /dev/stdout: through a pipe, redirected to a file, appended to a file; the link untouched
link_before=$(stat -c '%F %i %Y' /dev/stdout)
target_before=$(readlink /dev/stdout)
"$BIN" -g g.json export --format json -o /dev/stdout | cat > piped.json
cmp -s piped.json expected.json && pass || fail "-o /dev/stdout through a pipe"
"$BIN" -g g.json export --format json -o /dev/stdout > redirected.json
cmp -s redirected.json expected.json && pass || fail "-o /dev/stdout redirected to a file"
printf 'kept line\n' > appended.json
"$BIN" -g g.json export --format json -o /dev/stdout >> appended.json
{ printf 'kept line\n'; cat expected.json; } | cmp -s - appended.json && pass || fail "-o /dev/stdout with >> did not append"
[ "$(stat -c '%F %i %Y' /dev/stdout)" = "$link_before" ] && pass || fail "/dev/stdout changed: $(stat -c '%F %i %Y' /dev/stdout)"
[ "$(readlink /dev/stdout)" = "$target_before" ] && pass || fail "/dev/stdout points elsewhere: $(readlink /dev/stdout)"
ls -A /dev | grep -q '^\.stdout\.tmp-' && fail "a temporary file was left in /dev" || pass

# --- - is standard output
"$BIN" -g g.json export --format json -o - | cat > dash.json
cmp -s dash.json expected.json && pass || fail "-o -"

# --- a symbolic link: the file it names is replaced, the link stays
mkdir store
printf 'old\n' > store/real.json
ln -s store/real.json link.json
expect_exit 0 "$BIN" -g g.json export --format json -o link.json
[ -L link.json ] && pass || fail "the symbolic link was replaced by a file"
cmp -s store/real.json expected.json && pass || fail "the linked file did not get the export"

# --- a folder is refused, on one line, and left alone
mkdir out-folder
expect_exit 2 "$BIN" -g g.json export --format json -o out-folder
expect_contains "$err" "out-folder: is a folder" "a folder as output"
expect_one_line "$err" "folder error"
[ -d out-folder ] && [ -z "$(ls -A out-folder)" ] && pass || fail "the folder was changed"

# --- a regular file keeps its permissions; no temporary file stays
printf 'old\n' > private.json
chmod 600 private.json
expect_exit 0 "$BIN" -g g.json export --format json -o private.json
[ "$(stat -c %a private.json)" = "600" ] && pass || fail "permissions changed to $(stat -c %a private.json)"
ls -A | grep -q '\.tmp-' && fail "temporary files left: $(ls -A | grep '\.tmp-')" || pass

finish

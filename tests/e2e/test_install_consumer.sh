#!/usr/bin/env bash
# `cmake --install` gives a tree another CMake project can use: find_package(policygraph) and
# policygraph::policygraph, plus the binary and the bundled packs.
source "$(dirname "$0")/lib.sh"
build_dir=$(dirname "$BIN")
expect_exit 0 cmake --install "$build_dir" --prefix "$WORK/prefix"
[ -x "$WORK/prefix/bin/policygraph" ] && pass || fail "binary installed"
[ -f "$WORK/prefix/lib/cmake/policygraph/policygraphConfig.cmake" ] && pass || fail "package config installed"
[ -d "$WORK/prefix/share/policygraph/packs/korea" ] && pass || fail "packs installed"
expect_exit 0 cmake -S "$SRC/tests/install/consumer" -B "$WORK/consumer" -DCMAKE_PREFIX_PATH="$WORK/prefix"
expect_exit 0 cmake --build "$WORK/consumer"
expect_exit 0 "$WORK/consumer/consumer"
expect_contains "$out" "consumer: 2 nodes, 1 edges" "consumer ran against the installed library"
expect_exit 0 "$WORK/prefix/bin/policygraph" --version
finish

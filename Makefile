# The two commands of the README, and a few more for developers. Each target installs the Debian
# packages it needs first (scripts/install-deps.sh is idempotent), so a fresh machine needs nothing else.
BUILD    ?= build
ASAN     ?= build-asan
FUZZ     ?= build-fuzz
FUZZ_SECONDS ?= 20
FUZZ_CXX ?= clang++-16
JOBS     ?= $(shell nproc)
DEMO     ?= $(BUILD)/demo
BIN      := $(BUILD)/policygraph

.PHONY: deps test-deps configure build demo test sanitize-test fuzz valgrind tidy cppcheck bench clean

deps:
	@bash scripts/install-deps.sh

test-deps:
	@bash scripts/install-deps.sh test

configure: deps
	@cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

# The main job: ingest the bundled corpus into a snapshot, show what it holds, answer a question
# and draw the policy-evolution timeline.
demo: build
	@mkdir -p $(DEMO)
	$(BIN) -g $(DEMO)/policygraph.json ingest --fresh data/corpus
	$(BIN) -g $(DEMO)/policygraph.json stats
	$(BIN) -g $(DEMO)/policygraph.json ask "Which administration introduced the regional strategic industry?"
	$(BIN) -g $(DEMO)/policygraph.json export --format png -o $(DEMO)/timeline.png
	$(BIN) -g $(DEMO)/policygraph.json export --format svg -o $(DEMO)/timeline.svg
	@echo "demo: snapshot $(DEMO)/policygraph.json, diagram $(DEMO)/timeline.png"

# Every test: unit tests, end-to-end cases through the binary, checks by the tools that read exports.
# The packages only tests need (pytest, nbconvert, PostgreSQL, Chromium) come first, so that the
# configuration sees them.
test: test-deps build
	@ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

# The same tests under AddressSanitizer and UndefinedBehaviorSanitizer (CI runs this too), but for
# the labels that cannot load sanitized code (python: Debian's interpreter; browser; install: a
# consumer built without the flags), cppcheck (the same sources), and the PostgreSQL load (its
# server and 170 queries would take minutes more; the export code it runs is the plain build's).
sanitize-test: deps
	@cmake -S . -B $(ASAN) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DPOLICYGRAPH_SANITIZE=ON >/dev/null
	@cmake --build $(ASAN) -j $(JOBS)
	@ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --test-dir $(ASAN) --output-on-failure -j $(JOBS) -LE 'install|analysis|python|postgres|browser'

# The fuzz targets of tests/fuzz/ (libFuzzer, clang, ASan + UBSan), each for FUZZ_SECONDS from its
# seed corpus; docs/reliability.md gives the command for long runs and what was found.
fuzz:
	@bash scripts/install-deps.sh fuzz
	@cmake -S . -B $(FUZZ) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=$(FUZZ_CXX) \
	  -DPOLICYGRAPH_FUZZ=ON -DPOLICYGRAPH_TESTS=OFF >/dev/null
	@cmake --build $(FUZZ) -j $(JOBS) --target fuzz_targets
	@bash scripts/run-fuzzers.sh $(FUZZ) $(FUZZ_SECONDS)

# Valgrind memcheck over the end-to-end tests (all but the kill and install tests; about 30 minutes
# on two cores). `make test` runs a short part of it (ctest label valgrind).
valgrind: build
	@bash scripts/valgrind.sh $(BUILD)

# Static analysis with the checked-in configurations, clean on our own sources: cppcheck
# (tests/cppcheck.supp; half a minute, also in `make test`, ctest label analysis) and clang-tidy
# (.clang-tidy; about 20 minutes of CPU, so not in CI). docs/reliability.md says what each checks.
cppcheck: deps
	@bash scripts/run-cppcheck.sh $(JOBS)

tidy: configure
	@bash scripts/install-deps.sh tidy
	@bash scripts/run-clang-tidy.sh $(BUILD) $(JOBS)

# Benchmarks (Google Benchmark): a Release build of their own, then every bench_* binary.
bench: deps
	@cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DPOLICYGRAPH_BENCH=ON -DPOLICYGRAPH_TESTS=OFF >/dev/null
	@cmake --build build-bench -j $(JOBS)
	@for b in build-bench/bench/bench_*; do echo "== $$b"; $$b --benchmark_repetitions=5 --benchmark_report_aggregates_only=true; done

clean:
	rm -rf $(BUILD) $(ASAN) $(FUZZ) build-bench

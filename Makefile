# The two commands of the README, and a few more for developers. Each target installs the Debian
# packages it needs first (scripts/install-deps.sh is idempotent), so a fresh machine needs nothing else.
BUILD    ?= build
ASAN     ?= build-asan
JOBS     ?= $(shell nproc)
DEMO     ?= $(BUILD)/demo
BIN      := $(BUILD)/policygraph

.PHONY: deps configure build demo test sanitize-test bench clean

deps:
	@bash scripts/install-deps.sh

configure: deps
	@cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

# The main job: ingest the bundled corpus into a snapshot and show what it holds.
demo: build
	@mkdir -p $(DEMO)
	$(BIN) -g $(DEMO)/policygraph.json ingest --fresh data/corpus
	$(BIN) -g $(DEMO)/policygraph.json stats

# Every test: unit tests, end-to-end cases through the binary, checks by the tools that read exports.
test: build
	@ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

# The same tests under AddressSanitizer and UndefinedBehaviorSanitizer (CI runs this too).
sanitize-test: deps
	@cmake -S . -B $(ASAN) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DPOLICYGRAPH_SANITIZE=ON >/dev/null
	@cmake --build $(ASAN) -j $(JOBS)
	@ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --test-dir $(ASAN) --output-on-failure -j $(JOBS) -LE install

clean:
	rm -rf $(BUILD) $(ASAN)

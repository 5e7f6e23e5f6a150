#!/usr/bin/env bash
# Installs the Debian packages policygraph needs to build, test and draw. Idempotent: it asks
# apt only for what is missing, so a second run on a ready machine does nothing.
# `install-deps.sh fuzz` adds clang 16 and libFuzzer for `make fuzz` (about 47 MB to download,
# without recommends; the fuzz figures of docs/reliability.md were made with it), which the other
# targets do not need; `install-deps.sh tidy` adds clang-tidy
# (Debian's, 14) for `make tidy`; `install-deps.sh browser` adds Chromium, its WebDriver and
# Selenium for the report page's browser test (ctest label browser), which `make test` installs.
# valgrind and cppcheck are for `make test` (their ctest labels valgrind and analysis),
# `make valgrind` and `make cppcheck`.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  libboost-graph-dev rapidjson-dev libspdlog-dev libfmt-dev catch2 libicu-dev libre2-dev libcli11-dev libbenchmark-dev
  graphviz libgraphviz-dev fonts-nanum fonts-liberation2 wordnet-base
  python3 python3-networkx python3-rdflib python3-pandas python3-matplotlib raptor2-utils
  valgrind cppcheck
)
if [ "${1:-}" = "fuzz" ]; then
  packages+=(clang-16 libclang-rt-16-dev libfuzzer-16-dev)
fi
if [ "${1:-}" = "browser" ]; then
  packages+=(chromium chromium-driver python3-selenium)
fi
if [ "${1:-}" = "tidy" ]; then
  packages+=(clang-tidy)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi
echo "install-deps: installing ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"

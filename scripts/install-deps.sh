#!/usr/bin/env bash
# Installs the Debian packages policygraph needs to build, test and draw. Idempotent: it asks
# apt only for what is missing, so a second run on a ready machine does nothing.
# `install-deps.sh fuzz` adds clang 16 and libFuzzer for `make fuzz` (about 47 MB to download,
# without recommends; the fuzz figures of docs/reliability.md were made with it), which the other
# targets do not need; `install-deps.sh tidy` adds clang-tidy
# (Debian's, 14) for `make tidy`; `install-deps.sh test` adds what only `make test` needs: pytest,
# Jupyter's nbconvert with ipykernel to execute the notebook of docs/examples/ (49 packages, about
# 4.5 MB to download and 27 MB installed without recommends), a PostgreSQL 15 server (its test
# starts one of its own, no service) and psycopg2 for docs/postgres.md, and Chromium, its WebDriver
# and Selenium for the report page's browser test (ctest label browser). valgrind and cppcheck are
# for `make test` (their ctest labels valgrind and analysis), `make valgrind` and `make cppcheck`.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  libboost-graph-dev rapidjson-dev libspdlog-dev libfmt-dev catch2 libicu-dev libre2-dev libcli11-dev libbenchmark-dev
  libpqxx-dev
  graphviz libgraphviz-dev fonts-nanum fonts-liberation2 wordnet-base
  python3 python3-networkx python3-rdflib python3-pandas python3-matplotlib raptor2-utils python3-dev pybind11-dev
  valgrind cppcheck
)
if [ "${1:-}" = "fuzz" ]; then
  packages+=(clang-16 libclang-rt-16-dev libfuzzer-16-dev)
fi
if [ "${1:-}" = "test" ]; then
  packages+=(python3-pytest python3-nbconvert python3-ipykernel postgresql-15 python3-psycopg2
             chromium chromium-driver python3-selenium)
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

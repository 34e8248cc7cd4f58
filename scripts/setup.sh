#!/usr/bin/env bash
# Fresh Debian 12 machine to a running capa: install dependencies, build, run the demo guest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$(nproc)"
echo "--- capa run --bare build/examples/hello.elf"
build/capa run --bare build/examples/hello.elf --stats

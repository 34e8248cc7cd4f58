#!/usr/bin/env bash
# Fresh Debian 12 machine to a running guest: install dependencies, build capa, build the default
# Linux guest (cached after the first time), and boot it on this terminal (Ctrl-A x quits).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$(nproc)"
guest/build.sh
exec build/capa run

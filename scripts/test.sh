#!/usr/bin/env bash
# The whole test suite: formatting, a -Werror build with every test, and an ASan+UBSan build
# running the unit, isa, guest and api tiers (api: the control plane facing bad requests, whose
# VMMs log their sanitizer reports where the tests look). Exits non-zero on any warning, format
# difference or failure.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh

echo "=== clang-format"
# C sources only: the assembly macro headers of tests/isa and tests/guest are not C.
files=$(git ls-files '*.c' '*.h' | grep -Ev '^tests/(isa|guest)/')
clang-format --dry-run --Werror $files

echo "=== default guest (guest/build.sh; cached)"
guest/build.sh

jobs=$(nproc)
echo "=== build (RelWithDebInfo, -Werror)"
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCAPA_WERROR=ON >/dev/null
cmake --build build -j"$jobs"
(cd build && ctest -j"$jobs" --output-on-failure)

echo "=== build (ASan+UBSan)"
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DCAPA_SANITIZE=ON -DCAPA_WERROR=ON >/dev/null
cmake --build build-asan -j"$jobs"
(cd build-asan && ctest -j"$jobs" -L 'unit|isa|guest|api' --output-on-failure)

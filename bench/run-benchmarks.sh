#!/usr/bin/env bash
# Builds a release and runs every benchmark; each prints its own figures and ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-deps.sh
cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DCBW_BUILD_TESTS=OFF
cmake --build build/bench -j "$(nproc)" --target bench_cachekey
build/bench/bench/bench_cachekey
bash bench/bench-inspect.sh
bash bench/bench-layers.sh
bash bench/bench-vmboot.sh

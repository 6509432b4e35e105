#!/usr/bin/env bash
# Builds the core with clang + libFuzzer + ASan/UBSan and fuzzes the BitBake engine for
# SECONDS (default 120), seeded with the test corpus. A crash, a leak or an input slower than
# 10 s leaves crash-*, leak-* or timeout-* files in build/fuzz/.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-120}
CBW_SETUP_EXTRA="clang libclang-rt-14-dev" bash scripts/setup-deps.sh
cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++ -DCBW_FUZZ=ON -DCBW_BUILD_TESTS=OFF
cmake --build build/fuzz -j "$(nproc)" --target fuzz_bitbake_document
work=build/fuzz/corpus
mkdir -p "$work"
find tests/data/corpus -type f -exec cp {} "$work/" \;
build/fuzz/tests/fuzz/fuzz_bitbake_document -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
  -artifact_prefix=build/fuzz/ "$work"

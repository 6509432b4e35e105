#!/usr/bin/env bash
# The one test command: installs what is missing, builds with warnings as errors, runs the
# whole suite with ctest. CI (.ci/run) calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup-deps.sh
bash scripts/fetch-test-kernels.sh

jobs=$(nproc)
cmake --preset ci
cmake --build --preset ci -j "$jobs"
ctest --preset ci -j "$jobs"

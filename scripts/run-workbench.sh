#!/usr/bin/env bash
# The one start command: installs what is missing, builds a release, and opens the workbench
# on the bundled example project. Extra arguments go to cbw-gui.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup-deps.sh

cmake --preset release
cmake --build --preset release -j "$(nproc)"
exec build/release/src/app/cbw-gui "$@" resources/examples/seed-demo.cbw.json

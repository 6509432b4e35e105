#!/usr/bin/env bash
# Installs the Debian 12 packages the project needs to build and test.
# Idempotent: apt is only touched when something is missing, so repeated runs are fast.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config clang-format
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6opengl6-dev libgl-dev
  libquazip1-qt6-dev libarchive-dev libssl-dev zlib1g-dev
  qt6-qpa-plugins libxkbcommon-dev
  unzip python3
  umoci skopeo zstd time
  qemu-system-x86 qemu-system-arm linux-image-amd64 busybox-static cpio
)
if [[ "${CBW_SETUP_EXTRA:-}" != "" ]]; then
  read -r -a extra <<<"$CBW_SETUP_EXTRA"
  packages+=("${extra[@]}")
fi

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "installed" ]] || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
  echo "setup-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "setup-deps: installing ${missing[*]}"
SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"

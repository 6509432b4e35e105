#!/usr/bin/env bash
# Fetches Debian's arm64 kernel (through apt, from the same archive as every other package) so
# the aarch64 boot test has a real kernel to boot under qemu-system-aarch64. The host's dpkg
# architectures are left alone: apt reads arm64 package lists into a private state directory.
# Idempotent: nothing is fetched when the kernel is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

dest=build/test-kernels/aarch64
if [[ -s "$dest/Image" ]]; then
  echo "fetch-test-kernels: $dest/Image present"
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/lists/partial" "$work/archives/partial" "$dest"
# apt's sandbox user cannot write into a root-owned temp dir; the files are ours anyway.
apt_opts=(-o "APT::Architectures::=amd64" -o "APT::Architectures::=arm64"
  -o "Dir::State::Lists=$work/lists" -o "Dir::Cache::Archives=$work/archives"
  -o "Dir::Cache::pkgcache=" -o "Dir::Cache::srcpkgcache="
  -o "APT::Sandbox::User=root" -qq)

apt-get "${apt_opts[@]}" update
# linux-image-arm64 is a metapackage; the kernel is in the versioned package it depends on.
package=$(apt-cache "${apt_opts[@]}" depends linux-image-arm64:arm64 |
  awk '/Depends: linux-image-[0-9]/ { print $2; exit }')
if [[ -z "$package" ]]; then
  echo "fetch-test-kernels: no linux-image-arm64 in the archive; the aarch64 test will skip" >&2
  exit 0
fi
(cd "$work" && apt-get "${apt_opts[@]}" download "$package")
dpkg-deb --fsys-tarfile "$work"/linux-image-*_arm64.deb |
  tar -x -C "$work" --wildcards './boot/vmlinuz-*'
mv "$work"/boot/vmlinuz-* "$dest/Image.part"
mv "$dest/Image.part" "$dest/Image"
echo "fetch-test-kernels: $dest/Image from $package"

#!/usr/bin/env bash
# `cbw vm boot` against plain qemu-system-x86_64 on the same kernel and initramfs, under TCG:
#   cbw vm boot --wait-for TEXT   boots with a QMP socket, watches the console for TEXT, then
#                                 quits the VM through QMP
#   qemu-system-x86_64            the same machine started by hand; the guest prints TEXT and
#                                 powers itself off, which is the soonest a shell script can
#                                 know the boot worked
# The initramfs is static busybox with an /init that prints the text and powers off. Each
# figure is the median wall time of BENCH_RUNS runs (default 3); the ratio is cbw / qemu
# (below 1: cbw is done sooner). KVM is not used, so the figures compare like with like on
# any host.
#
# usage: bench/bench-vmboot.sh             (builds a Release cbw in $BUILD_DIR)
#   BUILD_DIR   default build/bench         BENCH_RUNS   default 3
#   KERNEL      default the newest /boot/vmlinuz-*
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build/bench}
runs=${BENCH_RUNS:-3}
kernel=${KERNEL:-$(ls -1 /boot/vmlinuz-* 2>/dev/null | sort -V | tail -1)}
text=CBW-BENCH-READY

for tool in qemu-system-x86_64 cpio gzip /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench-vmboot: $tool missing (run scripts/setup-deps.sh)" >&2; exit 2; }
done
[[ -r "$kernel" ]] || { echo "bench-vmboot: no readable kernel (set KERNEL)" >&2; exit 2; }
[[ -x /bin/busybox ]] || { echo "bench-vmboot: /bin/busybox missing (busybox-static)" >&2; exit 2; }

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCBW_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j "$(nproc)" --target cbw >/dev/null
cbw=$build/src/cli/cbw

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/root/bin"
cp /bin/busybox "$work/root/bin/"
printf '#!/bin/busybox sh\n/bin/busybox echo %s\n/bin/busybox poweroff -f\n' "$text" >"$work/root/init"
chmod +x "$work/root/init"
(cd "$work/root" && find . | cpio -o -H newc 2>/dev/null | gzip) >"$work/initrd.gz"

# Prints the wall seconds of one run; fails when the text did not reach the console.
time_cbw() {
  /usr/bin/time -f %e -o "$work/t" "$cbw" vm boot --arch x86_64 --kernel "$kernel" \
    --initrd "$work/initrd.gz" --wait-for "$text" --timeout 300 --no-kvm \
    --powerdown-grace 0 >"$work/out" 2>"$work/err"
  grep -q "$text" "$work/out" || { cat "$work/err" >&2; return 1; }
  cat "$work/t"
}
time_qemu() {
  /usr/bin/time -f %e -o "$work/t" qemu-system-x86_64 -M q35 -cpu Skylake-Client -nographic \
    -smp 1 -m 256 -no-reboot -kernel "$kernel" -initrd "$work/initrd.gz" -nic none \
    -append "console=ttyS0,115200 panic=-1" </dev/null >"$work/out" 2>"$work/err"
  grep -q "$text" "$work/out" || { cat "$work/err" >&2; return 1; }
  cat "$work/t"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

cbw_times=() qemu_times=()
for ((i = 0; i < runs; i++)); do
  cbw_times+=("$(time_cbw)")
  qemu_times+=("$(time_qemu)")
done
cbw_s=$(printf '%s\n' "${cbw_times[@]}" | median)
qemu_s=$(printf '%s\n' "${qemu_times[@]}" | median)

echo "kernel $kernel, TCG, 256 MB, busybox initramfs; median of $runs runs"
printf '%-36s %8s %8s\n' command "wall s" ratio
printf '%-36s %8.2f %7.2fx\n' "cbw vm boot --wait-for (QMP quit)" "$cbw_s" 1
printf '%-36s %8.2f %7.2fx\n' "qemu-system-x86_64 (guest poweroff)" "$qemu_s" \
  "$(awk -v a="$cbw_s" -v b="$qemu_s" 'BEGIN { print a / b }')"
echo "ratio = cbw vm boot / that command (below 1: cbw is done sooner)"

#!/bin/busybox sh
# /init of the test initramfs (guestinitramfs.h): the guest side of the vdkr marker protocol.
# @MODULES@, @TAG@ and @READY@ are filled in when the initramfs is built.
/bin/busybox --install -s /bin
export PATH=/bin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
for m in @MODULES@; do
  insmod "/lib/modules/$m.ko" || echo "CBW-TEST: insmod $m failed"
done
case " $(cat /proc/cmdline) " in
  *" cbwtest.mode=silent "*) while true; do sleep 3600; done ;;
esac
if mount -t 9p -o trans=virtio,version=9p2000.L,cache=none @TAG@ /mnt/share 2>/dev/null; then
  uname -r > /mnt/share/kernel-release
  sync
  echo ===9P_STORAGE_DONE===
fi
echo @READY@
port=
tries=0
while [ -z "$port" ] && [ $tries -lt 100 ]; do
  for p in /sys/class/virtio-ports/*; do
    [ "$(cat "$p/name" 2>/dev/null)" = vdkr ] && port="/dev/${p##*/}"
  done
  [ -z "$port" ] && sleep 0.1
  tries=$((tries + 1))
done
if [ -z "$port" ]; then
  while true; do sleep 3600; done
fi
echo "CBW-TEST: serving $port"
while true; do
  # A failed redirection of `exec` would end the shell, and with it the guest.
  if ! { exec 3<>"$port"; } 2>/dev/null; then
    sleep 0.2
    continue
  fi
  while read -r line <&3; do
    case "$line" in
      ===PING===) echo ===PONG=== >&3 ;;
      ===SHUTDOWN===)
        echo ===SHUTTING_DOWN=== >&3
        sync
        umount /mnt/share 2>/dev/null
        poweroff -f ;;
      *)
        cmd=$(echo "$line" | base64 -d)
        {
          echo ===OUTPUT_START===
          sh -c "$cmd" </dev/null 2>&1
          rc=$?
          echo ===OUTPUT_END===
          echo "===EXIT_CODE=$rc==="
          echo ===END===
        } >&3 ;;
    esac
  done
  # The host closed the socket: the port reads EOF until it reconnects.
  exec 3>&-
  sleep 0.2
done

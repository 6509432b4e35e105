#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace cbw::test {

// An installed kernel whose modules can go into a test initramfs.
struct GuestKernel
{
    QString image;     // /boot/vmlinuz-<release>
    QString release;   // 6.1.0-xx-amd64
    QString moduleDir; // /lib/modules/<release>
};

// The first /boot/vmlinuz-* that is readable and has a matching /lib/modules/<release>/modules.dep;
// nullopt with the exact reason otherwise.
std::optional<GuestKernel> findGuestKernel(QString *whyNot);

// Modules (paths relative to moduleDir) needed for `wanted`, each after its dependencies, as
// modules.dep says. Modules built into the kernel (modules.builtin) are left out.
std::optional<QStringList> modulesInLoadOrder(const GuestKernel &kernel, const QStringList &wanted,
                                              QString *error);

// The guest side of the vdkr marker protocol, as a busybox /init (guestinit.sh):
//  - loads the virtio PCI, virtio-serial and 9p modules;
//  - kernel argument cbwtest.mode=silent: never prints anything again (a hung guest);
//  - mounts the 9p share tagged `cbwshare` at /mnt/share, writes `uname -r` to
//    kernel-release there and prints ===9P_STORAGE_DONE===;
//  - prints the ready text;
//  - serves the virtio-serial port named vdkr: ===PING=== -> ===PONG===, a base64 command line
//    -> ===OUTPUT_START=== output ===OUTPUT_END=== ===EXIT_CODE=n=== ===END===,
//    ===SHUTDOWN=== -> ===SHUTTING_DOWN=== and poweroff -f.
inline constexpr char guestReadyText[] = "CBW-TEST-GUEST-READY";
inline constexpr char guestShareTag[] = "cbwshare";

// Builds <workDir>/initramfs.cpio.gz (cpio newc, gzip) from a static busybox and the kernel's
// modules; returns its path or nullopt with the reason.
std::optional<QString> buildGuestInitramfs(const GuestKernel &kernel, const QString &busybox,
                                           const QString &workDir, QString *error);

// True when `path` is an ELF executable without a program interpreter (statically linked).
bool isStaticExecutable(const QString &path);

} // namespace cbw::test

#pragma once

#include "common/result.h"
#include "vm/vmprofile.h"

namespace cbw::core::vm {

// What the guest should do, encoded on the kernel command line (spec §5.4).
struct GuestRequest
{
    QString command;                             // shell command; base64'd into <P>_cmd
    QString inputType = QStringLiteral("none");  // none|oci|tar|dir
    QString outputType = QStringLiteral("text"); // text|tar|storage
    QString inputImage;                          // input disk image (input type != none)
    QString stateImage;                          // state disk; empty: no state disk
    bool daemon = false;                         // memres: chardev + virtio-serial + QMP
    bool interactive = false;
    QString registry;
    QStringList insecureRegistries;
};

// Facts about the host that change the command line.
struct HostFacts
{
    QString hostMachine;    // uname -m
    bool kvmUsable = false; // /dev/kvm writable
    static HostFacts probe();
};

struct QemuLaunch
{
    QString program; // qemu-system-x86_64 / qemu-system-aarch64 (resolved path when found)
    QStringList arguments;
    QString kernelCommandLine; // the -append value
    QString qmpSocket;         // empty when the launch has no QMP socket
    QString daemonSocket;      // empty unless daemon
    // One line a user can paste into a shell (every argument quoted when needed).
    QString shellCommand() const;
};

// Reproduces vrunner-backend-qemu.sh's command line exactly, in its option order (§5.4).
Result<QemuLaunch> buildRuntimeCommandLine(const VmProfile &profile, const GuestRequest &request,
                                           const HostFacts &host);

// `cbw vm boot`: any kernel/initramfs, with a QMP socket, serial console on stdio.
struct GenericBoot
{
    Arch arch = Arch::X86_64;
    QString kernel;
    QString initrd;
    struct Drive
    {
        QString file;
        bool readOnly = false;
    };
    QList<Drive> drives; // if=virtio,format=raw, in order
    QString append;      // appended after console=...
    int memoryMb = 256;
    int cpus = 1;
    bool allowKvm = true; // KVM still needs host arch == target and a usable /dev/kvm
    QString qmpSocket;    // required
    QList<QPair<QString, QString>> shares; // 9p: (host dir, mount tag)
    QString virtioSerialSocket; // chardev socket + virtserialport named `vdkr`; empty: none
};
Result<QemuLaunch> buildGenericBootCommandLine(const GenericBoot &boot, const HostFacts &host);

// qemu-system-<arch> on PATH, then /usr/bin; empty when absent.
QString findQemuBinary(Arch arch);

} // namespace cbw::core::vm

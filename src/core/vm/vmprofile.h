#pragma once

#include "common/diagnostic.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace cbw::core::vm {

// The two container tools of meta-virtualization's vcontainer (spec §5.1).
enum class Tool
{
    Vdkr, // docker
    Vpdmn // podman
};
QString toolName(Tool tool);    // "vdkr" / "vpdmn"
QString runtimeName(Tool tool); // "docker" / "podman"
std::optional<Tool> parseTool(const QString &name);

enum class Arch
{
    X86_64,
    Aarch64
};
QString archName(Arch arch); // "x86_64" / "aarch64"
// Accepts "x86_64", "aarch64" and the aliases the tools accept ("arm64", "amd64").
std::optional<Arch> parseArch(const QString &name);

// Which of the tool's six steps decided the architecture (spec §5.1, in that order).
enum class ArchSource
{
    Flag,           // --arch / -a
    ExecutableName, // vdkr-aarch64, vpdmn-x86_64
    Environment,    // VDKR_ARCH / VPDMN_ARCH
    ConfigFile,     // arch= in <config dir>/config
    LegacyArchFile, // <config dir>/arch
    HostMachine,    // uname -m
};
// For people: "step 3 of 6 (environment)".
QString describeArchSource(ArchSource source);

struct ArchInputs
{
    QString flag;           // value of --arch, empty when not given
    QString executableName; // argv[0]'s file name
    QMap<QString, QString> environment;
    QString configDir;   // --config-dir > <TOOL>_CONFIG_DIR > ~/.config/<tool>
    QString hostMachine; // uname -m
};

struct ArchResolution
{
    std::optional<Arch> arch; // nullopt: the deciding step named an unsupported arch
    ArchSource source = ArchSource::HostMachine;
    QString detail;          // for people: "VDKR_ARCH=aarch64", "/home/u/.config/vdkr/config:3"
    Diagnostics diagnostics; // vm.bad-arch (error) naming the step and value
};
// Every step takes only the exact names x86_64 and aarch64, as the tools do (no aliases).
ArchResolution resolveArch(Tool tool, const ArchInputs &inputs);

// "H:C[/udp]" as `vmemres start -p` takes it.
struct PortForward
{
    int hostPort = 0;
    int containerPort = 0;
    QString protocol = QStringLiteral("tcp");
    friend bool operator==(const PortForward &, const PortForward &) = default;
};
std::optional<PortForward> parsePortForward(const QString &text, QString *error = nullptr);

// Everything that decides how the runtime VM is started.
struct VmProfile
{
    Tool tool = Tool::Vdkr;
    Arch arch = Arch::X86_64;
    QString blobDir;  // holds <arch>/{bzImage|Image, initramfs.cpio.gz, rootfs.img}
    QString stateDir; // holds the state disk, daemon.sock, qmp.sock; default ~/.<tool>/<arch>
    int memoryMb = 2048;
    int cpus = 2;
    bool network = true;
    QList<PortForward> portForwards;
    QString shareDir; // 9p share (daemon I/O); empty: none
    bool allowKvm = true;
    int timeoutSeconds = 300;
    int idleTimeoutSeconds = 1800;
    friend bool operator==(const VmProfile &, const VmProfile &) = default;
};

QString defaultStateDir(Tool tool, Arch arch, const QString &homeDir);

struct BlobSet
{
    QString kernel;      // <blobDir>/<arch>/bzImage (x86_64) or Image (aarch64)
    QString initrd;      // initramfs.cpio.gz
    QString rootfs;      // rootfs.img
    QStringList missing; // absolute paths of the files that are not there
    bool complete() const { return missing.isEmpty(); }
};
BlobSet locateBlobs(const VmProfile &profile);

// Blob directories found on disk, with where they came from, for the profile editor.
struct BlobDirCandidate
{
    Tool tool = Tool::Vdkr;
    QString path;       // the blob dir (parent of <arch>/)
    QString origin;     // "build directory tmp-vruntime-aarch64", "SDK /opt/vcontainer", ...
    QList<Arch> arches; // arch subdirectories present
};
// `buildTopDir`: <top>/tmp-vruntime-*/deploy/images/*/{vdkr,vpdmn}/; `sdkDirs`: directories
// with init-env.sh and vdkr-blobs/ / vpdmn-blobs/.
QList<BlobDirCandidate> discoverBlobDirs(const QString &buildTopDir, const QStringList &sdkDirs);

} // namespace cbw::core::vm

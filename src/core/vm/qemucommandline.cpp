#include "vm/qemucommandline.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <sys/utsname.h>
#include <unistd.h>

namespace cbw::core::vm {

namespace {

QString qemuProgramName(Arch arch)
{
    return arch == Arch::X86_64 ? QStringLiteral("qemu-system-x86_64")
                                : QStringLiteral("qemu-system-aarch64");
}

QString consoleDevice(Arch arch)
{
    return arch == Arch::X86_64 ? QStringLiteral("ttyS0") : QStringLiteral("ttyAMA0");
}

bool useKvm(Arch arch, bool allowed, const HostFacts &host)
{
    return allowed && host.kvmUsable && host.hostMachine == archName(arch);
}

// vrunner-backend-qemu.sh hv_setup_arch / hv_check_accel; -enable-kvm follows -no-reboot there.
QStringList machineArguments(Arch arch, bool kvm, int cpus, int memoryMb)
{
    QStringList args;
    if (arch == Arch::X86_64)
        args << QStringLiteral("-M") << QStringLiteral("q35") << QStringLiteral("-cpu")
             << (kvm ? QStringLiteral("host") : QStringLiteral("Skylake-Client"));
    else
        args << QStringLiteral("-M") << QStringLiteral("virt") << QStringLiteral("-cpu")
             << (kvm ? QStringLiteral("host") : QStringLiteral("cortex-a57"));
    args << QStringLiteral("-nographic") << QStringLiteral("-smp") << QString::number(cpus)
         << QStringLiteral("-m") << QString::number(memoryMb) << QStringLiteral("-no-reboot");
    if (kvm)
        args << QStringLiteral("-enable-kvm");
    return args;
}

QStringList virtfsArguments(const QString &dir, const QString &tag, bool readOnly)
{
    return {QStringLiteral("-virtfs"),
            QStringLiteral("local,path=%1,mount_tag=%2,security_model=none%3,id=%2")
                .arg(dir, tag, readOnly ? QStringLiteral(",readonly=on") : QString())};
}

QStringList serialPortArguments(const QString &socket)
{
    return {QStringLiteral("-chardev"),
            QStringLiteral("socket,id=vdkr,path=%1,server=on,wait=off").arg(socket),
            QStringLiteral("-device"),
            QStringLiteral("virtio-serial-pci"),
            QStringLiteral("-device"),
            QStringLiteral("virtserialport,chardev=vdkr,name=vdkr")};
}

// QEMU splits option values at commas (a literal one must be doubled) and the backend passes
// paths unescaped, so a comma would silently change the meaning; refuse it instead.
std::optional<Error> commaCheck(const QString &what, const QString &path)
{
    if (path.contains(QLatin1Char(',')))
        return Error(QStringLiteral("%1 \"%2\" contains a comma, which QEMU would read as an "
                                    "option separator")
                         .arg(what, path));
    return std::nullopt;
}

bool isShellSafe(const QString &argument)
{
    if (argument.isEmpty())
        return false;
    for (const QChar c : argument) {
        const bool safe = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                          (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                          (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                          QStringLiteral("_@%+=:,./-").contains(c);
        if (!safe)
            return false;
    }
    return true;
}

QString shellQuote(const QString &argument)
{
    if (isShellSafe(argument))
        return argument;
    QString quoted = argument;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

QString QemuLaunch::shellCommand() const
{
    QStringList words{shellQuote(program)};
    for (const QString &argument : arguments)
        words.append(shellQuote(argument));
    return words.join(QLatin1Char(' '));
}

HostFacts HostFacts::probe()
{
    HostFacts facts;
    struct utsname names
    {
    };
    if (::uname(&names) == 0)
        facts.hostMachine = QString::fromLocal8Bit(names.machine);
    facts.kvmUsable = ::access("/dev/kvm", R_OK | W_OK) == 0;
    return facts;
}

QString findQemuBinary(Arch arch)
{
    const QString name = qemuProgramName(arch);
    const QString onPath = QStandardPaths::findExecutable(name);
    if (!onPath.isEmpty())
        return onPath;
    // The backend's fallbacks: a Yocto native sysroot, then /usr/bin.
    QStringList fallbacks;
    const QString staging = qEnvironmentVariable("STAGING_BINDIR_NATIVE");
    if (!staging.isEmpty())
        fallbacks.append(staging);
    fallbacks.append(QStringLiteral("/usr/bin"));
    for (const QString &dir : std::as_const(fallbacks)) {
        const QFileInfo candidate(QDir(dir).filePath(name));
        if (candidate.isFile() && candidate.isExecutable())
            return candidate.absoluteFilePath();
    }
    return {};
}

Result<QemuLaunch> buildRuntimeCommandLine(const VmProfile &profile, const GuestRequest &request,
                                           const HostFacts &host)
{
    static const QStringList inputTypes{QStringLiteral("none"), QStringLiteral("oci"),
                                        QStringLiteral("tar"), QStringLiteral("dir")};
    static const QStringList outputTypes{QStringLiteral("text"), QStringLiteral("tar"),
                                         QStringLiteral("storage")};
    if (!inputTypes.contains(request.inputType))
        return Error(QStringLiteral("input type \"%1\" is not one of none, oci, tar, dir")
                         .arg(request.inputType));
    if (!outputTypes.contains(request.outputType))
        return Error(QStringLiteral("output type \"%1\" is not one of text, tar, storage")
                         .arg(request.outputType));
    if (request.inputType != QLatin1String("none") && request.inputImage.isEmpty())
        return Error(
            QStringLiteral("input type \"%1\" needs an input disk image").arg(request.inputType));
    if (profile.blobDir.isEmpty())
        return Error(QStringLiteral("no blob directory is set"));
    if (request.daemon && profile.stateDir.isEmpty())
        return Error(QStringLiteral("the memory-resident daemon needs a state directory for its "
                                    "sockets"));
    if (profile.memoryMb < 1 || profile.cpus < 1)
        return Error(QStringLiteral("memory (%1 MB) and CPUs (%2) must be positive")
                         .arg(profile.memoryMb)
                         .arg(profile.cpus));

    const BlobSet blobs = locateBlobs(profile);
    const QString stateDir = QDir::cleanPath(profile.stateDir);
    // Daemon I/O always goes through <statedir>/share in vrunner.sh's daemon start.
    QString shareDir = profile.shareDir;
    if (request.daemon && shareDir.isEmpty())
        shareDir = QDir(stateDir).filePath(QStringLiteral("share"));
    const QString daemonSocket =
        request.daemon ? QDir(stateDir).filePath(QStringLiteral("daemon.sock")) : QString();
    const QString qmpSocket =
        request.daemon ? QDir(stateDir).filePath(QStringLiteral("qmp.sock")) : QString();

    const std::pair<QString, QString> paths[] = {
        {QStringLiteral("rootfs image"), blobs.rootfs},
        {QStringLiteral("input image"), request.inputImage},
        {QStringLiteral("state image"), request.stateImage},
        {QStringLiteral("share directory"), shareDir},
        {QStringLiteral("state directory"), request.daemon ? stateDir : QString()},
    };
    for (const auto &entry : paths) {
        if (auto error = commaCheck(entry.first, entry.second))
            return *error;
    }

    // vmemres start forces networking on (the wrapper passes --network by default).
    const bool network = profile.network || request.daemon;
    const QString prefix = runtimeName(profile.tool);
    const bool kvm = useKvm(profile.arch, profile.allowKvm, host);

    QStringList append{QStringLiteral("console=%1,115200").arg(consoleDevice(profile.arch))};
    if (request.interactive)
        append << QStringLiteral("quiet") << QStringLiteral("loglevel=0");
    append << QStringLiteral("init=/init") << QStringLiteral("runtime=") + prefix
           << prefix + QStringLiteral("_cmd=") +
                  QString::fromLatin1(request.command.toUtf8().toBase64())
           << prefix + QStringLiteral("_input=") + request.inputType
           << prefix + QStringLiteral("_output=") + request.outputType;
    if (!request.stateImage.isEmpty())
        append << prefix + QStringLiteral("_state=disk");
    if (network)
        append << prefix + QStringLiteral("_network=1");
    if (!request.registry.isEmpty())
        append << prefix + QStringLiteral("_registry=") + request.registry;
    for (const QString &registry : request.insecureRegistries)
        append << prefix + QStringLiteral("_insecure_registry=") + registry;
    if (request.interactive)
        append << prefix + QStringLiteral("_interactive=1");
    if (!shareDir.isEmpty())
        append << prefix + QStringLiteral("_9p=1");
    if (request.daemon)
        append << prefix + QStringLiteral("_daemon=1")
               << prefix + QStringLiteral("_idle_timeout=") +
                      QString::number(profile.idleTimeoutSeconds);

    QemuLaunch launch;
    launch.program = findQemuBinary(profile.arch);
    if (launch.program.isEmpty())
        launch.program = qemuProgramName(profile.arch);
    launch.arguments = machineArguments(profile.arch, kvm, profile.cpus, profile.memoryMb);
    launch.arguments << QStringLiteral("-kernel") << blobs.kernel << QStringLiteral("-initrd")
                     << blobs.initrd;
    launch.arguments
        << QStringLiteral("-drive")
        << QStringLiteral("file=%1,if=virtio,format=raw,readonly=on").arg(blobs.rootfs);
    if (request.inputType != QLatin1String("none"))
        launch.arguments << QStringLiteral("-drive")
                         << QStringLiteral("file=%1,if=virtio,format=raw").arg(request.inputImage);
    if (!request.stateImage.isEmpty())
        launch.arguments << QStringLiteral("-drive")
                         << QStringLiteral("file=%1,if=virtio,format=raw,cache=directsync")
                                .arg(request.stateImage);
    if (network) {
        QString netdev = QStringLiteral("user,id=net0");
        // hostfwd maps host port H to the same port H in the VM; docker maps H to the container.
        for (const PortForward &forward : profile.portForwards)
            netdev +=
                QStringLiteral(",hostfwd=%1::%2-:%2").arg(forward.protocol).arg(forward.hostPort);
        launch.arguments << QStringLiteral("-netdev") << netdev << QStringLiteral("-device")
                         << QStringLiteral("virtio-net-pci,netdev=net0");
    } else {
        launch.arguments << QStringLiteral("-nic") << QStringLiteral("none");
    }
    if (!shareDir.isEmpty())
        launch.arguments << virtfsArguments(
            shareDir, toolName(profile.tool) + QLatin1String("_share"), false);
    if (request.daemon) {
        launch.arguments << serialPortArguments(daemonSocket);
        launch.arguments << QStringLiteral("-qmp")
                         << QStringLiteral("unix:%1,server,nowait").arg(qmpSocket);
        launch.daemonSocket = daemonSocket;
        launch.qmpSocket = qmpSocket;
    }
    launch.kernelCommandLine = append.join(QLatin1Char(' '));
    launch.arguments << QStringLiteral("-append") << launch.kernelCommandLine;
    return launch;
}

Result<QemuLaunch> buildGenericBootCommandLine(const GenericBoot &boot, const HostFacts &host)
{
    if (boot.kernel.isEmpty())
        return Error(QStringLiteral("no kernel given"));
    if (boot.qmpSocket.isEmpty())
        return Error(QStringLiteral("no QMP socket path given"));
    if (boot.memoryMb < 1 || boot.cpus < 1)
        return Error(QStringLiteral("memory (%1 MB) and CPUs (%2) must be positive")
                         .arg(boot.memoryMb)
                         .arg(boot.cpus));
    for (const GenericBoot::Drive &drive : boot.drives) {
        if (drive.file.isEmpty())
            return Error(QStringLiteral("a drive has no file"));
        if (auto error = commaCheck(QStringLiteral("drive"), drive.file))
            return *error;
    }
    for (const auto &share : boot.shares) {
        if (auto error = commaCheck(QStringLiteral("share directory"), share.first))
            return *error;
        if (share.second.isEmpty() || share.second.contains(QLatin1Char(',')))
            return Error(QStringLiteral("9p mount tag \"%1\" is empty or contains a comma")
                             .arg(share.second));
    }
    for (const QString &socket : {boot.qmpSocket, boot.virtioSerialSocket}) {
        if (auto error = commaCheck(QStringLiteral("socket path"), socket))
            return *error;
    }

    QemuLaunch launch;
    launch.program = findQemuBinary(boot.arch);
    if (launch.program.isEmpty())
        launch.program = qemuProgramName(boot.arch);
    launch.arguments = machineArguments(boot.arch, useKvm(boot.arch, boot.allowKvm, host),
                                        boot.cpus, boot.memoryMb);
    launch.arguments << QStringLiteral("-kernel") << boot.kernel;
    if (!boot.initrd.isEmpty())
        launch.arguments << QStringLiteral("-initrd") << boot.initrd;
    for (const GenericBoot::Drive &drive : boot.drives)
        launch.arguments << QStringLiteral("-drive")
                         << QStringLiteral("file=%1,if=virtio,format=raw%2")
                                .arg(drive.file,
                                     drive.readOnly ? QStringLiteral(",readonly=on") : QString());
    launch.arguments << QStringLiteral("-nic") << QStringLiteral("none");
    for (const auto &share : boot.shares)
        launch.arguments << virtfsArguments(share.first, share.second, false);
    if (!boot.virtioSerialSocket.isEmpty()) {
        launch.arguments << serialPortArguments(boot.virtioSerialSocket);
        launch.daemonSocket = boot.virtioSerialSocket;
    }
    // The long spelling: QEMU 7 warns about the short-form booleans the backend still uses.
    launch.arguments << QStringLiteral("-qmp")
                     << QStringLiteral("unix:%1,server=on,wait=off").arg(boot.qmpSocket);
    launch.qmpSocket = boot.qmpSocket;
    launch.kernelCommandLine = QStringLiteral("console=%1,115200").arg(consoleDevice(boot.arch));
    if (!boot.append.isEmpty())
        launch.kernelCommandLine += QLatin1Char(' ') + boot.append;
    launch.arguments << QStringLiteral("-append") << launch.kernelCommandLine;
    return launch;
}

} // namespace cbw::core::vm

#include "vmbootcommand.h"

#include "commandlineparsing.h"
#include "vm/qemucommandline.h"
#include "vm/vmprocess.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QTemporaryDir>

#include <csignal>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>

namespace cbw::cli {

using namespace cbw::core;
using namespace cbw::core::vm;

namespace {

constexpr int defaultTimeoutSeconds = 120;
constexpr int defaultPowerdownGraceSeconds = 3;
// sockaddr_un.sun_path holds 108 bytes including the terminator.
constexpr qsizetype maxSocketPathBytes = 107;

std::optional<int> positiveInt(const QCommandLineParser &parser, const QString &option,
                               int fallback, int minimum, const CliStreams &io)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < minimum) {
        io.err << "vm boot: --" << option << " needs a whole number >= " << minimum << ", not \""
               << parser.value(option) << "\"\n";
        return std::nullopt;
    }
    return value;
}

bool checkReadableFile(const QString &what, const QString &path, const CliStreams &io)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        io.err << "vm boot: " << what << " " << path
               << (info.exists() ? " is not a readable file\n" : " does not exist\n");
        return false;
    }
    return true;
}

// Turns SIGINT/SIGTERM/SIGHUP into a Qt signal while the VM runs, so an interrupted `cbw vm
// boot` still stops qemu and removes its socket directory instead of dying around them.
class StopSignals final : public QObject
{
    Q_OBJECT
public:
    StopSignals()
    {
        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_fds) != 0)
            return;
        m_notifier = new QSocketNotifier(s_fds[1], QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, [this] {
            int number = 0;
            if (::read(s_fds[1], &number, sizeof number) == sizeof number)
                emit received(number);
        });
        struct sigaction action = {};
        action.sa_handler = &StopSignals::handle;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        for (size_t i = 0; i < std::size(m_signals); ++i)
            ::sigaction(m_signals[i], &action, &m_previous[i]);
        m_installed = true;
    }
    ~StopSignals() override
    {
        if (m_installed) {
            for (size_t i = 0; i < std::size(m_signals); ++i)
                ::sigaction(m_signals[i], &m_previous[i], nullptr);
        }
        delete m_notifier;
        if (s_fds[0] >= 0) {
            ::close(s_fds[0]);
            ::close(s_fds[1]);
            s_fds[0] = s_fds[1] = -1;
        }
    }

signals:
    void received(int signalNumber);

private:
    static void handle(int number)
    {
        // Only async-signal-safe calls here.
        [[maybe_unused]] const ssize_t written = ::write(s_fds[0], &number, sizeof number);
    }
    static inline int s_fds[2] = {-1, -1};
    const int m_signals[3] = {SIGINT, SIGTERM, SIGHUP};
    struct sigaction m_previous[3] = {};
    QSocketNotifier *m_notifier = nullptr;
    bool m_installed = false;
};

} // namespace

int runVmBoot(const QStringList &arguments, const CliStreams &streams)
{
    CliStreams io = streams;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Boots a kernel and initramfs under QEMU with a QMP socket and streams the serial "
        "console to stdout. With --wait-for, the VM is shut down through QMP as soon as TEXT "
        "appears on the console. Exit code 0: TEXT appeared (without --wait-for: the guest "
        "powered off) and the VM was shut down; 1: timeout (the VM is stopped: QMP, then "
        "SIGTERM, then SIGKILL), an interrupt (SIGINT/SIGTERM/SIGHUP) or the VM ended before "
        "TEXT appeared; 2: bad arguments or QEMU could not be launched."));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("arch"), QStringLiteral("x86_64 or aarch64."), QStringLiteral("ARCH")});
    parser.addOption(
        {QStringLiteral("kernel"), QStringLiteral("Kernel image."), QStringLiteral("K")});
    parser.addOption({QStringLiteral("initrd"), QStringLiteral("Initramfs."), QStringLiteral("I")});
    parser.addOption({QStringLiteral("drive"),
                      QStringLiteral("Raw virtio disk; repeatable, in order (/dev/vda, vdb, ...)."),
                      QStringLiteral("FILE[,readonly]")});
    parser.addOption({QStringLiteral("append"),
                      QStringLiteral("Kernel command line after console=..."),
                      QStringLiteral("STR")});
    parser.addOption({QStringLiteral("memory"), QStringLiteral("Guest memory (default 256)."),
                      QStringLiteral("MB")});
    parser.addOption({QStringLiteral("wait-for"),
                      QStringLiteral("Console text that means the boot succeeded."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("timeout"),
                      QStringLiteral("Give up (and kill the VM) after SEC seconds (default %1).")
                          .arg(defaultTimeoutSeconds),
                      QStringLiteral("SEC")});
    parser.addOption({QStringLiteral("powerdown-grace"),
                      QStringLiteral("Seconds the guest gets to react to the ACPI power button "
                                     "before QMP quit (default %1; 0: quit at once).")
                          .arg(defaultPowerdownGraceSeconds),
                      QStringLiteral("SEC")});
    parser.addOption({QStringLiteral("no-kvm"),
                      QStringLiteral("Never use KVM, even when the host could (TCG only).")});
    if (auto exit = parseOrExplain(parser, arguments, io))
        return *exit;

    if (!parser.positionalArguments().isEmpty()) {
        io.err << "vm boot: unexpected argument " << parser.positionalArguments().first() << "\n";
        return ExitUsage;
    }
    for (const QString &required :
         {QStringLiteral("arch"), QStringLiteral("kernel"), QStringLiteral("initrd")}) {
        if (!parser.isSet(required)) {
            io.err << "vm boot: --" << required << " is required\n";
            return ExitUsage;
        }
    }

    GenericBoot boot;
    const std::optional<Arch> arch = parseArch(parser.value(QStringLiteral("arch")));
    if (!arch) {
        io.err << "vm boot: unsupported --arch \"" << parser.value(QStringLiteral("arch"))
               << "\" (x86_64 or aarch64)\n";
        return ExitUsage;
    }
    boot.arch = *arch;
    boot.kernel = QFileInfo(parser.value(QStringLiteral("kernel"))).absoluteFilePath();
    boot.initrd = QFileInfo(parser.value(QStringLiteral("initrd"))).absoluteFilePath();
    if (!checkReadableFile(QStringLiteral("kernel"), boot.kernel, io) ||
        !checkReadableFile(QStringLiteral("initrd"), boot.initrd, io))
        return ExitUsage;
    for (const QString &value : parser.values(QStringLiteral("drive"))) {
        GenericBoot::Drive drive;
        drive.file = value;
        static const QLatin1String readOnlySuffix(",readonly");
        if (value.endsWith(readOnlySuffix)) {
            drive.file.chop(readOnlySuffix.size());
            drive.readOnly = true;
        }
        drive.file = QFileInfo(drive.file).absoluteFilePath();
        if (!checkReadableFile(QStringLiteral("drive"), drive.file, io))
            return ExitUsage;
        boot.drives.append(drive);
    }
    boot.append = parser.value(QStringLiteral("append"));
    const std::optional<int> memory =
        positiveInt(parser, QStringLiteral("memory"), boot.memoryMb, 16, io);
    const std::optional<int> timeout =
        positiveInt(parser, QStringLiteral("timeout"), defaultTimeoutSeconds, 1, io);
    const std::optional<int> powerdownGrace =
        positiveInt(parser, QStringLiteral("powerdown-grace"), defaultPowerdownGraceSeconds, 0, io);
    if (!memory || !timeout || !powerdownGrace)
        return ExitUsage;
    boot.memoryMb = *memory;
    boot.allowKvm = !parser.isSet(QStringLiteral("no-kvm"));
    const QString waitFor = parser.value(QStringLiteral("wait-for"));

    if (findQemuBinary(boot.arch).isEmpty()) {
        io.err << "vm boot: qemu-system-" << archName(boot.arch)
               << " was not found on PATH or in /usr/bin\n";
        return ExitUsage;
    }
    // Private: nobody else may talk to this VM's monitor.
    QTemporaryDir socketDir(QDir::tempPath() + QStringLiteral("/cbw-vm-XXXXXX"));
    if (!socketDir.isValid()) {
        io.err << "vm boot: cannot create a temporary directory: " << socketDir.errorString()
               << "\n";
        return ExitUsage;
    }
    boot.qmpSocket = socketDir.filePath(QStringLiteral("qmp.sock"));
    if (boot.qmpSocket.toLocal8Bit().size() > maxSocketPathBytes) {
        io.err << "vm boot: the socket path " << boot.qmpSocket
               << " is too long for a unix socket; set TMPDIR to a shorter directory\n";
        return ExitUsage;
    }

    const Result<QemuLaunch> launch = buildGenericBootCommandLine(boot, HostFacts::probe());
    if (!launch) {
        io.err << "vm boot: " << launch.error().message << "\n";
        return ExitUsage;
    }
    io.err << "vm boot: " << launch->shellCommand() << "\n";
    io.err.flush();

    VmProcess vm;
    vm.setReadyText(waitFor);
    vm.setTimeout(*timeout * 1000);
    vm.setPowerdownGrace(*powerdownGrace * 1000);
    QEventLoop loop;
    std::optional<VmExit> result;
    bool textSeen = false;
    QObject::connect(&vm, &VmProcess::consoleLine, &vm, [&io](const QString &line) {
        io.out << line << "\n";
        io.out.flush();
    });
    QObject::connect(&vm, &VmProcess::readyTextSeen, &vm, [&vm, &textSeen, &io] {
        textSeen = true;
        io.err << "vm boot: the console showed the awaited text; shutting the VM down\n";
        io.err.flush();
        vm.stop();
    });
    QObject::connect(&vm, &VmProcess::finished, &vm, [&result, &loop](const VmExit &exit) {
        result = exit;
        loop.quit();
    });
    StopSignals stopSignals;
    std::optional<int> interruptedBy;
    QObject::connect(&stopSignals, &StopSignals::received, &vm,
                     [&vm, &interruptedBy, &io](int number) {
                         if (interruptedBy)
                             return;
                         interruptedBy = number;
                         io.err << "vm boot: " << ::strsignal(number) << "; stopping the VM\n";
                         io.err.flush();
                         vm.forceStop();
                     });
    vm.start(*launch);
    if (!result)
        loop.exec();

    io.err << "vm boot: " << result->message << "\n";
    if (interruptedBy)
        return ExitFindings;
    switch (result->reason) {
    case VmExit::Reason::LaunchFailed:
        return ExitUsage;
    case VmExit::Reason::TimedOut:
        return ExitFindings;
    case VmExit::Reason::QmpShutdown:
        return !waitFor.isEmpty() && textSeen ? ExitOk : ExitFindings;
    case VmExit::Reason::GuestPoweredOff:
        // qemu refusing its arguments (unloadable kernel, ...) ends with a non-zero code.
        if (result->exitCode != 0)
            return ExitUsage;
        if (!waitFor.isEmpty()) {
            io.err << "vm boot: the VM ended before \"" << waitFor << "\" appeared\n";
            return ExitFindings;
        }
        return ExitOk;
    case VmExit::Reason::Terminated:
    case VmExit::Reason::Killed:
    case VmExit::Reason::Crashed:
        return ExitFindings;
    }
    return ExitFindings;
}

} // namespace cbw::cli

#include "vmbootcommand.moc"

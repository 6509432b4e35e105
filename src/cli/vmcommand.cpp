#include "vmcommand.h"

#include "vmbootcommand.h"

#include "commandlineparsing.h"
#include "vm/qemucommandline.h"
#include "vm/vmprofile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

namespace cbw::cli {

using namespace cbw::core;
using namespace cbw::core::vm;

namespace {

struct VmSubcommand
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &arguments, const CliStreams &streams);
};

// One line per `cbw vm` subcommand; each gets its arguments starting with "vm <name>".
const VmSubcommand vmSubcommands[] = {
    {"command-line", "Print the QEMU command line the vdkr/vpdmn backend would run",
     runVmCommandLine},
    {"boot", "Boot a kernel/initramfs with a QMP socket, console on stdout", runVmBoot},
};

void printVmUsage(QTextStream &stream)
{
    stream << "Usage: cbw vm <subcommand> [options]\n\n"
              "The vdkr/vpdmn QEMU runtime of meta-virtualization's vcontainer.\n\n"
              "Subcommands:\n";
    for (const VmSubcommand &sub : vmSubcommands)
        stream << "  " << QString::fromLatin1(sub.name).leftJustified(14)
               << QString::fromLatin1(sub.summary) << "\n";
    stream << "\nRun 'cbw vm <subcommand> --help' for its options.\n";
}

int usageError(CliStreams io, const QString &message)
{
    io.err << "vm command-line: " << message << "\n"
           << "Try 'cbw vm command-line --help'.\n";
    return ExitUsage;
}

std::optional<int> positiveNumber(const QCommandLineParser &parser, const QString &option,
                                  int *value, CliStreams io)
{
    if (!parser.isSet(option))
        return std::nullopt;
    bool ok = false;
    const int number = parser.value(option).toInt(&ok);
    if (!ok || number < 1)
        return usageError(io, QStringLiteral("--%1 \"%2\" is not a positive whole number")
                                  .arg(option, parser.value(option)));
    *value = number;
    return std::nullopt;
}

QString stateImageName(Tool tool)
{
    return tool == Tool::Vdkr ? QStringLiteral("docker-state.img")
                              : QStringLiteral("podman-state.img");
}

} // namespace

int runVmCommandLine(const QStringList &arguments, const CliStreams &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Prints the QEMU command line that vrunner-backend-qemu.sh would run for this profile: "
        "one line to paste into a shell, or with --json the program and its arguments. Without "
        "--arch the architecture is chosen the way the tool does (VDKR_ARCH/VPDMN_ARCH, arch= "
        "in <config dir>/config, <config dir>/arch, uname -m) and the deciding step is printed "
        "on stderr. The state disk is <state dir>/docker-state.img (vdkr) or podman-state.img "
        "(vpdmn); --daemon adds the memres sockets in the state dir and forces networking on. "
        "Exit status: 0 printed, 1 blobs are missing (printed anyway with --allow-missing), 2 "
        "bad arguments."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("tool"), QStringLiteral("vdkr (docker) or vpdmn (podman)."),
         QStringLiteral("TOOL")},
        {QStringLiteral("arch"), QStringLiteral("x86_64 or aarch64 (aliases amd64, arm64)."),
         QStringLiteral("ARCH")},
        {QStringLiteral("blob-dir"),
         QStringLiteral("Holds <arch>/{bzImage|Image,initramfs.cpio.gz,rootfs.img}."),
         QStringLiteral("DIR")},
        {QStringLiteral("state-dir"), QStringLiteral("Default: ~/.<tool>/<arch>."),
         QStringLiteral("DIR")},
        {QStringLiteral("config-dir"),
         QStringLiteral("For the arch lookup; default: <TOOL>_CONFIG_DIR, ~/.config/<tool>."),
         QStringLiteral("DIR")},
        {QStringLiteral("daemon"), QStringLiteral("The memory-resident (vmemres) VM.")},
        {QStringLiteral("memory"), QStringLiteral("Guest memory (default 2048)."),
         QStringLiteral("MB")},
        {QStringLiteral("cpus"), QStringLiteral("Guest CPUs (default 2)."), QStringLiteral("N")},
        {QStringLiteral("no-network"), QStringLiteral("-nic none (ignored with --daemon).")},
        {QStringLiteral("port"),
         QStringLiteral("Port forward HOST:CONTAINER[/udp]; QEMU maps HOST to the same port in "
                        "the VM. Repeatable."),
         QStringLiteral("H:C")},
        {QStringLiteral("share"),
         QStringLiteral("9p share directory (daemon default: <state "
                        "dir>/share)."),
         QStringLiteral("DIR")},
        {QStringLiteral("no-kvm"), QStringLiteral("Never use KVM.")},
        {QStringLiteral("command"),
         QStringLiteral("The container command the guest runs (base64 on the kernel command "
                        "line)."),
         QStringLiteral("CMD")},
        {QStringLiteral("allow-missing"),
         QStringLiteral("Print the command line even when blobs are missing.")},
        {QStringLiteral("json"), QStringLiteral("Print one JSON object.")},
    });
    if (auto exit = parseOrExplain(parser, arguments, io))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            io,
            QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));

    const auto tool = parseTool(parser.value(QStringLiteral("tool")));
    if (!parser.isSet(QStringLiteral("tool")) || !tool)
        return usageError(io, QStringLiteral("--tool must be vdkr or vpdmn"));
    if (!parser.isSet(QStringLiteral("blob-dir")) ||
        parser.value(QStringLiteral("blob-dir")).isEmpty())
        return usageError(io, QStringLiteral("--blob-dir is required"));

    const HostFacts host = HostFacts::probe();
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    ArchInputs archInputs;
    // cbw's own --arch takes the OCI aliases too; the tool's steps below do not.
    archInputs.flag = parser.value(QStringLiteral("arch"));
    if (const auto alias = parseArch(archInputs.flag))
        archInputs.flag = archName(*alias);
    for (const QString &key : environment.keys())
        archInputs.environment.insert(key, environment.value(key));
    const QString prefix = *tool == Tool::Vdkr ? QStringLiteral("VDKR") : QStringLiteral("VPDMN");
    archInputs.configDir = parser.value(QStringLiteral("config-dir"));
    if (archInputs.configDir.isEmpty())
        archInputs.configDir = environment.value(prefix + QStringLiteral("_CONFIG_DIR"));
    if (archInputs.configDir.isEmpty())
        archInputs.configDir = QDir::home().filePath(QStringLiteral(".config/") + toolName(*tool));
    archInputs.hostMachine = host.hostMachine;
    const ArchResolution resolution = resolveArch(*tool, archInputs);
    for (const Diagnostic &d : resolution.diagnostics)
        io.err << d.toGccString() << "\n";
    if (!resolution.arch)
        return ExitUsage;

    VmProfile profile;
    profile.tool = *tool;
    profile.arch = *resolution.arch;
    profile.blobDir =
        QDir::cleanPath(QDir::current().absoluteFilePath(parser.value(QStringLiteral("blob-dir"))));
    profile.stateDir = parser.isSet(QStringLiteral("state-dir"))
                           ? QDir::cleanPath(QDir::current().absoluteFilePath(
                                 parser.value(QStringLiteral("state-dir"))))
                           : defaultStateDir(profile.tool, profile.arch, QDir::homePath());
    if (parser.isSet(QStringLiteral("share")))
        profile.shareDir = QDir::cleanPath(
            QDir::current().absoluteFilePath(parser.value(QStringLiteral("share"))));
    profile.network = !parser.isSet(QStringLiteral("no-network"));
    profile.allowKvm = !parser.isSet(QStringLiteral("no-kvm"));
    if (auto exit = positiveNumber(parser, QStringLiteral("memory"), &profile.memoryMb, io))
        return *exit;
    if (auto exit = positiveNumber(parser, QStringLiteral("cpus"), &profile.cpus, io))
        return *exit;
    for (const QString &text : parser.values(QStringLiteral("port"))) {
        QString error;
        const auto forward = parsePortForward(text, &error);
        if (!forward)
            return usageError(io, error);
        profile.portForwards.append(*forward);
    }

    GuestRequest request;
    request.command = parser.value(QStringLiteral("command"));
    request.daemon = parser.isSet(QStringLiteral("daemon"));
    request.stateImage = QDir(profile.stateDir).filePath(stateImageName(profile.tool));

    const Result<QemuLaunch> launch = buildRuntimeCommandLine(profile, request, host);
    if (!launch.ok())
        return usageError(io, launch.error().message);

    if (!parser.isSet(QStringLiteral("arch")))
        io.err << "vm command-line: architecture " << archName(profile.arch) << " from "
               << resolution.detail << ", " << describeArchSource(resolution.source) << "\n";
    if (!profile.network && request.daemon)
        io.err << "vm command-line: --no-network ignored: the memres daemon always has "
                  "networking\n";
    else if (!profile.network && !profile.portForwards.isEmpty())
        io.err << "vm command-line: port forwards ignored without networking\n";
    const BlobSet blobs = locateBlobs(profile);
    for (const QString &missing : blobs.missing)
        io.err << missing << ": error: blob missing\n";
    if (!blobs.complete() && !parser.isSet(QStringLiteral("allow-missing"))) {
        io.err << "vm command-line: " << blobs.missing.size()
               << " blob(s) missing; --allow-missing prints the command line anyway\n";
        return ExitFindings;
    }

    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject json{
            {QStringLiteral("program"), launch->program},
            {QStringLiteral("arguments"), QJsonArray::fromStringList(launch->arguments)},
            {QStringLiteral("shellCommand"), launch->shellCommand()},
            {QStringLiteral("kernelCommandLine"), launch->kernelCommandLine},
            {QStringLiteral("tool"), toolName(profile.tool)},
            {QStringLiteral("arch"), archName(profile.arch)},
            {QStringLiteral("archDecidedBy"), describeArchSource(resolution.source)},
            {QStringLiteral("archDetail"), resolution.detail},
            {QStringLiteral("stateDir"), profile.stateDir},
            {QStringLiteral("qmpSocket"), launch->qmpSocket},
            {QStringLiteral("daemonSocket"), launch->daemonSocket},
            {QStringLiteral("missingBlobs"), QJsonArray::fromStringList(blobs.missing)},
        };
        io.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else {
        io.out << launch->shellCommand() << "\n";
    }
    return ExitOk;
}

int VmCommand::run(const QStringList &arguments, CliStreams io)
{
    const QString sub = arguments.value(1);
    if (sub.isEmpty()) {
        printVmUsage(io.err);
        return ExitUsage;
    }
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") ||
        sub == QLatin1String("help")) {
        printVmUsage(io.out);
        return ExitOk;
    }
    for (const VmSubcommand &candidate : vmSubcommands) {
        if (sub == QLatin1String(candidate.name))
            return candidate.run(QStringList{QStringLiteral("vm ") + sub} + arguments.mid(2), io);
    }
    io.err << "cbw vm: unknown subcommand '" << sub << "'\n";
    printVmUsage(io.err);
    return ExitUsage;
}

} // namespace cbw::cli

#include "vm/vmprofile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace cbw::core::vm {

namespace {

const QString BadArchCode = QStringLiteral("vm.bad-arch");

// The tools' shell reads values with `tr -d '[:space:]'`: every blank goes, not only the ends.
QString withoutWhitespace(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            result.append(c);
    }
    return result;
}

QString envPrefix(Tool tool)
{
    return tool == Tool::Vdkr ? QStringLiteral("VDKR") : QStringLiteral("VPDMN");
}

ArchResolution decide(ArchSource source, const QString &value, const QString &detail,
                      const QString &stepName, SourceLocation location = {})
{
    ArchResolution resolution;
    resolution.source = source;
    resolution.detail = detail;
    // The tools pass the value on unchanged and their backend knows only these two spellings;
    // an alias such as arm64 would make vrunner.sh fail, so it is an error here too.
    const std::optional<Arch> parsed = parseArch(value);
    if (parsed && archName(*parsed) == value) {
        resolution.arch = parsed;
        return resolution;
    }
    QString message =
        QStringLiteral("%1 names the architecture \"%2\"; supported are x86_64 and aarch64")
            .arg(stepName, value);
    if (parsed)
        message += QStringLiteral(" (write %1: the tool does not translate \"%2\")")
                       .arg(archName(*parsed), value);
    resolution.diagnostics.append(Diagnostic::error(BadArchCode, message, std::move(location)));
    return resolution;
}

struct ConfigArch
{
    bool found = false;
    QString value;
    int firstLine = 0;
    int matches = 0;
};

// `grep "^arch=" config | cut -d= -f2- | tr -d '[:space:]'`: only lines that start exactly with
// "arch=" count (no leading blanks, no "arch =", comments never match); several such lines run
// together into one word.
ConfigArch readConfigArch(const QString &path)
{
    ConfigArch result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i));
        if (!line.startsWith(QLatin1String("arch=")))
            continue;
        if (result.matches == 0)
            result.firstLine = i + 1;
        ++result.matches;
        result.value += withoutWhitespace(line.mid(5));
    }
    result.found = !result.value.isEmpty();
    return result;
}

} // namespace

QString toolName(Tool tool)
{
    return tool == Tool::Vdkr ? QStringLiteral("vdkr") : QStringLiteral("vpdmn");
}

QString runtimeName(Tool tool)
{
    return tool == Tool::Vdkr ? QStringLiteral("docker") : QStringLiteral("podman");
}

std::optional<Tool> parseTool(const QString &name)
{
    if (name == QLatin1String("vdkr") || name == QLatin1String("docker"))
        return Tool::Vdkr;
    if (name == QLatin1String("vpdmn") || name == QLatin1String("podman"))
        return Tool::Vpdmn;
    return std::nullopt;
}

QString archName(Arch arch)
{
    return arch == Arch::X86_64 ? QStringLiteral("x86_64") : QStringLiteral("aarch64");
}

std::optional<Arch> parseArch(const QString &name)
{
    if (name == QLatin1String("x86_64") || name == QLatin1String("amd64"))
        return Arch::X86_64;
    if (name == QLatin1String("aarch64") || name == QLatin1String("arm64"))
        return Arch::Aarch64;
    return std::nullopt;
}

QString describeArchSource(ArchSource source)
{
    switch (source) {
    case ArchSource::Flag:
        return QStringLiteral("step 1 of 6 (--arch)");
    case ArchSource::ExecutableName:
        return QStringLiteral("step 2 of 6 (executable name)");
    case ArchSource::Environment:
        return QStringLiteral("step 3 of 6 (environment)");
    case ArchSource::ConfigFile:
        return QStringLiteral("step 4 of 6 (config file)");
    case ArchSource::LegacyArchFile:
        return QStringLiteral("step 5 of 6 (legacy arch file)");
    case ArchSource::HostMachine:
        return QStringLiteral("step 6 of 6 (uname -m)");
    }
    return {};
}

ArchResolution resolveArch(Tool tool, const ArchInputs &inputs)
{
    if (!inputs.flag.isEmpty())
        return decide(ArchSource::Flag, inputs.flag, QStringLiteral("--arch %1").arg(inputs.flag),
                      QStringLiteral("--arch"));

    const QString name = toolName(tool);
    for (const Arch arch : {Arch::Aarch64, Arch::X86_64}) {
        if (inputs.executableName == name + QLatin1Char('-') + archName(arch)) {
            ArchResolution resolution;
            resolution.arch = arch;
            resolution.source = ArchSource::ExecutableName;
            resolution.detail = QStringLiteral("executable name %1").arg(inputs.executableName);
            return resolution;
        }
    }

    const QString envName = envPrefix(tool) + QLatin1String("_ARCH");
    const QString envValue = inputs.environment.value(envName);
    if (!envValue.isEmpty())
        return decide(ArchSource::Environment, envValue,
                      QStringLiteral("%1=%2").arg(envName, envValue), envName);

    if (!inputs.configDir.isEmpty()) {
        const QString configPath = QDir(inputs.configDir).filePath(QStringLiteral("config"));
        const ConfigArch config = readConfigArch(configPath);
        if (config.found) {
            const SourceLocation location{configPath, config.firstLine, 1};
            ArchResolution resolution =
                decide(ArchSource::ConfigFile, config.value,
                       QStringLiteral("%1:%2").arg(configPath).arg(config.firstLine),
                       QStringLiteral("arch= in %1").arg(configPath), location);
            if (config.matches > 1)
                resolution.diagnostics.prepend(Diagnostic::warning(
                    QStringLiteral("vm.repeated-config-key"),
                    QStringLiteral("%1 has %2 lines starting with \"arch=\"; the tool joins "
                                   "their values into \"%3\"")
                        .arg(configPath)
                        .arg(config.matches)
                        .arg(config.value),
                    location));
            return resolution;
        }

        const QString legacyPath = QDir(inputs.configDir).filePath(QStringLiteral("arch"));
        QFile legacy(legacyPath);
        if (legacy.open(QIODevice::ReadOnly)) {
            const QString value = withoutWhitespace(QString::fromUtf8(legacy.readAll()));
            if (!value.isEmpty())
                return decide(ArchSource::LegacyArchFile, value, legacyPath,
                              QStringLiteral("the legacy arch file %1").arg(legacyPath),
                              SourceLocation{legacyPath, 1, 1});
        }
    }

    return decide(ArchSource::HostMachine, inputs.hostMachine,
                  QStringLiteral("uname -m = %1").arg(inputs.hostMachine),
                  QStringLiteral("the host machine (uname -m)"));
}

std::optional<PortForward> parsePortForward(const QString &text, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<PortForward> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QString ports = text;
    PortForward forward;
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash >= 0) {
        forward.protocol = text.mid(slash + 1);
        ports = text.left(slash);
        if (forward.protocol != QLatin1String("tcp") && forward.protocol != QLatin1String("udp"))
            return fail(
                QStringLiteral("port forward \"%1\": protocol \"%2\" is neither tcp nor udp")
                    .arg(text, forward.protocol));
    }
    const QStringList parts = ports.split(QLatin1Char(':'));
    if (parts.size() != 2)
        return fail(QStringLiteral("port forward \"%1\" is not HOST:CONTAINER[/udp]").arg(text));
    const QString names[2] = {QStringLiteral("host"), QStringLiteral("container")};
    int values[2] = {0, 0};
    for (int i = 0; i < 2; ++i) {
        bool ok = false;
        const int value = parts.at(i).toInt(&ok);
        const bool digitsOnly = !parts.at(i).isEmpty() &&
                                std::all_of(parts.at(i).cbegin(), parts.at(i).cend(), [](QChar c) {
                                    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
                                });
        if (!ok || !digitsOnly || value < 1 || value > 65535)
            return fail(QStringLiteral("port forward \"%1\": %2 port \"%3\" is not a number from 1 "
                                       "to 65535")
                            .arg(text, names[i], parts.at(i)));
        values[i] = value;
    }
    forward.hostPort = values[0];
    forward.containerPort = values[1];
    return forward;
}

QString defaultStateDir(Tool tool, Arch arch, const QString &homeDir)
{
    return QDir(homeDir).filePath(QLatin1Char('.') + toolName(tool) + QLatin1Char('/') +
                                  archName(arch));
}

BlobSet locateBlobs(const VmProfile &profile)
{
    const QString arch = archName(profile.arch);
    const QString kernelName =
        profile.arch == Arch::X86_64 ? QStringLiteral("bzImage") : QStringLiteral("Image");
    BlobSet blobs;
    if (profile.blobDir.isEmpty()) {
        // Without a blob dir there is no absolute path to name; say what would be needed.
        for (const QString &name :
             {kernelName, QStringLiteral("initramfs.cpio.gz"), QStringLiteral("rootfs.img")})
            blobs.missing.append(QStringLiteral("<blob dir not set>/%1/%2").arg(arch, name));
        return blobs;
    }
    const QDir archDir(QDir(QFileInfo(profile.blobDir).absoluteFilePath()).filePath(arch));
    blobs.kernel = QDir::cleanPath(archDir.filePath(kernelName));
    blobs.initrd = QDir::cleanPath(archDir.filePath(QStringLiteral("initramfs.cpio.gz")));
    blobs.rootfs = QDir::cleanPath(archDir.filePath(QStringLiteral("rootfs.img")));
    for (const QString &path : {blobs.kernel, blobs.initrd, blobs.rootfs}) {
        if (!QFileInfo(path).isFile())
            blobs.missing.append(path);
    }
    return blobs;
}

namespace {

QList<Arch> archSubdirectories(const QString &blobDir)
{
    QList<Arch> arches;
    for (const Arch arch : {Arch::X86_64, Arch::Aarch64}) {
        if (QFileInfo(QDir(blobDir).filePath(archName(arch))).isDir())
            arches.append(arch);
    }
    return arches;
}

QStringList sortedSubdirectories(const QDir &dir, const QStringList &nameFilters = {})
{
    return dir.entryList(nameFilters, QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

QList<BlobDirCandidate> discoverBlobDirs(const QString &buildTopDir, const QStringList &sdkDirs)
{
    QList<BlobDirCandidate> candidates;
    if (!buildTopDir.isEmpty()) {
        const QDir top(buildTopDir);
        for (const QString &tmpName :
             sortedSubdirectories(top, {QStringLiteral("tmp-vruntime-*")})) {
            const QDir images(top.filePath(tmpName + QLatin1String("/deploy/images")));
            for (const QString &machine : sortedSubdirectories(images)) {
                for (const Tool tool : {Tool::Vdkr, Tool::Vpdmn}) {
                    const QString path = QDir::cleanPath(
                        images.absoluteFilePath(machine + QLatin1Char('/') + toolName(tool)));
                    if (!QFileInfo(path).isDir())
                        continue;
                    candidates.append(
                        {tool, path,
                         QStringLiteral("build directory %1 (%2)").arg(tmpName, machine),
                         archSubdirectories(path)});
                }
            }
        }
    }
    for (const QString &sdk : sdkDirs) {
        const QDir dir(sdk);
        if (!QFileInfo(dir.filePath(QStringLiteral("init-env.sh"))).isFile())
            continue;
        for (const Tool tool : {Tool::Vdkr, Tool::Vpdmn}) {
            const QString path =
                QDir::cleanPath(dir.absoluteFilePath(toolName(tool) + QLatin1String("-blobs")));
            if (!QFileInfo(path).isDir())
                continue;
            candidates.append({tool, path,
                               QStringLiteral("SDK %1").arg(QDir::cleanPath(dir.absolutePath())),
                               archSubdirectories(path)});
        }
    }
    return candidates;
}

} // namespace cbw::core::vm

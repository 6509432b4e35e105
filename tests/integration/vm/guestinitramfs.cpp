#include "guestinitramfs.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QSet>

#include <cstring>
#include <functional>

namespace cbw::test {

namespace {

QString moduleName(const QString &path)
{
    QString name = QFileInfo(path).fileName();
    name = name.left(name.indexOf(QLatin1String(".ko")));
    return name.replace(QLatin1Char('-'), QLatin1Char('_'));
}

// Runs a program to completion; its stdout, or nullopt with the reason in *error.
std::optional<QByteArray> runProgram(const QString &program, const QStringList &arguments,
                                     const QString &workingDir, QString *error,
                                     const QString &inputFile = {}, const QString &outputFile = {})
{
    QProcess process;
    process.setWorkingDirectory(workingDir);
    if (!inputFile.isEmpty())
        process.setStandardInputFile(inputFile);
    if (!outputFile.isEmpty())
        process.setStandardOutputFile(outputFile);
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        *error = QStringLiteral("cannot run %1: %2").arg(program, process.errorString());
        return std::nullopt;
    }
    if (inputFile.isEmpty())
        process.closeWriteChannel();
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        *error = QStringLiteral("%1 %2 failed: %3")
                     .arg(program, arguments.join(QLatin1Char(' ')),
                          QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
        return std::nullopt;
    }
    return process.readAllStandardOutput();
}

} // namespace

std::optional<GuestKernel> findGuestKernel(QString *whyNot)
{
    const QFileInfoList images =
        QDir(QStringLiteral("/boot"))
            .entryInfoList({QStringLiteral("vmlinuz-*")}, QDir::Files, QDir::Name | QDir::Reversed);
    if (images.isEmpty()) {
        *whyNot = QStringLiteral("no /boot/vmlinuz-* (install linux-image-amd64)");
        return std::nullopt;
    }
    QStringList reasons;
    for (const QFileInfo &image : images) {
        const QString release = image.fileName().mid(int(std::strlen("vmlinuz-")));
        const QString moduleDir = QStringLiteral("/lib/modules/") + release;
        if (!image.isReadable()) {
            reasons << QStringLiteral("%1 is not readable").arg(image.filePath());
            continue;
        }
        if (!QFileInfo(moduleDir + QStringLiteral("/modules.dep")).isReadable()) {
            reasons << QStringLiteral("%1/modules.dep is missing").arg(moduleDir);
            continue;
        }
        return GuestKernel{image.filePath(), release, moduleDir};
    }
    *whyNot = reasons.join(QStringLiteral("; "));
    return std::nullopt;
} // namespace

std::optional<QStringList> modulesInLoadOrder(const GuestKernel &kernel, const QStringList &wanted,
                                              QString *error)
{
    QFile depFile(kernel.moduleDir + QStringLiteral("/modules.dep"));
    if (!depFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(depFile.fileName());
        return std::nullopt;
    }
    QHash<QString, QString> pathOf;
    QHash<QString, QStringList> dependenciesOf;
    while (!depFile.atEnd()) {
        const QString line = QString::fromUtf8(depFile.readLine()).trimmed();
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        const QString path = line.left(colon);
        const QString name = moduleName(path);
        pathOf.insert(name, path);
        QStringList dependencies;
        for (const QString &dependency :
             line.mid(colon + 1).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            dependencies << moduleName(dependency);
        dependenciesOf.insert(name, dependencies);
    }
    QSet<QString> builtin;
    QFile builtinFile(kernel.moduleDir + QStringLiteral("/modules.builtin"));
    if (builtinFile.open(QIODevice::ReadOnly)) {
        while (!builtinFile.atEnd())
            builtin.insert(moduleName(QString::fromUtf8(builtinFile.readLine()).trimmed()));
    }

    QStringList order;
    QSet<QString> placed;
    QSet<QString> visiting;
    std::function<bool(const QString &)> place = [&](const QString &name) {
        if (placed.contains(name) || builtin.contains(name))
            return true;
        if (!pathOf.contains(name)) {
            *error = QStringLiteral("module %1 is neither in %2/modules.dep nor built in")
                         .arg(name, kernel.moduleDir);
            return false;
        }
        if (visiting.contains(name)) {
            *error = QStringLiteral("dependency cycle at module %1").arg(name);
            return false;
        }
        visiting.insert(name);
        for (const QString &dependency : dependenciesOf.value(name)) {
            if (!place(dependency))
                return false;
        }
        visiting.remove(name);
        placed.insert(name);
        order << pathOf.value(name);
        return true;
    };
    for (const QString &name : wanted) {
        if (!place(name))
            return std::nullopt;
    }
    return order;
}

bool isStaticExecutable(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(64);
    // ELF64 little-endian only: the test boots x86_64 guests with the host's busybox.
    if (header.size() < 64 ||
        !header.startsWith("\x7f"
                           "ELF") ||
        header.at(4) != 2 || header.at(5) != 1)
        return false;
    auto read = [&header](int offset, int size) {
        quint64 value = 0;
        for (int i = size - 1; i >= 0; --i)
            value = (value << 8) | static_cast<unsigned char>(header.at(offset + i));
        return value;
    };
    const quint64 phoff = read(32, 8);
    const quint64 phentsize = read(54, 2);
    const quint64 phnum = read(56, 2);
    for (quint64 i = 0; i < phnum; ++i) {
        if (!file.seek(qint64(phoff + i * phentsize)))
            return false;
        const QByteArray entry = file.read(4);
        if (entry.size() < 4)
            return false;
        constexpr unsigned char ptInterp = 3;
        if (static_cast<unsigned char>(entry.at(0)) == ptInterp && entry.at(1) == 0 &&
            entry.at(2) == 0 && entry.at(3) == 0)
            return false;
    }
    return true;
}

std::optional<QString> buildGuestInitramfs(const GuestKernel &kernel, const QString &busybox,
                                           const QString &workDir, QString *error)
{
    const std::optional<QStringList> modules =
        modulesInLoadOrder(kernel,
                           {QStringLiteral("virtio_pci"), QStringLiteral("virtio_console"),
                            QStringLiteral("9pnet_virtio"), QStringLiteral("9p")},
                           error);
    if (!modules)
        return std::nullopt;

    const QString root = workDir + QStringLiteral("/initramfs-root");
    for (const char *dir : {"bin", "dev", "proc", "sys", "tmp", "mnt/share", "lib/modules"}) {
        if (!QDir().mkpath(root + QLatin1Char('/') + QLatin1String(dir))) {
            *error = QStringLiteral("cannot create %1/%2").arg(root, QLatin1String(dir));
            return std::nullopt;
        }
    }
    if (!QFile::copy(busybox, root + QStringLiteral("/bin/busybox")) ||
        !QFile::setPermissions(root + QStringLiteral("/bin/busybox"),
                               QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                   QFile::ReadOther | QFile::ExeOther)) {
        *error = QStringLiteral("cannot copy %1 into the initramfs").arg(busybox);
        return std::nullopt;
    }

    QStringList names;
    for (const QString &relative : *modules) {
        const QString source = kernel.moduleDir + QLatin1Char('/') + relative;
        const QString name = QFileInfo(relative).fileName().section(QLatin1String(".ko"), 0, 0);
        const QString target =
            root + QStringLiteral("/lib/modules/") + name + QStringLiteral(".ko");
        QByteArray content;
        if (relative.endsWith(QLatin1String(".ko"))) {
            QFile file(source);
            if (!file.open(QIODevice::ReadOnly)) {
                *error = QStringLiteral("cannot read %1").arg(source);
                return std::nullopt;
            }
            content = file.readAll();
        } else {
            // Debian compresses modules with xz since 6.x kernels in some releases; zstd
            // elsewhere.
            const QString tool = relative.endsWith(QLatin1String(".xz"))    ? QStringLiteral("xz")
                                 : relative.endsWith(QLatin1String(".zst")) ? QStringLiteral("zstd")
                                 : relative.endsWith(QLatin1String(".gz"))  ? QStringLiteral("gzip")
                                                                            : QString();
            if (tool.isEmpty()) {
                *error = QStringLiteral("unknown module compression: %1").arg(source);
                return std::nullopt;
            }
            const std::optional<QByteArray> output =
                runProgram(tool, {QStringLiteral("-dc"), source}, workDir, error);
            if (!output)
                return std::nullopt;
            content = *output;
        }
        QFile out(target);
        if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size()) {
            *error = QStringLiteral("cannot write %1").arg(target);
            return std::nullopt;
        }
        names << name;
    }

    QFile templateFile(QStringLiteral(CBW_GUEST_INIT_TEMPLATE));
    if (!templateFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(templateFile.fileName());
        return std::nullopt;
    }
    QString init = QString::fromUtf8(templateFile.readAll());
    init.replace(QStringLiteral("@MODULES@"), names.join(QLatin1Char(' ')));
    init.replace(QStringLiteral("@TAG@"), QLatin1String(guestShareTag));
    init.replace(QStringLiteral("@READY@"), QLatin1String(guestReadyText));
    QFile initFile(root + QStringLiteral("/init"));
    if (!initFile.open(QIODevice::WriteOnly) || initFile.write(init.toUtf8()) < 0 ||
        !initFile.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                 QFile::ReadOther | QFile::ExeOther)) {
        *error = QStringLiteral("cannot write %1").arg(initFile.fileName());
        return std::nullopt;
    }
    initFile.close();

    QStringList entries{QStringLiteral(".")};
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        entries << QDir(root).relativeFilePath(it.next());
    const QString cpioInput = workDir + QStringLiteral("/initramfs.list");
    {
        QFile list(cpioInput);
        if (!list.open(QIODevice::WriteOnly) ||
            list.write((entries.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8()) < 0) {
            *error = QStringLiteral("cannot write %1").arg(cpioInput);
            return std::nullopt;
        }
    }
    const QString archive = workDir + QStringLiteral("/initramfs.cpio");
    if (!runProgram(QStringLiteral("cpio"),
                    {QStringLiteral("--quiet"), QStringLiteral("-o"), QStringLiteral("-H"),
                     QStringLiteral("newc")},
                    root, error, cpioInput, archive))
        return std::nullopt;
    if (!runProgram(QStringLiteral("gzip"), {QStringLiteral("-1"), QStringLiteral("-f"), archive},
                    workDir, error))
        return std::nullopt;
    return archive + QStringLiteral(".gz");
}

} // namespace cbw::test

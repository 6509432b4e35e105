#pragma once

// A bootable initramfs built at test run time: the static busybox of the host and an /init
// script. Enough for the serial console and poweroff; no kernel modules.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QString>

namespace cbw::test {

// True for a 64-bit little-endian ELF without a PT_INTERP program header (statically linked).
inline bool isStaticElf64(const QByteArray &elf)
{
    const auto read = [&elf](qsizetype offset, int size) {
        quint64 value = 0;
        for (int i = size - 1; i >= 0; --i)
            value = (value << 8) | quint8(elf.at(offset + i));
        return value;
    };
    if (elf.size() < 64 ||
        !elf.startsWith("\x7f"
                        "ELF") ||
        elf.at(4) != 2 || elf.at(5) != 1)
        return false;
    const quint64 phoff = read(0x20, 8);
    const quint64 phentsize = read(0x36, 2);
    const quint64 phnum = read(0x38, 2);
    for (quint64 i = 0; i < phnum; ++i) {
        const quint64 entry = phoff + i * phentsize;
        if (entry + 4 > quint64(elf.size()))
            return false;
        if (read(qsizetype(entry), 4) == 3) // PT_INTERP: needs a dynamic loader
            return false;
    }
    return true;
}

// The static busybox Debian's busybox-static installs; "" when absent.
inline QString staticBusybox()
{
    for (const QString &path :
         {QStringLiteral("/bin/busybox"), QStringLiteral("/usr/bin/busybox")}) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && isStaticElf64(file.read(65536)))
            return path;
    }
    return {};
}

// The newest readable /boot/vmlinuz-*; "" when none is readable.
inline QString hostKernel()
{
    const QFileInfoList kernels =
        QDir(QStringLiteral("/boot"))
            .entryInfoList({QStringLiteral("vmlinuz-*")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QFileInfo &kernel : kernels)
        if (kernel.isReadable())
            return kernel.absoluteFilePath();
    return {};
}

// Writes <workDir>/initramfs.cpio holding busybox and `initScript` as /init; returns the cpio
// path, or "" with `error` set.
inline QString buildTinyInitramfs(const QString &workDir, const QString &initScript, QString *error)
{
    const QString busybox = staticBusybox();
    if (busybox.isEmpty()) {
        *error = QStringLiteral("no static busybox (/bin/busybox from busybox-static)");
        return {};
    }
    if (QStandardPaths::findExecutable(QStringLiteral("cpio")).isEmpty()) {
        *error = QStringLiteral("cpio is not installed");
        return {};
    }
    const QString root = workDir + QStringLiteral("/initramfs-root");
    QDir().mkpath(root + QStringLiteral("/bin"));
    QFile::remove(root + QStringLiteral("/bin/busybox"));
    if (!QFile::copy(busybox, root + QStringLiteral("/bin/busybox"))) {
        *error = QStringLiteral("cannot copy %1").arg(busybox);
        return {};
    }
    QFile init(root + QStringLiteral("/init"));
    if (!init.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = init.errorString();
        return {};
    }
    init.write(initScript.toUtf8());
    init.close();
    init.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                        QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    const QString cpio = workDir + QStringLiteral("/initramfs.cpio");
    QProcess process;
    process.setWorkingDirectory(root);
    process.setStandardOutputFile(cpio);
    process.start(QStringLiteral("sh"),
                  {QStringLiteral("-c"), QStringLiteral("find . | cpio -o -H newc --quiet")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        *error = QStringLiteral("cpio failed: %1")
                     .arg(QString::fromLocal8Bit(process.readAllStandardError()));
        return {};
    }
    return cpio;
}

} // namespace cbw::test

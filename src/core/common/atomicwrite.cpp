#include "atomicwrite.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace cbw::core {

VoidResult writeFileAtomically(const QString &path, const QByteArray &contents, BackupPolicy backup)
{
    if (backup == BackupPolicy::KeepBak && QFileInfo::exists(path)) {
        const QString bak = path + QStringLiteral(".bak");
        auto original = readWholeFile(path);
        if (!original)
            return original.error();
        QSaveFile bakFile(bak);
        if (!bakFile.open(QIODevice::WriteOnly) || bakFile.write(*original) != original->size() ||
            !bakFile.commit())
            return Error(
                QStringLiteral("cannot write backup %1: %2").arg(bak, bakFile.errorString()),
                {bak});
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(QStringLiteral("cannot open %1 for writing: %2").arg(path, file.errorString()),
                     {path});
    if (file.write(contents) != contents.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Error(QStringLiteral("cannot write %1: %2").arg(path, reason), {path});
    }
    if (!file.commit())
        return Error(QStringLiteral("cannot commit %1: %2").arg(path, file.errorString()), {path});
    return Success{};
}

Result<QByteArray> readWholeFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()), {path});
    return file.readAll();
}

} // namespace cbw::core

#include "writetransaction.h"

#include "common/atomicwrite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace cbw::core::exporting {

ExportWriteReport WriteTransaction::run(const QList<PlannedFile> &files)
{
    ExportWriteReport report;
    for (const PlannedFile &file : files) {
        if (file.action == PlannedFile::Action::Unchanged)
            continue;
        if (!writeOne(file, report)) {
            rollback();
            report.written.clear();
            report.backups.clear();
            return report;
        }
    }
    return report;
}

bool WriteTransaction::writeOne(const PlannedFile &file, ExportWriteReport &report)
{
    const auto failed = [&](const QString &why) {
        report.failedPath = file.path;
        report.error = why;
        return false;
    };
    const QFileInfo info(file.path);
    if (file.action == PlannedFile::Action::Create) {
        if (info.exists() || info.isSymLink())
            return failed(
                QStringLiteral("%1 appeared after the preview; export again").arg(file.path));
        QString why;
        if (!makeParent(file.path, &why))
            return failed(why);
        if (const VoidResult w = writeFileAtomically(file.path, file.after); !w)
            return failed(w.error().message);
        m_done.append({file.path, true, {}, std::nullopt});
        report.written.append(file.path);
        return true;
    }
    const Result<QByteArray> current = readWholeFile(file.path);
    if (!current)
        return failed(current.error().message);
    if (*current != file.before)
        return failed(QStringLiteral("%1 changed after the preview; export again").arg(file.path));
    const QString bak = file.path + QStringLiteral(".bak");
    std::optional<QByteArray> olderBackup;
    if (QFileInfo::exists(bak)) {
        const Result<QByteArray> old = readWholeFile(bak);
        if (!old)
            return failed(old.error().message);
        olderBackup = *old;
    }
    if (const VoidResult w = writeFileAtomically(file.path, file.after, BackupPolicy::KeepBak); !w)
        return failed(w.error().message);
    m_done.append({file.path, false, file.before, olderBackup});
    report.written.append(file.path);
    report.backups.append(bak);
    return true;
}

bool WriteTransaction::makeParent(const QString &path, QString *error)
{
    QStringList missing;
    QString dir = QFileInfo(path).absolutePath();
    while (!QFileInfo::exists(dir) && !QFileInfo(dir).isSymLink()) {
        missing.prepend(dir);
        const QString up = QFileInfo(dir).absolutePath();
        if (up == dir)
            break;
        dir = up;
    }
    if (!QFileInfo(dir).isDir()) {
        *error = QStringLiteral("cannot create %1: %2 is not a directory").arg(path, dir);
        return false;
    }
    for (const QString &d : std::as_const(missing)) {
        if (!QDir().mkdir(d)) {
            *error = QStringLiteral("cannot create directory %1 for %2").arg(d, path);
            return false;
        }
        m_createdDirectories.append(d);
    }
    return true;
}

void WriteTransaction::rollback()
{
    std::reverse(m_done.begin(), m_done.end());
    for (const Done &d : std::as_const(m_done)) {
        if (d.created) {
            QFile::remove(d.path);
            continue;
        }
        // Best effort: this runs after a failure already, and the .bak holds the bytes too.
        (void)writeFileAtomically(d.path, d.before);
        const QString bak = d.path + QStringLiteral(".bak");
        if (d.olderBackup)
            (void)writeFileAtomically(bak, *d.olderBackup);
        else
            QFile::remove(bak);
    }
    for (auto it = m_createdDirectories.crbegin(); it != m_createdDirectories.crend(); ++it)
        QDir().rmdir(*it);
    m_done.clear();
    m_createdDirectories.clear();
}

} // namespace cbw::core::exporting

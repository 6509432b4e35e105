#include "recoverystore.h"

#include "common/atomicwrite.h"
#include "project/projectfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>

namespace cbw::app {

using namespace cbw::core;

namespace {

bool processIsRunning(qint64 pid)
{
    // Linux only (the workbench's platform); elsewhere every entry counts as left over.
    return pid > 0 && QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid));
}

} // namespace

RecoveryStore::RecoveryStore(QString directory)
    : m_directory(directory.isEmpty()
                      ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                            QStringLiteral("/recovery")
                      : std::move(directory))
{}

QString RecoveryStore::keyForPath(const QString &originalPath, const QString &untitledKey)
{
    if (originalPath.isEmpty())
        return QStringLiteral("untitled-") + untitledKey;
    const QByteArray hash = QCryptographicHash::hash(
        QFileInfo(originalPath).absoluteFilePath().toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(hash.toHex().left(20));
}

VoidResult RecoveryStore::save(const QString &key, const project::Project &project,
                               const QString &originalPath) const
{
    if (!QDir().mkpath(m_directory))
        return Error(QStringLiteral("cannot create the recovery directory %1").arg(m_directory));
    const QString base = m_directory + QLatin1Char('/') + key;
    if (auto written = writeFileAtomically(base + QStringLiteral(".cbw.json"),
                                           project::ProjectFile::toBytes(project));
        !written)
        return written;
    QJsonObject sidecar;
    sidecar.insert(QStringLiteral("originalPath"), originalPath);
    sidecar.insert(QStringLiteral("projectName"), project.name);
    sidecar.insert(QStringLiteral("savedAt"),
                   QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    sidecar.insert(QStringLiteral("pid"), QCoreApplication::applicationPid());
    return writeFileAtomically(base + QStringLiteral(".json"), QJsonDocument(sidecar).toJson());
}

void RecoveryStore::remove(const QString &key) const
{
    const QString base = m_directory + QLatin1Char('/') + key;
    QFile::remove(base + QStringLiteral(".cbw.json"));
    QFile::remove(base + QStringLiteral(".json"));
}

QList<RecoveryEntry> RecoveryStore::pending() const
{
    QList<RecoveryEntry> entries;
    const QDir dir(m_directory);
    const QStringList sidecars = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &name : sidecars) {
        if (name.endsWith(QLatin1String(".cbw.json")))
            continue;
        const QString key = name.chopped(5);
        RecoveryEntry entry;
        entry.key = key;
        entry.projectFile = dir.filePath(key + QStringLiteral(".cbw.json"));
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        const qint64 pid = json.value(QStringLiteral("pid")).toInteger();
        if (pid == QCoreApplication::applicationPid() || processIsRunning(pid))
            continue;
        if (!QFileInfo(entry.projectFile).isFile()) {
            // A sidecar without its project cannot be restored; it is litter from a crash
            // between the two writes.
            remove(key);
            continue;
        }
        entry.originalPath = json.value(QStringLiteral("originalPath")).toString();
        entry.projectName = json.value(QStringLiteral("projectName")).toString();
        entry.savedAt = QDateTime::fromString(json.value(QStringLiteral("savedAt")).toString(),
                                              Qt::ISODateWithMs);
        entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(),
              [](const RecoveryEntry &a, const RecoveryEntry &b) { return a.savedAt > b.savedAt; });
    return entries;
}

} // namespace cbw::app

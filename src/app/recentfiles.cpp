#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace cbw::app {

namespace {

const QString kKey = QStringLiteral("recentFiles");

void store(const QStringList &files)
{
    QSettings().setValue(kKey, files);
}

} // namespace

QStringList RecentFiles::files()
{
    const QStringList stored = QSettings().value(kKey).toStringList();
    QStringList existing;
    for (const QString &path : stored) {
        if (QFileInfo(path).isFile() && !existing.contains(path))
            existing.append(path);
    }
    if (existing.size() > MaximumCount)
        existing.resize(MaximumCount);
    if (existing != stored)
        store(existing);
    return existing;
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    if (list.size() > MaximumCount)
        list.resize(MaximumCount);
    store(list);
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = files();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    store(list);
}

void RecentFiles::clear()
{
    store({});
}

} // namespace cbw::app

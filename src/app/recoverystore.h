#pragma once

#include "common/result.h"
#include "project/project.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace cbw::app {

// An autosaved copy of a project with unsaved changes.
struct RecoveryEntry
{
    QString key;          // file stem inside the recovery directory
    QString projectFile;  // <dir>/<key>.cbw.json: the autosaved project
    QString originalPath; // where the project lives; empty for an untitled project
    QString projectName;
    QDateTime savedAt;
};

// Recovery files: `<dir>/<key>.cbw.json` (the project as ProjectFile writes it) and
// `<dir>/<key>.json` (original path, time, the writing process). A file whose writer is
// still running belongs to another open window and is not offered.
class RecoveryStore final
{
public:
    // Default: QStandardPaths::AppDataLocation + "/recovery".
    explicit RecoveryStore(QString directory = {});

    QString directory() const { return m_directory; }

    // The key for a project: a hash of its absolute path, or a per-window untitled key.
    static QString keyForPath(const QString &originalPath, const QString &untitledKey);

    core::VoidResult save(const QString &key, const core::project::Project &project,
                          const QString &originalPath) const;
    void remove(const QString &key) const;
    // Entries left by processes that are no longer running, newest first.
    QList<RecoveryEntry> pending() const;

private:
    QString m_directory;
};

} // namespace cbw::app

#pragma once

#include "common/diagnostic.h"
#include "common/result.h"
#include "project/project.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace cbw::core::project {

struct ProjectLoad
{
    Project project;
    // Everything wrong in the file; a load with errors still returns what could be read so
    // the GUI can show it, but callers must not treat it as a faithful copy.
    Diagnostics diagnostics;
};

// The versioned JSON project file. Format:
//   { "format": "cbw-project", "version": 1, "name": ..., "description": ...,
//     "buildDirectory": ..., "bundles": [BundleDesign...], "images": [LayerDesign...] }
// A newer "version" than this build knows is refused rather than half-read.
class ProjectFile final
{
public:
    static constexpr int CurrentVersion = 1;
    static constexpr char FormatName[] = "cbw-project";

    static QJsonObject toJson(const Project &project);
    static QByteArray toBytes(const Project &project);
    static ProjectLoad fromBytes(const QByteArray &bytes, const QString &path);

    // I/O errors come back as an Error; content problems as diagnostics of the load.
    static Result<ProjectLoad> load(const QString &path);
    // Atomic (QSaveFile); the previous file is kept as `path.bak` when asked.
    static VoidResult save(const Project &project, const QString &path, bool keepBackup = false);
};

} // namespace cbw::core::project

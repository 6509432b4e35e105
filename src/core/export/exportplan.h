#pragma once

#include "common/diagnostic.h"
#include "common/result.h"
#include "project/project.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// `export` is a C++ keyword, hence the namespace name.
namespace cbw::core::exporting {

// What to export (combinable).
enum class ExportContent
{
    LocalConfFragment = 0x1, // prerequisites + BUNDLED_CONTAINERS (+ service-file flags)
    BundleRecipe = 0x2,      // <name>_<version>.bb, inherit container-bundle (+ files/)
    ImageRecipes = 0x4,      // the layer designer's image-oci recipes
    HostImageAppend = 0x8,   // IMAGE_INSTALL:append:pn-<hostImage> = " <bundle>"
    All = 0xF,
};
Q_DECLARE_FLAGS(ExportContents, ExportContent)
Q_DECLARE_OPERATORS_FOR_FLAGS(ExportContents)

enum class ExportTarget
{
    NewFile,        // everything into one new file (`-o FILE`); refuses to overwrite
    MergeIntoFile,  // lossless merge into an existing .conf/.bb (`--merge-into FILE`)
    LayerDirectory, // conventional paths in a (new or existing) layer (`--layer-dir DIR`)
    Zip,            // a meta-layer .zip that unpacks into a ready layer (`--zip OUT.zip`)
};

struct ExportRequest
{
    project::Project project;
    // Where relative paths of the project (custom service files) are resolved: the
    // directory of the .cbw.json. Empty = the current directory.
    QString projectDirectory;
    ExportContents contents = ExportContent::All;
    ExportTarget target = ExportTarget::LayerDirectory;
    QString targetPath; // file, directory or zip
    // Which bundles/images; empty = all of the project.
    QStringList bundleNames;
    QStringList imageNames;
    // For HostImageAppend: the host image recipe (e.g. "core-image-minimal").
    QString hostImage;
    // New layers (LayerDirectory / Zip): conf/layer.conf values. Empty collection name =
    // derived from the directory name ("meta-foo" -> "foo").
    QString layerCollection;
    int layerPriority = 6;
    QString layerSeriesCompat = QStringLiteral("scarthgap walnascar");
};

// One file the export creates or changes. Nothing is written while planning.
struct PlannedFile
{
    enum class Action
    {
        Create,
        Modify,
        Unchanged // an existing file whose bytes would stay the same (not rewritten)
    };
    Action action = Action::Create;
    QString path;        // absolute path on disk; for Zip: the entry path inside the archive
    QString displayName; // relative to the target ("recipes-containers/bundles/x_1.0.bb")
    QByteArray before;   // Modify/Unchanged: the current bytes
    QByteArray after;    // the bytes that will be written
    // What changed, for the summary ("BUNDLED_CONTAINERS", "CONTAINER_DIGESTS[x]", ...).
    QStringList changedStatements;
    // Unified diff (Modify), the full text (Create), empty (Unchanged).
    QByteArray preview() const;
};

struct ExportPlan
{
    ExportRequest request;
    QList<PlannedFile> files; // in write order; for Zip the entries of the one archive
    // Validation of the designs and of the merge (errors block writing).
    Diagnostics diagnostics;
    // How to use the result: "bitbake-layers add-layer /path/meta-x", "MACHINE=... bitbake ...".
    QStringList usage;
    bool canWrite() const; // no error diagnostic and at least one Create/Modify file
};

// Reads whatever already exists at the target; writes nothing. Never throws.
ExportPlan planExport(const ExportRequest &request);

struct ExportWriteReport
{
    QStringList written; // absolute paths created or modified (the zip for Zip)
    QStringList backups; // "<file>.bak" copies of files that existed
    QString failedPath;  // the file that could not be written (empty on success)
    QString error;       // why, for people
    bool ok() const { return failedPath.isEmpty() && error.isEmpty(); }
};

// Writes a plan: QSaveFile per file, a .bak of every file that existed. All-or-nothing for
// existing files: when any write fails, files already modified are restored from their
// backups and files already created are removed, then the report names the failed file.
ExportWriteReport writeExport(const ExportPlan &plan);

} // namespace cbw::core::exporting

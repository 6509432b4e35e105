#pragma once

#include "common/diagnostic.h"

#include <QLatin1String>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace cbw::core::project {

// Stable diagnostic codes of the build-directory scan (severity next to each).
namespace codes {
inline constexpr QLatin1String NotABuildDirectory{"project.not-a-build-directory"}; // error
inline constexpr QLatin1String LocalConfMissing{"project.local-conf-missing"};      // error
inline constexpr QLatin1String BblayersMissing{"project.bblayers-missing"};         // warning
inline constexpr QLatin1String UnreadableFile{
    "project.unreadable-file"}; // error conf, else warning
inline constexpr QLatin1String UnreadableDirectory{"project.unreadable-directory"};    // warning
inline constexpr QLatin1String LayerMissing{"project.layer-missing"};                  // error
inline constexpr QLatin1String LayerConfMissing{"project.layer-conf-missing"};         // warning
inline constexpr QLatin1String NoRecipePatterns{"project.no-recipe-patterns"};         // note
inline constexpr QLatin1String NoMetaVirtualization{"project.no-meta-virtualization"}; // warning
inline constexpr QLatin1String MulticonfigMissing{"project.multiconfig-missing"};      // warning
inline constexpr QLatin1String UnresolvedPath{"project.unresolved-path"};              // warning
inline constexpr QLatin1String SymlinkLoop{"project.symlink-loop"};                    // note
inline constexpr QLatin1String DanglingOciLink{"project.dangling-oci-link"};           // warning
inline constexpr QLatin1String OciWithoutIndex{"project.oci-without-index"};           // note
inline constexpr QLatin1String RecipeFileName{"project.recipe-file-name"};             // warning
inline constexpr QLatin1String ConfigElsewhere{"project.config-elsewhere"};            // note
inline constexpr QLatin1String MachineUnset{"project.machine-unset"};                  // note
inline constexpr QLatin1String ScanCancelled{"project.scan-cancelled"};                // note
} // namespace codes

// A recipe found in one of the build's layers that matters to a bundle.
struct RecipeSource
{
    enum class Kind
    {
        ContainerImage, // inherits image-oci: can be bundled by its name
        ContainerBundle // inherits container-bundle
    };

    Kind kind = Kind::ContainerImage;
    QString name;     // recipe name (PN from the file name, before `_<version>`)
    QString file;     // absolute path of the .bb
    QString layerDir; // absolute path of the layer holding it
};

// A deployed OCI image layout: `tmp*/deploy/images/<machine>/<name>-oci` (dir or link).
struct DeployedImage
{
    QString name;         // e.g. "app-container-latest-oci"
    QString path;         // absolute path as found (may be a symlink)
    QString resolvedPath; // canonical target; empty when the link dangles
    QString machine;
    bool isSymlink = false;
};

// What the workbench learns from a Yocto build directory without running BitBake.
struct BuildDirectoryInfo
{
    QString topDir;             // absolute path of the build directory
    QString localConfPath;      // <topDir>/conf/local.conf
    QString bblayersPath;       // <topDir>/conf/bblayers.conf
    QString machine;            // MACHINE from local.conf (empty when unset)
    QString distro;             // DISTRO (empty when unset)
    QStringList distroFeatures; // DISTRO_FEATURES words as local.conf sets them (+ appends)
    QStringList multiconfigs;   // BBMULTICONFIG words
    QString bundledContainers;  // BUNDLED_CONTAINERS as local.conf sets it
    QStringList layers;         // BBLAYERS, ${TOPDIR} expanded, absolute
    QString layerCacheDir;      // OCI_LAYER_CACHE_DIR or its default under TOPDIR
    QList<RecipeSource> recipes;
    QList<DeployedImage> deployedImages;
    QString pkgdataDir;      // <tmpdir>/pkgdata/<machine> when it exists
    Diagnostics diagnostics; // unreadable/missing files, syntax errors, dangling links

    bool hasVirtualizationFeatures() const; // "virtualization" and "vcontainer" present
    QStringList recipeNames(RecipeSource::Kind kind) const;
};

// Progress for long scans; called from the scanning thread. While the layers are being
// listed `total` is 0 (unknown: show a busy indicator) and `done` counts the recipe files
// found so far; then the recipes are read with `done` rising from 0 to `total`, reported
// at least every 50 files and once with done == total.
struct ScanProgress
{
    std::function<void(int done, int total, const QString &what)> report;
    const std::atomic_bool *cancelled = nullptr;
};

// Reads conf/local.conf and conf/bblayers.conf with the lossless engine, scans the layers'
// recipes (only the files' text, never executing anything) and the deploy directories.
// Safe to run on a worker thread; never throws. A cancelled scan returns what it had with a
// note diagnostic "project.scan-cancelled".
class BuildDirectoryScanner final
{
public:
    static BuildDirectoryInfo scan(const QString &buildDir, const ScanProgress &progress = {});
};

} // namespace cbw::core::project

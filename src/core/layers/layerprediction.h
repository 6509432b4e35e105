#pragma once

#include "common/diagnostic.h"
#include "layers/layercache.h"
#include "layers/layerdesign.h"
#include "layers/pkgdataindex.h"

#include <optional>

namespace cbw::core::layers {

// What one layer of a design will contain, predicted from pkgdata before any build.
struct LayerPrediction
{
    int index = 0; // 0 = bottom (first) layer
    QString name;
    LayerType type = LayerType::Packages;
    QStringList items;
    // packages layers: every file of the layer's packages (FILES_INFO), path -> size.
    // directories/files/host layers: empty (their content is not in pkgdata).
    QMap<QString, qint64> files;
    qint64 predictedSize = -1;   // sum of files; -1 when unknown (non-packages layer)
    QStringList unknownPackages; // items with no runtime/<pkg> in pkgdata
    // RDEPENDS of this layer's packages that no package of this or an earlier layer (nor
    // the base image, which is unknown here) provides: "pkg -> dep" items, sorted.
    QStringList unresolvedDependencies;
    // Files that an earlier layer also contains: path -> index of that earlier layer.
    QMap<QString, int> filesAlsoIn;
    std::optional<CacheState> cache; // packages layers in multi mode only
};

struct DesignPrediction
{
    QList<LayerPrediction> layers; // bottom first; single mode: one layer of IMAGE_INSTALL
    LayerCachePrediction cache;    // the log lines and hit/miss counts
    // layers.unknown-package (warning), layers.unresolved-rdepends (warning),
    // layers.file-in-two-layers (note), layers.package-not-produced (warning),
    // layers.cache-key-inputs-unknown (warning), layers.unexpanded-item (warning),
    // layers.single-layer-lower-bound (note) — messages name the layer (no file).
    Diagnostics diagnostics;
};

struct PredictionContext
{
    std::shared_ptr<const PkgdataIndex> pkgdata; // may be null: sizes/deps unknown
    std::optional<QString> machine;
    std::optional<QString> tunePkgarch;
    QString cacheDir; // OCI_LAYER_CACHE_DIR
    // OCI_LAYER_CACHE as the recipe writes it, for the messages; empty: "1" or "0" from
    // design.cacheEnabled.
    QString cacheValue;
    // Other TUNE_PKGARCH values the build dir shows (detectTunePkgarch): an older cache entry
    // whose key one of them reproduces was built for that tune, and the miss says so.
    QStringList otherTunePkgarchs;
};

// Pure function of its inputs; safe on a worker thread.
DesignPrediction predictDesign(const LayerDesign &design, const PredictionContext &context);

} // namespace cbw::core::layers

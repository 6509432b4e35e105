#pragma once

#include "layers/cachekey.h"
#include "layers/layerspec.h"

#include "common/result.h"

#include <QByteArray>
#include <QMap>
#include <QString>

#include <optional>

namespace cbw::core::layers {

// Contents of `<entry>/.oci-layer-cache` (key=value lines).
struct CacheMarker
{
    QString cacheKey;
    QString layerName;
    QString created;
    QString machine;
    // Every key=value pair, including unknown ones.
    QMap<QString, QString> fields;

    // Malformed lines (no '=') are skipped; they do not invalidate the marker.
    static CacheMarker parse(const QByteArray &text);
    // The four lines the class writes, each ending in '\n'.
    QByteArray serialize() const;
};

inline constexpr char kCacheMarkerFileName[] = ".oci-layer-cache";

// "<key16>-<layerName>".
QString cacheEntryDirName(const QString &key, const QString &layerName);

// OCI_LAYER_CACHE: only the exact string "1" enables the cache.
bool layerCacheEnabled(const QString &cacheValue);

struct CacheState
{
    enum class Status
    {
        Hit,
        Miss,
        Disabled
    };
    enum class MissReason
    {
        None,            // Hit or Disabled
        NoEntry,         // no entry at all for this layer name
        MarkerMissing,   // the key's directory exists but has no marker (not a hit)
        PackageVersions, // an older entry differs only in package versions (listed)
        PackageList,     // an older entry was built from a different package list
        MachineOrTune,   // an older entry's marker names another machine
        KeyChanged,      // older entries exist; the cause cannot be told
    };
    Status status = Status::Disabled;
    MissReason reason = MissReason::None;
    QString key;              // computed key (also for Disabled)
    QString entryPath;        // Hit: the entry; Miss: where the build will save it
    QStringList staleEntries; // other "<key>-<name>" dirs of this layer, sorted
    // For PackageVersions: "pkg old → new" items; for PackageList: what changed.
    QStringList details;
    // One sentence for people.
    QString explanation;
};

// "HIT", "MISS" or "DISABLED", as the CLI prints and the designer shows a layer's state.
QString cacheStatusName(CacheState::Status status);

// Looks at OCI_LAYER_CACHE_DIR for the layer described by `input`. `cacheValue` is
// OCI_LAYER_CACHE's value. Older entries of the same layer are examined to say why the key
// differs: their marker (machine) and, when present, the package database the layer rootfs
// carries (var/lib/opkg/status or var/lib/dpkg/status) — by recomputing the key with the old
// versions / old machine and comparing with the old key.
CacheState layerCacheState(const QString &cacheDir, const CacheKeyInput &input,
                           const QString &cacheValue = QStringLiteral("1"));

// What the do_image_oci prefunc would do with the cache for every packages layer of a
// multi-mode OCI_LAYERS (other layer types are never cached), in layer order.
struct LayerCachePrediction
{
    struct Layer
    {
        CacheKeyInput input;
        CacheState state;
    };
    QList<Layer> layers;
    int hits = 0;
    int misses = 0;
    // The cache-related NOTE lines in build order: the start line, per layer HIT, or MISS
    // followed by the "Saving" line, then the summary line.
    QStringList logLines;
};

LayerCachePrediction predictLayerCache(const LayerSpecs &layers,
                                       const std::optional<QString> &machine,
                                       const std::optional<QString> &tunePkgarch,
                                       const QString &pkgdataDir, const QString &cacheDir,
                                       const QString &cacheValue = QStringLiteral("1"));

// Log lines exactly as the build prints them (with the "NOTE: " prefix).
QString cacheHitLogLine(const QString &layerName, const QString &key);
QString cacheMissLogLine(const CacheKeyInput &input);
QString cacheSaveLogLine(const QString &layerName, const QString &key);
QString cachePreinstallStartLogLine(bool cacheEnabled);
// "NOTE: OCI: Pre-installed packages for <n> layers (cache: <h> hits, <m> misses)"; without
// the parenthesis when the cache is off.
QString cacheSummaryLogLine(int layers, int hits, int misses, bool cacheEnabled);

} // namespace cbw::core::layers

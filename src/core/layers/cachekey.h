#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace cbw::core::layers {

// The inputs of oci_compute_layer_cache_key().
struct CacheKeyInput
{
    QString layerName;
    QString layerType = QStringLiteral("packages");
    // As written in the layer; sorted (Python code-point order) by the computation.
    QStringList packages;
    std::optional<QString> machine;     // MACHINE; nullopt = unset → JSON null
    std::optional<QString> tunePkgarch; // TUNE_PKGARCH; nullopt = unset → JSON null
    // pkg → version as read by readCacheKeyPkgv(); packages without an entry are left out.
    QMap<QString, QString> pkgVersions;
};

// Python's json.dumps(str) with ensure_ascii: "\"", "\\", \b \f \n \r \t, other controls and
// every non-ASCII code unit as \uXXXX (UTF-16, so astral characters become surrogate pairs).
QString pythonJsonString(const QString &text);

// The exact text json.dumps(components, sort_keys=True) produces for the six keys.
QString canonicalCacheJson(const CacheKeyInput &input);

// First 16 lowercase hex chars of SHA-256(UTF-8 of canonicalCacheJson(input)).
QString layerCacheKey(const CacheKeyInput &input);

// Packages sorted the way Python sorts str (by code point).
QStringList sortedPackages(const QStringList &packages);

// Parses the packages of layer content: '+' → space, split on whitespace (no sorting).
QStringList packagesFromContent(const QString &content);

// The cache's PKGV reading: first line starting with "PKGV:" or "PKGV_<pkg>:", text after the
// FIRST ':' stripped (so "PKGV:<pkg>: 1.2" gives "<pkg>: 1.2"). No unicode_escape decoding.
std::optional<QString> cacheKeyPkgvFromText(const QByteArray &runtimeFile, const QString &pkg);
// Same, from <pkgdataDir>/runtime/<pkg>; nullopt when the file or the line is missing.
std::optional<QString> readCacheKeyPkgv(const QString &pkgdataDir, const QString &pkg);
// readCacheKeyPkgv for each package (missing ones absent from the map).
QMap<QString, QString> readCacheKeyPkgvs(const QString &pkgdataDir, const QStringList &packages);

// The key input for one packages layer as the class builds it: packages from the layer content
// ('+' separated), versions read from <pkgdataDir>/runtime when pkgdataDir is not empty.
CacheKeyInput makeCacheKeyInput(const QString &layerName, const QString &content,
                                const std::optional<QString> &machine,
                                const std::optional<QString> &tunePkgarch,
                                const QString &pkgdataDir = {});

// The human part of the MISS line: "<name>:" + up to three "pkg=version" ('?' when unknown)
// joined by spaces + " ...+<k> more" when there are more than three packages.
QString cacheInfo(const CacheKeyInput &input);

} // namespace cbw::core::layers

#pragma once

#include "common/diagnostic.h"
#include "layers/pkgdatarecord.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace cbw::core::layers {

// Everything the layer designer needs to know about one runtime package of a build.
struct PackageInfo
{
    QString package;             // runtime package name (file name under runtime/)
    QString finalName;           // PKG:<pkg>, the name in the feed (libc6 for glibc)
    QString recipe;              // PN
    QString version;             // PKGV (decoded)
    QString cacheKeyPkgv;        // the cache's own PKGV reading (cacheKeyPkgvFromText), may differ
    QStringList rdepends;        // RDEPENDS names, version constraints dropped
    QStringList rprovides;       // RPROVIDES names (constraints dropped)
    QMap<QString, qint64> files; // FILES_INFO path -> size
    qint64 size = 0;             // PKGSIZE, else the sum of files
    // runtime/<pkg>.packaged exists: the package is in the feed. Without it the package is
    // empty (no files, no ALLOW_EMPTY) and the package manager cannot install it.
    bool packaged = true;
};

// bb.utils.explode_deps: the names of a dependency list, "(op version)" groups dropped.
QStringList explodeDependencies(const QString &value);

// Progress of a long read, called from the reading thread.
struct PkgdataProgress
{
    std::function<void(int done, int total)> report;
    const std::atomic_bool *cancelled = nullptr;
};

// The runtime/ part of a build's PKGDATA_DIR (spec pkgdata-facts §2–§3), read once, then
// queried. Thousands of files: build it on a worker thread. Immutable once built, so it can
// be shared between threads through std::shared_ptr<const PkgdataIndex>.
class PkgdataIndex final
{
public:
    // Reads every <pkgdataDir>/runtime/<pkg> file. Files that do not parse give diagnostics
    // (file + line) and are left out; a missing runtime/ directory is pkgdata.missing (error).
    // A cancelled read returns an index of what was read and a note "pkgdata.cancelled".
    static std::shared_ptr<const PkgdataIndex> load(const QString &pkgdataDir,
                                                    const PkgdataProgress &progress = {});
    // For tests and in-memory use.
    static std::shared_ptr<const PkgdataIndex> fromRecords(const QList<PkgdataRecord> &records);

    QString pkgdataDir() const { return m_dir; }
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    bool cancelled() const { return m_cancelled; }

    QStringList packageNames() const; // sorted
    const PackageInfo *package(const QString &name) const;
    // The package that provides `name`: itself, one whose final name (PKG) is `name`, or one
    // whose RPROVIDES lists it (alphabetically first when several do); nullptr when none.
    const PackageInfo *provider(const QString &name) const;
    // Provenance: the packages whose FILES_INFO lists `path` (absolute, as in FILES_INFO),
    // sorted; empty when no package ships it.
    QStringList packagesShipping(const QString &path) const;

private:
    QString m_dir;
    Diagnostics m_diagnostics;
    bool m_cancelled = false;
    QHash<QString, PackageInfo> m_packages;
    QHash<QString, QStringList> m_providers; // RPROVIDES name -> packages
    // path -> packages, built on the first provenance query (thread-safe: call_once).
    mutable std::once_flag m_fileOwnersBuilt;
    mutable QHash<QString, QStringList> m_fileOwners;
    QHash<QString, QString> m_finalNames; // PKG value -> package, when it differs

    void add(PackageInfo info);
    void finish();
    void buildFileOwners() const;
};

} // namespace cbw::core::layers

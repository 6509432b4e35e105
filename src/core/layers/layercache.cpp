#include "layercache.h"

#include "pytext_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace cbw::core::layers {

CacheMarker CacheMarker::parse(const QByteArray &text)
{
    CacheMarker m;
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    for (QString line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        m.fields.insert(line.left(eq), line.mid(eq + 1));
    }
    m.cacheKey = m.fields.value(QStringLiteral("cache_key"));
    m.layerName = m.fields.value(QStringLiteral("layer_name"));
    m.created = m.fields.value(QStringLiteral("created"));
    m.machine = m.fields.value(QStringLiteral("machine"));
    return m;
}

QByteArray CacheMarker::serialize() const
{
    return (QStringLiteral("cache_key=") + cacheKey + QStringLiteral("\nlayer_name=") + layerName +
            QStringLiteral("\ncreated=") + created + QStringLiteral("\nmachine=") + machine +
            QLatin1Char('\n'))
        .toUtf8();
}

QString cacheEntryDirName(const QString &key, const QString &layerName)
{
    return key + QLatin1Char('-') + layerName;
}

bool layerCacheEnabled(const QString &cacheValue)
{
    return cacheValue == QLatin1String("1");
}

namespace {

// Package name → Version of an opkg/dpkg status file (RFC822-like stanzas).
QMap<QString, QString> readStatusVersions(const QString &path)
{
    QMap<QString, QString> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QString package;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty()) {
            package.clear();
        } else if (line.startsWith(QLatin1String("Package:"))) {
            package = line.mid(8).trimmed();
        } else if (line.startsWith(QLatin1String("Version:")) && !package.isEmpty()) {
            out.insert(package, line.mid(8).trimmed());
        }
    }
    return out;
}

// PKGV out of "[epoch:]PKGV-PKGR" as opkg/dpkg record it.
QString pkgvFromPackageVersion(const QString &version)
{
    QString v = version;
    static const QRegularExpression epoch(QStringLiteral("^[0-9]+:"));
    v.remove(epoch);
    const qsizetype dash = v.lastIndexOf(QLatin1Char('-'));
    return dash > 0 ? v.left(dash) : v;
}

struct StaleEntry
{
    QString path;
    CacheMarker marker;
    bool hasMarker = false;
    QDateTime modified;
};

QString joinNatural(const QStringList &items)
{
    return items.join(QStringLiteral(", "));
}

} // namespace

CacheState layerCacheState(const QString &cacheDir, const CacheKeyInput &input,
                           const QString &cacheValue)
{
    CacheState st;
    st.key = layerCacheKey(input);
    const QString dirName = cacheEntryDirName(st.key, input.layerName);
    st.entryPath = QDir(cacheDir).filePath(dirName);
    if (!layerCacheEnabled(cacheValue)) {
        st.status = CacheState::Status::Disabled;
        st.explanation = QStringLiteral("OCI_LAYER_CACHE is '%1', not exactly '1': the layer "
                                        "cache is not used")
                             .arg(cacheValue);
        return st;
    }
    const QFileInfo entry(st.entryPath);
    const bool markerExists =
        QFileInfo::exists(st.entryPath + QLatin1Char('/') + QLatin1String(kCacheMarkerFileName));
    if (entry.isDir() && markerExists) {
        st.status = CacheState::Status::Hit;
        st.explanation = QStringLiteral("cache entry %1 is complete; the build restores the "
                                        "layer from it")
                             .arg(dirName);
        return st;
    }
    st.status = CacheState::Status::Miss;
    if (entry.isDir()) {
        st.reason = CacheState::MissReason::MarkerMissing;
        st.explanation = QStringLiteral("cache entry %1 exists but has no %2 marker (an "
                                        "interrupted save?): it does not count as a hit")
                             .arg(dirName, QLatin1String(kCacheMarkerFileName));
        return st;
    }

    // Other entries of the same layer name: "<16 hex>-<name>".
    const QRegularExpression staleRe(QStringLiteral("^[0-9a-f]{16}-") +
                                     QRegularExpression::escape(input.layerName) +
                                     QLatin1Char('$'));
    QList<StaleEntry> stale;
    const QFileInfoList dirs =
        QDir(cacheDir).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    for (const QFileInfo &d : dirs) {
        if (!staleRe.match(d.fileName()).hasMatch())
            continue;
        StaleEntry e;
        e.path = d.filePath();
        e.modified = d.lastModified();
        QFile marker(e.path + QLatin1Char('/') + QLatin1String(kCacheMarkerFileName));
        if (marker.open(QIODevice::ReadOnly)) {
            e.marker = CacheMarker::parse(marker.readAll());
            e.hasMarker = true;
        }
        stale.append(e);
        st.staleEntries.append(d.fileName());
    }
    if (stale.isEmpty()) {
        st.reason = CacheState::MissReason::NoEntry;
        st.explanation = QStringLiteral("no cache entry for layer '%1' yet: the build installs "
                                        "the packages and saves %2")
                             .arg(input.layerName, dirName);
        return st;
    }

    // The newest older entry is the one the previous build made.
    const StaleEntry *latest = &stale.first();
    for (const StaleEntry &e : stale) {
        const QString a = e.hasMarker ? e.marker.created : QString();
        const QString b = latest->hasMarker ? latest->marker.created : QString();
        if (a > b || (a == b && e.modified > latest->modified))
            latest = &e;
    }
    const QString oldName = QFileInfo(latest->path).fileName();
    const QString oldKey = oldName.left(16);

    // The marker only records MACHINE; a different one explains the miss by itself.
    if (latest->hasMarker && input.machine && !latest->marker.machine.isEmpty() &&
        latest->marker.machine != *input.machine) {
        st.reason = CacheState::MissReason::MachineOrTune;
        st.details.append(
            QStringLiteral("machine %1 → %2").arg(latest->marker.machine, *input.machine));
        st.explanation = QStringLiteral("%1 was built for MACHINE '%2', now '%3'")
                             .arg(oldName, latest->marker.machine, *input.machine);
        return st;
    }

    CacheKeyInput trial = input;
    QMap<QString, QString> oldVersions;
    for (const char *db : {"/var/lib/opkg/status", "/var/lib/dpkg/status"}) {
        oldVersions = readStatusVersions(latest->path + QLatin1String(db));
        if (!oldVersions.isEmpty())
            break;
    }
    if (!oldVersions.isEmpty()) {
        QStringList notInOld;
        QStringList changed;
        for (const QString &pkg : sortedPackages(input.packages)) {
            if (!oldVersions.contains(pkg)) {
                notInOld.append(pkg);
                continue;
            }
            const QString oldPkgv = pkgvFromPackageVersion(oldVersions.value(pkg));
            const QString now = input.pkgVersions.value(pkg);
            // Keep the "<pkg>: v" quirk of suffixed PKGV lines in the trial value.
            const QString quirkPrefix = pkg + QStringLiteral(": ");
            const QString trialValue =
                now.startsWith(quirkPrefix) ? quirkPrefix + oldPkgv : oldPkgv;
            if (input.pkgVersions.contains(pkg))
                trial.pkgVersions.insert(pkg, trialValue);
            if (input.pkgVersions.contains(pkg) && trialValue != now)
                changed.append(QStringLiteral("%1 %2 → %3").arg(pkg, trialValue, now));
        }
        if (!notInOld.isEmpty()) {
            st.reason = CacheState::MissReason::PackageList;
            for (const QString &pkg : notInOld)
                st.details.append(QStringLiteral("%1 is not in the cached layer").arg(pkg));
            st.explanation = QStringLiteral("the package list of layer '%1' changed since %2 "
                                            "was saved (%3)")
                                 .arg(input.layerName, oldName, joinNatural(st.details));
            return st;
        }
        if (!changed.isEmpty() && layerCacheKey(trial) == oldKey) {
            st.reason = CacheState::MissReason::PackageVersions;
            st.details = changed;
            st.explanation = QStringLiteral("package versions changed since %1 was saved: %2")
                                 .arg(oldName, joinNatural(changed));
            return st;
        }
        if (!changed.isEmpty()) {
            st.reason = CacheState::MissReason::KeyChanged;
            st.details = changed;
            st.explanation = QStringLiteral("package versions changed since %1 was saved (%2), "
                                            "and so did something else (package list, "
                                            "MACHINE or TUNE_PKGARCH)")
                                 .arg(oldName, joinNatural(changed));
            return st;
        }
    }
    st.reason = CacheState::MissReason::KeyChanged;
    st.explanation = QStringLiteral("%1 was saved with key %2: the package list, a package "
                                    "version (PKGV), MACHINE or TUNE_PKGARCH differs now")
                         .arg(oldName, oldKey);
    return st;
}

LayerCachePrediction predictLayerCache(const LayerSpecs &layers,
                                       const std::optional<QString> &machine,
                                       const std::optional<QString> &tunePkgarch,
                                       const QString &pkgdataDir, const QString &cacheDir,
                                       const QString &cacheValue)
{
    LayerCachePrediction p;
    const bool enabled = layerCacheEnabled(cacheValue);
    p.logLines.append(cachePreinstallStartLogLine(enabled));
    int packageLayers = 0;
    for (const LayerSpec &layer : layers) {
        if (layer.type != LayerType::Packages)
            continue;
        ++packageLayers;
        LayerCachePrediction::Layer l;
        l.input = makeCacheKeyInput(layer.name, layer.items.join(QLatin1Char('+')), machine,
                                    tunePkgarch, pkgdataDir);
        l.state = layerCacheState(cacheDir, l.input, cacheValue);
        if (l.state.status == CacheState::Status::Hit) {
            ++p.hits;
            p.logLines.append(cacheHitLogLine(layer.name, l.state.key));
        } else if (l.state.status == CacheState::Status::Miss) {
            ++p.misses;
            p.logLines.append(cacheMissLogLine(l.input));
            p.logLines.append(cacheSaveLogLine(layer.name, l.state.key));
        }
        p.layers.append(l);
    }
    p.logLines.append(cacheSummaryLogLine(packageLayers, p.hits, p.misses, enabled));
    return p;
}

QString cacheHitLogLine(const QString &layerName, const QString &key)
{
    return QStringLiteral("NOTE: OCI Cache HIT: Layer '%1' (%2)").arg(layerName, key);
}

QString cacheMissLogLine(const CacheKeyInput &input)
{
    return QStringLiteral("NOTE: OCI Cache MISS: Layer '%1' (%2)")
        .arg(input.layerName, cacheInfo(input));
}

QString cacheSaveLogLine(const QString &layerName, const QString &key)
{
    return QStringLiteral("NOTE: OCI Cache: Saving layer '%1' to cache (%2)").arg(layerName, key);
}

QString cachePreinstallStartLogLine(bool cacheEnabled)
{
    return cacheEnabled
               ? QStringLiteral(
                     "NOTE: OCI: Pre-installing packages for multi-layer mode (caching enabled)")
               : QStringLiteral(
                     "NOTE: OCI: Pre-installing packages for multi-layer mode (caching disabled)");
}

QString cacheSummaryLogLine(int layers, int hits, int misses, bool cacheEnabled)
{
    QString line = QStringLiteral("NOTE: OCI: Pre-installed packages for %1 layers").arg(layers);
    if (cacheEnabled)
        line += QStringLiteral(" (cache: %1 hits, %2 misses)").arg(hits).arg(misses);
    return line;
}

QString cacheStatusName(CacheState::Status status)
{
    switch (status) {
    case CacheState::Status::Hit:
        return QStringLiteral("HIT");
    case CacheState::Status::Miss:
        return QStringLiteral("MISS");
    case CacheState::Status::Disabled:
        break;
    }
    return QStringLiteral("DISABLED");
}

} // namespace cbw::core::layers

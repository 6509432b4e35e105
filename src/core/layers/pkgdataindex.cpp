#include "pkgdataindex.h"

#include "layers/cachekey.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <numeric>

namespace cbw::core::layers {

QStringList explodeDependencies(const QString &value)
{
    // Same walk as bb.utils.explode_deps: a word starting with '(' opens a constraint that the
    // first word ending in ')' closes; everything inside is dropped.
    QStringList names;
    bool inConstraint = false;
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    for (const QString &word : value.split(whitespace, Qt::SkipEmptyParts)) {
        if (word.startsWith(QLatin1Char('(')))
            inConstraint = true;
        if (!inConstraint)
            names.append(word);
        if (inConstraint && word.endsWith(QLatin1Char(')')))
            inConstraint = false;
    }
    return names;
}

namespace {

PackageInfo infoFromRecord(const PkgdataRecord &record, const QByteArray &text)
{
    PackageInfo info;
    info.package = record.package;
    info.finalName = record.pkgName();
    info.recipe = record.pn();
    info.version = record.pkgv();
    info.cacheKeyPkgv = cacheKeyPkgvFromText(text, record.package).value_or(QString());
    info.rdepends = explodeDependencies(record.rdepends());
    info.rprovides =
        explodeDependencies(record.value(QStringLiteral("RPROVIDES")).value_or(QString()));
    info.files = record.filesInfo;
    if (record.pkgSize >= 0) {
        info.size = record.pkgSize;
    } else {
        for (const qint64 size : record.filesInfo)
            info.size += size;
    }
    return info;
}

// One runtime file read and parsed; safe to run on any thread.
struct ParsedPackage
{
    std::optional<PackageInfo> info; // nullopt: left out (unreadable or not understood)
    Diagnostics diagnostics;
};

ParsedPackage readPackage(const QString &runtimeDir, const QString &name, bool packaged)
{
    ParsedPackage out;
    const QString path = runtimeDir + QLatin1Char('/') + name;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.diagnostics.append(Diagnostic::error(
            QStringLiteral("pkgdata.unreadable"),
            QStringLiteral("cannot read %1: %2 (package left out)").arg(path, file.errorString()),
            {path, 0, 0}));
        return out;
    }
    const QByteArray text = file.readAll();
    const PkgdataRecord record = parsePkgdataRuntime(text, name, path, &out.diagnostics);
    // A half-understood file would give wrong sizes or dependencies: leave it out.
    if (!hasErrors(out.diagnostics)) {
        out.info = infoFromRecord(record, text);
        out.info->packaged = packaged;
    }
    return out;
}

// Files are parsed in parallel a batch at a time and added in name order, so the index,
// the diagnostics' order, progress (once per batch) and cancel (between batches) do not
// depend on the thread count.
constexpr int kBatchSize = 100;

} // namespace

void PkgdataIndex::add(PackageInfo info)
{
    const QString name = info.package;
    for (const QString &provided : std::as_const(info.rprovides))
        m_providers[provided].append(name);
    if (!info.finalName.isEmpty() && info.finalName != name)
        m_finalNames.insert(info.finalName, name);
    m_packages.insert(name, std::move(info));
}

void PkgdataIndex::finish()
{
    for (QStringList &list : m_providers) {
        list.sort();
        list.removeDuplicates();
    }
}

void PkgdataIndex::buildFileOwners() const
{
    for (const PackageInfo &info : m_packages) {
        for (auto it = info.files.cbegin(); it != info.files.cend(); ++it)
            m_fileOwners[it.key()].append(info.package);
    }
    for (QStringList &list : m_fileOwners) {
        if (list.size() > 1) {
            list.sort();
            list.removeDuplicates();
        }
    }
}

std::shared_ptr<const PkgdataIndex> PkgdataIndex::load(const QString &pkgdataDir,
                                                       const PkgdataProgress &progress)
{
    auto index = std::make_shared<PkgdataIndex>();
    index->m_dir = pkgdataDir;
    const QString runtimeDir = QDir(pkgdataDir).filePath(QStringLiteral("runtime"));
    if (!QFileInfo(runtimeDir).isDir()) {
        index->m_diagnostics.append(Diagnostic::error(
            QStringLiteral("pkgdata.missing"),
            QStringLiteral("%1 has no runtime/ directory: no package has been built for this "
                           "MACHINE yet, or this is not PKGDATA_DIR")
                .arg(pkgdataDir),
            {runtimeDir, 0, 0}));
        return index;
    }
    // "<pkg>.packaged" markers are empty; every other file is one package's data.
    QStringList names;
    QSet<QString> packaged;
    for (const QFileInfo &entry :
         QDir(runtimeDir).entryInfoList(QDir::Files | QDir::Hidden, QDir::Name)) {
        const QString fileName = entry.fileName();
        if (fileName.endsWith(QLatin1String(".packaged")))
            packaged.insert(fileName.chopped(9));
        else
            names.append(fileName);
    }
    const int total = int(names.size());
    for (int start = 0; start < total; start += kBatchSize) {
        if (progress.cancelled && progress.cancelled->load()) {
            index->m_cancelled = true;
            index->m_diagnostics.append(
                Diagnostic::note(QStringLiteral("pkgdata.cancelled"),
                                 QStringLiteral("reading %1 was cancelled after %2 of %3 packages")
                                     .arg(runtimeDir)
                                     .arg(start)
                                     .arg(total)));
            break;
        }
        const int end = std::min(total, start + kBatchSize);
        QList<int> batch(end - start);
        std::iota(batch.begin(), batch.end(), start);
        const QList<ParsedPackage> parsed =
            QtConcurrent::blockingMapped(batch, [&runtimeDir, &names, &packaged](int i) {
                return readPackage(runtimeDir, names.at(i), packaged.contains(names.at(i)));
            });
        for (const ParsedPackage &package : parsed) {
            index->m_diagnostics += package.diagnostics;
            if (package.info)
                index->add(*package.info);
        }
        if (progress.report)
            progress.report(end, total);
    }
    index->finish();
    return index;
}

std::shared_ptr<const PkgdataIndex> PkgdataIndex::fromRecords(const QList<PkgdataRecord> &records)
{
    auto index = std::make_shared<PkgdataIndex>();
    for (const PkgdataRecord &record : records) {
        PackageInfo info = infoFromRecord(record, {});
        // No file text: the cache's own reading is the first PKGV line, i.e. the plain key
        // or, for a package with its own version, "<pkg>: <version>".
        if (const auto it = record.raw.constFind(QStringLiteral("PKGV")); it != record.raw.cend())
            info.cacheKeyPkgv = it->trimmed();
        else if (const auto own = record.raw.constFind(QStringLiteral("PKGV:") + record.package);
                 own != record.raw.cend())
            info.cacheKeyPkgv = record.package + QStringLiteral(": ") + own->trimmed();
        index->add(std::move(info));
    }
    index->finish();
    return index;
}

QStringList PkgdataIndex::packageNames() const
{
    QStringList names = m_packages.keys();
    names.sort();
    return names;
}

const PackageInfo *PkgdataIndex::package(const QString &name) const
{
    const auto it = m_packages.constFind(name);
    return it == m_packages.cend() ? nullptr : &*it;
}

const PackageInfo *PkgdataIndex::provider(const QString &name) const
{
    if (const PackageInfo *self = package(name))
        return self;
    if (const auto it = m_finalNames.constFind(name); it != m_finalNames.cend())
        return package(*it);
    const auto it = m_providers.constFind(name);
    if (it == m_providers.cend() || it->isEmpty())
        return nullptr;
    return package(it->first());
}

QStringList PkgdataIndex::packagesShipping(const QString &path) const
{
    // Only the inspector asks; building the path index for every load cost a third of it.
    std::call_once(m_fileOwnersBuilt, [this] { buildFileOwners(); });
    return m_fileOwners.value(path);
}

} // namespace cbw::core::layers

#include "pkgdatacache.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPointer>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace cbw::app::layerdesigner {

using namespace cbw::core::layers;

struct PkgdataCache::Entry
{
    QDateTime stamp;
    PkgdataPtr index;
    QFuture<PkgdataPtr> future; // the read in progress, or the finished one
    std::shared_ptr<std::atomic_bool> cancelled = std::make_shared<std::atomic_bool>(false);
    QFutureWatcher<PkgdataPtr> *watcher = nullptr;
};

PkgdataCache::PkgdataCache(QObject *parent)
    : QObject(parent)
{}

PkgdataCache::~PkgdataCache()
{
    // A read still running holds only its own copies; stop it and wait so that nothing
    // outlives the application object.
    for (const auto &entry : std::as_const(m_entries)) {
        entry->cancelled->store(true);
        entry->future.waitForFinished();
    }
}

PkgdataCache *PkgdataCache::instance()
{
    static QPointer<PkgdataCache> cache;
    if (!cache)
        cache = new PkgdataCache(QCoreApplication::instance());
    return cache;
}

QDateTime PkgdataCache::runtimeStamp(const QString &pkgdataDir)
{
    return QFileInfo(QDir(pkgdataDir).filePath(QStringLiteral("runtime"))).lastModified();
}

PkgdataPtr PkgdataCache::cached(const QString &pkgdataDir) const
{
    const auto entry = m_entries.value(pkgdataDir);
    if (!entry || !entry->index || entry->stamp != runtimeStamp(pkgdataDir))
        return {};
    return entry->index;
}

QFuture<PkgdataPtr> PkgdataCache::load(const QString &pkgdataDir)
{
    auto &entry = m_entries[pkgdataDir];
    const QDateTime stamp = runtimeStamp(pkgdataDir);
    if (entry && entry->stamp == stamp &&
        (entry->index || (entry->future.isRunning() && !entry->cancelled->load())))
        return entry->future;
    if (entry) {
        entry->cancelled->store(true);
        if (entry->watcher)
            entry->watcher->disconnect(this);
    }
    entry = std::make_shared<Entry>();
    entry->stamp = stamp;
    const auto cancelled = entry->cancelled;
    entry->future = QtConcurrent::run([pkgdataDir, cancelled](QPromise<PkgdataPtr> &promise) {
        PkgdataProgress progress;
        progress.cancelled = cancelled.get();
        progress.report = [&promise](int done, int total) {
            promise.setProgressRange(0, total);
            promise.setProgressValue(done);
        };
        promise.addResult(PkgdataIndex::load(pkgdataDir, progress));
    });
    entry->watcher = new QFutureWatcher<PkgdataPtr>(this);
    const std::weak_ptr<Entry> weak = entry;
    connect(entry->watcher, &QFutureWatcher<PkgdataPtr>::progressValueChanged, this,
            [this, pkgdataDir, weak](int value) {
                if (const auto e = weak.lock())
                    emit progress(pkgdataDir, value, e->watcher->progressMaximum());
            });
    connect(entry->watcher, &QFutureWatcher<PkgdataPtr>::finished, this, [this, pkgdataDir, weak] {
        const auto e = weak.lock();
        if (!e)
            return;
        e->watcher->deleteLater();
        e->watcher = nullptr;
        const PkgdataPtr index = e->future.resultCount() > 0 ? e->future.result() : PkgdataPtr{};
        // A read that finished before the cancel reached it is complete: keep it.
        if (!index || index->cancelled()) {
            if (m_entries.value(pkgdataDir) == e)
                m_entries.remove(pkgdataDir);
            return;
        }
        e->index = index;
        emit loaded(pkgdataDir);
    });
    entry->watcher->setFuture(entry->future);
    return entry->future;
}

void PkgdataCache::cancel(const QString &pkgdataDir)
{
    if (const auto entry = m_entries.value(pkgdataDir); entry && !entry->index)
        entry->cancelled->store(true);
}

} // namespace cbw::app::layerdesigner

#pragma once

#include "layers/pkgdataindex.h"

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QObject>
#include <QString>

#include <memory>

namespace cbw::app::layerdesigner {

using PkgdataPtr = std::shared_ptr<const core::layers::PkgdataIndex>;

// One PkgdataIndex per pkgdata directory for the whole window: the Layers page and the
// inspector's provenance column share it, and reading thousands of runtime/ files happens once
// on the thread pool. An entry is read again when runtime/ changed on disk since (a rebuild).
class PkgdataCache final : public QObject
{
    Q_OBJECT

public:
    explicit PkgdataCache(QObject *parent = nullptr);
    ~PkgdataCache() override;

    // The window-wide cache (parented to the application).
    static PkgdataCache *instance();

    // The index when it has been read and runtime/ has not changed since; null otherwise.
    PkgdataPtr cached(const QString &pkgdataDir) const;
    // Starts reading (or joins the read in progress). The future's result is the index;
    // loaded() follows on this thread once it is cached.
    QFuture<PkgdataPtr> load(const QString &pkgdataDir);
    // Cancels the read of `pkgdataDir`; its future ends with a partial index that is not cached.
    void cancel(const QString &pkgdataDir);

signals:
    void progress(const QString &pkgdataDir, int done, int total);
    void loaded(const QString &pkgdataDir);

private:
    struct Entry;
    static QDateTime runtimeStamp(const QString &pkgdataDir);

    QHash<QString, std::shared_ptr<Entry>> m_entries;
};

} // namespace cbw::app::layerdesigner

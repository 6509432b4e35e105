#include "builddirectoryscan.h"

#include <QPromise>
#include <QtConcurrent>

namespace cbw::app {

using core::project::BuildDirectoryInfo;

BuildDirectoryScan::BuildDirectoryScan(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this, [this](int value) {
        emit progress(value, m_watcher.progressMaximum(), m_watcher.progressText());
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        // A restarted scan replaces the future; only the current one's end counts.
        const QFuture<BuildDirectoryInfo> future = m_watcher.future();
        if (!future.isFinished())
            return;
        m_running = false;
        if (future.resultCount() > 0)
            emit finished(future.result());
    });
}

BuildDirectoryScan::~BuildDirectoryScan()
{
    cancel();
    m_watcher.waitForFinished();
}

void BuildDirectoryScan::start(const QString &buildDir)
{
    if (m_watcher.isRunning()) {
        cancel();
        m_watcher.waitForFinished();
    }
    m_buildDir = buildDir;
    m_running = true;
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    auto cancelled = m_cancelled;
    m_watcher.setFuture(
        QtConcurrent::run([buildDir, cancelled](QPromise<BuildDirectoryInfo> &promise) {
            core::project::ScanProgress scanProgress;
            scanProgress.cancelled = cancelled.get();
            scanProgress.report = [&promise](int done, int total, const QString &what) {
                promise.setProgressRange(0, total);
                promise.setProgressValueAndText(done, what);
            };
            promise.addResult(core::project::BuildDirectoryScanner::scan(buildDir, scanProgress));
        }));
}

void BuildDirectoryScan::cancel()
{
    if (m_cancelled)
        m_cancelled->store(true);
}

} // namespace cbw::app

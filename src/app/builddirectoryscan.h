#pragma once

#include "project/builddirectory.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace cbw::app {

// Runs BuildDirectoryScanner on the thread pool. Progress and the result arrive on the
// GUI thread through the watcher; cancel() makes the scanner stop at its next check and
// still deliver what it had (with the "project.scan-cancelled" note).
class BuildDirectoryScan final : public QObject
{
    Q_OBJECT

public:
    explicit BuildDirectoryScan(QObject *parent = nullptr);
    ~BuildDirectoryScan() override; // cancels and waits: the worker must not outlive us

    void start(const QString &buildDir);
    void cancel();
    // Until the result has been delivered (the watcher's own state ends earlier).
    bool isRunning() const { return m_running; }
    QString buildDir() const { return m_buildDir; }

signals:
    void progress(int done, int total, const QString &what);
    void finished(const cbw::core::project::BuildDirectoryInfo &info);

private:
    QFutureWatcher<core::project::BuildDirectoryInfo> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    QString m_buildDir;
    bool m_running = false;
};

} // namespace cbw::app

#pragma once

#include "vm/vmprofile.h"

#include <QObject>

namespace cbw::core::vm {

// The installed vdkr/vpdmn scripts, for users who have the vcontainer SDK.
// Looks on PATH, then in each SDK dir (the one holding init-env.sh); empty when absent.
QString findVcontainerScript(Tool tool, const QStringList &sdkDirs);

// Arguments for a profile: --arch, --blob-dir, --state-dir before the command words.
QStringList vcontainerArguments(const VmProfile &profile, const QStringList &command);

// Runs one script command (images, vimport DIR name:tag, vmemres start|stop|status,
// vstorage list, ...) with its output streamed line by line; cancel() stops it (SIGTERM, then
// SIGKILL after a grace period).
class VcontainerScriptRun final : public QObject
{
    Q_OBJECT
public:
    explicit VcontainerScriptRun(QObject *parent = nullptr);
    ~VcontainerScriptRun() override;

    void start(const QString &script, const QStringList &arguments);
    void cancel();
    bool isRunning() const;

signals:
    void outputLine(const QString &line, bool standardError);
    // exitCode -1 with a message when it could not start or was cancelled.
    void finished(int exitCode, const QString &message);

private:
    struct Private;
    Private *d;
};

} // namespace cbw::core::vm

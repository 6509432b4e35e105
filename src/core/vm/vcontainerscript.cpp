#include "vm/vcontainerscript.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace cbw::core::vm {

QString findVcontainerScript(Tool tool, const QStringList &sdkDirs)
{
    const QString name = toolName(tool);
    const QString onPath = QStandardPaths::findExecutable(name);
    if (!onPath.isEmpty())
        return onPath;
    for (const QString &sdk : sdkDirs) {
        const QDir dir(sdk);
        if (!QFileInfo(dir.filePath(QStringLiteral("init-env.sh"))).isFile())
            continue;
        const QFileInfo script(dir.filePath(name));
        if (script.isFile() && script.isExecutable())
            return script.absoluteFilePath();
    }
    return {};
}

QStringList vcontainerArguments(const VmProfile &profile, const QStringList &command)
{
    // Global options go before the command word: the wrapper stops parsing them there.
    QStringList arguments{QStringLiteral("--arch"), archName(profile.arch)};
    if (!profile.blobDir.isEmpty())
        arguments << QStringLiteral("--blob-dir") << profile.blobDir;
    if (!profile.stateDir.isEmpty())
        arguments << QStringLiteral("--state-dir") << profile.stateDir;
    if (!profile.network)
        arguments << QStringLiteral("--no-network");
    if (!profile.allowKvm)
        arguments << QStringLiteral("--no-kvm");
    return arguments + command;
}

namespace {
constexpr int KillGraceMs = 3000;
}

struct VcontainerScriptRun::Private
{
    QProcess *process = nullptr;
    QTimer *killTimer = nullptr;
    QByteArray pending[2]; // partial lines of stdout, stderr
    pid_t group = 0;       // the script's own process group (it and every child it started)
    bool cancelled = false;
    bool running = false;

    void signalGroup(int signal) const
    {
        if (group > 0)
            ::kill(-group, signal);
    }
};

VcontainerScriptRun::VcontainerScriptRun(QObject *parent)
    : QObject(parent)
    , d(new Private)
{
    d->killTimer = new QTimer(this);
    d->killTimer->setSingleShot(true);
    connect(d->killTimer, &QTimer::timeout, this, [this] { d->signalGroup(SIGKILL); });
}

VcontainerScriptRun::~VcontainerScriptRun()
{
    if (d->process && d->running) {
        d->process->disconnect(this);
        d->signalGroup(SIGKILL);
        d->process->waitForFinished(KillGraceMs);
    }
    delete d;
}

bool VcontainerScriptRun::isRunning() const
{
    return d->running;
}

void VcontainerScriptRun::start(const QString &script, const QStringList &arguments)
{
    if (d->running) {
        emit finished(-1, QStringLiteral("a script command is already running"));
        return;
    }
    if (d->process) {
        // Later, not now: start() may be called from the old process's finished() handler.
        d->process->disconnect(this);
        d->process->deleteLater();
    }
    d->process = new QProcess(this);
    d->pending[0].clear();
    d->pending[1].clear();
    d->group = 0;
    d->cancelled = false;
    d->running = true;

    QProcess *process = d->process;
    // A process group of its own, so cancel reaches the qemu, sleep or socat the script started
    // and not only the shell (bash dies on SIGTERM and would orphan its foreground child).
    process->setChildProcessModifier([] { ::setpgid(0, 0); });
    process->setStandardInputFile(QProcess::nullDevice());

    auto drain = [this](int channel, bool flushPartial) {
        QProcess *p = d->process;
        p->setReadChannel(channel == 0 ? QProcess::StandardOutput : QProcess::StandardError);
        d->pending[channel] += p->readAll();
        QByteArray &buffer = d->pending[channel];
        qsizetype newline;
        while ((newline = buffer.indexOf('\n')) >= 0) {
            QByteArray line = buffer.left(newline);
            buffer.remove(0, newline + 1);
            if (line.endsWith('\r'))
                line.chop(1);
            emit outputLine(QString::fromUtf8(line), channel == 1);
        }
        if (flushPartial && !buffer.isEmpty()) {
            emit outputLine(QString::fromUtf8(buffer), channel == 1);
            buffer.clear();
        }
    };
    connect(process, &QProcess::readyReadStandardOutput, this, [drain] { drain(0, false); });
    connect(process, &QProcess::readyReadStandardError, this, [drain] { drain(1, false); });
    connect(process, &QProcess::started, this,
            [this] { d->group = static_cast<pid_t>(d->process->processId()); });
    connect(process, &QProcess::errorOccurred, this, [this, script](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        d->running = false;
        emit finished(
            -1, QStringLiteral("could not start %1: %2").arg(script, d->process->errorString()));
    });
    connect(process, &QProcess::finished, this,
            [this, drain](int exitCode, QProcess::ExitStatus status) {
                drain(0, true);
                drain(1, true);
                d->killTimer->stop();
                // Whatever the script left behind in its group goes with it when we cancelled.
                if (d->cancelled)
                    d->signalGroup(SIGKILL);
                d->running = false;
                if (d->cancelled)
                    emit finished(-1, QStringLiteral("cancelled"));
                else if (status == QProcess::CrashExit)
                    emit finished(-1, QStringLiteral("the script was killed by a signal"));
                else
                    emit finished(exitCode, QString());
            });

    process->start(script, arguments);
    if (process->processId() > 0) {
        d->group = static_cast<pid_t>(process->processId());
        // Also from this side, so a cancel right after start cannot miss a child that has not
        // reached its own setpgid yet (fails harmlessly once the child has exec'd).
        ::setpgid(d->group, d->group);
    }
}

void VcontainerScriptRun::cancel()
{
    if (!d->running || d->cancelled)
        return;
    d->cancelled = true;
    d->signalGroup(SIGTERM);
    d->killTimer->start(KillGraceMs);
}

} // namespace cbw::core::vm

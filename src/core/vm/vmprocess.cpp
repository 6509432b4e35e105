#include "vm/vmprocess.h"

#include "vm/qmpclient.h"

#include <QFile>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <filesystem>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace cbw::core::vm {

namespace {

constexpr int defaultConsoleLimit = 10000;
constexpr int qmpConnectTimeoutMs = 10000;
// The last console lines quoted when qemu exits with an error: its own complaint is there.
constexpr int quotedLines = 3;

// Removes `path` only when it is a unix socket: a misconfigured path must not cost a user file.
void removeSocketFile(const QString &path)
{
    if (path.isEmpty())
        return;
    std::error_code error;
    const std::filesystem::path fsPath(path.toStdString());
    if (std::filesystem::is_socket(std::filesystem::symlink_status(fsPath, error)))
        std::filesystem::remove(fsPath, error);
}

QString seconds(int milliseconds)
{
    return QString::number(milliseconds / 1000.0, 'g', 4);
}

} // namespace

QString describeExitReason(VmExit::Reason reason)
{
    switch (reason) {
    case VmExit::Reason::GuestPoweredOff:
        return VmProcess::tr("guest powered off");
    case VmExit::Reason::QmpShutdown:
        return VmProcess::tr("shut down through QMP");
    case VmExit::Reason::Terminated:
        return VmProcess::tr("terminated (SIGTERM)");
    case VmExit::Reason::Killed:
        return VmProcess::tr("killed (SIGKILL)");
    case VmExit::Reason::TimedOut:
        return VmProcess::tr("timed out");
    case VmExit::Reason::Crashed:
        return VmProcess::tr("crashed");
    case VmExit::Reason::LaunchFailed:
        return VmProcess::tr("could not be started");
    }
    return {};
}

struct VmProcess::Private
{
    // Where the stop sequence is; decides the exit reason when qemu is gone.
    enum class StopStep
    {
        None,
        Powerdown,
        Quit,
        Term,
        Kill,
    };

    VmProcess *q = nullptr;
    QProcess *process = nullptr;
    QmpClient *qmp = nullptr;
    QemuLaunch launch;
    State state = State::NotRunning;
    QString readyText;
    bool readySeen = false;
    int timeoutMs = 0;
    int qmpGraceMs = 5000;
    int termGraceMs = 5000;
    int powerdownGraceMs = 5000;
    int consoleLimit = defaultConsoleLimit;
    std::deque<QString> console;
    ConsoleLineSplitter splitter;
    QTimer overallTimer;
    QTimer stepTimer;
    StopStep step = StopStep::None;
    bool forced = false;
    bool timedOut = false;
    bool reported = true; // nothing to report before the first start()
    QString qmpError;

    void setState(State newState);
    void onOutput();
    void handleLine(const QString &line);
    void checkReadyText(const QString &text);
    void beginPowerdown();
    void beginQuit();
    void beginTerm();
    void beginKill();
    void advance();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void report(VmExit exit);
    QString lastLines() const;
};

VmProcess::VmProcess(QObject *parent)
    : QObject(parent)
    , d(new Private)
{
    d->q = this;
    d->qmp = new QmpClient(this);
    d->overallTimer.setSingleShot(true);
    d->stepTimer.setSingleShot(true);
    connect(&d->overallTimer, &QTimer::timeout, this, [this] {
        if (d->state != State::Booting && d->state != State::Ready)
            return;
        d->timedOut = true;
        stop();
    });
    connect(&d->stepTimer, &QTimer::timeout, this, [this] { d->advance(); });
    connect(d->qmp, &QmpClient::failed, this,
            [this](const QString &message) { d->qmpError = message; });
}

VmProcess::~VmProcess()
{
    if (d->process) {
        d->process->disconnect(this);
        if (d->process->state() != QProcess::NotRunning) {
            d->process->kill();
            d->process->waitForFinished(5000);
            d->step = Private::StopStep::Kill;
            VmExit exit;
            exit.reason = VmExit::Reason::Killed;
            exit.message = tr("the VM was discarded while qemu was running; killed (SIGKILL)");
            d->report(exit);
        }
    }
    removeSocketFile(d->launch.qmpSocket);
    removeSocketFile(d->launch.daemonSocket);
    delete d;
}

void VmProcess::setReadyText(const QString &text)
{
    d->readyText = text;
}

void VmProcess::setTimeout(int milliseconds)
{
    d->timeoutMs = milliseconds;
}

void VmProcess::setStopGrace(int qmpMilliseconds, int termMilliseconds)
{
    d->qmpGraceMs = qmpMilliseconds;
    d->termGraceMs = termMilliseconds;
}

void VmProcess::setPowerdownGrace(int milliseconds)
{
    d->powerdownGraceMs = milliseconds;
}

void VmProcess::setConsoleLimit(int lines)
{
    d->consoleLimit = std::max(1, lines);
    while (d->console.size() > static_cast<size_t>(d->consoleLimit))
        d->console.pop_front();
}

void VmProcess::start(const QemuLaunch &launch)
{
    if (d->state == State::Booting || d->state == State::Ready || d->state == State::Stopping)
        return; // one qemu per VmProcess; the running one keeps its report

    if (d->process) {
        d->process->disconnect(this);
        d->process->deleteLater();
    }
    d->launch = launch;
    d->readySeen = false;
    d->step = Private::StopStep::None;
    d->forced = false;
    d->timedOut = false;
    d->reported = false;
    d->qmpError.clear();
    d->console.clear();
    d->splitter.flush();
    // A socket left by a killed earlier run would be connected to before qemu replaces it.
    removeSocketFile(launch.qmpSocket);
    removeSocketFile(launch.daemonSocket);

    d->process = new QProcess(this);
    d->process->setProcessChannelMode(QProcess::MergedChannels);
    d->process->setStandardInputFile(QProcess::nullDevice());
#ifdef Q_OS_LINUX
    // If we die without running the stop sequence (crash, SIGKILL), the kernel ends qemu too.
    d->process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
    connect(d->process, &QProcess::readyReadStandardOutput, this, [this] { d->onOutput(); });
    connect(d->process, &QProcess::started, this, [this] {
        if (!d->launch.qmpSocket.isEmpty())
            d->qmp->connectToServer(d->launch.qmpSocket, qmpConnectTimeoutMs);
        if (d->readyText.isEmpty()) {
            d->readySeen = true;
            d->setState(State::Ready);
        }
    });
    connect(d->process, &QProcess::finished, this,
            [this](int exitCode, QProcess::ExitStatus status) { d->onFinished(exitCode, status); });
    connect(d->process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return; // the others come with finished()
        d->overallTimer.stop();
        d->stepTimer.stop();
        VmExit exit;
        exit.reason = VmExit::Reason::LaunchFailed;
        exit.message =
            tr("could not start %1: %2").arg(d->launch.program, d->process->errorString());
        d->report(exit);
    });

    d->setState(State::Booting);
    if (d->timeoutMs > 0)
        d->overallTimer.start(d->timeoutMs);
    d->process->start(launch.program, launch.arguments, QIODevice::ReadOnly);
}

void VmProcess::stop()
{
    if (d->state != State::Booting && d->state != State::Ready)
        return;
    d->setState(State::Stopping);
    d->beginPowerdown();
}

void VmProcess::forceStop()
{
    if (d->state != State::Booting && d->state != State::Ready && d->state != State::Stopping)
        return;
    d->forced = true;
    d->setState(State::Stopping);
    // Already past QMP: the next step is SIGKILL anyway.
    if (d->step == Private::StopStep::Term || d->step == Private::StopStep::Kill) {
        d->beginKill();
        return;
    }
    d->beginQuit();
}

VmProcess::State VmProcess::state() const
{
    return d->state;
}

qint64 VmProcess::processId() const
{
    return d->process ? d->process->processId() : 0;
}

QmpClient *VmProcess::qmp() const
{
    return d->qmp;
}

QStringList VmProcess::console() const
{
    return QStringList(d->console.begin(), d->console.end());
}

QString VmProcess::qmpError() const
{
    return d->qmpError;
}

void VmProcess::Private::setState(State newState)
{
    if (state == newState)
        return;
    state = newState;
    emit q->stateChanged(newState);
}

void VmProcess::Private::onOutput()
{
    QPointer<VmProcess> guard(q);
    const QStringList lines = splitter.feed(process->readAllStandardOutput());
    for (const QString &line : lines) {
        handleLine(stripTerminalEscapes(line));
        if (!guard)
            return;
    }
    // A prompt such as "login: " has no newline after it, but may be what the user waits for.
    if (!readySeen && !readyText.isEmpty())
        checkReadyText(stripTerminalEscapes(splitter.pendingText()));
}

void VmProcess::Private::handleLine(const QString &line)
{
    console.push_back(line);
    while (console.size() > static_cast<size_t>(consoleLimit))
        console.pop_front();
    QPointer<VmProcess> guard(q);
    emit q->consoleLine(line);
    if (!guard)
        return;
    if (const std::optional<ConsoleMarker> marker = parseConsoleMarker(line)) {
        emit q->markerSeen(*marker);
        if (!guard)
            return;
    }
    if (!readySeen && !readyText.isEmpty())
        checkReadyText(line);
}

void VmProcess::Private::checkReadyText(const QString &text)
{
    if (readySeen || !text.contains(readyText))
        return;
    readySeen = true;
    QPointer<VmProcess> guard(q);
    if (state == State::Booting)
        setState(State::Ready);
    if (guard)
        emit q->readyTextSeen();
}

void VmProcess::Private::beginPowerdown()
{
    if (!qmp->isReady() || powerdownGraceMs <= 0) {
        beginQuit();
        return;
    }
    step = StopStep::Powerdown;
    qmp->systemPowerdown();
    stepTimer.start(powerdownGraceMs);
}

void VmProcess::Private::beginQuit()
{
    if (!qmp->isReady()) {
        if (forced)
            beginKill();
        else
            beginTerm();
        return;
    }
    step = StopStep::Quit;
    qmp->quit();
    stepTimer.start(qmpGraceMs);
}

void VmProcess::Private::beginTerm()
{
    step = StopStep::Term;
    process->terminate();
    stepTimer.start(termGraceMs);
}

void VmProcess::Private::beginKill()
{
    stepTimer.stop();
    step = StopStep::Kill;
    process->kill();
}

void VmProcess::Private::advance()
{
    if (!process || process->state() == QProcess::NotRunning)
        return;
    switch (step) {
    case StopStep::Powerdown:
        beginQuit();
        break;
    case StopStep::Quit:
        if (forced)
            beginKill();
        else
            beginTerm();
        break;
    case StopStep::Term:
        beginKill();
        break;
    case StopStep::None:
    case StopStep::Kill:
        break;
    }
}

QString VmProcess::Private::lastLines() const
{
    QStringList lines;
    for (auto it = console.rbegin(); it != console.rend() && lines.size() < quotedLines; ++it) {
        if (!it->trimmed().isEmpty())
            lines.prepend(it->trimmed());
    }
    return lines.join(QStringLiteral(" | "));
}

void VmProcess::Private::onFinished(int exitCode, QProcess::ExitStatus status)
{
    const QString tail = splitter.flush();
    if (!tail.isEmpty()) {
        QPointer<VmProcess> guard(q);
        handleLine(stripTerminalEscapes(tail));
        if (!guard)
            return;
    }
    overallTimer.stop();
    stepTimer.stop();

    VmExit exit;
    if (status == QProcess::NormalExit)
        exit.exitCode = exitCode;
    QString how;
    switch (step) {
    case StopStep::None:
        if (status == QProcess::CrashExit) {
            exit.reason = VmExit::Reason::Crashed;
            how = VmProcess::tr("qemu died unexpectedly (%1)").arg(process->errorString());
        } else {
            exit.reason = VmExit::Reason::GuestPoweredOff;
            how = exitCode == 0 ? VmProcess::tr("the guest powered off (qemu exit code 0)")
                                : VmProcess::tr("qemu exited with code %1").arg(exitCode);
            const QString quoted = lastLines();
            if (exitCode != 0 && !quoted.isEmpty())
                how += QStringLiteral(": ") + quoted;
        }
        break;
    case StopStep::Powerdown:
        exit.reason = VmExit::Reason::QmpShutdown;
        how = VmProcess::tr("stopped through QMP system_powerdown");
        break;
    case StopStep::Quit:
        exit.reason = VmExit::Reason::QmpShutdown;
        how = VmProcess::tr("stopped through QMP quit");
        break;
    case StopStep::Term:
        exit.reason = VmExit::Reason::Terminated;
        how = qmpError.isEmpty() && !launch.qmpSocket.isEmpty()
                  ? VmProcess::tr("QMP did not stop qemu within %1 s; terminated (SIGTERM)")
                        .arg(seconds(qmpGraceMs))
                  : VmProcess::tr("terminated (SIGTERM); no QMP%1")
                        .arg(qmpError.isEmpty() ? QString() : QStringLiteral(": ") + qmpError);
        break;
    case StopStep::Kill:
        exit.reason = VmExit::Reason::Killed;
        how = forced ? VmProcess::tr("force stop; killed (SIGKILL)")
                     : VmProcess::tr("SIGTERM did not end qemu within %1 s; killed (SIGKILL)")
                           .arg(seconds(termGraceMs));
        break;
    }
    if (timedOut) {
        exit.reason = VmExit::Reason::TimedOut;
        const QString waited = readySeen || readyText.isEmpty()
                                   ? VmProcess::tr("timed out after %1 s").arg(seconds(timeoutMs))
                                   : VmProcess::tr("timed out after %1 s waiting for \"%2\"")
                                         .arg(seconds(timeoutMs), readyText);
        exit.message = waited + QStringLiteral("; ") + how;
    } else {
        exit.message = how;
    }
    report(exit);
}

void VmProcess::Private::report(VmExit exit)
{
    qmp->disconnectFromServer();
    removeSocketFile(launch.qmpSocket);
    removeSocketFile(launch.daemonSocket);
    if (reported)
        return;
    reported = true;
    QPointer<VmProcess> guard(q);
    setState(State::Exited);
    if (guard)
        emit q->finished(exit);
}

} // namespace cbw::core::vm

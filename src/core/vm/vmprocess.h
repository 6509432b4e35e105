#pragma once

#include "vm/consoleprotocol.h"
#include "vm/qemucommandline.h"

#include <QObject>
#include <QProcess>

namespace cbw::core::vm {

class QmpClient;

// How a VM run ended; always reported, exactly once per start().
struct VmExit
{
    enum class Reason
    {
        GuestPoweredOff, // qemu exited by itself (guest poweroff/reboot with -no-reboot)
        QmpShutdown,     // we asked through QMP and qemu exited
        Terminated,      // QMP did not work in time; SIGTERM ended it
        Killed,          // SIGTERM did not work in time (or force stop); SIGKILL
        TimedOut,        // the overall timeout expired; then stopped as above
        Crashed,         // qemu died on a signal we did not send
        LaunchFailed,    // the program could not be started
    };
    Reason reason = Reason::GuestPoweredOff;
    int exitCode = -1; // qemu's exit status when it exited normally
    QString message;   // for people, e.g. "timed out after 30 s waiting for \"READY\"; killed"
};
QString describeExitReason(VmExit::Reason reason);

// One QEMU process: start, console line by line (escapes stripped), markers, QMP, and a stop
// sequence that never leaves a process or a socket behind (QMP system_powerdown or quit,
// then SIGTERM, then SIGKILL).
class VmProcess final : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        NotRunning,
        Booting, // started, ready text/marker not seen yet
        Ready,   // ready text seen (or no ready text set)
        Stopping,
        Exited,
    };
    Q_ENUM(State)

    explicit VmProcess(QObject *parent = nullptr);
    // Kills a running qemu and removes its sockets. The exit is still reported: finished()
    // (reason Killed) is emitted from the destructor, so receivers must outlive the VmProcess
    // or disconnect first.
    ~VmProcess() override;

    // Text whose appearance on the console means "booted"; empty: ready once started.
    void setReadyText(const QString &text);
    // Overall limit from start(); 0 = none. On expiry: stop sequence, reason TimedOut.
    void setTimeout(int milliseconds);
    // Grace periods of the stop sequence: each QMP step (system_powerdown, then quit) waits
    // qmpMilliseconds, SIGTERM waits termMilliseconds before SIGKILL.
    void setStopGrace(int qmpMilliseconds, int termMilliseconds);
    // How long system_powerdown may take before quit; 0 skips it (a guest without an ACPI
    // power-button handler, e.g. a shell as /init, never reacts to it).
    void setPowerdownGrace(int milliseconds);
    // Console lines kept for console(); older ones are dropped.
    void setConsoleLimit(int lines);

    void start(const QemuLaunch &launch);
    void stop();      // graceful sequence
    void forceStop(); // straight to QMP quit, then SIGKILL

    State state() const;
    qint64 processId() const;
    QmpClient *qmp() const; // connected once the QMP socket appears (launch.qmpSocket set)
    QStringList console() const;
    // Why QMP is not available (connection failed), empty otherwise.
    QString qmpError() const;

signals:
    void stateChanged(cbw::core::vm::VmProcess::State state);
    void consoleLine(const QString &line);
    void markerSeen(const cbw::core::vm::ConsoleMarker &marker);
    void readyTextSeen();
    void finished(const cbw::core::vm::VmExit &exit);

private:
    struct Private;
    Private *d;
};

} // namespace cbw::core::vm

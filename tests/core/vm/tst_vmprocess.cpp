// VmProcess's lifecycle with /bin/sh standing in for qemu: console handling, ready text,
// markers, exit reasons and the signal steps of the stop sequence. The QMP steps run against the
// real qemu in tests/integration/vm.

#include "vm/vmprocess.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

using namespace cbw::core::vm;

namespace {

QemuLaunch shell(const QString &script)
{
    QemuLaunch launch;
    launch.program = QStringLiteral("/bin/sh");
    launch.arguments = {QStringLiteral("-c"), script};
    return launch;
}

struct Run
{
    QList<VmExit> exits;
    QList<VmProcess::State> states;
    QList<ConsoleMarker> markers;
    // Last, so it is destroyed first: a VM destroyed while running still reports its exit.
    VmProcess vm;
    Run()
    {
        QObject::connect(&vm, &VmProcess::finished, &vm, [this](const VmExit &e) { exits << e; });
        QObject::connect(&vm, &VmProcess::stateChanged, &vm,
                         [this](VmProcess::State s) { states << s; });
        QObject::connect(&vm, &VmProcess::markerSeen, &vm,
                         [this](const ConsoleMarker &m) { markers << m; });
    }
    bool waitFinished()
    {
        return QTest::qWaitFor([this] { return !exits.isEmpty(); }, 30000);
    }
};

} // namespace

class TestVmProcess : public QObject
{
    Q_OBJECT

private slots:
    void consoleIsCleanedAndMarkersSignalled()
    {
        Run run;
        QSignalSpy ready(&run.vm, &VmProcess::readyTextSeen);
        run.vm.setReadyText(QStringLiteral("login: "));
        // The prompt has no newline: it must still count as the ready text.
        run.vm.start(shell(
            QStringLiteral("printf 'Booting\\r\\n\\033[1mbold\\033[0m\\n===9P_STORAGE_DONE===\\n"
                           "===EXIT_CODE=4===\\nlogin: '; exec sleep 30")));
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 30000);
        QCOMPARE(run.vm.state(), VmProcess::State::Ready);
        QCOMPARE(run.vm.console(), (QStringList{QStringLiteral("Booting"), QStringLiteral("bold"),
                                                QStringLiteral("===9P_STORAGE_DONE==="),
                                                QStringLiteral("===EXIT_CODE=4===")}));
        QCOMPARE(run.markers.size(), 2);
        QCOMPARE(run.markers.at(0).kind, ConsoleMarker::Kind::NineP_StorageDone);
        QCOMPARE(run.markers.at(1).kind, ConsoleMarker::Kind::ExitCode);
        QCOMPARE(run.markers.at(1).exitCode, 4);

        const qint64 pid = run.vm.processId();
        run.vm.setStopGrace(5000, 10000);
        run.vm.stop();
        QVERIFY(run.waitFinished());
        // No QMP socket in this launch: straight to SIGTERM.
        QCOMPARE(run.exits.size(), 1);
        QCOMPARE(run.exits.first().reason, VmExit::Reason::Terminated);
        QCOMPARE(run.exits.first().message, QStringLiteral("terminated (SIGTERM); no QMP"));
        QCOMPARE(run.states,
                 (QList<VmProcess::State>{VmProcess::State::Booting, VmProcess::State::Ready,
                                          VmProcess::State::Stopping, VmProcess::State::Exited}));
        // The unfinished last line is kept when the process ends.
        QCOMPARE(run.vm.console().constLast(), QStringLiteral("login: "));
        QVERIFY(!QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid)));
    }

    void exitReasons_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<int>("reason");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("guest powered off")
            << QStringLiteral("echo bye; exit 0") << int(VmExit::Reason::GuestPoweredOff) << 0
            << QStringLiteral("the guest powered off (qemu exit code 0)");
        // qemu's own complaint (stderr, merged into the console) is quoted.
        QTest::newRow("qemu refuses")
            << QStringLiteral("echo \"qemu-system-x86_64: could not load kernel '/x'\" >&2; "
                              "exit 1")
            << int(VmExit::Reason::GuestPoweredOff) << 1
            << QStringLiteral("qemu exited with code 1: qemu-system-x86_64: could not load "
                              "kernel '/x'");
        QTest::newRow("crash") << QStringLiteral("kill -SEGV $$") << int(VmExit::Reason::Crashed)
                               << -1 << QStringLiteral("qemu died unexpectedly (Process crashed)");
    }

    void exitReasons()
    {
        QFETCH(QString, script);
        QFETCH(int, reason);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        Run run;
        run.vm.start(shell(script));
        QVERIFY(run.waitFinished());
        QCOMPARE(run.exits.size(), 1);
        QCOMPARE(int(run.exits.first().reason), reason);
        QCOMPARE(run.exits.first().exitCode, exitCode);
        QCOMPARE(run.exits.first().message, message);
        QCOMPARE(run.vm.state(), VmProcess::State::Exited);
    }

    void ignoredSigtermEndsInSigkill()
    {
        Run run;
        run.vm.setStopGrace(200, 300);
        run.vm.start(shell(QStringLiteral("trap '' TERM; echo up; while :; do sleep 0.1; done")));
        QTRY_VERIFY_WITH_TIMEOUT(run.vm.console().contains(QStringLiteral("up")), 30000);
        run.vm.stop();
        QVERIFY(run.waitFinished());
        QCOMPARE(run.exits.first().reason, VmExit::Reason::Killed);
        QCOMPARE(run.exits.first().message,
                 QStringLiteral("SIGTERM did not end qemu within 0.3 s; killed (SIGKILL)"));
    }

    void forceStopKills()
    {
        Run run;
        run.vm.start(shell(QStringLiteral("trap '' TERM; echo up; while :; do sleep 0.1; done")));
        QTRY_VERIFY_WITH_TIMEOUT(run.vm.console().contains(QStringLiteral("up")), 30000);
        run.vm.forceStop();
        QVERIFY(run.waitFinished());
        QCOMPARE(run.exits.first().reason, VmExit::Reason::Killed);
        QCOMPARE(run.exits.first().message, QStringLiteral("force stop; killed (SIGKILL)"));
    }

    void timeoutStopsTheVm()
    {
        Run run;
        run.vm.setReadyText(QStringLiteral("READY"));
        run.vm.setTimeout(300);
        run.vm.start(shell(QStringLiteral("echo booting; exec sleep 30")));
        QVERIFY(run.waitFinished());
        QCOMPARE(run.exits.size(), 1);
        QCOMPARE(run.exits.first().reason, VmExit::Reason::TimedOut);
        QCOMPARE(run.exits.first().message,
                 QStringLiteral("timed out after 0.3 s waiting for \"READY\"; terminated "
                                "(SIGTERM); no QMP"));
    }

    void readyWithoutReadyText()
    {
        Run run;
        run.vm.start(shell(QStringLiteral("exec sleep 30")));
        QTRY_COMPARE_WITH_TIMEOUT(run.vm.state(), VmProcess::State::Ready, 30000);
        QVERIFY(run.vm.processId() > 0);
    }

    void consoleIsBounded()
    {
        Run run;
        run.vm.setConsoleLimit(10);
        run.vm.start(shell(QStringLiteral("i=0; while [ $i -lt 100 ]; do echo line$i; "
                                          "i=$((i + 1)); done")));
        QVERIFY(run.waitFinished());
        const QStringList console = run.vm.console();
        QCOMPARE(console.size(), 10);
        QCOMPARE(console.first(), QStringLiteral("line90"));
        QCOMPARE(console.last(), QStringLiteral("line99"));
    }

    void secondStartWhileRunningIsIgnored()
    {
        Run run;
        run.vm.start(shell(QStringLiteral("exec sleep 30")));
        QTRY_VERIFY_WITH_TIMEOUT(run.vm.processId() > 0, 30000);
        const qint64 pid = run.vm.processId();
        run.vm.start(shell(QStringLiteral("exit 0")));
        QCOMPARE(run.vm.processId(), pid);
        run.vm.forceStop();
        QVERIFY(run.waitFinished());
        QCOMPARE(run.exits.size(), 1);
    }

    void restartAfterExit()
    {
        Run run;
        run.vm.start(shell(QStringLiteral("exit 0")));
        QVERIFY(run.waitFinished());
        run.vm.start(shell(QStringLiteral("exit 0")));
        QTRY_COMPARE_WITH_TIMEOUT(run.exits.size(), 2, 30000);
    }
};

QTEST_GUILESS_MAIN(TestVmProcess)
#include "tst_vmprocess.moc"

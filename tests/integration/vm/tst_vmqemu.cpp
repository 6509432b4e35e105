// The VM core against the real qemu-system-x86_64 booting the installed Debian kernel with a
// busybox initramfs built at run time (guestinitramfs.h): console and ready text, markers, a
// real virtio-serial memres round trip, a real 9p share, QMP, the stop sequence, timeouts and
// `cbw vm boot`'s exit codes.

#include "clirunner.h"
#include "guestinitramfs.h"
#include "vm/memresclient.h"
#include "vm/qemucommandline.h"
#include "vm/qmpclient.h"
#include "vm/vmprocess.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace cbw::core;
using namespace cbw::core::vm;
using namespace cbw::test;

namespace {

// TCG boots the guest in about 6 s on an idle machine; a loaded CI runner can take several times
// that. Only a failing test waits this long.
constexpr int bootTimeoutMs = 300000;
constexpr int stopTimeoutMs = 60000;

// QVERIFY2 evaluates its message even when the check passes.
template<typename T> QString errorText(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().message;
}

bool processExists(qint64 pid)
{
    return pid > 0 && QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid));
}

// qemu processes whose command line mentions `needle` (a path unique to this test run).
QList<qint64> qemuProcessesMentioning(const QString &needle)
{
    QList<qint64> found;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(entry));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = cmdline.readAll();
        if (text.contains("qemu-system") && text.contains(needle.toUtf8()))
            found << pid;
    }
    return found;
}

struct Guest
{
    QemuLaunch launch;
    QList<ConsoleMarker::Kind> markers;
    std::optional<VmExit> exit;
    // Last, so it is destroyed first: a VM destroyed while running still reports its exit.
    std::unique_ptr<VmProcess> vm;
};

} // namespace

class TestVmQemu : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_work{QDir::tempPath() + QStringLiteral("/cbw-vmtest-XXXXXX")};
    GuestKernel m_kernel;
    QString m_initrd;
    QString m_shareDir;
    std::unique_ptr<Guest> m_shared; // booted once for the cases that keep it running
    std::unique_ptr<MemresClient> m_memres;
    int m_runCounter = 0;

    struct GuestOptions
    {
        bool share = false;
        bool serial = false;
        bool qmp = true;
        QString mode; // cbwtest.mode=...
    };

    QemuLaunch guestLaunch(const GuestOptions &options)
    {
        const QString runDir = m_work.filePath(QStringLiteral("run%1").arg(++m_runCounter));
        QDir().mkpath(runDir);
        GenericBoot boot;
        boot.arch = Arch::X86_64;
        boot.kernel = m_kernel.image;
        boot.initrd = m_initrd;
        boot.allowKvm = false; // the CI runner has no KVM; test what it runs
        boot.memoryMb = 256;
        // panic=-1 with -no-reboot: a guest whose /init dies ends qemu instead of hanging.
        boot.append = QStringLiteral("quiet panic=-1");
        if (!options.mode.isEmpty())
            boot.append += QStringLiteral(" cbwtest.mode=") + options.mode;
        boot.qmpSocket = runDir + QStringLiteral("/qmp.sock");
        if (options.share)
            boot.shares.append({m_shareDir, QLatin1String(guestShareTag)});
        if (options.serial)
            boot.virtioSerialSocket = runDir + QStringLiteral("/daemon.sock");
        Result<QemuLaunch> launch = buildGenericBootCommandLine(boot, HostFacts{});
        if (!launch)
            qFatal("buildGenericBootCommandLine: %s", qPrintable(launch.error().message));
        if (!options.qmp) {
            // Without QMP the stop sequence has to fall back to signals.
            const qsizetype at = launch->arguments.indexOf(QStringLiteral("-qmp"));
            launch->arguments.remove(at, 2);
            launch->qmpSocket.clear();
        }
        return *launch;
    }

    std::unique_ptr<Guest> startGuest(const GuestOptions &options, int timeoutMs = 0)
    {
        auto guest = std::make_unique<Guest>();
        guest->launch = guestLaunch(options);
        guest->vm = std::make_unique<VmProcess>();
        guest->vm->setReadyText(QLatin1String(guestReadyText));
        guest->vm->setTimeout(timeoutMs);
        Guest *raw = guest.get();
        connect(guest->vm.get(), &VmProcess::markerSeen, this,
                [raw](const ConsoleMarker &marker) { raw->markers << marker.kind; });
        connect(guest->vm.get(), &VmProcess::finished, this, [raw](const VmExit &exit) {
            QVERIFY2(!raw->exit, "finished() reported twice");
            raw->exit = exit;
        });
        // CBW_TEST_VM_CONSOLE=1 shows the guests' consoles, for a failure on a CI runner.
        if (qEnvironmentVariableIntValue("CBW_TEST_VM_CONSOLE") == 1) {
            connect(guest->vm.get(), &VmProcess::consoleLine, this,
                    [](const QString &line) { qDebug().noquote() << "console:" << line; });
        }
        connect(guest->vm.get(), &VmProcess::finished, this, [](const VmExit &exit) {
            qDebug().noquote() << "VM finished:" << describeExitReason(exit.reason) << "-"
                               << exit.message;
        });
        guest->vm->start(guest->launch);
        return guest;
    }

    // Waits for the ready text; on failure the console tail explains why.
    bool waitUntilReady(Guest &guest)
    {
        const bool settled = QTest::qWaitFor(
            [&guest] {
                return guest.vm->state() == VmProcess::State::Ready || guest.exit.has_value();
            },
            bootTimeoutMs);
        if (settled && guest.vm->state() == VmProcess::State::Ready)
            return true;
        qWarning().noquote()
            << "guest not ready; console tail:\n"
            << guest.vm->console().mid(guest.vm->console().size() - 30).join(QLatin1Char('\n'))
            << (guest.exit ? QStringLiteral("\nexit: ") + guest.exit->message : QString());
        return false;
    }

    void verifyGone(const Guest &guest, qint64 pid)
    {
        QVERIFY2(!processExists(pid),
                 qPrintable(QStringLiteral("qemu pid %1 still exists").arg(pid)));
        for (const QString &socket : {guest.launch.qmpSocket, guest.launch.daemonSocket}) {
            if (!socket.isEmpty())
                QVERIFY2(!QFileInfo::exists(socket),
                         qPrintable(socket + QStringLiteral(" left behind")));
        }
    }

    Guest &shared()
    {
        if (!m_shared)
            qFatal("the shared guest was not started by bootShowsReadyTextAndNinePMarker");
        return *m_shared;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        if (findQemuBinary(Arch::X86_64).isEmpty())
            QSKIP("qemu-system-x86_64 is not installed (apt install qemu-system-x86)");
        QString whyNot;
        const std::optional<GuestKernel> kernel = findGuestKernel(&whyNot);
        if (!kernel)
            QSKIP(qPrintable(QStringLiteral("no bootable host kernel: ") + whyNot));
        m_kernel = *kernel;
        const QString busybox = QStringLiteral("/bin/busybox");
        if (!isStaticExecutable(busybox))
            QSKIP("/bin/busybox is missing or not statically linked (apt install busybox-static)");
        for (const char *tool : {"cpio", "gzip"}) {
            if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
                QSKIP(qPrintable(QStringLiteral("%1 is not installed").arg(QLatin1String(tool))));
        }
        const std::optional<QString> initrd =
            buildGuestInitramfs(m_kernel, busybox, m_work.path(), &whyNot);
        QVERIFY2(initrd, qPrintable(whyNot));
        m_initrd = *initrd;
        m_shareDir = m_work.filePath(QStringLiteral("share"));
        QVERIFY(QDir().mkpath(m_shareDir));
    }

    void modulesLoadAfterTheirDependencies()
    {
        QString error;
        const std::optional<QStringList> order = modulesInLoadOrder(
            m_kernel, {QStringLiteral("virtio_pci"), QStringLiteral("9p")}, &error);
        QVERIFY2(order, qPrintable(error));
        auto indexOf = [&order](const QString &name) {
            for (qsizetype i = 0; i < order->size(); ++i) {
                if (QFileInfo(order->at(i)).fileName().startsWith(name + QStringLiteral(".ko")))
                    return i;
            }
            return qsizetype(-1);
        };
        // Debian builds these as modules; a kernel with them built in has nothing to order.
        if (indexOf(QStringLiteral("virtio_pci")) < 0)
            QSKIP("virtio_pci is built into this kernel");
        QVERIFY(indexOf(QStringLiteral("virtio_ring")) < indexOf(QStringLiteral("virtio")));
        QVERIFY(indexOf(QStringLiteral("virtio")) < indexOf(QStringLiteral("virtio_pci")));
        QVERIFY(indexOf(QStringLiteral("9pnet")) < indexOf(QStringLiteral("9p")));
    }

    void bootShowsReadyTextAndNinePMarker()
    {
        m_shared = startGuest({.share = true, .serial = true, .qmp = true, .mode = {}});
        QVERIFY(waitUntilReady(*m_shared));
        QVERIFY(processExists(m_shared->vm->processId()));
        QVERIFY(m_shared->markers.contains(ConsoleMarker::Kind::NineP_StorageDone));
        QVERIFY(m_shared->vm->console().contains(QLatin1String(guestReadyText)));
        // The console reaches us with the kernel's CRs and escapes stripped.
        for (const QString &line : m_shared->vm->console())
            QVERIFY2(!line.contains(QLatin1Char('\r')) && !line.contains(QChar(0x1b)),
                     qPrintable(line));
    }

    void ninePShareReturnsGuestFile()
    {
        QFile file(m_shareDir + QStringLiteral("/kernel-release"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QCOMPARE(QString::fromUtf8(file.readAll()).trimmed(), m_kernel.release);
    }

    void qmpQueryStatusIsRunning()
    {
        QmpClient *qmp = shared().vm->qmp();
        QTRY_VERIFY_WITH_TIMEOUT(qmp->isReady(), 30000);
        std::optional<Result<QJsonValue>> reply;
        qmp->queryStatus([&reply](const Result<QJsonValue> &r) { reply = r; });
        QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 30000);
        QVERIFY2(reply->ok(), qPrintable(errorText(*reply)));
        const QJsonObject status = reply->value().toObject();
        QCOMPARE(status.value(QStringLiteral("status")).toString(), QStringLiteral("running"));
        QCOMPARE(status.value(QStringLiteral("running")).toBool(), true);
    }

    void qmpReportsCommandErrors()
    {
        QmpClient *qmp = shared().vm->qmp();
        std::optional<Result<QJsonValue>> reply;
        qmp->execute(QStringLiteral("no-such-command"), {},
                     [&reply](const Result<QJsonValue> &r) { reply = r; });
        QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 30000);
        QVERIFY(!reply->ok());
        QVERIFY2(errorText(*reply).contains(QStringLiteral("CommandNotFound")),
                 qPrintable(errorText(*reply)));
    }

    void memresCommandRoundTrip_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("output");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("two lines")
            << QStringLiteral("echo hello; echo 'from the guest'")
            << QStringList{QStringLiteral("hello"), QStringLiteral("from the guest")} << 0;
        QTest::newRow("exit code") << QStringLiteral("echo failing; exit 3")
                                   << QStringList{QStringLiteral("failing")} << 3;
        QTest::newRow("marker-like output")
            << QStringLiteral("echo ===END===; echo ===EXIT_CODE=9===")
            << QStringList{QStringLiteral("===END==="), QStringLiteral("===EXIT_CODE=9===")} << 0;
        QTest::newRow("guest arch")
            << QStringLiteral("uname -m") << QStringList{QStringLiteral("x86_64")} << 0;
        QTest::newRow("no output") << QStringLiteral("true") << QStringList{} << 0;
    }

    void memresCommandRoundTrip()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, output);
        QFETCH(int, exitCode);
        if (!m_memres) {
            m_memres = std::make_unique<MemresClient>();
            QSignalSpy ready(m_memres.get(), &MemresClient::ready);
            QSignalSpy failed(m_memres.get(), &MemresClient::failed);
            m_memres->connectToDaemon(shared().launch.daemonSocket, 120000);
            QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 130000);
            QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        }
        QVERIFY(m_memres->isReady());
        QSignalSpy finished(m_memres.get(), &MemresClient::commandFinished);
        QSignalSpy lines(m_memres.get(), &MemresClient::outputLine);
        m_memres->runCommand(command);
        QVERIFY(m_memres->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 90000);
        const auto reply = finished.at(0).at(0).value<MemresReply>();
        QCOMPARE(finished.at(0).at(1).toString(), QString());
        QVERIFY(reply.complete);
        QCOMPARE(reply.output, output);
        QCOMPARE(reply.exitCode, std::optional<int>(exitCode));
        QCOMPARE(lines.size(), output.size());
        QVERIFY(!m_memres->isBusy());
    }

    void memresFileComesBackThroughNineP()
    {
        QVERIFY(m_memres && m_memres->isReady());
        QSignalSpy finished(m_memres.get(), &MemresClient::commandFinished);
        m_memres->runCommand(QStringLiteral("echo payload-$((6 * 7)) > /mnt/share/from-guest.txt"));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 90000);
        QCOMPARE(finished.at(0).at(1).toString(), QString());
        QFile file(m_shareDir + QStringLiteral("/from-guest.txt"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QCOMPARE(file.readAll(), QByteArray("payload-42\n"));
    }

    void qmpShutdownEndsProcess()
    {
        Guest &guest = shared();
        m_memres.reset();
        const qint64 pid = guest.vm->processId();
        // The busybox guest has no ACPI power-button handler: system_powerdown is ignored and
        // the sequence must go on to QMP quit.
        guest.vm->setPowerdownGrace(1000);
        guest.vm->setStopGrace(20000, 20000);
        guest.vm->stop();
        QCOMPARE(guest.vm->state(), VmProcess::State::Stopping);
        QTRY_VERIFY_WITH_TIMEOUT(guest.exit.has_value(), stopTimeoutMs);
        QCOMPARE(guest.exit->reason, VmExit::Reason::QmpShutdown);
        QCOMPARE(guest.exit->message, QStringLiteral("stopped through QMP quit"));
        QCOMPARE(guest.vm->state(), VmProcess::State::Exited);
        verifyGone(guest, pid);
        m_shared.reset();
    }

    void memresShutdownPowersGuestOff()
    {
        std::unique_ptr<Guest> guest =
            startGuest({.share = false, .serial = true, .qmp = true, .mode = {}});
        QVERIFY(waitUntilReady(*guest));
        const qint64 pid = guest->vm->processId();
        MemresClient memres;
        QSignalSpy ready(&memres, &MemresClient::ready);
        QSignalSpy acknowledged(&memres, &MemresClient::shutdownAcknowledged);
        memres.connectToDaemon(guest->launch.daemonSocket, 120000);
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 130000);
        memres.requestShutdown();
        QTRY_VERIFY_WITH_TIMEOUT(!acknowledged.isEmpty(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(guest->exit.has_value(), stopTimeoutMs);
        QCOMPARE(guest->exit->reason, VmExit::Reason::GuestPoweredOff);
        QCOMPARE(guest->exit->exitCode, 0);
        verifyGone(*guest, pid);
    }

    void silentGuestIsStoppedAtTimeout_data()
    {
        QTest::addColumn<bool>("qmp");
        QTest::addColumn<bool>("freeze");
        QTest::addColumn<QString>("how");
        QTest::newRow("QMP quit") << true << false << QStringLiteral("stopped through QMP quit");
        QTest::newRow("no QMP: SIGTERM")
            << false << false << QStringLiteral("terminated (SIGTERM); no QMP");
        // A stopped (SIGSTOP) qemu answers neither QMP nor SIGTERM.
        QTest::newRow("frozen: SIGKILL")
            << true << true
            << QStringLiteral("SIGTERM did not end qemu within 1 s; killed (SIGKILL)");
    }

    void silentGuestIsStoppedAtTimeout()
    {
        QFETCH(bool, qmp);
        QFETCH(bool, freeze);
        QFETCH(QString, how);
        std::unique_ptr<Guest> guest = startGuest(
            {.share = false, .serial = false, .qmp = qmp, .mode = QStringLiteral("silent")}, 3000);
        guest->vm->setPowerdownGrace(500);
        guest->vm->setStopGrace(1000, 1000);
        QTRY_VERIFY_WITH_TIMEOUT(guest->vm->processId() > 0 || guest->exit, 30000);
        const qint64 pid = guest->vm->processId();
        if (freeze) {
            QTRY_VERIFY_WITH_TIMEOUT(guest->vm->qmp()->isReady(), 30000);
            QCOMPARE(::kill(pid_t(pid), SIGSTOP), 0);
        }
        QTRY_VERIFY_WITH_TIMEOUT(guest->exit.has_value(), stopTimeoutMs);
        QCOMPARE(guest->exit->reason, VmExit::Reason::TimedOut);
        QCOMPARE(guest->exit->message, QStringLiteral("timed out after 3 s waiting for \"%1\"; %2")
                                           .arg(QLatin1String(guestReadyText), how));
        verifyGone(*guest, pid);
    }

    void destroyingARunningVmKillsIt()
    {
        std::unique_ptr<Guest> guest = startGuest(
            {.share = false, .serial = true, .qmp = true, .mode = QStringLiteral("silent")});
        QTRY_VERIFY_WITH_TIMEOUT(guest->vm->processId() > 0, 30000);
        const qint64 pid = guest->vm->processId();
        guest->vm.reset();
        QVERIFY(guest->exit.has_value());
        QCOMPARE(guest->exit->reason, VmExit::Reason::Killed);
        verifyGone(*guest, pid);
    }

    void launchFailureIsReported()
    {
        VmProcess vm;
        std::optional<VmExit> exit;
        connect(&vm, &VmProcess::finished, this, [&exit](const VmExit &e) { exit = e; });
        QemuLaunch launch;
        launch.program = m_work.filePath(QStringLiteral("no-such-qemu"));
        vm.start(launch);
        QTRY_VERIFY_WITH_TIMEOUT(exit.has_value(), 30000);
        QCOMPARE(exit->reason, VmExit::Reason::LaunchFailed);
        QVERIFY2(exit->message.contains(launch.program), qPrintable(exit->message));
        QCOMPARE(vm.state(), VmProcess::State::Exited);
    }

    void cliBootExitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrText");
        const QStringList guest{QStringLiteral("--arch"), QStringLiteral("x86_64"),
                                QStringLiteral("--no-kvm"), QStringLiteral("--memory"),
                                QStringLiteral("256")};
        QTest::newRow("text appears")
            << guest +
                   QStringList{
                       QStringLiteral("--wait-for"),        QLatin1String(guestReadyText),
                       QStringLiteral("--timeout"),         QStringLiteral("300"),
                       QStringLiteral("--powerdown-grace"), QStringLiteral("1"),
                       QStringLiteral("--append"),          QStringLiteral("quiet panic=-1")}
            << 0 << QStringLiteral("vm boot: stopped through QMP quit");
        QTest::newRow("timeout")
            << guest + QStringList{QStringLiteral("--wait-for"),
                                   QLatin1String(guestReadyText),
                                   QStringLiteral("--timeout"),
                                   QStringLiteral("4"),
                                   QStringLiteral("--append"),
                                   QStringLiteral("quiet panic=-1 cbwtest.mode=silent")}
            << 1
            << QStringLiteral("vm boot: timed out after 4 s waiting for \"%1\"; ")
                   .arg(QLatin1String(guestReadyText));
        QTest::newRow("unsupported arch")
            << QStringList{QStringLiteral("--arch"), QStringLiteral("mips")} << 2
            << QStringLiteral("vm boot: unsupported --arch \"mips\"");
    }

    void cliBootExitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrText);
        const QStringList full = QStringList{QStringLiteral("vm"),       QStringLiteral("boot"),
                                             QStringLiteral("--kernel"), m_kernel.image,
                                             QStringLiteral("--initrd"), m_initrd} +
                                 arguments;
        const CliRun run = runCbw(full, bootTimeoutMs + stopTimeoutMs);
        QVERIFY2(run.exitCode == exitCode,
                 qPrintable(QStringLiteral("exit %1, stderr:\n%2\nstdout tail:\n%3")
                                .arg(run.exitCode)
                                .arg(run.err, run.out.right(2000))));
        QVERIFY2(run.err.contains(stderrText), qPrintable(run.err));
        if (exitCode == 0)
            QVERIFY(run.out.contains(QLatin1String(guestReadyText)));
        QVERIFY(qemuProcessesMentioning(m_initrd).isEmpty());
    }

    void cliBootEndsTheVmWhenItIsEnded_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::addColumn<bool>("cleanExit");
        QTest::newRow("SIGTERM: stops the VM, exit 1") << int(SIGTERM) << true;
        // No chance to clean up: the kernel ends qemu with its parent (PR_SET_PDEATHSIG).
        QTest::newRow("SIGKILL: qemu dies with cbw") << int(SIGKILL) << false;
    }

    void cliBootEndsTheVmWhenItIsEnded()
    {
        QFETCH(int, signalNumber);
        QFETCH(bool, cleanExit);
        QProcess cbw;
        cbw.start(QStringLiteral(CBW_CLI_PATH),
                  {QStringLiteral("vm"), QStringLiteral("boot"), QStringLiteral("--arch"),
                   QStringLiteral("x86_64"), QStringLiteral("--no-kvm"), QStringLiteral("--kernel"),
                   m_kernel.image, QStringLiteral("--initrd"), m_initrd, QStringLiteral("--append"),
                   QStringLiteral("quiet cbwtest.mode=silent"), QStringLiteral("--wait-for"),
                   QLatin1String(guestReadyText), QStringLiteral("--timeout"),
                   QStringLiteral("300")});
        QVERIFY(cbw.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(!qemuProcessesMentioning(m_initrd).isEmpty(), 60000);
        const qint64 qemuPid = qemuProcessesMentioning(m_initrd).first();
        QCOMPARE(::kill(pid_t(cbw.processId()), signalNumber), 0);
        QVERIFY(cbw.waitForFinished(stopTimeoutMs));
        const QString err = QString::fromUtf8(cbw.readAllStandardError());
        // The socket directory, from the command line cbw prints first.
        const QRegularExpression qmpSocket(QStringLiteral("unix:(\\S+)/qmp\\.sock"));
        const QString socketDir = qmpSocket.match(err).captured(1);
        QVERIFY2(!socketDir.isEmpty(), qPrintable(err));
        if (cleanExit) {
            QCOMPARE(cbw.exitStatus(), QProcess::NormalExit);
            QCOMPARE(cbw.exitCode(), 1);
            QVERIFY2(err.contains(QStringLiteral("vm boot: Terminated; stopping the VM\n")),
                     qPrintable(err));
            QVERIFY2(!QFileInfo::exists(socketDir), qPrintable(socketDir));
        } else {
            QCOMPARE(cbw.exitStatus(), QProcess::CrashExit);
            QDir(socketDir).removeRecursively(); // what SIGKILL cannot let cbw do
        }
        QTRY_VERIFY_WITH_TIMEOUT(!processExists(qemuPid), 10000);
        QVERIFY(qemuProcessesMentioning(m_initrd).isEmpty());
    }

    void cliBootMissingKernelIsALaunchError()
    {
        const CliRun run =
            runCbw({QStringLiteral("vm"), QStringLiteral("boot"), QStringLiteral("--arch"),
                    QStringLiteral("x86_64"), QStringLiteral("--kernel"),
                    m_work.filePath(QStringLiteral("nope")), QStringLiteral("--initrd"), m_initrd});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, QStringLiteral("vm boot: kernel %1 does not exist\n")
                              .arg(m_work.filePath(QStringLiteral("nope"))));
    }

    void aarch64KernelBoots()
    {
        // Debian amd64 has no arm64 kernel package; CI can point at one.
        // scripts/fetch-test-kernels.sh (run by the test command) puts Debian's arm64 kernel
        // there; CBW_TEST_AARCH64_KERNEL chooses another one.
        QString kernel = qEnvironmentVariable("CBW_TEST_AARCH64_KERNEL");
        if (kernel.isEmpty() &&
            QFileInfo::exists(QStringLiteral(CBW_TEST_KERNEL_DIR "/aarch64/Image")))
            kernel = QStringLiteral(CBW_TEST_KERNEL_DIR "/aarch64/Image");
        if (kernel.isEmpty())
            QSKIP("no arm64 kernel: run scripts/fetch-test-kernels.sh, or set "
                  "CBW_TEST_AARCH64_KERNEL to an arm64 Image");
        if (!QFileInfo(kernel).isReadable())
            QSKIP(qPrintable(
                QStringLiteral("CBW_TEST_AARCH64_KERNEL=%1 is not readable").arg(kernel)));
        if (findQemuBinary(Arch::Aarch64).isEmpty())
            QSKIP("qemu-system-aarch64 is not installed (apt install qemu-system-arm)");
        GenericBoot boot;
        boot.arch = Arch::Aarch64;
        boot.kernel = kernel;
        // An x86 initramfs is fine: the banner comes long before /init would run.
        boot.initrd = m_initrd;
        boot.allowKvm = false;
        boot.append = QStringLiteral("panic=-1");
        boot.qmpSocket = m_work.filePath(QStringLiteral("arm-qmp.sock"));
        const Result<QemuLaunch> launch = buildGenericBootCommandLine(boot, HostFacts{});
        QVERIFY2(launch, qPrintable(errorText(launch)));
        VmProcess vm;
        std::optional<VmExit> exit;
        connect(&vm, &VmProcess::finished, this, [&exit](const VmExit &e) { exit = e; });
        connect(&vm, &VmProcess::readyTextSeen, &vm, [&vm] { vm.stop(); });
        vm.setReadyText(QStringLiteral("Linux version"));
        vm.setPowerdownGrace(0);
        vm.start(*launch);
        QTRY_VERIFY_WITH_TIMEOUT(exit.has_value(), bootTimeoutMs);
        QVERIFY2(exit->reason == VmExit::Reason::QmpShutdown, qPrintable(exit->message));
        QVERIFY(!vm.console().filter(QStringLiteral("Linux version")).isEmpty());
    }

    void cleanupTestCase()
    {
        m_memres.reset();
        m_shared.reset();
        if (!m_initrd.isEmpty())
            QVERIFY(qemuProcessesMentioning(m_initrd).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVmQemu)
#include "tst_vmqemu.moc"

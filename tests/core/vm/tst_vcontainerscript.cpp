#include "vm/vcontainerscript.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace cbw::core::vm;

namespace {

void writeScript(const QString &path, const QByteArray &body, bool executable = true)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\n" + body);
    file.close();
    QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (executable)
        permissions |= QFileDevice::ExeOwner;
    QVERIFY(file.setPermissions(permissions));
}

// A pid that is gone or only a zombie waiting for its new parent no longer runs anything.
bool processAlive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    return close >= 0 && text.mid(close + 2, 1) != "Z";
}

qint64 readPid(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readAll().trimmed().toLongLong();
}

struct Collected
{
    QStringList out;
    QStringList err;
};

} // namespace

class TestVcontainerScript : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_savedPath = qgetenv("PATH"); }
    void cleanup() { qputenv("PATH", m_savedPath); }

    void findScript();
    void arguments_data();
    void arguments();
    void streamsLinesAndExitCode();
    void failsToStart();
    void nextRunFromFinishedHandler();
    void cancelKillsChildren();
    void cancelEscalatesToKill();
    void destructorKills();

private:
    QByteArray m_savedPath;
};

void TestVcontainerScript::findScript()
{
    QTemporaryDir dir;
    const QString sdk = dir.filePath(QStringLiteral("sdk"));
    const QString notSdk = dir.filePath(QStringLiteral("plain"));
    const QString bin = dir.filePath(QStringLiteral("bin"));
    writeScript(sdk + QStringLiteral("/init-env.sh"), "", false);
    writeScript(sdk + QStringLiteral("/vdkr"), "exit 0\n");
    writeScript(sdk + QStringLiteral("/vpdmn"), "exit 0\n", false); // not executable
    writeScript(notSdk + QStringLiteral("/vpdmn"), "exit 0\n");     // no init-env.sh
    QVERIFY(QDir().mkpath(bin));

    qputenv("PATH", QFile::encodeName(bin));
    QCOMPARE(findVcontainerScript(Tool::Vdkr, {notSdk, sdk}), QDir(sdk).filePath("vdkr"));
    QCOMPARE(findVcontainerScript(Tool::Vpdmn, {notSdk, sdk}), QString());

    writeScript(bin + QStringLiteral("/vdkr"), "exit 0\n");
    QCOMPARE(findVcontainerScript(Tool::Vdkr, {sdk}), QDir(bin).filePath("vdkr"));
}

void TestVcontainerScript::arguments_data()
{
    QTest::addColumn<bool>("network");
    QTest::addColumn<bool>("kvm");
    QTest::addColumn<QString>("blobDir");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("defaults") << true << true << "/b"
                              << QStringList{"--arch",  "aarch64",     "--blob-dir",
                                             "/b",      "--state-dir", "/s/aarch64",
                                             "vimport", "/oci",        "app:latest"};
    QTest::newRow("offline, no kvm, blobs from the tool's default")
        << false << false << ""
        << QStringList{"--arch",   "aarch64", "--state-dir", "/s/aarch64", "--no-network",
                       "--no-kvm", "vimport", "/oci",        "app:latest"};
}

void TestVcontainerScript::arguments()
{
    QFETCH(bool, network);
    QFETCH(bool, kvm);
    QFETCH(QString, blobDir);
    QFETCH(QStringList, expected);
    VmProfile profile;
    profile.arch = Arch::Aarch64;
    profile.blobDir = blobDir;
    profile.stateDir = QStringLiteral("/s/aarch64");
    profile.network = network;
    profile.allowKvm = kvm;
    QCOMPARE(vcontainerArguments(profile, {"vimport", "/oci", "app:latest"}), expected);
}

void TestVcontainerScript::streamsLinesAndExitCode()
{
    QTemporaryDir dir;
    const QString script = dir.filePath(QStringLiteral("vdkr"));
    writeScript(script, "echo \"args: $*\"\n"
                        "echo 'to stderr' >&2\n"
                        "printf 'crlf line\\r\\n'\n"
                        "printf 'two\\nlines\\n'\n"
                        "printf 'no newline at the end'\n"
                        "exit 3\n");
    VcontainerScriptRun run;
    Collected lines;
    connect(&run, &VcontainerScriptRun::outputLine, this,
            [&lines](const QString &line, bool standardError) {
                (standardError ? lines.err : lines.out).append(line);
            });
    QSignalSpy finished(&run, &VcontainerScriptRun::finished);
    run.start(script, {QStringLiteral("images"), QStringLiteral("--all")});
    QVERIFY(run.isRunning());
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toInt(), 3);
    QCOMPARE(finished.first().at(1).toString(), QString());
    QVERIFY(!run.isRunning());
    QCOMPARE(lines.out, (QStringList{"args: images --all", "crlf line", "two", "lines",
                                     "no newline at the end"}));
    QCOMPARE(lines.err, QStringList{"to stderr"});
}

void TestVcontainerScript::failsToStart()
{
    VcontainerScriptRun run;
    QSignalSpy finished(&run, &VcontainerScriptRun::finished);
    run.start(QStringLiteral("/nonexistent/vdkr"), {});
    QVERIFY(finished.size() == 1 || finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toInt(), -1);
    QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("/nonexistent/vdkr")));
    QVERIFY(!run.isRunning());
}

// The GUI chains commands (vimport, then images) by starting the next one when one finishes.
void TestVcontainerScript::nextRunFromFinishedHandler()
{
    QTemporaryDir dir;
    const QString script = dir.filePath(QStringLiteral("vdkr"));
    writeScript(script, "echo \"$1\"\nexit \"$2\"\n");
    VcontainerScriptRun run;
    QStringList lines;
    QList<int> codes;
    connect(&run, &VcontainerScriptRun::outputLine, this,
            [&lines](const QString &line) { lines.append(line); });
    connect(&run, &VcontainerScriptRun::finished, this, [&](int exitCode) {
        codes.append(exitCode);
        if (codes.size() == 1)
            run.start(script, {QStringLiteral("second"), QStringLiteral("4")});
    });
    run.start(script, {QStringLiteral("first"), QStringLiteral("0")});
    QTRY_COMPARE_WITH_TIMEOUT(codes.size(), 2, 20000);
    QCOMPARE(codes, (QList<int>{0, 4}));
    QCOMPARE(lines, (QStringList{"first", "second"}));
}

// bash/sh die on SIGTERM and leave their foreground child running; the whole group must go.
void TestVcontainerScript::cancelKillsChildren()
{
    QTemporaryDir dir;
    const QString script = dir.filePath(QStringLiteral("vdkr"));
    const QString pidFile = dir.filePath(QStringLiteral("sleep.pid"));
    writeScript(script, "sleep 1000 &\n"
                        "echo $! > \"$1\"\n"
                        "echo ready\n"
                        "wait\n");
    VcontainerScriptRun run;
    QSignalSpy finished(&run, &VcontainerScriptRun::finished);
    connect(&run, &VcontainerScriptRun::outputLine, &run, [&run](const QString &line) {
        if (line == QLatin1String("ready"))
            run.cancel();
    });
    run.start(script, {pidFile});
    QVERIFY(finished.wait(20000));
    const qint64 sleepPid = readPid(pidFile);
    QVERIFY(sleepPid > 0);
    QCOMPARE(finished.first().at(0).toInt(), -1);
    QCOMPARE(finished.first().at(1).toString(), QStringLiteral("cancelled"));
    QTRY_VERIFY_WITH_TIMEOUT(!processAlive(sleepPid), 10000);
}

// A script that ignores SIGTERM (and so do its children) still ends: SIGKILL after the grace.
void TestVcontainerScript::cancelEscalatesToKill()
{
    QTemporaryDir dir;
    const QString script = dir.filePath(QStringLiteral("vdkr"));
    const QString pidFile = dir.filePath(QStringLiteral("sleep.pid"));
    writeScript(script, "trap '' TERM\n"
                        "sleep 1000 &\n"
                        "echo $! > \"$1\"\n"
                        "echo ready\n"
                        "wait\n");
    VcontainerScriptRun run;
    QSignalSpy finished(&run, &VcontainerScriptRun::finished);
    connect(&run, &VcontainerScriptRun::outputLine, &run, [&run](const QString &line) {
        if (line == QLatin1String("ready"))
            run.cancel();
    });
    run.start(script, {pidFile});
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(1).toString(), QStringLiteral("cancelled"));
    const qint64 sleepPid = readPid(pidFile);
    QVERIFY(sleepPid > 0);
    QTRY_VERIFY_WITH_TIMEOUT(!processAlive(sleepPid), 10000);
}

void TestVcontainerScript::destructorKills()
{
    QTemporaryDir dir;
    const QString script = dir.filePath(QStringLiteral("vdkr"));
    const QString pidFile = dir.filePath(QStringLiteral("sleep.pid"));
    writeScript(script, "sleep 1000 &\n"
                        "echo $! > \"$1\"\n"
                        "echo ready\n"
                        "wait\n");
    qint64 sleepPid = 0;
    {
        VcontainerScriptRun run;
        QSignalSpy line(&run, &VcontainerScriptRun::outputLine);
        run.start(script, {pidFile});
        QVERIFY(line.wait(20000));
        sleepPid = readPid(pidFile);
    }
    QVERIFY(sleepPid > 0);
    QTRY_VERIFY_WITH_TIMEOUT(!processAlive(sleepPid), 10000);
}

QTEST_GUILESS_MAIN(TestVcontainerScript)
#include "tst_vcontainerscript.moc"

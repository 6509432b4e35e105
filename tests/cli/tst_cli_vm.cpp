#include "vm/qemucommandline.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#ifndef CBW_CLI_PATH
#error "CBW_CLI_PATH must name the built cbw"
#endif

using namespace cbw::core::vm;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

void touch(const QString &path, const QByteArray &content = "x")
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

} // namespace

class TestCliVm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void help();
    void exactLine();
    void daemonJson();
    void archFromEnvironment();
    void archFromConfigDir();
    void defaultStateDir();
    void missingBlobs();
    void errors_data();
    void errors();

private:
    // cbw with HOME in the temporary dir and no VDKR_/VPDMN_ variables of the user's.
    Run cbw(const QStringList &arguments, const QMap<QString, QString> &extraEnv = {});
    QString qemu(Arch arch) const
    {
        const QString found = findQemuBinary(arch);
        return found.isEmpty() ? (arch == Arch::X86_64 ? QStringLiteral("qemu-system-x86_64")
                                                       : QStringLiteral("qemu-system-aarch64"))
                               : found;
    }

    QTemporaryDir m_dir;
    QString m_blobs;
    QString m_home;
};

void TestCliVm::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_blobs = m_dir.filePath(QStringLiteral("blobs"));
    m_home = m_dir.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(m_home));
    for (const char *file : {"x86_64/bzImage", "x86_64/initramfs.cpio.gz", "x86_64/rootfs.img",
                             "aarch64/Image", "aarch64/initramfs.cpio.gz", "aarch64/rootfs.img"})
        touch(m_blobs + QLatin1Char('/') + QString::fromLatin1(file));
}

Run TestCliVm::cbw(const QStringList &arguments, const QMap<QString, QString> &extraEnv)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(QLatin1String("VDKR_")) || key.startsWith(QLatin1String("VPDMN_")))
            env.remove(key);
    }
    env.insert(QStringLiteral("HOME"), m_home);
    for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
        env.insert(it.key(), it.value());
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CBW_CLI_PATH), QStringList{QStringLiteral("vm")} + arguments);
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void TestCliVm::help()
{
    const Run top = cbw({QStringLiteral("--help")});
    QCOMPARE(top.exitCode, 0);
    QVERIFY(top.out.contains(QStringLiteral("\n  command-line  Print the QEMU command line")));
    QVERIFY(top.out.contains(QStringLiteral("\n  boot          Boot a kernel/initramfs")));
    const Run none = cbw({});
    QCOMPARE(none.exitCode, 2);
    QVERIFY(none.err.contains(QStringLiteral("Usage: cbw vm <subcommand>")));
    const Run unknown = cbw({QStringLiteral("frobnicate")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains(QStringLiteral("unknown subcommand 'frobnicate'")));
    const Run sub = cbw({QStringLiteral("command-line"), QStringLiteral("--help")});
    QCOMPARE(sub.exitCode, 0);
    QVERIFY(sub.out.contains(QStringLiteral("--allow-missing")));
}

void TestCliVm::exactLine()
{
    const QString state = m_dir.filePath(QStringLiteral("state"));
    const Run run = cbw({"command-line", "--tool", "vdkr", "--arch", "aarch64", "--blob-dir",
                         m_blobs, "--state-dir", state, "--no-kvm", "--command", "docker images"});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    const QString b = m_blobs + QStringLiteral("/aarch64/");
    QCOMPARE(run.out, qemu(Arch::Aarch64) +
                          " -M virt -cpu cortex-a57 -nographic -smp 2 -m 2048 -no-reboot "
                          "-kernel " +
                          b + "Image -initrd " + b +
                          "initramfs.cpio.gz "
                          "-drive file=" +
                          b +
                          "rootfs.img,if=virtio,format=raw,readonly=on "
                          "-drive file=" +
                          state +
                          "/docker-state.img,if=virtio,format=raw,"
                          "cache=directsync "
                          "-netdev user,id=net0 -device virtio-net-pci,netdev=net0 "
                          "-append 'console=ttyAMA0,115200 init=/init runtime=docker "
                          "docker_cmd=ZG9ja2VyIGltYWdlcw== docker_input=none docker_output=text "
                          "docker_state=disk docker_network=1'\n");
}

void TestCliVm::daemonJson()
{
    const QString state = m_dir.filePath(QStringLiteral("pstate"));
    const Run run =
        cbw({"command-line", "--tool",       "vpdmn", "--arch",   "x86_64",   "--blob-dir",
             m_blobs,        "--state-dir",  state,   "--daemon", "--no-kvm", "--memory",
             "1024",         "--cpus",       "1",     "--port",   "8080:80",  "--port",
             "5353:53/udp",  "--no-network", "--json"});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QStringLiteral("vm command-line: --no-network ignored: the memres daemon "
                                     "always has networking\n"));
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QString b = m_blobs + QStringLiteral("/x86_64/");
    const QStringList expected{
        "-M",
        "q35",
        "-cpu",
        "Skylake-Client",
        "-nographic",
        "-smp",
        "1",
        "-m",
        "1024",
        "-no-reboot",
        "-kernel",
        b + "bzImage",
        "-initrd",
        b + "initramfs.cpio.gz",
        "-drive",
        "file=" + b + "rootfs.img,if=virtio,format=raw,readonly=on",
        "-drive",
        "file=" + state + "/podman-state.img,if=virtio,format=raw,cache=directsync",
        "-netdev",
        "user,id=net0,hostfwd=tcp::8080-:8080,hostfwd=udp::5353-:5353",
        "-device",
        "virtio-net-pci,netdev=net0",
        "-virtfs",
        "local,path=" + state + "/share,mount_tag=vpdmn_share,security_model=none,id=vpdmn_share",
        "-chardev",
        "socket,id=vdkr,path=" + state + "/daemon.sock,server=on,wait=off",
        "-device",
        "virtio-serial-pci",
        "-device",
        "virtserialport,chardev=vdkr,name=vdkr",
        "-qmp",
        "unix:" + state + "/qmp.sock,server,nowait",
        "-append",
        "console=ttyS0,115200 init=/init runtime=podman podman_cmd= podman_input=none "
        "podman_output=text podman_state=disk podman_network=1 podman_9p=1 podman_daemon=1 "
        "podman_idle_timeout=1800"};
    QStringList arguments;
    for (const QJsonValue &v : json.value(QStringLiteral("arguments")).toArray())
        arguments.append(v.toString());
    QCOMPARE(arguments, expected);
    QCOMPARE(json.value(QStringLiteral("program")).toString(), qemu(Arch::X86_64));
    QCOMPARE(json.value(QStringLiteral("qmpSocket")).toString(), state + "/qmp.sock");
    QCOMPARE(json.value(QStringLiteral("daemonSocket")).toString(), state + "/daemon.sock");
    QCOMPARE(json.value(QStringLiteral("tool")).toString(), QStringLiteral("vpdmn"));
    QCOMPARE(json.value(QStringLiteral("archDecidedBy")).toString(),
             QStringLiteral("step 1 of 6 (--arch)"));
    QCOMPARE(json.value(QStringLiteral("kernelCommandLine")).toString(), expected.last());
    QVERIFY(json.value(QStringLiteral("missingBlobs")).toArray().isEmpty());
}

void TestCliVm::archFromEnvironment()
{
    const Run run = cbw({"command-line", "--tool", "vdkr", "--blob-dir", m_blobs, "--no-kvm"},
                        {{"VDKR_ARCH", "aarch64"}, {"VPDMN_ARCH", "x86_64"}});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QStringLiteral("vm command-line: architecture aarch64 from "
                                     "VDKR_ARCH=aarch64, step 3 of 6 (environment)\n"));
    QVERIFY(run.out.startsWith(qemu(Arch::Aarch64) + " -M virt "));

    const Run bad = cbw({"command-line", "--tool", "vpdmn", "--blob-dir", m_blobs},
                        {{"VPDMN_ARCH", "riscv64"}});
    QCOMPARE(bad.exitCode, 2);
    QCOMPARE(bad.out, QString());
    QCOMPARE(bad.err, QStringLiteral("error: VPDMN_ARCH names the architecture \"riscv64\"; "
                                     "supported are x86_64 and aarch64\n"));

    const Run alias =
        cbw({"command-line", "--tool", "vdkr", "--blob-dir", m_blobs}, {{"VDKR_ARCH", "arm64"}});
    QCOMPARE(alias.exitCode, 2);
    QCOMPARE(alias.err, QStringLiteral("error: VDKR_ARCH names the architecture \"arm64\"; "
                                       "supported are x86_64 and aarch64 (write aarch64: the tool "
                                       "does not translate \"arm64\")\n"));
}

void TestCliVm::archFromConfigDir()
{
    const QString config = m_dir.filePath(QStringLiteral("cfg"));
    touch(config + QStringLiteral("/config"), "# arch=x86_64\ntimeout=300\narch=aarch64 \n");
    const Run run = cbw({"command-line", "--tool", "vdkr", "--blob-dir", m_blobs, "--no-kvm",
                         "--config-dir", config});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QStringLiteral("vm command-line: architecture aarch64 from %1/config:3, "
                                     "step 4 of 6 (config file)\n")
                          .arg(config));

    // VDKR_CONFIG_DIR is the tool's second choice for the config dir.
    const QString legacy = m_dir.filePath(QStringLiteral("legacy"));
    touch(legacy + QStringLiteral("/arch"), "aarch64\n");
    const Run env = cbw({"command-line", "--tool", "vdkr", "--blob-dir", m_blobs, "--no-kvm"},
                        {{"VDKR_CONFIG_DIR", legacy}});
    QCOMPARE(env.exitCode, 0);
    QCOMPARE(env.err, QStringLiteral("vm command-line: architecture aarch64 from %1/arch, "
                                     "step 5 of 6 (legacy arch file)\n")
                          .arg(legacy));
}

void TestCliVm::defaultStateDir()
{
    const Run run = cbw({"command-line", "--tool", "vpdmn", "--arch", "arm64", "--blob-dir",
                         m_blobs, "--daemon", "--json"});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("stateDir")).toString(), m_home + "/.vpdmn/aarch64");
    QCOMPARE(json.value(QStringLiteral("qmpSocket")).toString(),
             m_home + "/.vpdmn/aarch64/qmp.sock");
}

void TestCliVm::missingBlobs()
{
    const QString empty = m_dir.filePath(QStringLiteral("noblobs"));
    QVERIFY(QDir().mkpath(empty + "/x86_64"));
    touch(empty + "/x86_64/rootfs.img");
    const QStringList args{"command-line", "--tool",     "vdkr", "--arch",
                           "x86_64",       "--blob-dir", empty,  "--no-kvm"};
    const Run run = cbw(args);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err, QStringLiteral("%1/x86_64/bzImage: error: blob missing\n"
                                     "%1/x86_64/initramfs.cpio.gz: error: blob missing\n"
                                     "vm command-line: 2 blob(s) missing; --allow-missing prints "
                                     "the command line anyway\n")
                          .arg(empty));
    const Run allowed = cbw(args + QStringList{"--allow-missing"});
    QCOMPARE(allowed.exitCode, 0);
    QVERIFY(allowed.out.startsWith(qemu(Arch::X86_64) + " -M q35 -cpu Skylake-Client "));
    QVERIFY(allowed.err.contains(QStringLiteral("bzImage: error: blob missing")));
}

void TestCliVm::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("errorPart");
    const QString blobs = QStringLiteral("/tmp");
    QTest::newRow("no tool") << QStringList{"--arch", "x86_64", "--blob-dir", blobs}
                             << "--tool must be vdkr or vpdmn";
    QTest::newRow("bad tool") << QStringList{"--tool", "vxn", "--blob-dir", blobs}
                              << "--tool must be vdkr or vpdmn";
    QTest::newRow("no blob dir") << QStringList{"--tool", "vdkr", "--arch", "x86_64"}
                                 << "--blob-dir is required";
    QTest::newRow("bad arch flag")
        << QStringList{"--tool", "vdkr", "--arch", "ppc", "--blob-dir", blobs}
        << "--arch names the architecture \"ppc\"";
    QTest::newRow("bad port") << QStringList{"--tool",     "vdkr", "--arch", "x86_64",
                                             "--blob-dir", blobs,  "--port", "80:80/sctp"}
                              << "protocol \"sctp\" is neither tcp nor udp";
    QTest::newRow("zero memory") << QStringList{"--tool",     "vdkr", "--arch",   "x86_64",
                                                "--blob-dir", blobs,  "--memory", "0"}
                                 << "--memory \"0\" is not a positive whole number";
    QTest::newRow("cpus not a number")
        << QStringList{"--tool", "vdkr", "--arch", "x86_64", "--blob-dir", blobs, "--cpus", "two"}
        << "--cpus \"two\"";
    QTest::newRow("comma in state dir")
        << QStringList{"--tool",     "vdkr", "--arch",      "x86_64",
                       "--blob-dir", blobs,  "--state-dir", "/tmp/a,b"}
        << "contains a comma";
    QTest::newRow("positional") << QStringList{"--tool", "vdkr", "extra"}
                                << "unexpected argument \"extra\"";
    QTest::newRow("unknown option")
        << QStringList{"--tool", "vdkr", "--frob"} << "Unknown option 'frob'";
}

void TestCliVm::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, errorPart);
    const Run run = cbw(QStringList{QStringLiteral("command-line")} + arguments);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.contains(errorPart), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliVm)
#include "tst_cli_vm.moc"

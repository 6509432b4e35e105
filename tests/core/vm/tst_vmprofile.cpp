#include "vm/vmprofile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cbw::core;
using namespace cbw::core::vm;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(content);
}

QString sourceName(ArchSource source)
{
    switch (source) {
    case ArchSource::Flag:
        return QStringLiteral("flag");
    case ArchSource::ExecutableName:
        return QStringLiteral("name");
    case ArchSource::Environment:
        return QStringLiteral("env");
    case ArchSource::ConfigFile:
        return QStringLiteral("config");
    case ArchSource::LegacyArchFile:
        return QStringLiteral("legacy");
    case ArchSource::HostMachine:
        return QStringLiteral("uname");
    }
    return {};
}

} // namespace

class TestVmProfile : public QObject
{
    Q_OBJECT

private slots:
    void names();

    void resolveArch_data();
    void resolveArch();
    void resolveArchRepeatedConfigKey();

    void portForward_data();
    void portForward();

    void stateDir();
    void locateBlobs_data();
    void locateBlobs();
    void discoverBlobDirs();
};

void TestVmProfile::names()
{
    QCOMPARE(toolName(Tool::Vdkr), QStringLiteral("vdkr"));
    QCOMPARE(toolName(Tool::Vpdmn), QStringLiteral("vpdmn"));
    QCOMPARE(runtimeName(Tool::Vdkr), QStringLiteral("docker"));
    QCOMPARE(runtimeName(Tool::Vpdmn), QStringLiteral("podman"));
    QCOMPARE(parseTool(QStringLiteral("vpdmn")), Tool::Vpdmn);
    QCOMPARE(parseTool(QStringLiteral("vdkr")), Tool::Vdkr);
    QVERIFY(!parseTool(QStringLiteral("vxn")));
    QCOMPARE(parseArch(QStringLiteral("arm64")), Arch::Aarch64);
    QCOMPARE(parseArch(QStringLiteral("amd64")), Arch::X86_64);
    QVERIFY(!parseArch(QStringLiteral("armv7l")));
    QVERIFY(!parseArch(QStringLiteral("X86_64")));
    QVERIFY(!parseArch(QString()));
}

// Each row sets up some of the six inputs; the first present one must win.
void TestVmProfile::resolveArch_data()
{
    QTest::addColumn<int>("tool"); // 0 vdkr, 1 vpdmn
    QTest::addColumn<QString>("flag");
    QTest::addColumn<QString>("exe");
    QTest::addColumn<QString>("env"); // NAME=VALUE or empty
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QByteArray>("legacy"); // "-": no file
    QTest::addColumn<QString>("uname");
    QTest::addColumn<QString>("expectedArch"); // empty: unsupported
    QTest::addColumn<QString>("expectedSource");
    QTest::addColumn<QString>("expectedDetail"); // %C = config path, %L = legacy path
    QTest::addColumn<int>("configLine");         // of the diagnostic, 0 none

    const QByteArray cfg = "arch=aarch64\n";
    QTest::newRow("flag wins over all")
        << 0 << "x86_64"
        << "vdkr-aarch64"
        << "VDKR_ARCH=aarch64" << cfg << QByteArray("aarch64") << "aarch64"
        << "x86_64"
        << "flag"
        << "--arch x86_64" << 0;
    QTest::newRow("flag alias is refused like the tool does")
        << 0 << "arm64"
        << ""
        << "" << QByteArray() << QByteArray("-") << "x86_64"
        << ""
        << "flag"
        << "--arch arm64" << 0;
    QTest::newRow("environment alias")
        << 0 << ""
        << "vdkr"
        << "VDKR_ARCH=amd64" << QByteArray() << QByteArray("-") << "x86_64"
        << ""
        << "env"
        << "VDKR_ARCH=amd64" << 0;
    QTest::newRow("executable name")
        << 0 << ""
        << "vdkr-aarch64"
        << "VDKR_ARCH=x86_64" << cfg << QByteArray("x86_64") << "x86_64"
        << "aarch64"
        << "name"
        << "executable name vdkr-aarch64" << 0;
    QTest::newRow("other tool's executable name is ignored")
        << 1 << ""
        << "vdkr-aarch64"
        << "" << QByteArray() << QByteArray("-") << "x86_64"
        << "x86_64"
        << "uname"
        << "uname -m = x86_64" << 0;
    QTest::newRow("vpdmn executable name")
        << 1 << ""
        << "vpdmn-x86_64"
        << "VPDMN_ARCH=aarch64" << QByteArray() << QByteArray("-") << "aarch64"
        << "x86_64"
        << "name"
        << "executable name vpdmn-x86_64" << 0;
    QTest::newRow("name with suffix is not a match")
        << 0 << ""
        << "vdkr-aarch64.sh"
        << "" << QByteArray() << QByteArray("-") << "x86_64"
        << "x86_64"
        << "uname"
        << "uname -m = x86_64" << 0;
    QTest::newRow("environment") << 0 << ""
                                 << "vdkr"
                                 << "VDKR_ARCH=aarch64" << QByteArray("arch=x86_64\n")
                                 << QByteArray("x86_64") << "x86_64"
                                 << "aarch64"
                                 << "env"
                                 << "VDKR_ARCH=aarch64" << 0;
    QTest::newRow("other tool's environment is ignored")
        << 1 << ""
        << "vpdmn"
        << "VDKR_ARCH=aarch64" << QByteArray() << QByteArray("-") << "x86_64"
        << "x86_64"
        << "uname"
        << "uname -m = x86_64" << 0;
    QTest::newRow("vpdmn environment")
        << 1 << ""
        << "vpdmn"
        << "VPDMN_ARCH=aarch64" << QByteArray() << QByteArray("-") << "x86_64"
        << "aarch64"
        << "env"
        << "VPDMN_ARCH=aarch64" << 0;
    QTest::newRow("config file") << 0 << ""
                                 << "vdkr"
                                 << "" << cfg << QByteArray("x86_64") << "x86_64"
                                 << "aarch64"
                                 << "config"
                                 << "%C:1" << 0;
    QTest::newRow("config with comments and blanks")
        << 0 << ""
        << "vdkr"
        << ""
        << QByteArray("# arch=x86_64\n  arch=x86_64\narch =x86_64\ntimeout=300\n"
                      "arch=  aarch64 \t\nverbose=true\n")
        << QByteArray("-") << "x86_64"
        << "aarch64"
        << "config"
        << "%C:5" << 0;
    QTest::newRow("config without arch falls to legacy")
        << 0 << ""
        << "vdkr"
        << "" << QByteArray("timeout=300\n# arch=x86_64\n") << QByteArray("  aarch64\n\n")
        << "x86_64"
        << "aarch64"
        << "legacy"
        << "%L" << 0;
    QTest::newRow("config empty arch= falls through")
        << 0 << ""
        << "vdkr"
        << "" << QByteArray("arch=   \n") << QByteArray("-") << "aarch64"
        << "aarch64"
        << "uname"
        << "uname -m = aarch64" << 0;
    QTest::newRow("legacy file") << 0 << ""
                                 << "vdkr"
                                 << "" << QByteArray() << QByteArray("aarch64") << "x86_64"
                                 << "aarch64"
                                 << "legacy"
                                 << "%L" << 0;
    QTest::newRow("blank legacy file falls to uname")
        << 0 << ""
        << "vdkr"
        << "" << QByteArray() << QByteArray(" \n") << "aarch64"
        << "aarch64"
        << "uname"
        << "uname -m = aarch64" << 0;
    QTest::newRow("uname") << 0 << ""
                           << "vdkr"
                           << "" << QByteArray() << QByteArray("-") << "x86_64"
                           << "x86_64"
                           << "uname"
                           << "uname -m = x86_64" << 0;

    QTest::newRow("bad flag") << 0 << "riscv64"
                              << "vdkr-aarch64"
                              << "" << QByteArray() << QByteArray("-") << "x86_64"
                              << ""
                              << "flag"
                              << "--arch riscv64" << 0;
    QTest::newRow("bad environment") << 0 << ""
                                     << "vdkr"
                                     << "VDKR_ARCH=arm" << cfg << QByteArray("-") << "x86_64"
                                     << ""
                                     << "env"
                                     << "VDKR_ARCH=arm" << 0;
    QTest::newRow("bad config value names the line")
        << 0 << ""
        << "vdkr"
        << "" << QByteArray("# comment\n\narch=ppc64le\n") << QByteArray("aarch64") << "x86_64"
        << ""
        << "config"
        << "%C:3" << 3;
    QTest::newRow("bad legacy value") << 0 << ""
                                      << "vdkr"
                                      << "" << QByteArray() << QByteArray("mips\n") << "x86_64"
                                      << ""
                                      << "legacy"
                                      << "%L" << 1;
    QTest::newRow("unsupported host") << 0 << ""
                                      << "vdkr"
                                      << "" << QByteArray() << QByteArray("-") << "armv7l"
                                      << ""
                                      << "uname"
                                      << "uname -m = armv7l" << 0;
}

void TestVmProfile::resolveArch()
{
    QFETCH(int, tool);
    QFETCH(QString, flag);
    QFETCH(QString, exe);
    QFETCH(QString, env);
    QFETCH(QByteArray, config);
    QFETCH(QByteArray, legacy);
    QFETCH(QString, uname);
    QFETCH(QString, expectedArch);
    QFETCH(QString, expectedSource);
    QFETCH(QString, expectedDetail);
    QFETCH(int, configLine);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString configPath = dir.filePath(QStringLiteral("config"));
    const QString legacyPath = dir.filePath(QStringLiteral("arch"));
    if (!config.isEmpty())
        writeFile(configPath, config);
    if (legacy != "-")
        writeFile(legacyPath, legacy);

    ArchInputs inputs;
    inputs.flag = flag;
    inputs.executableName = exe;
    if (!env.isEmpty())
        inputs.environment.insert(env.section(QLatin1Char('='), 0, 0),
                                  env.section(QLatin1Char('='), 1));
    inputs.environment.insert(QStringLiteral("HOME"), QStringLiteral("/home/u"));
    inputs.configDir = dir.path();
    inputs.hostMachine = uname;

    const ArchResolution r =
        cbw::core::vm::resolveArch(tool == 0 ? Tool::Vdkr : Tool::Vpdmn, inputs);
    QCOMPARE(sourceName(r.source), expectedSource);
    expectedDetail.replace(QStringLiteral("%C"), configPath)
        .replace(QStringLiteral("%L"), legacyPath);
    QCOMPARE(r.detail, expectedDetail);
    if (expectedArch.isEmpty()) {
        QVERIFY(!r.arch);
        QCOMPARE(r.diagnostics.size(), 1);
        QCOMPARE(r.diagnostics.first().code, QStringLiteral("vm.bad-arch"));
        QVERIFY(r.diagnostics.first().isError());
        QCOMPARE(r.diagnostics.first().location.line, configLine);
    } else {
        QVERIFY(r.arch);
        QCOMPARE(archName(*r.arch), expectedArch);
        QVERIFY(r.diagnostics.isEmpty());
    }
}

// The tool's `grep | cut | tr -d '[:space:]'` glues repeated keys together; say so.
void TestVmProfile::resolveArchRepeatedConfigKey()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("config")), "arch=aarch64\nverbose=1\narch=x86_64\n");
    ArchInputs inputs;
    inputs.configDir = dir.path();
    inputs.hostMachine = QStringLiteral("x86_64");
    const ArchResolution r = cbw::core::vm::resolveArch(Tool::Vdkr, inputs);
    QCOMPARE(r.source, ArchSource::ConfigFile);
    QVERIFY(!r.arch);
    QCOMPARE(r.diagnostics.size(), 2);
    QCOMPARE(r.diagnostics.at(0).code, QStringLiteral("vm.repeated-config-key"));
    QVERIFY(r.diagnostics.at(0).message.contains(QStringLiteral("aarch64x86_64")));
    QCOMPARE(r.diagnostics.at(1).code, QStringLiteral("vm.bad-arch"));
}

void TestVmProfile::portForward_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("host"); // 0: invalid
    QTest::addColumn<int>("container");
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("tcp default") << "8080:80" << 8080 << 80 << "tcp"
                                 << "";
    QTest::newRow("udp") << "5353:53/udp" << 5353 << 53 << "udp"
                         << "";
    QTest::newRow("explicit tcp") << "2222:22/tcp" << 2222 << 22 << "tcp"
                                  << "";
    QTest::newRow("limits") << "65535:1" << 65535 << 1 << "tcp"
                            << "";
    QTest::newRow("sctp") << "1:2/sctp" << 0 << 0 << ""
                          << "neither tcp nor udp";
    QTest::newRow("one port") << "8080" << 0 << 0 << ""
                              << "HOST:CONTAINER";
    QTest::newRow("three parts") << "1:2:3" << 0 << 0 << ""
                                 << "HOST:CONTAINER";
    QTest::newRow("zero") << "0:80" << 0 << 0 << ""
                          << "host port \"0\"";
    QTest::newRow("too big") << "8080:65536" << 0 << 0 << ""
                             << "container port \"65536\"";
    QTest::newRow("sign") << "+80:80" << 0 << 0 << ""
                          << "host port \"+80\"";
    QTest::newRow("blank") << " 80:80" << 0 << 0 << ""
                           << "host port";
    QTest::newRow("empty") << "" << 0 << 0 << ""
                           << "HOST:CONTAINER";
    QTest::newRow("empty container") << "80:" << 0 << 0 << ""
                                     << "container port \"\"";
}

void TestVmProfile::portForward()
{
    QFETCH(QString, text);
    QFETCH(int, host);
    QFETCH(int, container);
    QFETCH(QString, protocol);
    QFETCH(QString, errorPart);
    QString error;
    const auto forward = parsePortForward(text, &error);
    if (host == 0) {
        QVERIFY(!forward);
        QVERIFY2(error.contains(errorPart), qPrintable(error));
        QVERIFY2(error.contains(text), qPrintable(error));
    } else {
        QVERIFY2(forward, qPrintable(error));
        QCOMPARE(forward->hostPort, host);
        QCOMPARE(forward->containerPort, container);
        QCOMPARE(forward->protocol, protocol);
    }
}

void TestVmProfile::stateDir()
{
    QCOMPARE(defaultStateDir(Tool::Vdkr, Arch::Aarch64, QStringLiteral("/home/u")),
             QStringLiteral("/home/u/.vdkr/aarch64"));
    QCOMPARE(defaultStateDir(Tool::Vpdmn, Arch::X86_64, QStringLiteral("/home/u/")),
             QStringLiteral("/home/u/.vpdmn/x86_64"));
}

void TestVmProfile::locateBlobs_data()
{
    QTest::addColumn<int>("arch"); // 0 x86_64, 1 aarch64
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("missing");

    QTest::newRow("x86 complete") << 0
                                  << QStringList{"x86_64/bzImage", "x86_64/initramfs.cpio.gz",
                                                 "x86_64/rootfs.img"}
                                  << QStringList{};
    QTest::newRow("arm complete") << 1
                                  << QStringList{"aarch64/Image", "aarch64/initramfs.cpio.gz",
                                                 "aarch64/rootfs.img"}
                                  << QStringList{};
    QTest::newRow("arm needs Image not bzImage")
        << 1 << QStringList{"aarch64/bzImage", "aarch64/initramfs.cpio.gz", "aarch64/rootfs.img"}
        << QStringList{"aarch64/Image"};
    QTest::newRow("other arch's blobs do not count")
        << 0 << QStringList{"aarch64/Image", "aarch64/initramfs.cpio.gz", "aarch64/rootfs.img"}
        << QStringList{"x86_64/bzImage", "x86_64/initramfs.cpio.gz", "x86_64/rootfs.img"};
    QTest::newRow("directory in place of a file")
        << 0 << QStringList{"x86_64/bzImage", "x86_64/initramfs.cpio.gz", "x86_64/rootfs.img/x"}
        << QStringList{"x86_64/rootfs.img"};
}

void TestVmProfile::locateBlobs()
{
    QFETCH(int, arch);
    QFETCH(QStringList, present);
    QFETCH(QStringList, missing);
    QTemporaryDir dir;
    for (const QString &file : present)
        writeFile(dir.filePath(file), "x");
    VmProfile profile;
    profile.arch = arch == 0 ? Arch::X86_64 : Arch::Aarch64;
    profile.blobDir = dir.path();
    const BlobSet blobs = cbw::core::vm::locateBlobs(profile);
    const QString a = archName(profile.arch);
    QCOMPARE(blobs.kernel,
             dir.filePath(a + (arch == 0 ? QStringLiteral("/bzImage") : QStringLiteral("/Image"))));
    QCOMPARE(blobs.initrd, dir.filePath(a + QStringLiteral("/initramfs.cpio.gz")));
    QCOMPARE(blobs.rootfs, dir.filePath(a + QStringLiteral("/rootfs.img")));
    QStringList expected;
    for (const QString &m : missing)
        expected.append(dir.filePath(m));
    QCOMPARE(blobs.missing, expected);
    QCOMPARE(blobs.complete(), missing.isEmpty());

    VmProfile unset = profile;
    unset.blobDir.clear();
    const BlobSet none = cbw::core::vm::locateBlobs(unset);
    QVERIFY(!none.complete());
    QCOMPARE(none.missing.size(), 3);
    QVERIFY(none.kernel.isEmpty());
}

void TestVmProfile::discoverBlobDirs()
{
    QTemporaryDir dir;
    const QString top = dir.filePath(QStringLiteral("build"));
    // Two multiconfig TMPDIRs, one with both tools; a plain tmp/ and a stray file are ignored.
    writeFile(top + "/tmp-vruntime-x86-64/deploy/images/qemux86-64/vdkr/x86_64/bzImage", "k");
    writeFile(top + "/tmp-vruntime-x86-64/deploy/images/qemux86-64/vpdmn/x86_64/bzImage", "k");
    writeFile(top + "/tmp-vruntime-x86-64/deploy/images/qemux86-64/vpdmn/README", "r");
    writeFile(top + "/tmp-vruntime-aarch64/deploy/images/qemuarm64/vdkr/aarch64/Image", "k");
    writeFile(top + "/tmp-vruntime-aarch64/deploy/images/qemuarm64/other/x", "x");
    writeFile(top + "/tmp/deploy/images/qemux86-64/vdkr/x86_64/bzImage", "k");
    writeFile(top + "/tmp-vruntime-broken", "not a directory");

    const QString sdk = dir.filePath(QStringLiteral("sdk"));
    writeFile(sdk + "/init-env.sh", "#");
    writeFile(sdk + "/vdkr-blobs/x86_64/bzImage", "k");
    writeFile(sdk + "/vdkr-blobs/aarch64/Image", "k");
    writeFile(sdk + "/vpdmn-blobs/aarch64/Image", "k");
    const QString notSdk = dir.filePath(QStringLiteral("notsdk"));
    writeFile(notSdk + "/vdkr-blobs/x86_64/bzImage", "k");

    const QList<BlobDirCandidate> found =
        cbw::core::vm::discoverBlobDirs(top, {sdk, notSdk, dir.filePath("missing")});
    QStringList rows;
    for (const BlobDirCandidate &c : found) {
        QStringList arches;
        for (const Arch a : c.arches)
            arches.append(archName(a));
        rows.append(QStringLiteral("%1|%2|%3|%4")
                        .arg(toolName(c.tool), QDir(dir.path()).relativeFilePath(c.path),
                             QString(c.origin).replace(dir.path(), QStringLiteral("$D")),
                             arches.join(QLatin1Char(','))));
    }
    const QStringList expected{
        "vdkr|build/tmp-vruntime-aarch64/deploy/images/qemuarm64/vdkr|build directory "
        "tmp-vruntime-aarch64 (qemuarm64)|aarch64",
        "vdkr|build/tmp-vruntime-x86-64/deploy/images/qemux86-64/vdkr|build directory "
        "tmp-vruntime-x86-64 (qemux86-64)|x86_64",
        "vpdmn|build/tmp-vruntime-x86-64/deploy/images/qemux86-64/vpdmn|build directory "
        "tmp-vruntime-x86-64 (qemux86-64)|x86_64",
        "vdkr|sdk/vdkr-blobs|SDK $D/sdk|x86_64,aarch64",
        "vpdmn|sdk/vpdmn-blobs|SDK $D/sdk|aarch64",
    };
    QCOMPARE(rows, expected);
    QVERIFY(cbw::core::vm::discoverBlobDirs(QString(), {}).isEmpty());
}

QTEST_GUILESS_MAIN(TestVmProfile)
#include "tst_vmprofile.moc"

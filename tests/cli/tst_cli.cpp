#include "clirunner.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Runs the built `cbw` as a user would and checks exit codes, output and written files.
using cbw::test::CliRun;
using cbw::test::runCbw;

namespace {

const QString kCorpus = QStringLiteral(CBW_TEST_DATA_DIR "/corpus");
const QString kSeedDemo = QStringLiteral(CBW_SOURCE_DIR "/resources/examples/seed-demo.cbw.json");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList corpusFiles(const QStringList &subdirs)
{
    QStringList files;
    for (const QString &sub : subdirs) {
        QDirIterator it(kCorpus + QLatin1Char('/') + sub, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    files.sort();
    return files;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void versionAndHelp_data();
    void versionAndHelp();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();

    void validateInvalidCorpus_data();
    void validateInvalidCorpus();
    void validateAcceptsSyntheticValidCorpus_data();
    void validateAcceptsSyntheticValidCorpus();
    void validateJson();
    void validateMissingFileIsIoError();
    void validateFindsBundlingErrors();

    void editWithoutOptionsIsByteIdentical_data();
    void editWithoutOptionsIsByteIdentical();
    void editSetAndAppendExactBytes();
    void editInPlaceKeepsBackup();
    void editRefusesUnquotableValue();

    void generateFromSeedDemo_data();
    void generateFromSeedDemo();
    void generateUnitsFromConf();
    void generateUnitsFromProject();
    void generateUnitsWithCustomServiceFile();

    void cacheKeyVectors();
    void cacheKeyReadsPkgdata();
};

void TestCli::versionAndHelp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--version") << QStringList{"--version"} << "cbw 0.1.0";
    QTest::newRow("--help") << QStringList{"--help"} << "Usage: cbw <command>";
    QTest::newRow("validate --help") << QStringList{"validate", "--help"} << "--json";
    QTest::newRow("edit --help") << QStringList{"edit", "--help"} << "--set-flag";
    QTest::newRow("generate --help") << QStringList{"generate", "--help"} << "image-recipe";
    QTest::newRow("cache-key --help") << QStringList{"cache-key", "--help"} << "--tune-pkgarch";
    // The usage line names the command as typed, not the executable's build path.
    QTest::newRow("scan usage line")
        << QStringList{"scan", "--help"} << "Usage: cbw scan [options] BUILDDIR\n";
    QTest::newRow("vm boot usage line")
        << QStringList{"vm", "boot", "--help"} << "Usage: cbw vm boot [options]";
}

void TestCli::versionAndHelp()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const CliRun run = runCbw(arguments);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(expected), qPrintable(run.out));
}

void TestCli::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{"frobnicate"};
    QTest::newRow("validate without files") << QStringList{"validate"};
    QTest::newRow("validate unknown option") << QStringList{"validate", "--bogus", "x.conf"};
    QTest::newRow("edit without output")
        << QStringList{"edit", kCorpus + "/synthetic/valid/quoting.conf"};
    QTest::newRow("edit both outputs") << QStringList{
        "edit", kCorpus + "/synthetic/valid/quoting.conf", "-o", "/tmp/x", "--in-place"};
    QTest::newRow("generate unknown kind")
        << QStringList{"generate", "poems", "--project", kSeedDemo};
    QTest::newRow("generate units without -o")
        << QStringList{"generate", "units", "--project", kSeedDemo};
    QTest::newRow("cache-key without layer") << QStringList{"cache-key", "--packages", "a"};
}

void TestCli::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    const CliRun run = runCbw(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
}

void TestCli::validateInvalidCorpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    // Lines as BitBake reports them (corpus README).
    const QList<std::pair<const char *, int>> cases = {
        {"indented.conf", 1},
        {"indented-comment.conf", 1},
        {"unterminated.conf", 1},
        {"trailing-comment.conf", 1},
        {"escaped-quote.conf", 1},
        {"old-override-syntax.conf", 1},
        {"unset-one-char-flag.conf", 3},
        {"flag-then-override.conf", 1},
        {"comment-continues-into-code.conf", 1},
        {"continuation-after-quote.conf", 2},
        {"inherit-in-conf.conf", 1},
        {"missing-require.conf", 1},
        {"comment-in-continuation.bb", 2},
        {"unclosed-function.bb", 3},
        {"indented-closing-brace.bb", 4},
        {"python-syntax-error.bb", 2},
    };
    for (const auto &[name, line] : cases)
        QTest::newRow(name) << kCorpus + "/synthetic/invalid/" + QLatin1String(name) << line;
    // Every file of the directory must be listed above.
    QCOMPARE(corpusFiles({"synthetic/invalid"}).size(), cases.size());
}

void TestCli::validateInvalidCorpus()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    const CliRun run = runCbw({"validate", file});
    QCOMPARE(run.exitCode, 1);
    const QString expected = QStringLiteral("%1:%2:").arg(file).arg(line);
    bool found = false;
    for (const QString &l : run.out.split(QLatin1Char('\n'))) {
        if (l.startsWith(expected) && l.contains(QLatin1String(": error: ")))
            found = true;
    }
    QVERIFY2(found, qPrintable(run.out));
}

void TestCli::validateAcceptsSyntheticValidCorpus_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : corpusFiles({"synthetic/valid"}))
        QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
}

void TestCli::validateAcceptsSyntheticValidCorpus()
{
    QFETCH(QString, file);
    const CliRun run = runCbw({"validate", file});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY(!run.out.contains(QLatin1String(": error: ")));
}

void TestCli::validateJson()
{
    const QString file = kCorpus + "/synthetic/invalid/unset-one-char-flag.conf";
    const CliRun run = runCbw({"validate", "--json", file});
    QCOMPARE(run.exitCode, 1);
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(json.isArray());
    const QJsonArray array = json.array();
    QVERIFY(!array.isEmpty());
    const QJsonObject first = array.first().toObject();
    QCOMPARE(first.value("file").toString(), file);
    QCOMPARE(first.value("line").toInt(), 3);
    QCOMPARE(first.value("column").toInt(), 1);
    QCOMPARE(first.value("severity").toString(), QStringLiteral("error"));
    QVERIFY(first.value("code").toString().startsWith(QLatin1String("bitbake.")));
    QVERIFY(first.value("message").toString().contains(QLatin1String("unset A[f]")));
}

void TestCli::validateMissingFileIsIoError()
{
    const CliRun run = runCbw({"validate", "/nonexistent/local.conf"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.contains(QLatin1String("/nonexistent/local.conf")));
}

void TestCli::validateFindsBundlingErrors()
{
    QTemporaryDir dir;
    const QString recipe = dir.filePath("bad-bundle_1.0.bb");
    QVERIFY(writeAll(recipe, "inherit container-bundle\n"
                             "CONTAINER_BUNDLES = \"\\\n"
                             "    local-app \\\n"
                             "    docker.io/library/redis:7 \\\n"
                             "\"\n"
                             "CONTAINER_BUNDLE_RUNTIME = \"lxc\"\n"));
    const CliRun run = runCbw({"validate", recipe});
    QCOMPARE(run.exitCode, 1);
    // The missing digest points at the remote entry (line 4, column 5) and names the flag.
    QVERIFY2(run.out.contains(recipe + ":4:5: error: ") &&
                 run.out.contains(QLatin1String("CONTAINER_DIGESTS[docker.io_library_redis_7]")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(recipe + ":6:") &&
                 run.out.contains(QLatin1String("CONTAINER_BUNDLE_RUNTIME")),
             qPrintable(run.out));
}

void TestCli::editWithoutOptionsIsByteIdentical_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : corpusFiles({"real", "synthetic/valid"}))
        QTest::newRow(qPrintable(QDir(kCorpus).relativeFilePath(file))) << file;
}

void TestCli::editWithoutOptionsIsByteIdentical()
{
    QFETCH(QString, file);
    QTemporaryDir dir;
    const QString out = dir.filePath(QFileInfo(file).fileName());
    const CliRun run = runCbw({"edit", file, "-o", out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(readAll(out), readAll(file));
}

void TestCli::editSetAndAppendExactBytes()
{
    QTemporaryDir dir;
    const QString in = dir.filePath("local.conf");
    QVERIFY(writeAll(in, "# my build\r\nMACHINE ?\?= \"qemux86-64\"\r\n"
                         "BUNDLED_CONTAINERS = \"a:docker\"\r\n# keep me\r\n"));
    const QString out = dir.filePath("out.conf");
    const CliRun run =
        runCbw({"edit", in, "--set", "MACHINE=qemuarm64", "--append", "BUNDLED_CONTAINERS=b:podman",
                "--set-flag", "CONTAINER_SERVICE_FILE[b]=/srv/b.container", "-o", out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(readAll(out), QByteArray("# my build\r\nMACHINE ?\?= \"qemuarm64\"\r\n"
                                      "BUNDLED_CONTAINERS = \"a:docker\"\r\n"
                                      "BUNDLED_CONTAINERS:append = \" b:podman\"\r\n# keep me\r\n"
                                      "CONTAINER_SERVICE_FILE[b] = \"/srv/b.container\"\r\n"));
    QCOMPARE(readAll(in).size(), 82); // the input is untouched with -o

    const QString removed = dir.filePath("removed.conf");
    QCOMPARE(runCbw({"edit", out, "--unset", "BUNDLED_CONTAINERS", "-o", removed}).exitCode, 0);
    QCOMPARE(readAll(removed),
             QByteArray("# my build\r\nMACHINE ?\?= \"qemuarm64\"\r\n# keep me\r\n"
                        "CONTAINER_SERVICE_FILE[b] = \"/srv/b.container\"\r\n"));
}

void TestCli::editInPlaceKeepsBackup()
{
    QTemporaryDir dir;
    const QString file = dir.filePath("local.conf");
    const QByteArray original = "A = \"1\"\nB = \"2\"\n";
    QVERIFY(writeAll(file, original));
    QCOMPARE(runCbw({"edit", file, "--set", "B=3", "--in-place"}).exitCode, 0);
    QCOMPARE(readAll(file), QByteArray("A = \"1\"\nB = \"3\"\n"));
    QCOMPARE(readAll(file + ".bak"), original);
}

void TestCli::editRefusesUnquotableValue()
{
    QTemporaryDir dir;
    const QString file = dir.filePath("local.conf");
    const QByteArray original = "A = \"1\"\n";
    QVERIFY(writeAll(file, original));
    const CliRun run = runCbw({"edit", file, "--set", "A=both \" and ' quotes", "--in-place"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QLatin1String("--set")));
    QCOMPARE(readAll(file), original);
    QVERIFY(!QFile::exists(file + ".bak"));
}

void TestCli::generateFromSeedDemo_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("expectedLine");
    QTest::newRow("local-conf") << "local-conf" << QStringList{} << ".conf"
                                << "    autostart-test-container:docker:autostart \\";
    QTest::newRow("bundle-recipe")
        << "bundle-recipe" << QStringList{} << ".bb"
        << "CONTAINER_DIGESTS[docker.io_library_redis_7] = "
           "\"sha256:0000000000000000000000000000000000000000000000000000000000000000\"";
    QTest::newRow("image-recipe multi")
        << "image-recipe" << QStringList{"--name", "app-container-multilayer"} << ".bb"
        << "    base:packages:base-files+base-passwd+netbase \\";
    QTest::newRow("image-recipe base + multi")
        << "image-recipe" << QStringList{"--name", "app-container-layered"} << ".bb"
        << "OCI_BASE_IMAGE = \"app-container-multilayer\"";
}

void TestCli::generateFromSeedDemo()
{
    QFETCH(QString, what);
    QFETCH(QStringList, extra);
    QFETCH(QString, suffix);
    QFETCH(QString, expectedLine);
    QTemporaryDir dir;
    const QString out = dir.filePath("generated" + suffix);
    const CliRun run =
        runCbw(QStringList{"generate", what, "--project", kSeedDemo, "-o", out} + extra);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString text = QString::fromUtf8(readAll(out));
    QVERIFY2(text.split(QLatin1Char('\n')).contains(expectedLine), qPrintable(text));

    // What we generate must pass our own validation: no error, BitBake would accept it.
    const CliRun validate = runCbw({"validate", out});
    QVERIFY2(validate.exitCode == 0, qPrintable(validate.out));
}

void TestCli::generateUnitsFromConf()
{
    QTemporaryDir dir;
    const QString conf = dir.filePath("local.conf");
    QVERIFY(writeAll(conf,
                     "BUNDLED_CONTAINERS = \"container-base:docker "
                     "autostart-test-container:docker:autostart app-1.2.3-oci:podman:always\"\n"));
    const QString root = dir.filePath("rootfs");
    const CliRun run = runCbw({"generate", "units", "--conf", conf, "-o", root});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    const QByteArray expected =
        readAll(CBW_TEST_DATA_DIR "/expected-units/container-autostart-test-container.service");
    QVERIFY(expected.startsWith("[Unit]\n"));
    QCOMPARE(readAll(root + "/lib/systemd/system/container-autostart-test-container.service"),
             expected);
    const QFileInfo link(root + "/etc/systemd/system/multi-user.target.wants/"
                                "container-autostart-test-container.service");
    QVERIFY(link.isSymLink());
    QCOMPARE(link.symLinkTarget(),
             QStringLiteral("/lib/systemd/system/container-autostart-test-container.service"));

    QCOMPARE(readAll(root + "/etc/containers/systemd/container-app.container"),
             QByteArray("# Quadlet container file for app:1.2.3\n"
                        "# Generated by container-cross-install\n"
                        "\n"
                        "[Unit]\n"
                        "Description=Podman Container app:1.2.3\n"
                        "\n"
                        "[Container]\n"
                        "Image=app:1.2.3\n"
                        "ContainerName=app\n"
                        "\n"
                        "[Service]\n"
                        "Restart=always\n"
                        "RestartSec=5s\n"
                        "\n"
                        "[Install]\n"
                        "WantedBy=multi-user.target\n"));
    // No policy, no unit.
    QVERIFY(!QFile::exists(root + "/lib/systemd/system/container-container-base.service"));
}

void TestCli::generateUnitsFromProject()
{
    QTemporaryDir dir;
    const CliRun run = runCbw({"generate", "units", "--project", kSeedDemo, "-o", dir.path()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QStringList written = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    written.sort();
    QCOMPARE(written,
             (QStringList{
                 "/etc/systemd/system/multi-user.target.wants/"
                 "container-autostart-test-container.service",
                 "/etc/systemd/system/multi-user.target.wants/container-container-app-base.service",
                 "/etc/systemd/system/multi-user.target.wants/container-redis.service",
                 "/lib/systemd/system/container-autostart-test-container.service",
                 "/lib/systemd/system/container-container-app-base.service",
                 "/lib/systemd/system/container-redis.service",
             }));
    QVERIFY(readAll(dir.filePath("lib/systemd/system/container-redis.service"))
                .contains("ExecStart=/usr/bin/docker run --rm --name redis redis:7\n"));
}

void TestCli::generateUnitsWithCustomServiceFile()
{
    QTemporaryDir dir;
    QVERIFY(writeAll(dir.filePath("mine.service"), "[Service]\nExecStart=/bin/true\n"));
    const QString conf = dir.filePath("local.conf");
    QVERIFY(writeAll(conf,
                     "BUNDLED_CONTAINERS = \"web:docker:always db:docker:always plain:docker\"\n"
                     "CONTAINER_SERVICE_FILE[web] = \"mine.service\"\n"
                     "CONTAINER_SERVICE_FILE[db] = \"missing.service\"\n"
                     "CONTAINER_SERVICE_FILE[plain] = \"mine.service\"\n"));
    const QString root = dir.filePath("rootfs");
    const CliRun run = runCbw({"generate", "units", "--conf", conf, "-o", root});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // An existing custom file replaces the generated unit and still gets the wants link.
    QCOMPARE(readAll(root + "/lib/systemd/system/container-web.service"),
             QByteArray("[Service]\nExecStart=/bin/true\n"));
    QVERIFY(QFileInfo(root + "/etc/systemd/system/multi-user.target.wants/container-web.service")
                .isSymLink());
    // A missing one falls back to the generated unit, as the class does, but we say so.
    QVERIFY(readAll(root + "/lib/systemd/system/container-db.service")
                .startsWith("[Unit]\nDescription=Docker Container db:latest\n"));
    QVERIFY2(run.err.contains(QLatin1String("missing.service")), qPrintable(run.err));
    // Entries without a policy never get a unit, custom or not.
    QVERIFY(!QFile::exists(root + "/lib/systemd/system/container-plain.service"));
}

void TestCli::cacheKeyVectors()
{
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath("runtime")));
    QVERIFY(
        writeAll(dir.filePath("runtime/base-files"), "PN: base-files\nPKGV: 3.0.14\nPKGR: r0\n"));
    QVERIFY(writeAll(dir.filePath("runtime/base-passwd"), "PKGV: 3.6.4\n"));
    QVERIFY(writeAll(dir.filePath("runtime/netbase"), "PV: 6.4\nPKGV: 6.4\n"));

    const QStringList common = {
        "cache-key", "--layer",    "base",           "--packages", "netbase+base-files+base-passwd",
        "--machine", "qemux86-64", "--tune-pkgarch", "core2-64"};
    const CliRun withVersions = runCbw(common + QStringList{"--pkgdata", dir.path()});
    QCOMPARE(withVersions.exitCode, 0);
    QCOMPARE(withVersions.out, QStringLiteral("ff7fbf7f0da6b452\n"));
    const CliRun withoutVersions = runCbw(common);
    QCOMPARE(withoutVersions.exitCode, 0);
    QCOMPARE(withoutVersions.out, QStringLiteral("45221f5e36f7eef8\n"));
}

void TestCli::cacheKeyReadsPkgdata()
{
    QTemporaryDir dir;
    const CliRun run =
        runCbw({"cache-key", "--layer", "x", "--packages", "a", "--pkgdata", dir.path()});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QLatin1String("runtime")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

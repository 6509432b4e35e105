#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using cbw::test::runCbw;

namespace {

const QString dataDir = QStringLiteral(CBW_TEST_DATA_DIR "/export");
const QString project = dataDir + QStringLiteral("/demo.cbw.json");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Expected outputs name the test data directory as @DATA@ (service file paths are absolute).
QByteArray expectedOutput(const QString &name)
{
    return readAll(dataDir + QLatin1Char('/') + name).replace("@DATA@", dataDir.toUtf8());
}

bool copyFile(const QString &from, const QString &to)
{
    return QFile::copy(from, to);
}

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

private slots:
    void dryRunLayerExactOutput();
    void dryRunMergeExactOutput();
    void writesLayer();
    void mergeKeepsBackup();
    void exitCodes_data();
    void exitCodes();
};

void TestCliExport::dryRunLayerExactOutput()
{
    QTemporaryDir tmp;
    const QString root = tmp.filePath(QStringLiteral("meta-demo"));
    const auto run = runCbw({QStringLiteral("export"), QStringLiteral("--project"), project,
                             QStringLiteral("--what"), QStringLiteral("all"),
                             QStringLiteral("--layer-dir"), root, QStringLiteral("--dry-run")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.outBytes, expectedOutput(QStringLiteral("dry-run-layer.txt")));
    QCOMPARE(run.err, QStringLiteral("note: bundle demo-bundle: Fetching third-party container: "
                                     "docker.io/library/redis:7 (acknowledged in "
                                     "CONTAINER_FLAGS_ACCEPTED)\n"));
    QVERIFY(!QFileInfo::exists(root));
}

void TestCliExport::dryRunMergeExactOutput()
{
    QTemporaryDir tmp;
    const QString conf = tmp.filePath(QStringLiteral("local.conf"));
    QVERIFY(copyFile(QStringLiteral(CBW_TEST_DATA_DIR "/corpus/real/poky/meta-poky/conf/templates/"
                                                      "default/local.conf.sample"),
                     conf));
    const QByteArray before = readAll(conf);
    const auto run = runCbw({QStringLiteral("export"), QStringLiteral("--project"), project,
                             QStringLiteral("--what"), QStringLiteral("fragment,host-append"),
                             QStringLiteral("--merge-into"), conf, QStringLiteral("--dry-run")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.outBytes, expectedOutput(QStringLiteral("dry-run-merge.txt")));
    QCOMPARE(readAll(conf), before);
    QCOMPARE(QDir(tmp.path()).entryList(QDir::Files), QStringList{QStringLiteral("local.conf")});
}

void TestCliExport::writesLayer()
{
    QTemporaryDir tmp;
    const QString root = tmp.filePath(QStringLiteral("meta-demo"));
    const QStringList args = {
        QStringLiteral("export"), QStringLiteral("--project"),   project, QStringLiteral("--what"),
        QStringLiteral("all"),    QStringLiteral("--layer-dir"), root};
    const auto run = runCbw(args);
    QCOMPARE(run.exitCode, 0);
    const QString expected =
        QStringLiteral("wrote %1/conf/layer.conf\n"
                       "wrote %1/conf/local.conf.fragment\n"
                       "wrote %1/recipes-containers/bundles/demo-bundle_2.1.bb\n"
                       "wrote %1/recipes-containers/bundles/files/app.service\n"
                       "wrote %1/recipes-containers/images/app.bb\n"
                       "\nTo use it:\n"
                       "  bitbake-layers add-layer %1\n"
                       "  append %1/conf/local.conf.fragment to your build's conf/local.conf, "
                       "or use --merge-into conf/local.conf\n"
                       "  MACHINE=qemux86-64 bitbake container-image-host\n")
            .arg(root);
    QCOMPARE(run.out, expected);
    QVERIFY(readAll(root + QStringLiteral("/conf/local.conf.fragment"))
                .contains("IMAGE_INSTALL:append:pn-container-image-host = \" demo-bundle\""));

    const auto again = runCbw(args);
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.endsWith(QLatin1String("nothing to change\n")), qPrintable(again.out));
}

void TestCliExport::mergeKeepsBackup()
{
    QTemporaryDir tmp;
    const QString conf = tmp.filePath(QStringLiteral("local.conf"));
    const QByteArray before = "# mine\nMACHINE = \"qemux86-64\"\n";
    QFile f(conf);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(before);
    f.close();
    const auto run = runCbw({QStringLiteral("export"), QStringLiteral("--project"), project,
                             QStringLiteral("--what"), QStringLiteral("host-append"),
                             QStringLiteral("--merge-into"), conf});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("wrote %1\nbackup %1.bak\n\nTo use it:\n"
                                     "  MACHINE=qemux86-64 bitbake container-image-host\n")
                          .arg(conf));
    QCOMPARE(readAll(conf + QStringLiteral(".bak")), before);
    QCOMPARE(readAll(conf),
             before + "IMAGE_INSTALL:append:pn-container-image-host = \" demo-bundle\"\n");
}

void TestCliExport::exitCodes_data()
{
    QTest::addColumn<QStringList>("args"); // "@" is replaced by a temp dir with `file` and `a.conf`
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("errContains");
    const QStringList base = {QStringLiteral("export"), QStringLiteral("--project"), project};
    QTest::newRow("no --what") << base + QStringList{QStringLiteral("--zip"),
                                                     QStringLiteral("@/x.zip")}
                               << 2 << QStringLiteral("--what is required");
    QTest::newRow("bad --what") << base + QStringList{QStringLiteral("--what"),
                                                      QStringLiteral("everything"),
                                                      QStringLiteral("--zip"),
                                                      QStringLiteral("@/x.zip")}
                                << 2 << QStringLiteral("not 'everything'");
    QTest::newRow("two targets") << base + QStringList{QStringLiteral("--what"),
                                                       QStringLiteral("all"),
                                                       QStringLiteral("--zip"),
                                                       QStringLiteral("@/x.zip"),
                                                       QStringLiteral("--layer-dir"),
                                                       QStringLiteral("@/m")}
                                 << 2 << QStringLiteral("exactly one of");
    QTest::newRow("no project") << QStringList{QStringLiteral("export"), QStringLiteral("--what"),
                                               QStringLiteral("all"), QStringLiteral("-o"),
                                               QStringLiteral("@/x")}
                                << 2 << QStringLiteral("--project is required");
    QTest::newRow("-o over an existing file")
        << base + QStringList{QStringLiteral("--what"), QStringLiteral("fragment"),
                              QStringLiteral("-o"), QStringLiteral("@/a.conf")}
        << 1 << QStringLiteral("@/a.conf exists; use --merge-into");
    QTest::newRow("layer below a regular file")
        << base + QStringList{QStringLiteral("--what"), QStringLiteral("all"),
                              QStringLiteral("--layer-dir"), QStringLiteral("@/file/meta-x")}
        << 1 << QStringLiteral("@/file is not a directory");
    QTest::newRow("host append without a host image")
        << base + QStringList{QStringLiteral("--what"),       QStringLiteral("host-append"),
                              QStringLiteral("--bundle"),     QStringLiteral("host-bundle"),
                              QStringLiteral("--merge-into"), QStringLiteral("@/a.conf")}
        << 1 << QStringLiteral("no bundle-recipe design to install");
}

void TestCliExport::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, errContains);
    QTemporaryDir tmp;
    QFile file(tmp.filePath(QStringLiteral("file")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QFile conf(tmp.filePath(QStringLiteral("a.conf")));
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write("A = \"1\"\n");
    conf.close();
    for (QString &a : args)
        a.replace(QLatin1Char('@'), tmp.path());
    const auto run = runCbw(args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(QString(errContains).replace(QLatin1Char('@'), tmp.path())),
             qPrintable(run.err));
    QCOMPARE(readAll(tmp.filePath(QStringLiteral("a.conf"))), QByteArray("A = \"1\"\n"));
    QCOMPARE(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             (QStringList{QStringLiteral("a.conf"), QStringLiteral("file")}));
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"

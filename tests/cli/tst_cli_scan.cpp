#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// `cbw scan` run as a user would, on a build directory made by the test.
using cbw::test::CliRun;
using cbw::test::runCbw;

namespace {

bool writeFile(const QString &path, const QByteArray &contents)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

// One layer with an OCI image recipe and a bundle recipe, one deployed image.
QString makeBuildDir(const QTemporaryDir &root, const QByteArray &localConf)
{
    const QString top = root.path() + QLatin1String("/build");
    const QString layer = root.path() + QLatin1String("/meta-demo");
    const bool ok = writeFile(top + QLatin1String("/conf/local.conf"), localConf) &&
                    writeFile(top + QLatin1String("/conf/bblayers.conf"),
                              "BBLAYERS = \"${TOPDIR}/../meta-demo\"\n") &&
                    writeFile(layer + QLatin1String("/conf/layer.conf"),
                              "BBFILES += \"${LAYERDIR}/recipes-*/*/*.bb\"\n") &&
                    writeFile(layer + QLatin1String("/recipes-demo/images/app-container.bb"),
                              "inherit image image-oci\n") &&
                    writeFile(layer + QLatin1String("/recipes-demo/bundles/my-bundle_1.0.bb"),
                              "inherit container-bundle\n") &&
                    writeFile(top + QLatin1String("/tmp/deploy/images/qemux86-64/"
                                                  "app-container-latest-oci/index.json"),
                              "{}");
    return ok ? top : QString();
}

} // namespace

class TestCliScan : public QObject
{
    Q_OBJECT

private slots:
    void jsonDescribesTheBuildDirectory();
    void textListsSourcesAndFixes();
    void exitCodes_data();
    void exitCodes();
};

void TestCliScan::jsonDescribesTheBuildDirectory()
{
    QTemporaryDir root;
    const QString top = makeBuildDir(root, "MACHINE = \"qemux86-64\"\n"
                                           "DISTRO_FEATURES:append = \" virtualization\"\n");
    QVERIFY(!top.isEmpty());
    const CliRun run = runCbw({QStringLiteral("scan"), QStringLiteral("--json"), top});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(run.outBytes, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(o.value(QStringLiteral("topDir")).toString(), top);
    QCOMPARE(o.value(QStringLiteral("machine")).toString(), QStringLiteral("qemux86-64"));
    QCOMPARE(o.value(QStringLiteral("layers")).toArray().size(), 1);
    const QJsonArray recipes = o.value(QStringLiteral("recipes")).toArray();
    QCOMPARE(recipes.size(), 2);
    QCOMPARE(recipes.at(0).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("app-container"));
    QCOMPARE(recipes.at(0).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("container-image"));
    QCOMPARE(recipes.at(1).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("container-bundle"));
    const QJsonArray images = o.value(QStringLiteral("deployedImages")).toArray();
    QCOMPARE(images.size(), 1);
    QCOMPARE(images.at(0).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("app-container-latest-oci"));
    const QJsonArray missing = o.value(QStringLiteral("missingPrerequisites")).toArray();
    QCOMPARE(missing.size(), 2);
    QCOMPARE(missing.at(0).toObject().value(QStringLiteral("fix")).toString(),
             QStringLiteral("DISTRO_FEATURES:append = \" vcontainer\""));
    QCOMPARE(missing.at(1).toObject().value(QStringLiteral("fix")).toString(),
             QStringLiteral("BBMULTICONFIG:append = \" vruntime-x86-64\""));
}

void TestCliScan::textListsSourcesAndFixes()
{
    QTemporaryDir root;
    const QString top = makeBuildDir(root, "MACHINE = \"qemux86-64\"\n");
    QVERIFY(!top.isEmpty());
    const CliRun run =
        runCbw({QStringLiteral("scan"), top, QStringLiteral("--arch"), QStringLiteral("aarch64")});
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.outBytes);
    QVERIFY2(out.contains(QLatin1String("Container image recipes (1):\n  app-container  ")),
             qPrintable(out));
    QVERIFY(out.contains(QLatin1String("Container bundle recipes (1):\n  my-bundle  ")));
    QVERIFY(out.contains(QLatin1String("  qemux86-64  app-container-latest-oci\n")));
    QVERIFY(out.contains(
        QLatin1String("add: DISTRO_FEATURES:append = \" virtualization vcontainer\"\n")));
    QVERIFY(out.contains(QLatin1String("add: BBMULTICONFIG:append = \" vruntime-aarch64\"\n")));
}

void TestCliScan::exitCodes_data()
{
    QTest::addColumn<QByteArray>("localConf");
    QTest::addColumn<QString>("subdir");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expectedText");
    QTest::newRow("syntax error in local.conf")
        << QByteArray("MACHINE = \"qemux86-64\"\nA = \"1\" # comment\n") << QString() << 1
        << QStringLiteral("local.conf:2:");
    QTest::newRow("not a directory") << QByteArray("A = \"1\"\n") << QStringLiteral("/nope") << 2
                                     << QStringLiteral("is not a directory");
    QTest::newRow("no local.conf")
        << QByteArray() << QStringLiteral("/..") << 2 << QStringLiteral("does not exist");
}

void TestCliScan::exitCodes()
{
    QFETCH(QByteArray, localConf);
    QFETCH(QString, subdir);
    QFETCH(int, exitCode);
    QFETCH(QString, expectedText);
    QTemporaryDir root;
    const QString top = makeBuildDir(root, localConf);
    QVERIFY(!top.isEmpty());
    const CliRun run = runCbw({QStringLiteral("scan"), top + subdir});
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.outBytes.contains(expectedText.toUtf8()), run.outBytes.constData());

    const CliRun usage = runCbw({QStringLiteral("scan")});
    QCOMPARE(usage.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliScan)
#include "tst_cli_scan.moc"

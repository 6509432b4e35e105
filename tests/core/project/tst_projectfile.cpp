#include "project/projectfile.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace cbw::core;
using namespace cbw::core::project;

namespace {
const QString kSeedDemo = QStringLiteral(CBW_SOURCE_DIR "/resources/examples/seed-demo.cbw.json");
}

class TestProjectFile : public QObject
{
    Q_OBJECT

private slots:
    void seedDemoLoadsCleanly();
    void roundTrip();
    void badContent_data();
    void badContent();
    void unreadableFileIsAnError();
    void saveKeepsBackup();
};

void TestProjectFile::seedDemoLoadsCleanly()
{
    const auto load = ProjectFile::load(kSeedDemo);
    QVERIFY(load.ok());
    QVERIFY2(load->diagnostics.isEmpty(), qPrintable(load->diagnostics.value(0).toGccString()));
    const Project &p = load->project;
    QCOMPARE(p.name, QStringLiteral("seed-demo"));
    QCOMPARE(p.bundles.size(), 2);
    QCOMPARE(p.bundlesOfMode(bundle::BundleDesign::Mode::BundledContainers).size(), 1);
    const auto recipes = p.bundlesOfMode(bundle::BundleDesign::Mode::BundleRecipe);
    QCOMPARE(recipes.size(), 1);
    QCOMPARE(recipes.first().containers.size(), 2);
    QVERIFY(recipes.first().containers.at(1).isRemote());
    QCOMPARE(p.images.size(), 2);
    QCOMPARE(p.images.first().layers.size(), 3);
    QCOMPARE(p.images.first().mode, layers::LayerMode::Multi);
    // The second image is base + multi: one own layer on top of the first image.
    QCOMPARE(p.images.at(1).baseImage, p.images.first().recipeName);
    QCOMPARE(p.images.at(1).layers.size(), 1);
    QCOMPARE(p.images.at(1).mode, layers::LayerMode::Multi);
}

void TestProjectFile::roundTrip()
{
    const auto load = ProjectFile::load(kSeedDemo);
    QVERIFY(load.ok());
    const QByteArray bytes = ProjectFile::toBytes(load->project);
    const ProjectLoad again = ProjectFile::fromBytes(bytes, QStringLiteral("mem.cbw.json"));
    QVERIFY(again.diagnostics.isEmpty());
    QCOMPARE(again.project, load->project);
    QCOMPARE(ProjectFile::toBytes(again.project), bytes);
}

void TestProjectFile::badContent_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    QTest::newRow("syntax") << QByteArray("{\n \"format\": \"cbw-project\",\n \"version\": 1,,\n}")
                            << "project.json-syntax" << 3;
    QTest::newRow("array") << QByteArray("[]") << "project.not-an-object" << 1;
    QTest::newRow("wrong format") << QByteArray(R"({"format":"other","version":1})")
                                  << "project.wrong-format" << 0;
    QTest::newRow("newer version")
        << QByteArray(R"({"format":"cbw-project","version":99})") << "project.newer-version" << 0;
    QTest::newRow("fractional version")
        << QByteArray(R"({"format":"cbw-project","version":1.5})") << "project.bad-field" << 0;
    QTest::newRow("bundles not array")
        << QByteArray(R"({"format":"cbw-project","version":1,"bundles":{}})") << "project.bad-field"
        << 0;
    QTest::newRow("bundle not object")
        << QByteArray(R"({"format":"cbw-project","version":1,"bundles":[3]})")
        << "project.bad-field" << 0;
    QTest::newRow("name not string")
        << QByteArray(R"({"format":"cbw-project","version":1,"name":7})") << "project.bad-field"
        << 0;
}

void TestProjectFile::badContent()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, code);
    QFETCH(int, line);
    const ProjectLoad load = ProjectFile::fromBytes(bytes, QStringLiteral("p.cbw.json"));
    QVERIFY(hasErrors(load.diagnostics));
    QCOMPARE(load.diagnostics.first().code, code);
    QCOMPARE(load.diagnostics.first().location.file, QStringLiteral("p.cbw.json"));
    QCOMPARE(load.diagnostics.first().location.line, line);
}

void TestProjectFile::unreadableFileIsAnError()
{
    const auto load = ProjectFile::load(QStringLiteral("/nonexistent/x.cbw.json"));
    QVERIFY(!load.ok());
    QVERIFY(load.error().message.contains(QLatin1String("/nonexistent/x.cbw.json")));
}

void TestProjectFile::saveKeepsBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.cbw.json"));
    Project first;
    first.name = QStringLiteral("first");
    QVERIFY(ProjectFile::save(first, path).ok());
    Project second;
    second.name = QStringLiteral("second");
    QVERIFY(ProjectFile::save(second, path, true).ok());
    QCOMPARE(ProjectFile::load(path)->project.name, QStringLiteral("second"));
    QCOMPARE(ProjectFile::load(path + QStringLiteral(".bak"))->project.name,
             QStringLiteral("first"));
}

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"

#include "bitbake/document.h"
#include "common/atomicwrite.h"
#include "export/exportplan.h"
#include "export/zipwriter.h"
#include "project/documentvariables.h"
#include "project/projectfile.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace cbw::core;
using namespace cbw::core::exporting;

namespace {

const QString dataDir = QStringLiteral(CBW_TEST_DATA_DIR "/export");

project::Project demoProject()
{
    const Result<project::ProjectLoad> load =
        project::ProjectFile::load(dataDir + QStringLiteral("/demo.cbw.json"));
    if (!load || hasErrors(load->diagnostics))
        qFatal("demo.cbw.json does not load");
    return load->project;
}

ExportRequest demoRequest(ExportTarget target, const QString &path)
{
    ExportRequest r;
    r.project = demoProject();
    r.projectDirectory = dataDir;
    r.target = target;
    r.targetPath = path;
    return r;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const PlannedFile *fileNamed(const ExportPlan &plan, const QString &display)
{
    for (const PlannedFile &f : plan.files) {
        if (f.displayName == display)
            return &f;
    }
    return nullptr;
}

bool noErrors(const Diagnostics &diagnostics, QString *first)
{
    for (const Diagnostic &d : diagnostics) {
        if (d.isError()) {
            *first = d.toGccString();
            return false;
        }
    }
    return true;
}

QString errorCodes(const Diagnostics &diagnostics)
{
    QStringList codes;
    for (const Diagnostic &d : diagnostics) {
        if (d.isError())
            codes.append(d.code);
    }
    return codes.join(QLatin1Char(','));
}

// Every BitBake file of a layer directory parses with the lossless Document without errors.
void verifyLayerParses(const QString &root)
{
    int parsed = 0;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QLatin1String("/files/")))
            continue;
        const bitbake::Document doc = bitbake::Document::parse(readAll(path), path);
        QString first;
        QVERIFY2(noErrors(doc.diagnostics(), &first), qPrintable(first));
        ++parsed;
    }
    QCOMPARE(parsed, 4);
    const bitbake::Document layerConf = bitbake::Document::parse(
        readAll(root + QStringLiteral("/conf/layer.conf")), QStringLiteral("layer.conf"));
    QCOMPARE(layerConf.evaluate(QStringLiteral("BBFILE_COLLECTIONS")).value.trimmed(),
             QStringLiteral("demo"));
    QCOMPARE(layerConf.evaluate(QStringLiteral("BBFILE_PATTERN_demo")).value,
             QStringLiteral("^${LAYERDIR}/"));
    QCOMPARE(layerConf.evaluate(QStringLiteral("LAYERDEPENDS_demo")).value,
             QStringLiteral("core virtualization-layer"));
}

} // namespace

class TestExportPlan : public QObject
{
    Q_OBJECT

private slots:
    void layerDirectory();
    void roundTrip();
    void existingLayerBbfiles_data();
    void existingLayerBbfiles();
    void zip();
    void writeFailureRestoresEverything();
    void changedAfterPreviewIsNotOverwritten();
    void newFileWithCompanion();
    void refusals_data();
    void refusals();
    void zipEntryPaths_data();
    void zipEntryPaths();
};

void TestExportPlan::layerDirectory()
{
    QTemporaryDir tmp;
    const QString root = tmp.filePath(QStringLiteral("meta-demo"));
    const ExportPlan plan = planExport(demoRequest(ExportTarget::LayerDirectory, root));
    QString first;
    QVERIFY2(noErrors(plan.diagnostics, &first), qPrintable(first));
    QStringList names;
    for (const PlannedFile &f : plan.files) {
        names.append(f.displayName);
        QCOMPARE(f.action, PlannedFile::Action::Create);
        QCOMPARE(f.path, root + QLatin1Char('/') + f.displayName);
        QCOMPARE(f.preview(), f.after);
    }
    QCOMPARE(names, (QStringList{QStringLiteral("conf/layer.conf"),
                                 QStringLiteral("conf/local.conf.fragment"),
                                 QStringLiteral("recipes-containers/bundles/demo-bundle_2.1.bb"),
                                 QStringLiteral("recipes-containers/bundles/files/app.service"),
                                 QStringLiteral("recipes-containers/images/app.bb")}));
    QCOMPARE(fileNamed(plan, QStringLiteral("recipes-containers/bundles/files/app.service"))->after,
             readAll(dataDir + QStringLiteral("/services/app.service")));
    QVERIFY(plan.usage.contains(QStringLiteral("bitbake-layers add-layer ") + root));
    QVERIFY(plan.usage.contains(QStringLiteral("MACHINE=qemux86-64 bitbake container-image-host")));
    QVERIFY(!QFileInfo::exists(root)); // planning writes nothing

    const ExportWriteReport report = writeExport(plan);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.written.size(), 5);
    QVERIFY(report.backups.isEmpty());
    for (const PlannedFile &f : plan.files)
        QCOMPARE(readAll(f.path), f.after);
    verifyLayerParses(root);

    // Exporting the same project again into the layer changes nothing.
    const ExportPlan again = planExport(demoRequest(ExportTarget::LayerDirectory, root));
    QVERIFY2(noErrors(again.diagnostics, &first), qPrintable(first));
    QCOMPARE(again.files.size(), 4); // the existing layer.conf is left alone
    for (const PlannedFile &f : again.files)
        QCOMPARE(f.action, PlannedFile::Action::Unchanged);
    QVERIFY(!again.canWrite());
}

void TestExportPlan::roundTrip()
{
    QTemporaryDir tmp;
    const QString root = tmp.filePath(QStringLiteral("meta-demo"));
    const ExportPlan plan = planExport(demoRequest(ExportTarget::LayerDirectory, root));
    QVERIFY(plan.canWrite());
    const project::Project original = demoProject();

    const auto vars = [&plan](const QString &display) {
        return bitbake::Document::parse(fileNamed(plan, display)->after, display);
    };
    // Bundle recipe.
    const bitbake::Document recipe =
        vars(QStringLiteral("recipes-containers/bundles/demo-bundle_2.1.bb"));
    const project::DocumentVariables rv(recipe);
    bundle::BundleDesignParse parsed = bundle::BundleDesignCodec::fromContainerBundles(
        rv.value(QStringLiteral("CONTAINER_BUNDLES")),
        rv.value(QStringLiteral("CONTAINER_BUNDLE_RUNTIME")),
        rv.flags(QStringLiteral("CONTAINER_DIGESTS")),
        rv.value(QStringLiteral("CONTAINER_FLAGS_ACCEPTED")),
        rv.value(QStringLiteral("CONTAINER_BUNDLE_DEPLOY")),
        rv.flags(QStringLiteral("CONTAINER_SERVICE_FILE")));
    QVERIFY(!hasErrors(parsed.diagnostics));
    bundle::BundleDesign expected = original.bundles.at(1);
    QCOMPARE(rv.value(QStringLiteral("SUMMARY")).value, expected.summary);
    QVERIFY(rv.inheritedClasses().contains(QStringLiteral("container-bundle")));
    // The recipe file name carries name and version; machine and host image live in
    // local.conf; the service file is fetched from files/ under its own name.
    bundle::BundleDesign got = parsed.design;
    got.recipeName = expected.recipeName;
    got.recipeVersion = expected.recipeVersion;
    got.summary = expected.summary;
    got.machine = expected.machine;
    got.hostImage = expected.hostImage;
    QCOMPARE(got.containers.first().customServiceFile, QStringLiteral("${UNPACKDIR}/app.service"));
    got.containers[0].customServiceFile = expected.containers.first().customServiceFile;
    QCOMPARE(got, expected);

    // local.conf fragment.
    const bitbake::Document fragment = vars(QStringLiteral("conf/local.conf.fragment"));
    const project::DocumentVariables fv(fragment);
    parsed = bundle::BundleDesignCodec::fromBundledContainers(
        fv.value(QStringLiteral("BUNDLED_CONTAINERS")), QStringLiteral("docker"),
        fv.flags(QStringLiteral("CONTAINER_SERVICE_FILE")));
    QVERIFY(!hasErrors(parsed.diagnostics));
    expected = original.bundles.at(0);
    got = parsed.design;
    QCOMPARE(got.containers.size(), expected.containers.size());
    for (int i = 0; i < got.containers.size(); ++i) {
        QCOMPARE(got.containers.at(i).source, expected.containers.at(i).source);
        QCOMPARE(got.runtimeOf(got.containers.at(i)),
                 expected.runtimeOf(expected.containers.at(i)));
        QCOMPARE(got.containers.at(i).policy, expected.containers.at(i).policy);
        // local.conf cannot know the project's directory: the path is made absolute.
        const QString service = expected.containers.at(i).customServiceFile;
        QCOMPARE(got.containers.at(i).customServiceFile,
                 service.isEmpty() ? service : dataDir + QLatin1Char('/') + service);
    }
    QCOMPARE(
        fragment
            .evaluate(QStringLiteral("IMAGE_INSTALL"), {QStringLiteral("pn-container-image-host")})
            .value,
        QStringLiteral(" demo-bundle"));
    QCOMPARE(fragment.evaluate(QStringLiteral("IMAGE_INSTALL")).isSet, false);

    // Container image recipe.
    const bitbake::Document image = vars(QStringLiteral("recipes-containers/images/app.bb"));
    const project::DocumentVariables iv(image);
    const layers::LayerDesign gotImage = layers::LayerDesign::fromVariables(
        iv.layerVariables(image.variableNames()), QStringLiteral("app"));
    QCOMPARE(gotImage, original.images.first());
}

void TestExportPlan::existingLayerBbfiles_data()
{
    QTest::addColumn<QByteArray>("bbfiles");
    QTest::addColumn<QStringList>("unmatched");
    QTest::newRow("conventional") << QByteArray("${LAYERDIR}/recipes-*/*/*.bb") << QStringList();
    QTest::newRow("bundles only") << QByteArray("${LAYERDIR}/recipes-containers/bundles/*.bb")
                                  << QStringList{
                                         QStringLiteral("recipes-containers/images/app.bb")};
    QTest::newRow("one level") << QByteArray("${LAYERDIR}/recipes-*/*.bb")
                               << QStringList{QStringLiteral(
                                                  "recipes-containers/bundles/demo-bundle_2.1.bb"),
                                              QStringLiteral("recipes-containers/images/app.bb")};
}

void TestExportPlan::existingLayerBbfiles()
{
    QFETCH(QByteArray, bbfiles);
    QFETCH(QStringList, unmatched);
    QTemporaryDir tmp;
    const QString root = tmp.filePath(QStringLiteral("meta-mine"));
    const QByteArray layerConf = "BBFILES += \"" + bbfiles + "\"\nBBFILE_COLLECTIONS += \"mine\"\n";
    QVERIFY(QDir().mkpath(root + QStringLiteral("/conf")));
    QVERIFY(writeFileAtomically(root + QStringLiteral("/conf/layer.conf"), layerConf).ok());
    const ExportPlan plan = planExport(demoRequest(ExportTarget::LayerDirectory, root));
    QVERIFY(plan.canWrite());
    QVERIFY(!fileNamed(plan, QStringLiteral("conf/layer.conf")));
    QStringList warned;
    for (const Diagnostic &d : plan.diagnostics) {
        if (d.code == QLatin1String("export.not-in-bbfiles"))
            warned.append(d.message.section(QLatin1Char(' '), 0, 0));
    }
    QCOMPARE(warned, unmatched);
    QVERIFY(writeExport(plan).ok());
    QCOMPARE(readAll(root + QStringLiteral("/conf/layer.conf")), layerConf);
}

void TestExportPlan::zip()
{
    QTemporaryDir tmp;
    const QString zipPath = tmp.filePath(QStringLiteral("demo.zip"));
    const ExportPlan plan = planExport(demoRequest(ExportTarget::Zip, zipPath));
    QString first;
    QVERIFY2(noErrors(plan.diagnostics, &first), qPrintable(first));
    QVERIFY(!QFileInfo::exists(zipPath));
    const ExportWriteReport report = writeExport(plan);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.written, QStringList{zipPath});

    QuaZip zip(zipPath);
    QVERIFY(zip.open(QuaZip::mdUnzip));
    QStringList entries = zip.getFileNameList();
    QCOMPARE(entries.size(), plan.files.size());
    for (const QString &entry : std::as_const(entries)) {
        QVERIFY2(entry.startsWith(QLatin1String("meta-demo/")), qPrintable(entry));
        QVERIFY2(!entry.startsWith(QLatin1Char('/')) && !entry.contains(QLatin1String("..")),
                 qPrintable(entry));
        QVERIFY(zip.setCurrentFile(entry));
        QuaZipFile file(&zip);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const PlannedFile *planned = fileNamed(plan, entry);
        QVERIFY(planned);
        QCOMPARE(file.readAll(), planned->after);
    }
    zip.close();

    const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
    QVERIFY2(!unzip.isEmpty(), "unzip is installed by scripts/setup-deps.sh");
    QProcess test;
    test.start(unzip, {QStringLiteral("-t"), zipPath});
    QVERIFY(test.waitForFinished());
    QCOMPARE(test.exitCode(), 0);
    const QString out = tmp.filePath(QStringLiteral("unpacked"));
    QProcess extract;
    extract.start(unzip, {QStringLiteral("-q"), zipPath, QStringLiteral("-d"), out});
    QVERIFY(extract.waitForFinished());
    QCOMPARE(extract.exitCode(), 0);
    verifyLayerParses(out + QStringLiteral("/meta-demo"));

    // A second export keeps the first archive as .bak.
    const ExportPlan again = planExport(demoRequest(ExportTarget::Zip, zipPath));
    QVERIFY(again.canWrite());
    const QByteArray firstZip = readAll(zipPath);
    const ExportWriteReport second = writeExport(again);
    QVERIFY(second.ok());
    QCOMPARE(second.backups, QStringList{zipPath + QStringLiteral(".bak")});
    QCOMPARE(readAll(zipPath + QStringLiteral(".bak")), firstZip);
}

void TestExportPlan::writeFailureRestoresEverything()
{
    QTemporaryDir tmp;
    const QString root = tmp.filePath(QStringLiteral("meta-demo"));
    const QByteArray userFragment = "# mine\nBUNDLED_CONTAINERS = \"old:docker\"\n";
    const QByteArray olderBak = "an older backup\n";
    QVERIFY(QDir().mkpath(root + QStringLiteral("/conf")));
    const QString fragment = root + QStringLiteral("/conf/local.conf.fragment");
    QVERIFY(writeFileAtomically(fragment, userFragment).ok());
    QVERIFY(writeFileAtomically(fragment + QStringLiteral(".bak"), olderBak).ok());

    const ExportPlan plan = planExport(demoRequest(ExportTarget::LayerDirectory, root));
    QVERIFY(plan.canWrite());
    QCOMPARE(fileNamed(plan, QStringLiteral("conf/local.conf.fragment"))->action,
             PlannedFile::Action::Modify);
    // After the preview a regular file takes the place of a directory the export needs:
    // the last file cannot be written (works as root too, unlike a read-only directory).
    QVERIFY(QDir().mkpath(root + QStringLiteral("/recipes-containers")));
    QVERIFY(writeFileAtomically(root + QStringLiteral("/recipes-containers/images"), "x").ok());

    const ExportWriteReport report = writeExport(plan);
    QVERIFY(!report.ok());
    QCOMPARE(report.failedPath, root + QStringLiteral("/recipes-containers/images/app.bb"));
    QVERIFY2(report.error.contains(QLatin1String("not a directory")), qPrintable(report.error));
    QVERIFY(report.written.isEmpty());
    QCOMPARE(readAll(fragment), userFragment);
    QCOMPARE(readAll(fragment + QStringLiteral(".bak")), olderBak);
    QVERIFY(!QFileInfo::exists(root + QStringLiteral("/conf/layer.conf")));
    QVERIFY(!QFileInfo::exists(root + QStringLiteral("/recipes-containers/bundles")));
    QCOMPARE(QDir(root + QStringLiteral("/conf")).entryList(QDir::Files),
             (QStringList{QStringLiteral("local.conf.fragment"),
                          QStringLiteral("local.conf.fragment.bak")}));
}

void TestExportPlan::changedAfterPreviewIsNotOverwritten()
{
    QTemporaryDir tmp;
    const QString conf = tmp.filePath(QStringLiteral("local.conf"));
    QVERIFY(writeFileAtomically(conf, "A = \"1\"\n").ok());
    ExportRequest r = demoRequest(ExportTarget::MergeIntoFile, conf);
    r.contents = ExportContent::LocalConfFragment;
    const ExportPlan plan = planExport(r);
    QVERIFY(plan.canWrite());
    QVERIFY(writeFileAtomically(conf, "A = \"2\"\n").ok());
    const ExportWriteReport report = writeExport(plan);
    QVERIFY(!report.ok());
    QCOMPARE(report.failedPath, conf);
    QCOMPARE(readAll(conf), QByteArray("A = \"2\"\n"));
    QVERIFY(!QFileInfo::exists(conf + QStringLiteral(".bak")));
}

void TestExportPlan::newFileWithCompanion()
{
    QTemporaryDir tmp;
    const QString target = tmp.filePath(QStringLiteral("demo-bundle_2.1.bb"));
    ExportRequest r = demoRequest(ExportTarget::NewFile, target);
    r.contents = ExportContent::BundleRecipe;
    const ExportPlan plan = planExport(r);
    QVERIFY(plan.canWrite());
    QCOMPARE(plan.files.size(), 2);
    QCOMPARE(plan.files.at(0).displayName, QStringLiteral("demo-bundle_2.1.bb"));
    QCOMPARE(plan.files.at(1).displayName, QStringLiteral("files/app.service"));
    QVERIFY(plan.files.at(0).changedStatements.contains(QStringLiteral("CONTAINER_BUNDLES")));
    QVERIFY(plan.files.at(0).changedStatements.contains(
        QStringLiteral("CONTAINER_DIGESTS[docker.io_library_redis_7]")));
    const ExportWriteReport report = writeExport(plan);
    QVERIFY(report.ok());
    QCOMPARE(report.written,
             (QStringList{target, tmp.filePath(QStringLiteral("files/app.service"))}));
    QCOMPARE(readAll(tmp.filePath(QStringLiteral("files/app.service"))),
             readAll(dataDir + QStringLiteral("/services/app.service")));
    // -o never overwrites: the second run is refused.
    QVERIFY(!planExport(r).canWrite());
}

void TestExportPlan::refusals_data()
{
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("path"); // relative to a temp dir holding `existing.conf`, `file`
    QTest::addColumn<int>("contents");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QStringList>("bundles");
    QTest::addColumn<QString>("code");
    const int all = int(ExportContent::All);
    const int fragment = int(ExportContent::LocalConfFragment);
    const int recipe = int(ExportContent::BundleRecipe);
    const int hostAppend = int(ExportContent::HostImageAppend);
    const auto row = [](const char *name, ExportTarget t, const char *path, int contents,
                        const char *host, const QStringList &bundles, const char *code) {
        QTest::newRow(name) << int(t) << QString::fromLatin1(path) << contents
                            << QString::fromLatin1(host) << bundles << QString::fromLatin1(code);
    };
    row("-o on an existing file", ExportTarget::NewFile, "existing.conf", fragment, "", {},
        "export.target-exists");
    row("merge into a missing file", ExportTarget::MergeIntoFile, "missing.conf", fragment, "", {},
        "export.missing-target");
    row("one file, several units", ExportTarget::NewFile, "new.conf", all, "", {},
        "export.several-files");
    row("recipe merged into a .conf", ExportTarget::MergeIntoFile, "existing.conf", recipe, "", {},
        "export.wrong-file-kind");
    row("layer below a regular file", ExportTarget::LayerDirectory, "file/meta-x", all, "", {},
        "export.not-a-directory");
    row("zip below a regular file", ExportTarget::Zip, "file/x.zip", all, "", {},
        "export.not-a-directory");
    row("unknown bundle", ExportTarget::LayerDirectory, "meta-x", all, "", {QStringLiteral("nope")},
        "export.unknown-bundle");
    row("bad host image", ExportTarget::MergeIntoFile, "existing.conf", hostAppend, "a b", {},
        "export.bad-host-image");
    row("no bundled design", ExportTarget::MergeIntoFile, "existing.conf", fragment, "",
        {QStringLiteral("demo-bundle")}, "export.nothing-selected");
    row("bad collection", ExportTarget::LayerDirectory, "meta-a:b", all, "", {},
        "export.bad-collection");
}

void TestExportPlan::refusals()
{
    QFETCH(int, target);
    QFETCH(QString, path);
    QFETCH(int, contents);
    QFETCH(QString, host);
    QFETCH(QStringList, bundles);
    QFETCH(QString, code);
    QTemporaryDir tmp;
    QVERIFY(writeFileAtomically(tmp.filePath(QStringLiteral("existing.conf")), "A = \"1\"\n").ok());
    QVERIFY(writeFileAtomically(tmp.filePath(QStringLiteral("file")), "x").ok());
    ExportRequest r = demoRequest(ExportTarget(target), tmp.filePath(path));
    r.contents = ExportContents::fromInt(contents);
    r.hostImage = host;
    r.bundleNames = bundles;
    const ExportPlan plan = planExport(r);
    QVERIFY2(errorCodes(plan.diagnostics).split(QLatin1Char(',')).contains(code),
             qPrintable(errorCodes(plan.diagnostics)));
    QVERIFY(!plan.canWrite());
    const ExportWriteReport report = writeExport(plan);
    QVERIFY(!report.ok());
    QCOMPARE(readAll(tmp.filePath(QStringLiteral("existing.conf"))), QByteArray("A = \"1\"\n"));
    QCOMPARE(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             (QStringList{QStringLiteral("existing.conf"), QStringLiteral("file")}));
}

void TestExportPlan::zipEntryPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("ok");
    QTest::newRow("layer file") << QStringLiteral("meta-x/conf/layer.conf") << true;
    QTest::newRow("absolute") << QStringLiteral("/etc/passwd") << false;
    QTest::newRow("drive") << QStringLiteral("C:/x") << false;
    QTest::newRow("dot-dot") << QStringLiteral("meta-x/../../x") << false;
    QTest::newRow("dot") << QStringLiteral("meta-x/./x") << false;
    QTest::newRow("empty segment") << QStringLiteral("meta-x//x") << false;
    QTest::newRow("backslash") << QStringLiteral("meta-x\\x") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestExportPlan::zipEntryPaths()
{
    QFETCH(QString, path);
    QFETCH(bool, ok);
    QCOMPARE(ZipWriter::checkEntryPath(path).ok(), ok);
    QCOMPARE(ZipWriter::build({{path, "x"}}).ok(), ok);
}

QTEST_GUILESS_MAIN(TestExportPlan)
#include "tst_exportplan.moc"

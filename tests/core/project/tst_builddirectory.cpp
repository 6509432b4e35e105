#include "project/builddirectory.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace cbw::core;
using namespace cbw::core::project;

namespace {

void writeFile(const QString &path, const QByteArray &contents)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(contents);
}

void makeLink(const QString &target, const QString &link)
{
    QVERIFY(QDir().mkpath(QFileInfo(link).absolutePath()));
    QVERIFY2(QFile::link(target, link), qPrintable(link));
}

QString dump(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.code + QLatin1Char(' ') + d.toGccString());
    return lines.join(QLatin1Char('\n'));
}

QList<Diagnostic> withCode(const Diagnostics &diagnostics, QLatin1String code)
{
    QList<Diagnostic> out;
    for (const Diagnostic &d : diagnostics) {
        if (d.code == code)
            out.append(d);
    }
    return out;
}

const RecipeSource *findRecipe(const BuildDirectoryInfo &info, const QString &name)
{
    for (const RecipeSource &r : info.recipes) {
        if (r.name == name)
            return &r;
    }
    return nullptr;
}

const DeployedImage *findImage(const BuildDirectoryInfo &info, const QString &name)
{
    for (const DeployedImage &d : info.deployedImages) {
        if (d.name == name)
            return &d;
    }
    return nullptr;
}

const QByteArray layerConf = "BBPATH .= \":${LAYERDIR}\"\n"
                             "BBFILES += \"${LAYERDIR}/recipes-*/*/*.bb \\\n"
                             "            ${LAYERDIR}/recipes-*/*/*.bbappend\"\n"
                             "BBFILE_COLLECTIONS += \"apps\"\n";

// A build directory the way oe-init-build-env leaves it after a few builds: one layer
// reached through ${TOPDIR}, one through an absolute path (without layer.conf), one missing.
struct Fixture
{
    QTemporaryDir root;
    QString top;
    QString apps;
    QString bundles;

    Fixture()
    {
        top = root.path() + QLatin1String("/build");
        apps = root.path() + QLatin1String("/layers/meta-apps");
        bundles = root.path() + QLatin1String("/elsewhere/meta-bundles");
    }

    void create()
    {
        writeFile(top + QLatin1String("/conf/local.conf"),
                  "MACHINE ?\?= \"qemux86-64\"\n"
                  "DISTRO ?= \"poky\"\n"
                  "DISTRO_FEATURES:append = \" virtualization\"\n"
                  "BBMULTICONFIG = \"vruntime-x86-64\"\n"
                  "BUNDLED_CONTAINERS = \"app-container:docker:autostart\"\n");
        writeFile(top + QLatin1String("/conf/bblayers.conf"),
                  "BBPATH = \"${TOPDIR}\"\n"
                  "BBLAYERS ?= \" \\\n"
                  "  ${TOPDIR}/../layers/meta-apps \\\n" +
                      bundles.toUtf8() +
                      " \\\n"
                      "  ${TOPDIR}/../layers/meta-missing \\\n"
                      "  \"\n");
        writeFile(apps + QLatin1String("/conf/layer.conf"), layerConf);
        writeFile(apps + QLatin1String("/classes-recipe/container-cross-install.bbclass"), "");
        writeFile(apps + QLatin1String("/conf/multiconfig/vruntime-x86-64.conf"), "");
        const QString images = apps + QLatin1String("/recipes-demo/images/");
        writeFile(images + QLatin1String("app-container_1.0.bb"),
                  "SUMMARY = \"x\"\ninherit image image-oci\n");
        writeFile(images + QLatin1String("multi-line_git.bb"),
                  "inherit image \\\n    image-oci \\\n    extra\n");
        writeFile(images + QLatin1String("deferred.bb"), "inherit_defer image-oci\n");
        writeFile(images + QLatin1String("crlf-tab_1.0.bb"),
                  "SUMMARY = \"x\"\r\ninherit\timage \\\r\n\timage-oci\r\n");
        writeFile(images + QLatin1String("not-keyword.bb"),
                  "inherited = \"image-oci\"\n  inherit image-oci\nINHERIT += \"image-oci\"\n");
        writeFile(images + QLatin1String("commented.bb"),
                  "# inherit image-oci\n#inherit image \\\n# image-oci\ninherit image\n");
        writeFile(images + QLatin1String("in-function.bb"),
                  "do_thing() {\ninherit image-oci\n}\ninherit image\n");
        writeFile(images + QLatin1String("via-require_2.0.bb"),
                  "require recipes-demo/images/oci-base.inc\n");
        writeFile(images + QLatin1String("oci-base.inc"), "inherit image image-oci\n");
        writeFile(images + QLatin1String("via-class.bb"), "inherit my-oci-image\n");
        writeFile(apps + QLatin1String("/classes-recipe/my-oci-image.bbclass"),
                  "inherit image-oci\n");
        writeFile(images + QLatin1String("plain-image.bb"), "inherit image\n");
        writeFile(images + QLatin1String("plain-image.bbappend"), "inherit image-oci\n");
        // BBFILES stops at recipes-*/*/*.bb: BitBake never sees this one.
        writeFile(images + QLatin1String("extra/hidden-image.bb"), "inherit image-oci\n");

        writeFile(bundles + QLatin1String("/recipes-bundles/bundles/my-bundle_1.0.bb"),
                  "CONTAINER_BUNDLES = \"app-container\"\ninherit container-bundle\n");
        makeLink(bundles + QLatin1String("/recipes-bundles"),
                 bundles + QLatin1String("/recipes-bundles/bundles/loop"));
        writeFile(bundles + QLatin1String("/recipes-bundles/locked/locked.bb"),
                  "inherit image-oci\n");

        const QString deploy = top + QLatin1String("/tmp/deploy/images/qemux86-64/");
        writeFile(deploy + QLatin1String("app-container-20261128-oci/index.json"), "{}");
        makeLink(QStringLiteral("app-container-20261128-oci"),
                 deploy + QLatin1String("app-container-latest-oci"));
        makeLink(QStringLiteral("gone-20200101-oci"), deploy + QLatin1String("gone-latest-oci"));
        QVERIFY(QDir().mkpath(deploy + QLatin1String("incomplete-oci")));
        writeFile(deploy + QLatin1String("app-container.manifest"), "x");
        writeFile(top + QLatin1String("/tmp-vruntime-x86-64/deploy/images/qemux86-64/"
                                      "vdkr-oci/index.json"),
                  "{}");
        QVERIFY(QDir().mkpath(top + QLatin1String("/tmp/pkgdata/qemux86-64")));
    }
};

} // namespace

class TestBuildDirectory : public QObject
{
    Q_OBJECT

private slots:
    void readsConfiguration();
    void findsContainerRecipes();
    void findsDeployedImages();
    void reportsProblemsAsDiagnostics();
    void missingLayerContentIsReported();
    void realMetaVirtualizationRecipes();
    void unreadableRecipeIsAWarning();
    void syntaxErrorInLocalConfHasItsLine();
    void missingFiles_data();
    void missingFiles();
    void settingsElsewhereAreNoted();
    void cancelStopsTheScan();
    void largeBuildDirectoryReportsProgress();
    void tmpdirAndCacheDirFromLocalConf();
};

void TestBuildDirectory::readsConfiguration()
{
    Fixture f;
    f.create();
    const BuildDirectoryInfo info = BuildDirectoryScanner::scan(f.top);
    QCOMPARE(info.topDir, f.top);
    QCOMPARE(info.localConfPath, f.top + QLatin1String("/conf/local.conf"));
    QCOMPARE(info.machine, QStringLiteral("qemux86-64"));
    QCOMPARE(info.distro, QStringLiteral("poky"));
    QCOMPARE(info.distroFeatures, QStringList{QStringLiteral("virtualization")});
    QVERIFY(!info.hasVirtualizationFeatures());
    QCOMPARE(info.multiconfigs, QStringList{QStringLiteral("vruntime-x86-64")});
    QCOMPARE(info.bundledContainers, QStringLiteral("app-container:docker:autostart"));
    QCOMPARE(info.layers, (QStringList{f.apps, f.bundles}));
    QCOMPARE(info.layerCacheDir, f.top + QLatin1String("/oci-layer-cache/qemux86-64"));
    QCOMPARE(info.pkgdataDir, f.top + QLatin1String("/tmp/pkgdata/qemux86-64"));
}

void TestBuildDirectory::findsContainerRecipes()
{
    Fixture f;
    f.create();
    const BuildDirectoryInfo info = BuildDirectoryScanner::scan(f.top);
    const QStringList images = info.recipeNames(RecipeSource::Kind::ContainerImage);
    // locked.bb is readable here (unreadableRecipeIsAWarning takes its permissions away).
    const QStringList expectedImages{QStringLiteral("app-container"), QStringLiteral("crlf-tab"),
                                     QStringLiteral("deferred"),      QStringLiteral("locked"),
                                     QStringLiteral("multi-line"),    QStringLiteral("via-class"),
                                     QStringLiteral("via-require")};
    QCOMPARE(images, expectedImages);
    QCOMPARE(info.recipeNames(RecipeSource::Kind::ContainerBundle),
             QStringList{QStringLiteral("my-bundle")});

    const RecipeSource *app = findRecipe(info, QStringLiteral("app-container"));
    QVERIFY(app);
    QCOMPARE(app->file, f.apps + QLatin1String("/recipes-demo/images/app-container_1.0.bb"));
    QCOMPARE(app->layerDir, f.apps);
    const RecipeSource *bundle = findRecipe(info, QStringLiteral("my-bundle"));
    QVERIFY(bundle);
    QCOMPARE(bundle->kind, RecipeSource::Kind::ContainerBundle);
    QCOMPARE(bundle->layerDir, f.bundles);
    QVERIFY(!findRecipe(info, QStringLiteral("hidden-image")));
    QVERIFY(!findRecipe(info, QStringLiteral("plain-image")));
    QVERIFY(!findRecipe(info, QStringLiteral("commented")));
    QVERIFY(!findRecipe(info, QStringLiteral("in-function")));
    QVERIFY(!findRecipe(info, QStringLiteral("not-keyword")));
}

void TestBuildDirectory::findsDeployedImages()
{
    Fixture f;
    f.create();
    const BuildDirectoryInfo info = BuildDirectoryScanner::scan(f.top);
    QStringList names;
    for (const DeployedImage &d : info.deployedImages)
        names.append(d.name);
    QCOMPARE(names, (QStringList{QStringLiteral("app-container-20261128-oci"),
                                 QStringLiteral("app-container-latest-oci"),
                                 QStringLiteral("gone-latest-oci"),
                                 QStringLiteral("incomplete-oci"), QStringLiteral("vdkr-oci")}));
    const QString deploy = f.top + QLatin1String("/tmp/deploy/images/qemux86-64/");
    const DeployedImage *latest = findImage(info, QStringLiteral("app-container-latest-oci"));
    QVERIFY(latest);
    QVERIFY(latest->isSymlink);
    QCOMPARE(latest->machine, QStringLiteral("qemux86-64"));
    QCOMPARE(latest->path, deploy + QLatin1String("app-container-latest-oci"));
    QCOMPARE(latest->resolvedPath,
             QFileInfo(deploy + QLatin1String("app-container-20261128-oci")).canonicalFilePath());
    const DeployedImage *gone = findImage(info, QStringLiteral("gone-latest-oci"));
    QVERIFY(gone);
    QVERIFY(gone->isSymlink);
    QVERIFY(gone->resolvedPath.isEmpty());
    const DeployedImage *dated = findImage(info, QStringLiteral("app-container-20261128-oci"));
    QVERIFY(dated && !dated->isSymlink);

    const auto dangling = withCode(info.diagnostics, codes::DanglingOciLink);
    QCOMPARE(dangling.size(), 1);
    QCOMPARE(dangling.first().location.file, deploy + QLatin1String("gone-latest-oci"));
    const auto incomplete = withCode(info.diagnostics, codes::OciWithoutIndex);
    QCOMPARE(incomplete.size(), 1);
    QCOMPARE(incomplete.first().location.file, deploy + QLatin1String("incomplete-oci"));
}

void TestBuildDirectory::reportsProblemsAsDiagnostics()
{
    Fixture f;
    f.create();
    const BuildDirectoryInfo info = BuildDirectoryScanner::scan(f.top);

    const auto missing = withCode(info.diagnostics, codes::LayerMissing);
    QCOMPARE(missing.size(), 1);
    QCOMPARE(missing.first().severity, Severity::Error);
    QCOMPARE(missing.first().location.file, f.top + QLatin1String("/conf/bblayers.conf"));
    QCOMPARE(missing.first().location.line, 5); // the meta-missing line of the continuation
    QVERIFY(missing.first().message.contains(QLatin1String("meta-missing")));

    const auto noLayerConf = withCode(info.diagnostics, codes::LayerConfMissing);
    QCOMPARE(noLayerConf.size(), 1);
    QVERIFY(noLayerConf.first().message.contains(f.bundles));

    const auto loops = withCode(info.diagnostics, codes::SymlinkLoop);
    QCOMPARE(loops.size(), 1);
    QCOMPARE(loops.first().location.file,
             f.bundles + QLatin1String("/recipes-bundles/bundles/loop"));
    QCOMPARE(loops.first().severity, Severity::Note);
    QVERIFY(withCode(info.diagnostics, codes::NoRecipePatterns).isEmpty());

    // A layer.conf whose BBFILES points elsewhere contributes no recipes, and says so.
    writeFile(f.apps + QLatin1String("/conf/layer.conf"),
              "BBFILES += \"${OTHER}/recipes-*/*/*.bb /elsewhere/*.bb\"\n");
    const BuildDirectoryInfo noPatterns = BuildDirectoryScanner::scan(f.top);
    const auto patterns = withCode(noPatterns.diagnostics, codes::NoRecipePatterns);
    QCOMPARE(patterns.size(), 1);
    QCOMPARE(patterns.first().location,
             (SourceLocation{f.apps + QLatin1String("/conf/layer.conf"), 1, 0}));
    QCOMPARE(noPatterns.recipeNames(RecipeSource::Kind::ContainerImage),
             QStringList{QStringLiteral("locked")});
    QVERIFY2(!hasErrors(withCode(info.diagnostics, codes::UnreadableFile)),
             qPrintable(dump(info.diagnostics)));
}

void TestBuildDirectory::missingLayerContentIsReported()
{
    Fixture f;
    f.create();
    const BuildDirectoryInfo complete = BuildDirectoryScanner::scan(f.top);
    QVERIFY(withCode(complete.diagnostics, codes::NoMetaVirtualization).isEmpty());
    QVERIFY(withCode(complete.diagnostics, codes::MulticonfigMissing).isEmpty());

    QVERIFY(
        QFile::remove(f.apps + QLatin1String("/classes-recipe/container-cross-install.bbclass")));
    QVERIFY(QFile::remove(f.apps + QLatin1String("/conf/multiconfig/vruntime-x86-64.conf")));
    const BuildDirectoryInfo info = BuildDirectoryScanner::scan(f.top);
    const auto noLayer = withCode(info.diagnostics, codes::NoMetaVirtualization);
    QCOMPARE(noLayer.size(), 1);
    QCOMPARE(noLayer.first().location.file, f.top + QLatin1String("/conf/bblayers.conf"));
    const auto noMc = withCode(info.diagnostics, codes::MulticonfigMissing);
    QCOMPARE(noMc.size(), 1);
    QVERIFY(noMc.first().message.contains(QLatin1String("conf/multiconfig/vruntime-x86-64.conf")));
}

// The real meta-virtualization recipes of the corpus, laid out as in the layer; the only
// file we write is the one autostart-test-container requires (not in the corpus).
void TestBuildDirectory::realMetaVirtualizationRecipes()
{
    QTemporaryDir root;
    const QString top = root.path() + QLatin1String("/build");
    const QString layer = root.path() + QLatin1String("/meta-virtualization");
    writeFile(top + QLatin1String("/conf/local.conf"), "MACHINE = \"qemux86-64\"\n");
    writeFile(top + QLatin1String("/conf/bblayers.conf"),
              "BBLAYERS = \"${TOPDIR}/../meta-virtualization\"\n");
    writeFile(layer + QLatin1String("/conf/layer.conf"), layerConf);
    const QString corpus = QStringLiteral(CBW_TEST_DATA_DIR "/corpus/real/meta-virtualization");
    for (const char *file : {"recipes-extended/container-bundles/remote-container-bundle_1.0.bb",
                             "recipes-extended/container-bundles/example-container-bundle_1.0.bb",
                             "recipes-demo/images/app-container-multilayer.bb",
                             "recipes-demo/images/autostart-test-container.bb"}) {
        QFile source(corpus + QLatin1Char('/') + QLatin1String(file));
        QVERIFY(source.open(QIODevice::ReadOnly));
        writeFile(layer + QLatin1Char('/') + QLatin1String(file), source.readAll());
    }
    writeFile(layer + QLatin1String("/recipes-extended/images/container-app-base.bb"),
              "IMAGE_FSTYPES = \"container oci\"\ninherit image\ninherit image-oci\n");

    const BuildDirectoryInfo info = BuildDirectoryScanner::scan(top);
    QCOMPARE(info.recipeNames(RecipeSource::Kind::ContainerImage),
             (QStringList{QStringLiteral("app-container-multilayer"),
                          QStringLiteral("autostart-test-container"),
                          QStringLiteral("container-app-base")}));
    QCOMPARE(info.recipeNames(RecipeSource::Kind::ContainerBundle),
             (QStringList{QStringLiteral("example-container-bundle"),
                          QStringLiteral("remote-container-bundle")}));
}

void TestBuildDirectory::unreadableRecipeIsAWarning()
{
    if (::geteuid() == 0)
        QSKIP("running as root: a mode-000 file is still readable, nothing to observe");
    Fixture f;
    f.create();
    const QString locked = f.bundles + QLatin1String("/recipes-bundles/locked/locked.bb");
    QVERIFY(QFile::setPermissions(locked, QFileDevice::Permissions()));
    const QString lockedDir = f.apps + QLatin1String("/recipes-demo/secret");
    QVERIFY(QDir().mkpath(lockedDir));
    QVERIFY(QFile::setPermissions(lockedDir, QFileDevice::Permissions()));
    const BuildDirectoryInfo info = BuildDirectoryScanner::scan(f.top);
    QFile::setPermissions(lockedDir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    const auto unreadable = withCode(info.diagnostics, codes::UnreadableFile);
    QCOMPARE(unreadable.size(), 1);
    QCOMPARE(unreadable.first().severity, Severity::Warning);
    QCOMPARE(unreadable.first().location.file, locked);
    const auto unreadableDirs = withCode(info.diagnostics, codes::UnreadableDirectory);
    QCOMPARE(unreadableDirs.size(), 1);
    QCOMPARE(unreadableDirs.first().location.file, lockedDir);
    QVERIFY(!findRecipe(info, QStringLiteral("locked")));
    QVERIFY(findRecipe(info, QStringLiteral("app-container")));
}

void TestBuildDirectory::syntaxErrorInLocalConfHasItsLine()
{
    Fixture f;
    f.create();
    const QString localConf = f.top + QLatin1String("/conf/local.conf");
    writeFile(localConf, "MACHINE = \"qemuarm64\"\n"
                         "# fine\n"
                         "DISTRO_FEATURES:append = \" virtualization vcontainer\"\n"
                         "BUNDLED_CONTAINERS = \"a:docker\" # trailing comment\n"
                         "BBMULTICONFIG = \"vruntime-aarch64\"\n");
    const BuildDirectoryInfo info = BuildDirectoryScanner::scan(f.top);
    const Diagnostic *syntax = nullptr;
    for (const Diagnostic &d : info.diagnostics) {
        if (d.code.startsWith(QLatin1String("bitbake.")) && d.isError())
            syntax = &d;
    }
    QVERIFY2(syntax, qPrintable(dump(info.diagnostics)));
    QCOMPARE(syntax->location.file, localConf);
    QCOMPARE(syntax->location.line, 4);
    // The rest of the file is still read.
    QCOMPARE(info.machine, QStringLiteral("qemuarm64"));
    QVERIFY(info.hasVirtualizationFeatures());
    QCOMPARE(info.multiconfigs, QStringList{QStringLiteral("vruntime-aarch64")});
    QVERIFY(info.bundledContainers.isEmpty());
}

void TestBuildDirectory::missingFiles_data()
{
    QTest::addColumn<QString>("remove");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("severity");
    QTest::addColumn<bool>("hasRecipes");
    QTest::newRow("no bblayers.conf")
        << QStringLiteral("conf/bblayers.conf") << QString(codes::BblayersMissing)
        << int(Severity::Warning) << false;
    QTest::newRow("no local.conf")
        << QStringLiteral("conf/local.conf") << QString(codes::LocalConfMissing)
        << int(Severity::Error) << true;
    QTest::newRow("not a directory") << QStringLiteral("") << QString(codes::NotABuildDirectory)
                                     << int(Severity::Error) << false;
}

void TestBuildDirectory::missingFiles()
{
    QFETCH(QString, remove);
    QFETCH(QString, code);
    QFETCH(int, severity);
    QFETCH(bool, hasRecipes);
    Fixture f;
    f.create();
    QString scanned = f.top;
    if (remove.isEmpty()) {
        scanned = f.top + QLatin1String("/conf/local.conf");
    } else {
        QVERIFY(QFile::remove(f.top + QLatin1Char('/') + remove));
    }
    const BuildDirectoryInfo info = BuildDirectoryScanner::scan(scanned);
    const auto found = withCode(info.diagnostics, QLatin1String(code.toLatin1()));
    QCOMPARE(found.size(), 1);
    QCOMPARE(int(found.first().severity), severity);
    QCOMPARE(!info.recipes.isEmpty(), hasRecipes);
}

void TestBuildDirectory::settingsElsewhereAreNoted()
{
    Fixture f;
    f.create();
    writeFile(f.top + QLatin1String("/conf/auto.conf"), "A = \"1\"\nMACHINE = \"qemuarm64\"\n");
    const BuildDirectoryInfo info = BuildDirectoryScanner::scan(f.top);
    const auto notes = withCode(info.diagnostics, codes::ConfigElsewhere);
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.first().location,
             (SourceLocation{f.top + QLatin1String("/conf/auto.conf"), 2, 0}));
    QCOMPARE(info.machine, QStringLiteral("qemux86-64"));
}

namespace {

// A layer with `count` recipes, every tenth one an OCI image.
QString generatedBuildDir(const QTemporaryDir &root, int count)
{
    const QString top = root.path() + QLatin1String("/build");
    const QString layer = root.path() + QLatin1String("/meta-big");
    writeFile(top + QLatin1String("/conf/local.conf"), "MACHINE = \"qemuarm64\"\n");
    writeFile(top + QLatin1String("/conf/bblayers.conf"), "BBLAYERS = \"${TOPDIR}/../meta-big\"\n");
    writeFile(layer + QLatin1String("/conf/layer.conf"), layerConf);
    writeFile(layer + QLatin1String("/classes/container-cross-install.bbclass"), "");
    for (int i = 0; i < count; ++i) {
        const QString dir = layer + QStringLiteral("/recipes-group%1/pkg%2/").arg(i / 300).arg(i);
        const QByteArray body = i % 10 == 0 ? QByteArray("inherit image image-oci\n")
                                            : QByteArray("inherit autotools pkgconfig\n");
        writeFile(dir + QStringLiteral("pkg%1_1.%2.bb").arg(i).arg(i % 7), body);
    }
    return top;
}

} // namespace

void TestBuildDirectory::cancelStopsTheScan()
{
    QTemporaryDir root;
    const QString top = generatedBuildDir(root, 400);
    std::atomic_bool cancelled = false;
    int reportsAfterCancel = 0;
    ScanProgress progress;
    progress.cancelled = &cancelled;
    progress.report = [&](int done, int total, const QString &) {
        if (cancelled)
            ++reportsAfterCancel;
        if (total > 0 && done >= 100)
            cancelled = true;
    };
    const BuildDirectoryInfo info = BuildDirectoryScanner::scan(top, progress);
    QCOMPARE(withCode(info.diagnostics, codes::ScanCancelled).size(), 1);
    QVERIFY(info.recipes.size() < 40);
    QVERIFY(info.recipes.size() >= 10);
    QCOMPARE(reportsAfterCancel, 0);

    // Cancelled before it starts: nothing listed, still the note.
    const BuildDirectoryInfo early = BuildDirectoryScanner::scan(top, progress);
    QVERIFY(early.recipes.isEmpty());
    QCOMPARE(withCode(early.diagnostics, codes::ScanCancelled).size(), 1);
}

void TestBuildDirectory::largeBuildDirectoryReportsProgress()
{
    QTemporaryDir root;
    const int count = 3000;
    const QString top = generatedBuildDir(root, count);
    QList<int> done;
    int lastTotal = -1;
    int listingReports = 0;
    ScanProgress progress;
    progress.report = [&](int d, int total, const QString &) {
        if (total == 0) {
            ++listingReports;
            QVERIFY(done.isEmpty()); // listing comes first
            return;
        }
        QVERIFY(lastTotal == -1 || lastTotal == total);
        lastTotal = total;
        done.append(d);
    };
    const BuildDirectoryInfo info = BuildDirectoryScanner::scan(top, progress);
    QVERIFY(listingReports > 0);
    QCOMPARE(lastTotal, count);
    QVERIFY(done.size() >= count / 50);
    QCOMPARE(done.first(), 0);
    QCOMPARE(done.last(), count);
    QVERIFY(std::is_sorted(done.cbegin(), done.cend()));
    QCOMPARE(info.recipes.size(), count / 10);
    QCOMPARE(info.recipes.first().name, QStringLiteral("pkg0"));
    QVERIFY2(info.diagnostics.isEmpty(), qPrintable(dump(info.diagnostics)));
}

void TestBuildDirectory::tmpdirAndCacheDirFromLocalConf()
{
    QTemporaryDir root;
    const QString top = root.path() + QLatin1String("/build");
    writeFile(top + QLatin1String("/conf/local.conf"),
              "MACHINE = \"qemuarm64\"\n"
              "TMPDIR = \"${TOPDIR}/out\"\n"
              "OCI_LAYER_CACHE_DIR = \"/srv/cache/${MACHINE}\"\n");
    writeFile(top + QLatin1String("/conf/bblayers.conf"), "BBLAYERS = \"\"\n");
    // TOPDIR is first on BBPATH, so a class there counts.
    writeFile(top + QLatin1String("/classes/container-cross-install.bbclass"), "");
    writeFile(top + QLatin1String("/out/deploy/images/qemuarm64/x-latest-oci/index.json"), "{}");
    makeLink(top + QLatin1String("/out"), top + QLatin1String("/tmp-link")); // listed once
    QVERIFY(QDir().mkpath(top + QLatin1String("/out/pkgdata/qemuarm64")));
    const BuildDirectoryInfo info = BuildDirectoryScanner::scan(top);
    QCOMPARE(info.layerCacheDir, QStringLiteral("/srv/cache/qemuarm64"));
    QCOMPARE(info.pkgdataDir, top + QLatin1String("/out/pkgdata/qemuarm64"));
    QCOMPARE(info.deployedImages.size(), 1);
    QCOMPARE(info.deployedImages.first().machine, QStringLiteral("qemuarm64"));
    QVERIFY2(info.diagnostics.isEmpty(), qPrintable(dump(info.diagnostics)));

    writeFile(top + QLatin1String("/conf/local.conf"), "TMPDIR = \"${OUT_BASE}/tmp\"\n");
    const BuildDirectoryInfo unresolved = BuildDirectoryScanner::scan(top);
    const auto notes = withCode(unresolved.diagnostics, codes::UnresolvedPath);
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.first().location.line, 1);
    QVERIFY(unresolved.layerCacheDir.isEmpty());
    QCOMPARE(withCode(unresolved.diagnostics, codes::MachineUnset).size(), 1);
}

QTEST_GUILESS_MAIN(TestBuildDirectory)
#include "tst_builddirectory.moc"

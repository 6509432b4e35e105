#include "../core/layers/pkgdatafixture.h"
#include "../core/oci/ocitestimage.h"
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cbw::test;

namespace {

// The seed's three-layer example (meta-virtualization's app-container-multilayer.bb).
const QByteArray kMultiRecipe = R"(SUMMARY = "Multi-layer Application container"
LICENSE = "MIT"

OCI_LAYER_MODE = "multi"
OCI_LAYERS = "\
    base:packages:base-files+base-passwd+netbase \
    shell:packages:busybox \
    app:packages:curl \
"

OCI_IMAGE_CMD = "/bin/sh"

IMAGE_FSTYPES = "container oci"
inherit image
inherit image-oci

IMAGE_INSTALL = "base-files base-passwd netbase busybox curl"
)";

// Keys computed with CPython's json.dumps(sort_keys=True) + hashlib.sha256 (spec §4); the base
// key is the spec's own vector.
const QString kBaseKey = QStringLiteral("ff7fbf7f0da6b452");
const QString kShellKey = QStringLiteral("57217a138172d6d4");
const QString kShellOldKey = QStringLiteral("25bda4d154c71263");
const QString kAppKey = QStringLiteral("05217290d0d6afb2");

class FixtureBuild
{
public:
    FixtureBuild()
    {
        m_ok = writeFixtureFile(path("conf/local.conf"),
                                "MACHINE ?= \"qemux86-64\"\nDISTRO = \"poky\"\n") &&
               writeFixtureFile(path("conf/bblayers.conf"), "BBLAYERS = \"\"\n") &&
               writePkgdata(path("tmp/pkgdata/qemux86-64"), standardPackages()) &&
               QDir().mkpath(path("tmp/work/core2-64-poky-linux")) &&
               QDir().mkpath(path("tmp/work/qemux86_64-poky-linux")) &&
               QDir().mkpath(path("tmp/work/x86_64-linux")) &&
               writeFixtureFile(path("app-container-multilayer.bb"), kMultiRecipe);
        // base: complete entry; shell: only an entry from before busybox 1.36.1.
        const QString cache = QStringLiteral("oci-layer-cache/qemux86-64/");
        m_ok = m_ok &&
               writeFixtureFile(path(cache + kBaseKey + QStringLiteral("-base/.oci-layer-cache")),
                                "cache_key=" + kBaseKey.toLatin1() +
                                    "\nlayer_name=base\ncreated=2026-11-01T10:00:00Z\n"
                                    "machine=qemux86-64\n") &&
               writeFixtureFile(
                   path(cache + kShellOldKey + QStringLiteral("-shell/.oci-layer-cache")),
                   "cache_key=" + kShellOldKey.toLatin1() +
                       "\nlayer_name=shell\ncreated=2026-11-01T10:00:00Z\nmachine=qemux86-64\n") &&
               writeFixtureFile(
                   path(cache + kShellOldKey + QStringLiteral("-shell/var/lib/opkg/status")),
                   "Package: busybox\nVersion: 1.36.0-r0\nStatus: install ok installed\n\n");
    }
    bool ok() const { return m_ok; }
    QString root() const { return m_dir.path(); }
    QString path(const QString &relative) const { return m_dir.filePath(relative); }
    QString recipe() const { return path(QStringLiteral("app-container-multilayer.bb")); }

private:
    QTemporaryDir m_dir;
    bool m_ok = false;
};

QString expand(QString text, const FixtureBuild &build)
{
    return text.replace(QStringLiteral("@BUILD@"), build.root());
}

} // namespace

class TstCliLayers final : public QObject
{
    Q_OBJECT

private slots:
    void textOutput();
    void jsonOutput();
    void overridesAndDetection_data();
    void overridesAndDetection();
    void designErrors_data();
    void designErrors();
    void usageErrors_data();
    void usageErrors();
    void machineUnset();
    void designedVersusBuilt();
    void baseAndMulti();
    void singleMode();
    void recipeCacheDir_data();
    void recipeCacheDir();
};

void TstCliLayers::textOutput()
{
    FixtureBuild build;
    QVERIFY(build.ok());
    const CliRun run = runCbw({"layers", "--recipe", build.recipe(), "--build-dir", build.root()});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    const QString expected = expand(
        QStringLiteral(
            "recipe: @BUILD@/app-container-multilayer.bb (app-container-multilayer)\n"
            "mode: multi\n"
            "MACHINE: qemux86-64 (conf/local.conf)\n"
            "TUNE_PKGARCH: core2-64 (tmp/work/core2-64-poky-linux)\n"
            "pkgdata: @BUILD@/tmp/pkgdata/qemux86-64 (8 packages)\n"
            "layer cache: @BUILD@/oci-layer-cache/qemux86-64 (OCI_LAYER_CACHE = \"1\", "
            "default)\n"
            "\n"
            "0 base packages base-files+base-passwd+netbase 2030 ff7fbf7f0da6b452 HIT\n"
            "1 shell packages busybox 700034 57217a138172d6d4 MISS\n"
            "    package versions changed since 25bda4d154c71263-shell was saved: busybox "
            "1.36.0 → 1.36.1\n"
            "2 app packages curl 250000 05217290d0d6afb2 MISS\n"
            "    no cache entry for layer 'app' yet: the build installs the packages and saves "
            "05217290d0d6afb2-app\n"
            "\n"
            "build log (do_image_oci):\n"
            "  NOTE: OCI: Pre-installing packages for multi-layer mode (caching enabled)\n"
            "  NOTE: OCI Cache HIT: Layer 'base' (ff7fbf7f0da6b452)\n"
            "  NOTE: OCI Cache MISS: Layer 'shell' (shell:busybox=1.36.1)\n"
            "  NOTE: OCI Cache: Saving layer 'shell' to cache (57217a138172d6d4)\n"
            "  NOTE: OCI Cache MISS: Layer 'app' (app:curl=8.7.1)\n"
            "  NOTE: OCI Cache: Saving layer 'app' to cache (05217290d0d6afb2)\n"
            "  NOTE: OCI: Pre-installed packages for 3 layers (cache: 1 hits, 2 misses)\n"
            "\n"
            "warning: layer 'shell': RDEPENDS that neither this layer nor a layer below "
            "provides: busybox -> glibc, busybox -> update-alternatives-opkg (the class installs "
            "layers with unresolved dependencies tolerated)\n"
            "note: layer 'shell' and layer 'base' both contain 1 file(s): /etc/shells (the upper "
            "copy hides the lower one, both are shipped)\n"
            "warning: layer 'app': RDEPENDS that neither this layer nor a layer below provides: "
            "curl -> glibc, curl -> libcurl4 (the class installs layers with unresolved "
            "dependencies tolerated)\n"),
        build);
    QCOMPARE(run.out, expected);
}

void TstCliLayers::jsonOutput()
{
    FixtureBuild build;
    QVERIFY(build.ok());
    const CliRun run =
        runCbw({"layers", "--recipe", build.recipe(), "--build-dir", build.root(), "--json"});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error{};
    const QJsonObject root = QJsonDocument::fromJson(run.outBytes, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value("name").toString(), QStringLiteral("app-container-multilayer"));
    QCOMPARE(root.value("mode").toString(), QStringLiteral("multi"));
    QVERIFY(root.value("baseImage").isNull());
    QCOMPARE(root.value("machine").toObject(),
             (QJsonObject{{"value", "qemux86-64"}, {"source", "conf/local.conf"}}));
    QCOMPARE(root.value("tunePkgarch").toObject(),
             (QJsonObject{{"value", "core2-64"}, {"source", "tmp/work/core2-64-poky-linux"}}));
    QCOMPARE(root.value("pkgdata").toString(), build.path("tmp/pkgdata/qemux86-64"));
    QCOMPARE(root.value("packageCount").toInt(), 8);
    QCOMPARE(root.value("cacheHits").toInt(), 1);
    QCOMPARE(root.value("cacheMisses").toInt(), 2);
    QCOMPARE(root.value("logLines").toArray().size(), 7);
    const QJsonArray layers = root.value("layers").toArray();
    QCOMPARE(layers.size(), 3);
    const QJsonObject shell = layers.at(1).toObject();
    QCOMPARE(shell.value("index").toInt(), 1);
    QCOMPARE(shell.value("name").toString(), QStringLiteral("shell"));
    QCOMPARE(shell.value("type").toString(), QStringLiteral("packages"));
    QCOMPARE(shell.value("items").toArray(), QJsonArray{"busybox"});
    QCOMPARE(shell.value("predictedSize").toInteger(), 700034);
    QCOMPARE(shell.value("fileCount").toInt(), 3);
    QCOMPARE(shell.value("filesAlsoInEarlierLayers").toInt(), 1);
    QCOMPARE(shell.value("unresolvedDependencies").toArray(),
             (QJsonArray{"busybox -> glibc", "busybox -> update-alternatives-opkg"}));
    const QJsonObject cache = shell.value("cache").toObject();
    QCOMPARE(cache.value("status").toString(), QStringLiteral("MISS"));
    QCOMPARE(cache.value("reason").toString(), QStringLiteral("version-changed"));
    QCOMPARE(cache.value("key").toString(), kShellKey);
    QCOMPARE(cache.value("details").toArray(), QJsonArray{"busybox 1.36.0 → 1.36.1"});
    QCOMPARE(cache.value("staleEntries").toArray(), QJsonArray{QString(kShellOldKey + "-shell")});
    QCOMPARE(cache.value("entry").toString(),
             build.path("oci-layer-cache/qemux86-64/" + kShellKey + "-shell"));
    QCOMPARE(layers.at(0).toObject().value("cache").toObject().value("status").toString(),
             QStringLiteral("HIT"));
    QCOMPARE(layers.at(2).toObject().value("cache").toObject().value("reason").toString(),
             QStringLiteral("new-layer"));
    QCOMPARE(root.value("diagnostics").toArray().size(), 3);
}

void TstCliLayers::overridesAndDetection_data()
{
    QTest::addColumn<QStringList>("extraArguments");
    QTest::addColumn<QStringList>("extraDirs");
    QTest::addColumn<QByteArray>("localConfAppend");
    QTest::addColumn<QStringList>("expectedLines");
    QTest::addColumn<QStringList>("absentLines");
    QTest::newRow("--tune-pkgarch overrides and changes every key")
        << QStringList{"--tune-pkgarch", "corei7-64"} << QStringList() << QByteArray()
        << QStringList{"TUNE_PKGARCH: corei7-64 (--tune-pkgarch)",
                       "    ff7fbf7f0da6b452-base was built for TUNE_PKGARCH 'core2-64', now "
                       "'corei7-64'"}
        << QStringList{"0 base packages base-files+base-passwd+netbase 2030 ff7fbf7f0da6b452 HIT"};
    QTest::newRow("ambiguous TUNE_PKGARCH")
        << QStringList() << QStringList{"tmp/work/corei7-64-poky-linux"} << QByteArray()
        << QStringList{"TUNE_PKGARCH: unknown, several built (core2-64, corei7-64); pass "
                       "--tune-pkgarch",
                       "warning: TUNE_PKGARCH is not known: the cache keys shown use null for it "
                       "and will not match the build's"}
        << QStringList();
    QTest::newRow("--machine overrides local.conf; no pkgdata for it")
        << QStringList{"--machine", "qemuarm64", "--tune-pkgarch", "cortexa57"} << QStringList()
        << QByteArray()
        << QStringList{"MACHINE: qemuarm64 (--machine)", "pkgdata: none",
                       "0 base packages base-files+base-passwd+netbase ? cb901db6d020755b MISS"}
        << QStringList();
    QTest::newRow("cache disabled in local.conf")
        << QStringList() << QStringList() << QByteArray("OCI_LAYER_CACHE = \"0\"\n")
        << QStringList{"layer cache: @BUILD@/oci-layer-cache/qemux86-64 (OCI_LAYER_CACHE = "
                       "\"0\", conf/local.conf)",
                       "0 base packages base-files+base-passwd+netbase 2030 ff7fbf7f0da6b452 "
                       "DISABLED",
                       "  NOTE: OCI: Pre-installed packages for 3 layers"}
        << QStringList();
    QTest::newRow("OCI_LAYER_CACHE_DIR from local.conf")
        << QStringList() << QStringList()
        << QByteArray("OCI_LAYER_CACHE_DIR = \"${TOPDIR}/shared-cache\"\n")
        << QStringList{"layer cache: @BUILD@/shared-cache (OCI_LAYER_CACHE = \"1\", default)",
                       "0 base packages base-files+base-passwd+netbase 2030 ff7fbf7f0da6b452 MISS"}
        << QStringList();
}

void TstCliLayers::overridesAndDetection()
{
    QFETCH(QStringList, extraArguments);
    QFETCH(QStringList, extraDirs);
    QFETCH(QByteArray, localConfAppend);
    QFETCH(QStringList, expectedLines);
    QFETCH(QStringList, absentLines);
    FixtureBuild build;
    QVERIFY(build.ok());
    for (const QString &d : extraDirs)
        QVERIFY(QDir().mkpath(build.path(d)));
    if (!localConfAppend.isEmpty()) {
        QFile conf(build.path("conf/local.conf"));
        QVERIFY(conf.open(QIODevice::Append));
        conf.write(localConfAppend);
    }
    const CliRun run =
        runCbw(QStringList{"layers", "--recipe", build.recipe(), "--build-dir", build.root()} +
               extraArguments);
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'));
    for (const QString &line : expectedLines)
        QVERIFY2(lines.contains(expand(line, build)), qPrintable(run.out));
    for (const QString &line : absentLines)
        QVERIFY2(!lines.contains(expand(line, build)), qPrintable(run.out));
}

void TstCliLayers::designErrors_data()
{
    QTest::addColumn<QByteArray>("recipe");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown layer type")
        << QByteArray("OCI_LAYER_MODE = \"multi\"\nOCI_LAYERS = \"base:packages:busybox "
                      "app:bogus:x\"\ninherit image image-oci\n")
        << QStringLiteral(
               "@BUILD@/bad.bb:2:41: error: Invalid layer type 'bogus' in 'app:bogus:x'");
    QTest::newRow("remote base image")
        << QByteArray("SUMMARY = \"x\"\nOCI_BASE_IMAGE = \"docker.io/library/alpine:3.19\"\n"
                      "inherit image image-oci\n")
        << QStringLiteral("@BUILD@/bad.bb:2:");
    QTest::newRow("BitBake syntax")
        << QByteArray("OCI_LAYERS = \"a:packages:b\n") << QStringLiteral("@BUILD@/bad.bb:1:");
}

void TstCliLayers::designErrors()
{
    QFETCH(QByteArray, recipe);
    QFETCH(QString, expected);
    FixtureBuild build;
    QVERIFY(build.ok());
    QVERIFY(writeFixtureFile(build.path("bad.bb"), recipe));
    const CliRun run =
        runCbw({"layers", "--recipe", build.path("bad.bb"), "--build-dir", build.root()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(expand(expected, build)), qPrintable(run.out));
    QVERIFY(!run.out.contains(QLatin1String("build log")));
    const CliRun json =
        runCbw({"layers", "--recipe", build.path("bad.bb"), "--build-dir", build.root(), "--json"});
    QCOMPARE(json.exitCode, 1);
    const QJsonArray diagnostics =
        QJsonDocument::fromJson(json.outBytes).object().value("diagnostics").toArray();
    const auto error = std::find_if(diagnostics.begin(), diagnostics.end(), [](const auto &d) {
        return d.toObject().value("severity").toString() == QLatin1String("error");
    });
    QVERIFY(error != diagnostics.end());
    QCOMPARE(error->toObject().value("file").toString(), build.path("bad.bb"));
    QVERIFY(error->toObject().value("line").toInt() > 0);
}

void TstCliLayers::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no recipe") << QStringList{"layers", "--build-dir", "@BUILD@"}
                               << "layers: --recipe is required\n";
    QTest::newRow("no build dir") << QStringList{"layers", "--recipe", "@BUILD@/r.bb"}
                                  << "layers: --build-dir is required\n";
    QTest::newRow("positional") << QStringList{"layers",      "--recipe", "@BUILD@/r.bb",
                                               "--build-dir", "@BUILD@",  "extra"}
                                << "layers: unexpected argument extra\n";
    QTest::newRow("unknown option") << QStringList{"layers", "--bogus"} << QString();
    QTest::newRow("recipe missing")
        << QStringList{"layers", "--recipe", "@BUILD@/missing.bb", "--build-dir", "@BUILD@"}
        << QString();
    QTest::newRow("not a build dir")
        << QStringList{"layers", "--recipe", "@BUILD@/app-container-multilayer.bb", "--build-dir",
                       "@BUILD@/tmp"}
        << "layers: @BUILD@/tmp has no conf/local.conf: not a BitBake build directory\n";
}

void TstCliLayers::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    FixtureBuild build;
    QVERIFY(build.ok());
    for (QString &a : arguments)
        a = expand(a, build);
    const CliRun run = runCbw(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.err.isEmpty());
    if (!message.isEmpty())
        QCOMPARE(run.err, expand(message, build));
}

void TstCliLayers::machineUnset()
{
    FixtureBuild build;
    QVERIFY(build.ok());
    QVERIFY(writeFixtureFile(build.path("conf/local.conf"), "DISTRO = \"poky\"\n"));
    const CliRun run = runCbw({"layers", "--recipe", build.recipe(), "--build-dir", build.root()});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, "layers: MACHINE is not set in " + build.path("conf/local.conf") +
                          "; pass --machine\n");
    const CliRun given = runCbw({"layers", "--recipe", build.recipe(), "--build-dir", build.root(),
                                 "--machine", "qemux86-64"});
    QCOMPARE(given.exitCode, 0);
    QVERIFY(given.out.contains("MACHINE: qemux86-64 (--machine)\n"));
    // The scanner finds no pkgdata without MACHINE; the default TMPDIR still has it.
    QVERIFY(given.out.contains("(8 packages)"));
}

void TstCliLayers::designedVersusBuilt()
{
    FixtureBuild build;
    QVERIFY(build.ok());
    // What the class would deploy for the three layers, except that the shell layer lacks
    // /etc/shells and every packages layer carries the opkg database.
    TestImage image;
    image.layers.append(makeLayer(
        {dir("etc"), file("etc/hostname", QByteArray(10, 'h')),
         file("etc/shells", QByteArray(20, 's')), file("etc/motd", {}),
         file("etc/passwd", QByteArray(300, 'p')), file("etc/group", QByteArray(200, 'g')),
         file("etc/services", QByteArray(1000, 's')), file("etc/protocols", QByteArray(500, 'p')),
         file("var/lib/opkg/status", QByteArray(50, 'o'))}));
    image.layers.append(
        makeLayer({file("bin/busybox", QByteArray(700000, 'b')), slink("bin/sh", "busybox")}));
    image.layers.append(makeLayer({file("usr/bin/curl", QByteArray(250000, 'c'))}));
    const QString deployed =
        build.path("tmp/deploy/images/qemux86-64/app-container-multilayer-latest-oci");
    QVERIFY(QDir().mkpath(deployed));
    LayoutWriter::writeSingle(deployed, image);

    const CliRun run = runCbw({"layers", "--recipe", build.recipe(), "--build-dir", build.root()});
    QCOMPARE(run.exitCode, 0);
    const QString section =
        expand(QStringLiteral("\nbuilt image: @BUILD@/tmp/deploy/images/qemux86-64/"
                              "app-container-multilayer-latest-oci (3 layers, 0 from the base "
                              "image)\n"
                              "  0 base predicted 2030 built 2080, 1 file(s) no package ships\n"
                              "  1 shell predicted 700034 built 700000, 1 shipped file(s) missing\n"
                              "  2 app predicted 250000 built 250000\n"),
               build);
    QVERIFY2(run.out.contains(section), qPrintable(run.out));
    QVERIFY(run.out.contains(
        expand(QStringLiteral("@BUILD@/tmp/deploy/images/qemux86-64/app-container-multilayer-"
                              "latest-oci: warning: layer 1 'shell' of the built image lacks 1 "
                              "file(s) its packages ship: /etc/shells\n"),
               build)));

    const CliRun json =
        runCbw({"layers", "--recipe", build.recipe(), "--build-dir", build.root(), "--json"});
    const QJsonObject built =
        QJsonDocument::fromJson(json.outBytes).object().value("built").toObject();
    QCOMPARE(built.value("imageLayerCount").toInt(), 3);
    QCOMPARE(built.value("matches").toBool(), false);
    QCOMPARE(built.value("layers").toArray().at(0).toObject().value("onlyInImage").toArray(),
             QJsonArray{"/var/lib/opkg/status"});
}

void TstCliLayers::baseAndMulti()
{
    FixtureBuild build;
    QVERIFY(build.ok());
    QVERIFY(writeFixtureFile(build.path("app-on-base.bb"), "OCI_BASE_IMAGE = \"container-base\"\n"
                                                           "OCI_LAYER_MODE = \"multi\"\n"
                                                           "OCI_LAYERS = \"app:packages:curl\"\n"
                                                           "IMAGE_INSTALL = \"curl\"\n"
                                                           "inherit image image-oci\n"));
    const QStringList arguments{"layers", "--recipe", build.path("app-on-base.bb"), "--build-dir",
                                build.root()};
    const CliRun before = runCbw(arguments);
    QCOMPARE(before.exitCode, 0);
    QVERIFY2(before.out.contains(expand(
                 "mode: multi, base image container-base:latest (not built yet: no "
                 "@BUILD@/tmp/deploy/images/qemux86-64/container-base-latest-oci/index.json)\n",
                 build)),
             qPrintable(before.out));
    QVERIFY(before.out.contains("\n0 app packages curl 250000 05217290d0d6afb2 MISS\n"));

    TestImage base;
    base.layers.append(makeLayer({file("etc/os-release", "ID=poky\n")}));
    base.layers.append(makeLayer({file("bin/busybox", "b")}));
    LayoutWriter::writeSingle(build.path("tmp/deploy/images/qemux86-64/container-base-latest-oci"),
                              base);
    const CliRun after = runCbw(arguments);
    QVERIFY2(after.out.contains(expand("mode: multi, base image container-base:latest (2 layer(s) "
                                       "below the design's, from @BUILD@/tmp/deploy/images/"
                                       "qemux86-64/container-base-latest-oci)\n",
                                       build)),
             qPrintable(after.out));
}

void TstCliLayers::singleMode()
{
    FixtureBuild build;
    QVERIFY(build.ok());
    QVERIFY(writeFixtureFile(build.path("app-container.bb"),
                             "IMAGE_INSTALL = \"curl\"\ninherit image image-oci\n"));
    const CliRun run =
        runCbw({"layers", "--recipe", build.path("app-container.bb"), "--build-dir", build.root()});
    QCOMPARE(run.exitCode, 0);
    // curl, libcurl4, glibc (libc), busybox (sh) and update-alternatives-opkg; no cache.
    QVERIFY2(run.out.contains("\n0 rootfs packages curl 4358034 - -\n"), qPrintable(run.out));
    QVERIFY(!run.out.contains("build log"));
    QVERIFY(run.out.contains("warning: layer 'rootfs': RDEPENDS that no package in pkgdata "
                             "provides: libcurl4 -> libssl3\n"));
}

void TstCliLayers::recipeCacheDir_data()
{
    QTest::addColumn<QByteArray>("assignment");
    QTest::addColumn<QStringList>("expectedLines");
    QTest::newRow("TOPDIR and MACHINE expanded")
        << QByteArray("OCI_LAYER_CACHE_DIR = \"${TOPDIR}/mine/${MACHINE}\"\n")
        << QStringList{"layer cache: @BUILD@/mine/qemux86-64 (OCI_LAYER_CACHE = \"1\", default)"};
    QTest::newRow("other variables: default, with a warning")
        << QByteArray("OCI_LAYER_CACHE_DIR = \"${SSTATE_DIR}/layers\"\n")
        << QStringList{"layer cache: @BUILD@/oci-layer-cache/qemux86-64 (OCI_LAYER_CACHE = "
                       "\"1\", default)",
                       "@BUILD@/app-container-multilayer.bb: warning: OCI_LAYER_CACHE_DIR = "
                       "\"${SSTATE_DIR}/layers\" in the recipe uses variables other than TOPDIR "
                       "and MACHINE; looking at local.conf's value or the default instead"};
    QTest::newRow("recipe's OCI_LAYER_CACHE wins")
        << QByteArray("OCI_LAYER_CACHE = \"0\"\n")
        << QStringList{"layer cache: @BUILD@/oci-layer-cache/qemux86-64 (OCI_LAYER_CACHE = "
                       "\"0\", app-container-multilayer.bb)",
                       "1 shell packages busybox 700034 57217a138172d6d4 DISABLED"};
}

void TstCliLayers::recipeCacheDir()
{
    QFETCH(QByteArray, assignment);
    QFETCH(QStringList, expectedLines);
    FixtureBuild build;
    QVERIFY(build.ok());
    QVERIFY(writeFixtureFile(build.recipe(), kMultiRecipe + assignment));
    const CliRun run = runCbw({"layers", "--recipe", build.recipe(), "--build-dir", build.root()});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'));
    for (const QString &line : expectedLines)
        QVERIFY2(lines.contains(expand(line, build)), qPrintable(run.out));
}

QTEST_GUILESS_MAIN(TstCliLayers)
#include "tst_cli_layers.moc"

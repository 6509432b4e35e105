#include "layers/layerprediction.h"
#include "layers/ocilayers.h"
#include "pkgdatafixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cbw::core;
using namespace cbw::core::layers;
using namespace cbw::test;

namespace {

LayerDesign multiDesign(const QString &layers)
{
    LayerDesign d;
    d.recipeName = QStringLiteral("app-container-multilayer");
    d.mode = LayerMode::Multi;
    d.layers = parseOciLayers(layers);
    return d;
}

const QString kThreeLayers = QStringLiteral(
    "base:packages:base-files+base-passwd+netbase shell:packages:busybox app:packages:curl");

QStringList codes(const Diagnostics &diagnostics)
{
    QStringList out;
    for (const Diagnostic &d : diagnostics)
        out.append(d.code);
    return out;
}

QByteArray opkgStatus(const QMap<QString, QString> &versions)
{
    QByteArray out;
    for (auto it = versions.cbegin(); it != versions.cend(); ++it)
        out += "Package: " + it.key().toUtf8() + "\nVersion: " + it.value().toUtf8() +
               "\nStatus: install ok installed\n\n";
    return out;
}

} // namespace

class TstLayerPrediction final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void multiSizesAndFiles_data();
    void multiSizesAndFiles();
    void unresolvedDependencies_data();
    void unresolvedDependencies();
    void filesInTwoLayers();
    void unknownPackages();
    void emptyPackageNotProduced();
    void unexpandedItems();
    void singleModeFollowsDependencies();
    void baseAndMulti();
    void nonPackageLayers();
    void withoutPkgdata();
    void specKeyVectors_data();
    void specKeyVectors();
    void cacheStates_data();
    void cacheStates();
    void logLines();
    void unknownKeyInputsWarn();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<const PkgdataIndex> m_index;
    PredictionContext context(const QString &cacheDir) const
    {
        PredictionContext c;
        c.pkgdata = m_index;
        c.machine = QStringLiteral("qemux86-64");
        c.tunePkgarch = QStringLiteral("core2-64");
        c.cacheDir = cacheDir;
        return c;
    }
};

void TstLayerPrediction::initTestCase()
{
    QVERIFY(writePkgdata(m_dir.path(), standardPackages()));
    m_index = PkgdataIndex::load(m_dir.path());
    QVERIFY(m_index->diagnostics().isEmpty());
}

void TstLayerPrediction::multiSizesAndFiles_data()
{
    QTest::addColumn<int>("layer");
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<int>("files");
    QTest::newRow("base") << 0 << "base" << qint64(10 + 20 + 0 + 300 + 200 + 1000 + 500) << 7;
    QTest::newRow("shell") << 1 << "shell" << qint64(700000 + 14 + 20) << 3;
    QTest::newRow("app") << 2 << "app" << qint64(250000) << 1;
}

void TstLayerPrediction::multiSizesAndFiles()
{
    QFETCH(int, layer);
    QFETCH(QString, name);
    QFETCH(qint64, size);
    QFETCH(int, files);
    QTemporaryDir cache;
    const DesignPrediction p = predictDesign(multiDesign(kThreeLayers), context(cache.path()));
    QCOMPARE(p.layers.size(), 3);
    const LayerPrediction &l = p.layers.at(layer);
    QCOMPARE(l.index, layer);
    QCOMPARE(l.name, name);
    QCOMPARE(l.type, LayerType::Packages);
    QCOMPARE(l.predictedSize, size);
    QCOMPARE(l.files.size(), files);
    QVERIFY(l.cache.has_value());
}

void TstLayerPrediction::unresolvedDependencies_data()
{
    QTest::addColumn<QString>("layers");
    QTest::addColumn<QList<QStringList>>("unresolved");
    QTest::newRow("three layers") << kThreeLayers
                                  << QList<QStringList>{{},
                                                        {"busybox -> glibc",
                                                         "busybox -> update-alternatives-opkg"},
                                                        {"curl -> glibc", "curl -> libcurl4"}};
    QTest::newRow("same layer and RPROVIDES resolve")
        << QStringLiteral("libs:packages:glibc+libcurl4 shell:packages:busybox+"
                          "update-alternatives-opkg app:packages:curl")
        << QList<QStringList>{{"libcurl4 -> libssl3"}, {}, {}};
    QTest::newRow("a later layer does not count")
        << QStringLiteral("app:packages:curl libs:packages:glibc+libcurl4+busybox")
        << QList<QStringList>{{"curl -> glibc", "curl -> libcurl4", "curl -> sh"},
                              {"busybox -> update-alternatives-opkg", "libcurl4 -> libssl3"}};
}

void TstLayerPrediction::unresolvedDependencies()
{
    QFETCH(QString, layers);
    QFETCH(QList<QStringList>, unresolved);
    const DesignPrediction p = predictDesign(multiDesign(layers), context({}));
    QCOMPARE(p.layers.size(), unresolved.size());
    int warnings = 0;
    for (int i = 0; i < unresolved.size(); ++i) {
        QCOMPARE(p.layers.at(i).unresolvedDependencies, unresolved.at(i));
        warnings += unresolved.at(i).isEmpty() ? 0 : 1;
    }
    QCOMPARE(codes(p.diagnostics).count(QStringLiteral("layers.unresolved-rdepends")), warnings);
}

void TstLayerPrediction::filesInTwoLayers()
{
    const DesignPrediction p = predictDesign(multiDesign(kThreeLayers), context({}));
    QVERIFY(p.layers.at(0).filesAlsoIn.isEmpty());
    QCOMPARE(p.layers.at(1).filesAlsoIn, (QMap<QString, int>{{"/etc/shells", 0}}));
    QVERIFY(p.layers.at(2).filesAlsoIn.isEmpty());
    const auto it =
        std::find_if(p.diagnostics.begin(), p.diagnostics.end(), [](const Diagnostic &d) {
            return d.code == QLatin1String("layers.file-in-two-layers");
        });
    QVERIFY(it != p.diagnostics.end());
    QCOMPARE(it->severity, Severity::Note);
    QCOMPARE(it->message, QStringLiteral("layer 'shell' and layer 'base' both contain 1 file(s): "
                                         "/etc/shells (the upper copy hides the lower one, both "
                                         "are shipped)"));
}

void TstLayerPrediction::unknownPackages()
{
    const DesignPrediction p =
        predictDesign(multiDesign(QStringLiteral("x:packages:busybox+nosuch+libc6")), context({}));
    QCOMPARE(p.layers.first().unknownPackages, QStringList{"nosuch"});
    // libc6 is glibc's final name: its files count.
    QVERIFY(p.layers.first().files.contains(QStringLiteral("/lib/libc.so.6")));
    QVERIFY(codes(p.diagnostics).contains(QStringLiteral("layers.unknown-package")));
    // The class looks for runtime/libc6 and finds nothing: no version in the key.
    QCOMPARE(p.cache.layers.first().input.pkgVersions,
             (QMap<QString, QString>{{"busybox", "1.36.1"}}));
}

void TstLayerPrediction::emptyPackageNotProduced()
{
    FixturePackage empty;
    empty.name = QStringLiteral("busybox-doc");
    empty.recipe = QStringLiteral("busybox");
    empty.packaged = false;
    QList<FixturePackage> packages = standardPackages();
    packages.append(empty);
    QTemporaryDir dir;
    QVERIFY(writePkgdata(dir.path(), packages));
    PredictionContext c = context({});
    c.pkgdata = PkgdataIndex::load(dir.path());
    QVERIFY(!c.pkgdata->package(QStringLiteral("busybox-doc"))->packaged);
    QVERIFY(c.pkgdata->package(QStringLiteral("busybox"))->packaged);
    const DesignPrediction p =
        predictDesign(multiDesign(QStringLiteral("shell:packages:busybox+busybox-doc")), c);
    QVERIFY(p.layers.first().unknownPackages.isEmpty());
    QCOMPARE(codes(p.diagnostics).count(QStringLiteral("layers.package-not-produced")), 1);
    QVERIFY(p.diagnostics.first().message.startsWith(
        QStringLiteral("layer 'shell': busybox-doc has pkgdata but no .packaged marker")));
    QVERIFY(
        !codes(predictDesign(multiDesign(QStringLiteral("shell:packages:busybox")), c).diagnostics)
             .contains(QStringLiteral("layers.package-not-produced")));
}

void TstLayerPrediction::unexpandedItems()
{
    const DesignPrediction p =
        predictDesign(multiDesign(QStringLiteral(
                          "shell:packages:busybox+${@bb.utils.contains('A','b','c','',d)}")),
                      context({}));
    QVERIFY(p.layers.first().unknownPackages.isEmpty());
    QCOMPARE(codes(p.diagnostics).count(QStringLiteral("layers.unexpanded-item")), 1);
    QVERIFY(!codes(p.diagnostics).contains(QStringLiteral("layers.unknown-package")));
}

void TstLayerPrediction::singleModeFollowsDependencies()
{
    LayerDesign d;
    d.recipeName = QStringLiteral("app-container");
    d.imageInstall = {QStringLiteral("curl")};
    const DesignPrediction p = predictDesign(d, context({}));
    QCOMPARE(p.layers.size(), 1);
    const LayerPrediction &l = p.layers.first();
    QCOMPARE(l.name, QStringLiteral("rootfs"));
    QVERIFY(!l.cache.has_value());
    QVERIFY(p.cache.logLines.isEmpty());
    // curl + libcurl4 + glibc + busybox (sh) + update-alternatives-opkg
    QCOMPARE(l.predictedSize, qint64(250000 + 1200000 + 2200000 + 700034 + 8000));
    QCOMPARE(l.unresolvedDependencies, QStringList{"libcurl4 -> libssl3"});
    QVERIFY(codes(p.diagnostics).contains(QStringLiteral("layers.single-layer-lower-bound")));
    QVERIFY(!codes(predictDesign(multiDesign(kThreeLayers), context({})).diagnostics)
                 .contains(QStringLiteral("layers.single-layer-lower-bound")));
}

void TstLayerPrediction::baseAndMulti()
{
    LayerDesign d = multiDesign(QStringLiteral("app:packages:curl"));
    d.baseImage = QStringLiteral("container-base");
    const DesignPrediction p = predictDesign(d, context({}));
    QCOMPARE(p.layers.size(), 1);
    QCOMPARE(p.layers.first().predictedSize, qint64(250000));
    // The base image's content is unknown here: its packages are not counted as provided.
    QCOMPARE(p.layers.first().unresolvedDependencies,
             (QStringList{"curl -> glibc", "curl -> libcurl4", "curl -> sh"}));
}

void TstLayerPrediction::nonPackageLayers()
{
    const DesignPrediction p = predictDesign(
        multiDesign(QStringLiteral("base:packages:base-files conf:directories:/etc/app "
                                   "bin:files:/usr/bin/app host:host:/tmp/x:/opt/x")),
        context({}));
    QCOMPARE(p.layers.size(), 4);
    for (int i = 1; i < 4; ++i) {
        QCOMPARE(p.layers.at(i).predictedSize, qint64(-1));
        QVERIFY(p.layers.at(i).files.isEmpty());
        QVERIFY(!p.layers.at(i).cache.has_value());
    }
    QCOMPARE(p.cache.layers.size(), 1);
}

void TstLayerPrediction::withoutPkgdata()
{
    PredictionContext c = context({});
    c.pkgdata.reset();
    const DesignPrediction p = predictDesign(multiDesign(kThreeLayers), c);
    QCOMPARE(p.layers.first().predictedSize, qint64(-1));
    QVERIFY(p.layers.first().unknownPackages.isEmpty());
    QVERIFY(p.cache.layers.first().input.pkgVersions.isEmpty());
}

void TstLayerPrediction::specKeyVectors_data()
{
    QTest::addColumn<QString>("passwd");
    QTest::addColumn<QString>("netbase");
    QTest::addColumn<bool>("withPkgdata");
    QTest::addColumn<QString>("key");
    // meta-virtualization-facts §4 and pkgdata-facts §8.
    QTest::newRow("§4 vector") << "3.6.4"
                               << "6.4" << true << "ff7fbf7f0da6b452";
    QTest::newRow("pkgdata §8 vector") << "3.6.7"
                                       << "6.5" << true << "eba4b8ac2d737ad4";
    QTest::newRow("no versions") << "3.6.4"
                                 << "6.4" << false << "45221f5e36f7eef8";
}

void TstLayerPrediction::specKeyVectors()
{
    QFETCH(QString, passwd);
    QFETCH(QString, netbase);
    QFETCH(bool, withPkgdata);
    QFETCH(QString, key);
    QList<FixturePackage> packages = standardPackages();
    for (FixturePackage &p : packages) {
        if (p.name == QLatin1String("base-passwd"))
            p.pkgv = passwd;
        if (p.name == QLatin1String("netbase"))
            p.pkgv = netbase;
    }
    QTemporaryDir dir;
    QVERIFY(writePkgdata(dir.path(), packages));
    PredictionContext c = context(dir.filePath(QStringLiteral("cache")));
    c.pkgdata = withPkgdata ? PkgdataIndex::load(dir.path()) : nullptr;
    const DesignPrediction p = predictDesign(
        multiDesign(QStringLiteral("base:packages:base-files+base-passwd+netbase")), c);
    QCOMPARE(p.layers.first().cache->key, key);
}

enum class CacheSetup
{
    Empty,
    Hit,
    MarkerMissing,
    OlderVersion,
    OtherPackages,
    OtherMachine,
    OtherTune,
    Disabled
};

void TstLayerPrediction::cacheStates_data()
{
    QTest::addColumn<CacheSetup>("setup");
    QTest::addColumn<CacheState::Status>("status");
    QTest::addColumn<CacheState::MissReason>("reason");
    QTest::addColumn<QStringList>("details");
    using S = CacheState::Status;
    using R = CacheState::MissReason;
    QTest::newRow("new layer") << CacheSetup::Empty << S::Miss << R::NoEntry << QStringList();
    QTest::newRow("hit") << CacheSetup::Hit << S::Hit << R::None << QStringList();
    QTest::newRow("marker missing")
        << CacheSetup::MarkerMissing << S::Miss << R::MarkerMissing << QStringList();
    QTest::newRow("version changed, named")
        << CacheSetup::OlderVersion << S::Miss << R::PackageVersions
        << QStringList{QStringLiteral("busybox 1.36.0 → 1.36.1")};
    QTest::newRow("package list changed")
        << CacheSetup::OtherPackages << S::Miss << R::PackageList
        << QStringList{QStringLiteral("update-alternatives-opkg is not in the cached layer")};
    QTest::newRow("machine changed")
        << CacheSetup::OtherMachine << S::Miss << R::MachineOrTune
        << QStringList{QStringLiteral("machine qemuarm64 → qemux86-64")};
    QTest::newRow("TUNE_PKGARCH changed")
        << CacheSetup::OtherTune << S::Miss << R::MachineOrTune
        << QStringList{QStringLiteral("tune_pkgarch corei7-64 → core2-64")};
    QTest::newRow("disabled") << CacheSetup::Disabled << S::Disabled << R::None << QStringList();
}

void TstLayerPrediction::cacheStates()
{
    QFETCH(CacheSetup, setup);
    QFETCH(CacheState::Status, status);
    QFETCH(CacheState::MissReason, reason);
    QFETCH(QStringList, details);
    QTemporaryDir cache;
    const LayerDesign design =
        multiDesign(QStringLiteral("shell:packages:busybox+update-alternatives-opkg"));
    PredictionContext c = context(cache.path());
    const QString key = predictDesign(design, c).layers.first().cache->key;
    const QString current = cache.filePath(key + QStringLiteral("-shell"));

    CacheKeyInput old;
    old.layerName = QStringLiteral("shell");
    old.packages = {QStringLiteral("busybox"), QStringLiteral("update-alternatives-opkg")};
    old.machine = c.machine;
    old.tunePkgarch = c.tunePkgarch;
    old.pkgVersions = {{"busybox", "1.36.0"}, {"update-alternatives-opkg", "0.7.0"}};
    QMap<QString, QString> statusVersions{{"busybox", "1.36.0-r0"},
                                          {"update-alternatives-opkg", "0.7.0-r1"}};
    QString oldMachine = QStringLiteral("qemux86-64");
    switch (setup) {
    case CacheSetup::Empty:
        break;
    case CacheSetup::Hit:
        QVERIFY(writeFixtureFile(current + QStringLiteral("/.oci-layer-cache"),
                                 "cache_key=" + key.toLatin1() + "\nlayer_name=shell\n"));
        break;
    case CacheSetup::MarkerMissing:
        QVERIFY(writeFixtureFile(current + QStringLiteral("/bin/busybox"), "x"));
        break;
    case CacheSetup::OtherPackages:
        old.packages.removeLast();
        old.pkgVersions.remove(QStringLiteral("update-alternatives-opkg"));
        statusVersions.remove(QStringLiteral("update-alternatives-opkg"));
        break;
    case CacheSetup::OtherMachine:
        oldMachine = QStringLiteral("qemuarm64");
        old.machine = oldMachine;
        break;
    case CacheSetup::OtherTune:
        old.tunePkgarch = QStringLiteral("corei7-64");
        old.pkgVersions = {{"busybox", "1.36.1"}, {"update-alternatives-opkg", "0.7.0"}};
        statusVersions = {{"busybox", "1.36.1-r0"}, {"update-alternatives-opkg", "0.7.0-r1"}};
        c.otherTunePkgarchs = {QStringLiteral("core2-64"), QStringLiteral("corei7-64")};
        break;
    case CacheSetup::OlderVersion:
    case CacheSetup::Disabled:
        break;
    }
    if (setup == CacheSetup::OlderVersion || setup == CacheSetup::OtherPackages ||
        setup == CacheSetup::OtherMachine || setup == CacheSetup::OtherTune ||
        setup == CacheSetup::Disabled) {
        const QString oldKey = layerCacheKey(old);
        QVERIFY(oldKey != key);
        const QString entry = cache.filePath(oldKey + QStringLiteral("-shell"));
        QVERIFY(writeFixtureFile(entry + QStringLiteral("/.oci-layer-cache"),
                                 "cache_key=" + oldKey.toLatin1() +
                                     "\nlayer_name=shell\ncreated=2026-01-01T00:00:00Z\nmachine=" +
                                     oldMachine.toLatin1() + '\n'));
        QVERIFY(writeFixtureFile(entry + QStringLiteral("/var/lib/opkg/status"),
                                 opkgStatus(statusVersions)));
    }
    if (setup == CacheSetup::Disabled)
        c.cacheValue = QStringLiteral("0");

    const DesignPrediction p = predictDesign(design, c);
    const CacheState &state = *p.layers.first().cache;
    QCOMPARE(state.status, status);
    QCOMPARE(state.reason, reason);
    QCOMPARE(state.key, key);
    QCOMPARE(state.details, details);
    QCOMPARE(state.entryPath, current);
    QVERIFY(!state.explanation.isEmpty());
    QCOMPARE(p.cache.hits, status == CacheState::Status::Hit ? 1 : 0);
    QCOMPARE(p.cache.misses, status == CacheState::Status::Miss ? 1 : 0);
}

void TstLayerPrediction::logLines()
{
    QTemporaryDir cache;
    PredictionContext c = context(cache.path());
    const LayerDesign design = multiDesign(kThreeLayers + QStringLiteral(" conf:files:/etc/app"));
    const QString shellKey = predictDesign(design, c).layers.at(1).cache->key;
    QVERIFY(writeFixtureFile(cache.filePath(shellKey + QStringLiteral("-shell/.oci-layer-cache")),
                             "cache_key=x\n"));
    const DesignPrediction p = predictDesign(design, c);
    const QString baseKey = p.layers.at(0).cache->key;
    const QString appKey = p.layers.at(2).cache->key;
    QCOMPARE(
        p.cache.logLines,
        (QStringList{"NOTE: OCI: Pre-installing packages for multi-layer mode (caching enabled)",
                     "NOTE: OCI Cache MISS: Layer 'base' (base:base-files=3.0.14 base-passwd=3.6.4 "
                     "netbase=6.4)",
                     "NOTE: OCI Cache: Saving layer 'base' to cache (" + baseKey + ")",
                     "NOTE: OCI Cache HIT: Layer 'shell' (" + shellKey + ")",
                     "NOTE: OCI Cache MISS: Layer 'app' (app:curl=8.7.1)",
                     "NOTE: OCI Cache: Saving layer 'app' to cache (" + appKey + ")",
                     "NOTE: OCI: Pre-installed packages for 3 layers (cache: 1 hits, 2 misses)"}));

    c.cacheValue = QStringLiteral("yes");
    const DesignPrediction off = predictDesign(design, c);
    QCOMPARE(
        off.cache.logLines,
        (QStringList{"NOTE: OCI: Pre-installing packages for multi-layer mode (caching disabled)",
                     "NOTE: OCI: Pre-installed packages for 3 layers"}));
    QVERIFY(off.layers.at(1).cache->explanation.contains(QStringLiteral("'yes'")));
}

void TstLayerPrediction::unknownKeyInputsWarn()
{
    PredictionContext c = context({});
    c.tunePkgarch.reset();
    const DesignPrediction p = predictDesign(multiDesign(kThreeLayers), c);
    QVERIFY(codes(p.diagnostics).contains(QStringLiteral("layers.cache-key-inputs-unknown")));
    c.tunePkgarch = QStringLiteral("core2-64");
    QVERIFY(!codes(predictDesign(multiDesign(kThreeLayers), c).diagnostics)
                 .contains(QStringLiteral("layers.cache-key-inputs-unknown")));
}

QTEST_GUILESS_MAIN(TstLayerPrediction)
#include "tst_layerprediction.moc"

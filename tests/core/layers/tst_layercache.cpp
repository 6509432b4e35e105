#include "layers/cachekey.h"
#include "layers/layercache.h"
#include "layers/ocilayers.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cbw::core::layers;

using Versions = QMap<QString, QString>;

namespace {

CacheKeyInput baseLayer(QMap<QString, QString> versions)
{
    CacheKeyInput in;
    in.layerName = QStringLiteral("base");
    in.packages = {QStringLiteral("netbase"), QStringLiteral("base-files"),
                   QStringLiteral("base-passwd")};
    in.machine = QStringLiteral("qemux86-64");
    in.tunePkgarch = QStringLiteral("core2-64");
    in.pkgVersions = std::move(versions);
    return in;
}

QMap<QString, QString> specVersions()
{
    return {{QStringLiteral("base-files"), QStringLiteral("3.0.14")},
            {QStringLiteral("base-passwd"), QStringLiteral("3.6.4")},
            {QStringLiteral("netbase"), QStringLiteral("6.4")}};
}

void writeFile(const QString &path, const QByteArray &data)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(data), data.size());
}

} // namespace

class TstLayerCache final : public QObject
{
    Q_OBJECT

private slots:
    void specVectors_data();
    void specVectors();
    void quirkAndUnicodeVectors_data();
    void quirkAndUnicodeVectors();
    void pythonJsonString_data();
    void pythonJsonString();
    void pkgvFromText_data();
    void pkgvFromText();
    void pkgvFromDirectory();
    void packagesFromContent();
    void entryNameAndEnabled();
    void markerParseAndSerialize();
    void stateDisabled_data();
    void stateDisabled();
    void stateHit();
    void stateMissNoEntry();
    void stateMissMarkerMissing();
    void stateMissMachine();
    void stateMissVersions();
    void stateMissPackageList();
    void stateMissUnknown();
    void logLines_data();
    void logLines();
    void summaryLines();
    void makeInput();
    void predictWholeLayerList();
    void predictDisabled();
};

void TstLayerCache::specVectors_data()
{
    QTest::addColumn<QMap<QString, QString>>("versions");
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("key");
    QTest::newRow("versions") << specVersions()
                              << QStringLiteral(
                                     "{\"layer_name\": \"base\", \"layer_type\": \"packages\", "
                                     "\"machine\": \"qemux86-64\", \"packages\": [\"base-files\", "
                                     "\"base-passwd\", \"netbase\"], \"pkg_versions\": "
                                     "{\"base-files\": \"3.0.14\", \"base-passwd\": \"3.6.4\", "
                                     "\"netbase\": \"6.4\"}, \"tune_pkgarch\": \"core2-64\"}")
                              << QStringLiteral("ff7fbf7f0da6b452");
    QTest::newRow("no versions") << QMap<QString, QString>()
                                 << QStringLiteral(
                                        "{\"layer_name\": \"base\", \"layer_type\": \"packages\", "
                                        "\"machine\": \"qemux86-64\", \"packages\": "
                                        "[\"base-files\", \"base-passwd\", \"netbase\"], "
                                        "\"pkg_versions\": {}, \"tune_pkgarch\": \"core2-64\"}")
                                 << QStringLiteral("45221f5e36f7eef8");
    QMap<QString, QString> pkgdataSheet = specVersions();
    pkgdataSheet[QStringLiteral("base-passwd")] = QStringLiteral("3.6.7");
    pkgdataSheet[QStringLiteral("netbase")] = QStringLiteral("6.5");
    QTest::newRow("pkgdata-facts example")
        << pkgdataSheet
        << QStringLiteral("{\"layer_name\": \"base\", \"layer_type\": \"packages\", \"machine\": "
                          "\"qemux86-64\", \"packages\": [\"base-files\", \"base-passwd\", "
                          "\"netbase\"], \"pkg_versions\": {\"base-files\": \"3.0.14\", "
                          "\"base-passwd\": \"3.6.7\", \"netbase\": \"6.5\"}, \"tune_pkgarch\": "
                          "\"core2-64\"}")
        << QStringLiteral("eba4b8ac2d737ad4");
}

void TstLayerCache::specVectors()
{
    QFETCH(Versions, versions);
    QFETCH(QString, json);
    QFETCH(QString, key);
    const CacheKeyInput in = baseLayer(versions);
    QCOMPARE(canonicalCacheJson(in), json);
    QCOMPARE(layerCacheKey(in), key);
}

void TstLayerCache::quirkAndUnicodeVectors_data()
{
    QTest::addColumn<QString>("layerName");
    QTest::addColumn<QStringList>("packages");
    QTest::addColumn<bool>("hasMachine");
    QTest::addColumn<QMap<QString, QString>>("versions");
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("key");

    // Expected values produced by Python 3 json.dumps(sort_keys=True) + hashlib.sha256.
    QTest::newRow("PKGV:<pkg>: quirk")
        << QStringLiteral("shell") << QStringList{QStringLiteral("busybox")} << true
        << QMap<QString, QString>{{QStringLiteral("busybox"), QStringLiteral("busybox: 1.36.1")}}
        << QStringLiteral("{\"layer_name\": \"shell\", \"layer_type\": \"packages\", \"machine\": "
                          "\"qemux86-64\", \"packages\": [\"busybox\"], \"pkg_versions\": "
                          "{\"busybox\": \"busybox: 1.36.1\"}, \"tune_pkgarch\": \"core2-64\"}")
        << QStringLiteral("0e770a6af697725b");
    QTest::newRow("plain PKGV")
        << QStringLiteral("shell") << QStringList{QStringLiteral("busybox")} << true
        << QMap<QString, QString>{{QStringLiteral("busybox"), QStringLiteral("1.36.1")}}
        << QStringLiteral("{\"layer_name\": \"shell\", \"layer_type\": \"packages\", \"machine\": "
                          "\"qemux86-64\", \"packages\": [\"busybox\"], \"pkg_versions\": "
                          "{\"busybox\": \"1.36.1\"}, \"tune_pkgarch\": \"core2-64\"}")
        << QStringLiteral("57217a138172d6d4");
    QTest::newRow("non-ASCII name, unset machine/tune")
        << QStringLiteral("bäse-\U0001F600")
        << QStringList{QStringLiteral("zlib"), QStringLiteral("curl"), QStringLiteral("Ärger")}
        << false
        << QMap<QString, QString>{{QStringLiteral("curl"), QStringLiteral("8.7.1")},
                                  {QStringLiteral("zlib"), QStringLiteral("1.3.1")}}
        << QStringLiteral("{\"layer_name\": \"b\\u00e4se-\\ud83d\\ude00\", \"layer_type\": "
                          "\"packages\", \"machine\": null, \"packages\": [\"curl\", \"zlib\", "
                          "\"\\u00c4rger\"], \"pkg_versions\": {\"curl\": \"8.7.1\", \"zlib\": "
                          "\"1.3.1\"}, \"tune_pkgarch\": null}")
        << QStringLiteral("0cca12f70bcffaab");
}

void TstLayerCache::quirkAndUnicodeVectors()
{
    QFETCH(QString, layerName);
    QFETCH(QStringList, packages);
    QFETCH(bool, hasMachine);
    QFETCH(Versions, versions);
    QFETCH(QString, json);
    QFETCH(QString, key);
    CacheKeyInput in;
    in.layerName = layerName;
    in.packages = packages;
    if (hasMachine) {
        in.machine = QStringLiteral("qemux86-64");
        in.tunePkgarch = QStringLiteral("core2-64");
    }
    in.pkgVersions = versions;
    QCOMPARE(canonicalCacheJson(in), json);
    QCOMPARE(layerCacheKey(in), key);
}

void TstLayerCache::pythonJsonString_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("\"abc\"");
    QTest::newRow("controls") << QStringLiteral("q\"\\\n\t\x01\x7f\b\f\r")
                              << QStringLiteral("\"q\\\"\\\\\\n\\t\\u0001\\u007f\\b\\f\\r\"");
    QTest::newRow("bmp above surrogates")
        << QStringLiteral("\uff21") << QStringLiteral("\"\\uff21\"");
    QTest::newRow("astral") << QStringLiteral("\U0001F600") << QStringLiteral("\"\\ud83d\\ude00\"");
    QTest::newRow("slash kept") << QStringLiteral("a/b") << QStringLiteral("\"a/b\"");
}

void TstLayerCache::pythonJsonString()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(cbw::core::layers::pythonJsonString(input), expected);
}

void TstLayerCache::pkgvFromText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("pkg");
    QTest::addColumn<bool>("found");
    QTest::addColumn<QString>("value");
    QTest::newRow("plain") << QByteArray("PN: x\nPKGV: 1.0\nPKGR: r0\n") << QStringLiteral("x")
                           << true << QStringLiteral("1.0");
    QTest::newRow("suffixed quirk")
        << QByteArray("PKGV:busybox: 1.36.1\n") << QStringLiteral("busybox") << true
        << QStringLiteral("busybox: 1.36.1");
    QTest::newRow("legacy") << QByteArray("PKGV_busybox: 1.2\n") << QStringLiteral("busybox")
                            << true << QStringLiteral("1.2");
    QTest::newRow("legacy of another package")
        << QByteArray("PKGV_other: 9\n") << QStringLiteral("busybox") << false << QString();
    QTest::newRow("first line wins") << QByteArray("PKGV:foo: 2\nPKGV: 1\n")
                                     << QStringLiteral("foo") << true << QStringLiteral("foo: 2");
    QTest::newRow("crlf") << QByteArray("PKGV: 1.0\r\nPKGR: r0\r\n") << QStringLiteral("x") << true
                          << QStringLiteral("1.0");
    QTest::newRow("lone cr lines")
        << QByteArray("PN: x\rPKGV:  7 \r") << QStringLiteral("x") << true << QStringLiteral("7");
    QTest::newRow("similar key") << QByteArray("PKGVX: 3\n PKGV: 4\n") << QStringLiteral("x")
                                 << false << QString();
    QTest::newRow("no escape decoding") << QByteArray("PKGV: 1\\x2e0\n") << QStringLiteral("x")
                                        << true << QStringLiteral("1\\x2e0");
    QTest::newRow("missing") << QByteArray("PN: x\n") << QStringLiteral("x") << false << QString();
}

void TstLayerCache::pkgvFromText()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, pkg);
    QFETCH(bool, found);
    QFETCH(QString, value);
    const auto v = cacheKeyPkgvFromText(text, pkg);
    QCOMPARE(v.has_value(), found);
    if (found)
        QCOMPARE(*v, value);
}

void TstLayerCache::pkgvFromDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeFile(dir.filePath(QStringLiteral("runtime/base-files")), "PN: base-files\nPKGV: 3.0.14\n");
    writeFile(dir.filePath(QStringLiteral("runtime/base-passwd")), "PKGV: 3.6.4\n");
    writeFile(dir.filePath(QStringLiteral("runtime/netbase")), "PKGV: 6.4\n");
    const CacheKeyInput spec = baseLayer({});
    const QMap<QString, QString> read =
        readCacheKeyPkgvs(dir.path(), spec.packages + QStringList{QStringLiteral("libc6")});
    QCOMPARE(read, specVersions()); // libc6 has no runtime file: silently absent
    CacheKeyInput in = spec;
    in.pkgVersions = read;
    QCOMPARE(layerCacheKey(in), QStringLiteral("ff7fbf7f0da6b452"));
}

void TstLayerCache::packagesFromContent()
{
    QCOMPARE(
        cbw::core::layers::packagesFromContent(QStringLiteral("base-files+base-passwd++netbase+")),
        (QStringList{QStringLiteral("base-files"), QStringLiteral("base-passwd"),
                     QStringLiteral("netbase")}));
    QCOMPARE(sortedPackages({QStringLiteral("b"), QStringLiteral("\U0001F600"),
                             QStringLiteral("\uff21"), QStringLiteral("B")}),
             (QStringList{QStringLiteral("B"), QStringLiteral("b"), QStringLiteral("\uff21"),
                          QStringLiteral("\U0001F600")}));
}

void TstLayerCache::entryNameAndEnabled()
{
    QCOMPARE(cacheEntryDirName(QStringLiteral("ff7fbf7f0da6b452"), QStringLiteral("base")),
             QStringLiteral("ff7fbf7f0da6b452-base"));
    QVERIFY(layerCacheEnabled(QStringLiteral("1")));
    QVERIFY(!layerCacheEnabled(QStringLiteral("1 ")));
    QVERIFY(!layerCacheEnabled(QStringLiteral("yes")));
    QVERIFY(!layerCacheEnabled(QString()));
}

void TstLayerCache::markerParseAndSerialize()
{
    const CacheMarker m = CacheMarker::parse("cache_key=ff7fbf7f0da6b452\nlayer_name=base\n"
                                             "created=2026-08-14T10:00:00Z\nmachine=qemux86-64\n"
                                             "garbage line\nextra=a=b\n");
    QCOMPARE(m.cacheKey, QStringLiteral("ff7fbf7f0da6b452"));
    QCOMPARE(m.layerName, QStringLiteral("base"));
    QCOMPARE(m.created, QStringLiteral("2026-08-14T10:00:00Z"));
    QCOMPARE(m.machine, QStringLiteral("qemux86-64"));
    QCOMPARE(m.fields.value(QStringLiteral("extra")), QStringLiteral("a=b"));
    QCOMPARE(m.fields.size(), 5);
    QCOMPARE(m.serialize(), QByteArray("cache_key=ff7fbf7f0da6b452\nlayer_name=base\n"
                                       "created=2026-08-14T10:00:00Z\nmachine=qemux86-64\n"));
}

void TstLayerCache::stateDisabled_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("0") << QStringLiteral("0");
    QTest::newRow("empty") << QString();
    QTest::newRow("trailing space") << QStringLiteral("1 ");
    QTest::newRow("true") << QStringLiteral("true");
}

void TstLayerCache::stateDisabled()
{
    QFETCH(QString, value);
    QTemporaryDir dir;
    // Even a complete entry is not used when the cache is off.
    writeFile(dir.filePath(QStringLiteral("ff7fbf7f0da6b452-base/.oci-layer-cache")), "x=y\n");
    const CacheState st = layerCacheState(dir.path(), baseLayer(specVersions()), value);
    QCOMPARE(st.status, CacheState::Status::Disabled);
    QCOMPARE(st.key, QStringLiteral("ff7fbf7f0da6b452"));
    QCOMPARE(st.explanation,
             QStringLiteral("OCI_LAYER_CACHE is '%1', not exactly '1': the layer cache is not used")
                 .arg(value));
}

void TstLayerCache::stateHit()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("ff7fbf7f0da6b452-base/.oci-layer-cache")),
              "cache_key=ff7fbf7f0da6b452\nlayer_name=base\n");
    const CacheState st = layerCacheState(dir.path(), baseLayer(specVersions()));
    QCOMPARE(st.status, CacheState::Status::Hit);
    QCOMPARE(st.reason, CacheState::MissReason::None);
    QCOMPARE(st.entryPath, dir.filePath(QStringLiteral("ff7fbf7f0da6b452-base")));
}

void TstLayerCache::stateMissNoEntry()
{
    QTemporaryDir dir;
    // An entry of another layer with a similar name is not this layer's.
    writeFile(dir.filePath(QStringLiteral("0123456789abcdef-base2/.oci-layer-cache")), "x=y\n");
    const CacheState st = layerCacheState(dir.path(), baseLayer(specVersions()));
    QCOMPARE(st.status, CacheState::Status::Miss);
    QCOMPARE(st.reason, CacheState::MissReason::NoEntry);
    QCOMPARE(st.staleEntries, QStringList());
    QCOMPARE(st.explanation, QStringLiteral("no cache entry for layer 'base' yet: the build "
                                            "installs the packages and saves "
                                            "ff7fbf7f0da6b452-base"));
}

void TstLayerCache::stateMissMarkerMissing()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("ff7fbf7f0da6b452-base/etc/hostname")), "x\n");
    const CacheState st = layerCacheState(dir.path(), baseLayer(specVersions()));
    QCOMPARE(st.status, CacheState::Status::Miss);
    QCOMPARE(st.reason, CacheState::MissReason::MarkerMissing);
}

void TstLayerCache::stateMissMachine()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("0123456789abcdef-base/.oci-layer-cache")),
              "cache_key=0123456789abcdef\nlayer_name=base\ncreated=2026-01-01T00:00:00Z\n"
              "machine=qemuarm64\n");
    const CacheState st = layerCacheState(dir.path(), baseLayer(specVersions()));
    QCOMPARE(st.status, CacheState::Status::Miss);
    QCOMPARE(st.reason, CacheState::MissReason::MachineOrTune);
    QCOMPARE(st.staleEntries, QStringList{QStringLiteral("0123456789abcdef-base")});
    QCOMPARE(st.details, QStringList{QStringLiteral("machine qemuarm64 → qemux86-64")});
}

void TstLayerCache::stateMissVersions()
{
    QTemporaryDir dir;
    QMap<QString, QString> old = specVersions();
    old[QStringLiteral("base-files")] = QStringLiteral("3.0.13");
    const QString oldKey = layerCacheKey(baseLayer(old));
    const QString entry = dir.filePath(oldKey + QStringLiteral("-base"));
    writeFile(entry + QStringLiteral("/.oci-layer-cache"),
              "cache_key=" + oldKey.toLatin1() + "\nlayer_name=base\nmachine=qemux86-64\n");
    writeFile(entry + QStringLiteral("/var/lib/opkg/status"),
              "Package: base-files\nVersion: 3.0.13-r89\nStatus: install ok installed\n\n"
              "Package: base-passwd\nVersion: 3.6.4-r0\n\n"
              "Package: netbase\nVersion: 1:6.4-r0\n\n"
              "Package: libc6\nVersion: 2.39-r0\n");
    const CacheState st = layerCacheState(dir.path(), baseLayer(specVersions()));
    QCOMPARE(st.status, CacheState::Status::Miss);
    QCOMPARE(st.reason, CacheState::MissReason::PackageVersions);
    QCOMPARE(st.details, QStringList{QStringLiteral("base-files 3.0.13 → 3.0.14")});
    QCOMPARE(st.explanation, QStringLiteral("package versions changed since %1-base was saved: "
                                            "base-files 3.0.13 → 3.0.14")
                                 .arg(oldKey));
}

void TstLayerCache::stateMissPackageList()
{
    QTemporaryDir dir;
    const QString entry = dir.filePath(QStringLiteral("0123456789abcdef-base"));
    writeFile(entry + QStringLiteral("/.oci-layer-cache"),
              "cache_key=0123456789abcdef\nlayer_name=base\nmachine=qemux86-64\n");
    writeFile(entry + QStringLiteral("/var/lib/dpkg/status"),
              "Package: base-files\nVersion: 3.0.14-r0\n\nPackage: base-passwd\nVersion: "
              "3.6.4-r0\n");
    const CacheState st = layerCacheState(dir.path(), baseLayer(specVersions()));
    QCOMPARE(st.reason, CacheState::MissReason::PackageList);
    QCOMPARE(st.details, QStringList{QStringLiteral("netbase is not in the cached layer")});
}

void TstLayerCache::stateMissUnknown()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("0123456789abcdef-base/.oci-layer-cache")),
              "cache_key=0123456789abcdef\nlayer_name=base\nmachine=qemux86-64\n");
    const CacheState st = layerCacheState(dir.path(), baseLayer(specVersions()));
    QCOMPARE(st.reason, CacheState::MissReason::KeyChanged);
    QCOMPARE(st.explanation,
             QStringLiteral("0123456789abcdef-base was saved with key 0123456789abcdef: the "
                            "package list, a package version (PKGV), MACHINE or TUNE_PKGARCH "
                            "differs now"));
}

void TstLayerCache::logLines_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("packages");
    QTest::addColumn<QMap<QString, QString>>("versions");
    QTest::addColumn<QString>("missLine");
    QTest::newRow("three") << QStringLiteral("base")
                           << QStringList{QStringLiteral("netbase"), QStringLiteral("base-files"),
                                          QStringLiteral("base-passwd")}
                           << specVersions()
                           << QStringLiteral("NOTE: OCI Cache MISS: Layer 'base' (base:base-files="
                                             "3.0.14 base-passwd=3.6.4 netbase=6.4)");
    QTest::newRow("five, unknown")
        << QStringLiteral("all")
        << QStringList{QStringLiteral("netbase"), QStringLiteral("curl"),
                       QStringLiteral("base-files"), QStringLiteral("busybox"),
                       QStringLiteral("base-passwd")}
        << QMap<QString, QString>{{QStringLiteral("base-files"), QStringLiteral("3.0.14")},
                                  {QStringLiteral("busybox"), QStringLiteral("1.36.1")}}
        << QStringLiteral("NOTE: OCI Cache MISS: Layer 'all' (all:base-files=3.0.14 "
                          "base-passwd=? busybox=1.36.1 ...+2 more)");
    QTest::newRow("four") << QStringLiteral("x")
                          << QStringList{QStringLiteral("a"), QStringLiteral("b"),
                                         QStringLiteral("c"), QStringLiteral("d")}
                          << QMap<QString, QString>()
                          << QStringLiteral("NOTE: OCI Cache MISS: Layer 'x' (x:a=? b=? c=? ...+1 "
                                            "more)");
    QTest::newRow("empty") << QStringLiteral("empty") << QStringList() << QMap<QString, QString>()
                           << QStringLiteral("NOTE: OCI Cache MISS: Layer 'empty' (empty:)");
}

void TstLayerCache::logLines()
{
    QFETCH(QString, name);
    QFETCH(QStringList, packages);
    QFETCH(Versions, versions);
    QFETCH(QString, missLine);
    CacheKeyInput in;
    in.layerName = name;
    in.packages = packages;
    in.pkgVersions = versions;
    QCOMPARE(cacheMissLogLine(in), missLine);
}

void TstLayerCache::summaryLines()
{
    QCOMPARE(cacheHitLogLine(QStringLiteral("base"), QStringLiteral("ff7fbf7f0da6b452")),
             QStringLiteral("NOTE: OCI Cache HIT: Layer 'base' (ff7fbf7f0da6b452)"));
    QCOMPARE(cacheSaveLogLine(QStringLiteral("base"), QStringLiteral("ff7fbf7f0da6b452")),
             QStringLiteral("NOTE: OCI Cache: Saving layer 'base' to cache (ff7fbf7f0da6b452)"));
    QCOMPARE(cachePreinstallStartLogLine(true),
             QStringLiteral("NOTE: OCI: Pre-installing packages for multi-layer mode (caching "
                            "enabled)"));
    QCOMPARE(cachePreinstallStartLogLine(false),
             QStringLiteral("NOTE: OCI: Pre-installing packages for multi-layer mode (caching "
                            "disabled)"));
    QCOMPARE(cacheSummaryLogLine(3, 0, 3, true),
             QStringLiteral("NOTE: OCI: Pre-installed packages for 3 layers (cache: 0 hits, 3 "
                            "misses)"));
    QCOMPARE(cacheSummaryLogLine(3, 3, 0, false),
             QStringLiteral("NOTE: OCI: Pre-installed packages for 3 layers"));
}

void TstLayerCache::makeInput()
{
    QTemporaryDir pkgdata;
    writeFile(pkgdata.filePath(QStringLiteral("runtime/busybox")),
              "PN: busybox\nPKGV:busybox: 1.36.1\n");
    const CacheKeyInput in =
        makeCacheKeyInput(QStringLiteral("shell"), QStringLiteral("busybox+"),
                          QStringLiteral("qemux86-64"), QStringLiteral("core2-64"), pkgdata.path());
    QCOMPARE(in.packages, QStringList{QStringLiteral("busybox")});
    QCOMPARE(in.pkgVersions.value(QStringLiteral("busybox")), QStringLiteral("busybox: 1.36.1"));
    QCOMPARE(layerCacheKey(in), QStringLiteral("0e770a6af697725b"));
    const CacheKeyInput noPkgdata =
        makeCacheKeyInput(QStringLiteral("base"), QStringLiteral("netbase+base-files+base-passwd"),
                          QStringLiteral("qemux86-64"), QStringLiteral("core2-64"));
    QCOMPARE(layerCacheKey(noPkgdata), QStringLiteral("45221f5e36f7eef8"));
}

void TstLayerCache::predictWholeLayerList()
{
    QTemporaryDir pkgdata;
    writeFile(pkgdata.filePath(QStringLiteral("runtime/base-files")), "PKGV: 3.0.14\n");
    writeFile(pkgdata.filePath(QStringLiteral("runtime/base-passwd")), "PKGV: 3.6.4\n");
    writeFile(pkgdata.filePath(QStringLiteral("runtime/netbase")), "PKGV: 6.4\n");
    writeFile(pkgdata.filePath(QStringLiteral("runtime/busybox")), "PKGV: 1.36.1\n");
    QTemporaryDir cache;
    writeFile(cache.filePath(QStringLiteral("ff7fbf7f0da6b452-base/.oci-layer-cache")),
              "cache_key=ff7fbf7f0da6b452\nlayer_name=base\n");
    const LayerSpecs layers = parseOciLayers(
        QStringLiteral("base:packages:base-files+base-passwd+netbase shell:packages:busybox "
                       "cfg:files:/etc/x app:packages:curl"));
    const LayerCachePrediction p =
        predictLayerCache(layers, QStringLiteral("qemux86-64"), QStringLiteral("core2-64"),
                          pkgdata.path(), cache.path());
    QCOMPARE(p.hits, 1);
    QCOMPARE(p.misses, 2);
    QCOMPARE(p.layers.size(), 3);
    QCOMPARE(p.layers.at(2).state.reason, CacheState::MissReason::NoEntry);
    QCOMPARE(
        p.logLines,
        (QStringList{
            QStringLiteral("NOTE: OCI: Pre-installing packages for multi-layer mode (caching "
                           "enabled)"),
            QStringLiteral("NOTE: OCI Cache HIT: Layer 'base' (ff7fbf7f0da6b452)"),
            QStringLiteral("NOTE: OCI Cache MISS: Layer 'shell' (shell:busybox=1.36.1)"),
            QStringLiteral("NOTE: OCI Cache: Saving layer 'shell' to cache (57217a138172d6d4)"),
            QStringLiteral("NOTE: OCI Cache MISS: Layer 'app' (app:curl=?)"),
            QStringLiteral("NOTE: OCI Cache: Saving layer 'app' to cache (660b655f8152a107)"),
            QStringLiteral("NOTE: OCI: Pre-installed packages for 3 layers (cache: 1 hits, 2 "
                           "misses)")}));
}

void TstLayerCache::predictDisabled()
{
    QTemporaryDir cache;
    const LayerCachePrediction p =
        predictLayerCache(parseOciLayers(QStringLiteral("a:packages:x b:host:/a:/b")), std::nullopt,
                          std::nullopt, QString(), cache.path(), QStringLiteral("0"));
    QCOMPARE(p.hits + p.misses, 0);
    QCOMPARE(p.layers.size(), 1);
    QCOMPARE(p.layers.at(0).state.status, CacheState::Status::Disabled);
    QCOMPARE(p.logLines,
             (QStringList{QStringLiteral("NOTE: OCI: Pre-installing packages for multi-layer mode "
                                         "(caching disabled)"),
                          QStringLiteral("NOTE: OCI: Pre-installed packages for 1 layers")}));
}

QTEST_GUILESS_MAIN(TstLayerCache)
#include "tst_layercache.moc"

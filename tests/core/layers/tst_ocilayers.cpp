#include "layers/baseimage.h"
#include "layers/imageinstall.h"
#include "layers/ocilayers.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cbw::core;
using namespace cbw::core::layers;

namespace {

// The logical value of a continued assignment whose item lines are `lines` (BitBake drops
// each backslash-newline), with a ValueLocation mapping it back to file lines starting at
// `firstLine`, column 1, as the BitBake engine reports it.
struct ContinuedValue
{
    QString value;
    ValueLocation location;
};

ContinuedValue continued(const QStringList &lines, int firstLine = 11)
{
    ContinuedValue v;
    v.location = ValueLocation(QStringLiteral("recipes/app.bb"), firstLine, 1);
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            v.location.addSegment(int(v.value.size()), firstLine + i, 1);
        v.value += lines.at(i);
    }
    return v;
}

struct Expected
{
    QString code;
    Severity severity;
    int line;
    int column;
};

QString describe(const Diagnostics &diags)
{
    QStringList out;
    for (const Diagnostic &d : diags)
        out.append(d.code + QLatin1Char('@') + QString::number(d.location.line) + QLatin1Char(':') +
                   QString::number(d.location.column));
    return out.join(QStringLiteral(", "));
}

} // namespace

Q_DECLARE_METATYPE(QList<Expected>)

class TstOciLayers final : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void serializeRoundTrip();
    void hostCopies();
    void mode();
    void diagnostics_data();
    void diagnostics();
    void messages();
    void modeLocation();
    void baseImageClassification_data();
    void baseImageClassification();
    void remoteAdvice();
    void baseImageOnDisk();
    void countLayers();
    void backend_data();
    void backend();
    void layerCount_data();
    void layerCount();
    void imageInstall();
    void contentOnDisk();
};

void TstOciLayers::parse_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("types");
    QTest::addColumn<QList<QStringList>>("items");
    QTest::newRow("multilayer demo")
        << QStringLiteral("    base:packages:base-files+base-passwd+netbase     "
                          "shell:packages:busybox     app:packages:curl ")
        << QStringList{QStringLiteral("base"), QStringLiteral("shell"), QStringLiteral("app")}
        << QStringList{QStringLiteral("packages"), QStringLiteral("packages"),
                       QStringLiteral("packages")}
        << QList<QStringList>{{QStringLiteral("base-files"), QStringLiteral("base-passwd"),
                               QStringLiteral("netbase")},
                              {QStringLiteral("busybox")},
                              {QStringLiteral("curl")}};
    QTest::newRow("content keeps colons")
        << QStringLiteral("certs:host:/etc/ssl/a.crt:/etc/ssl/a.crt\tcfg:files:/etc/x:y")
        << QStringList{QStringLiteral("certs"), QStringLiteral("cfg")}
        << QStringList{QStringLiteral("host"), QStringLiteral("files")}
        << QList<QStringList>{{QStringLiteral("/etc/ssl/a.crt:/etc/ssl/a.crt")},
                              {QStringLiteral("/etc/x:y")}};
    QTest::newRow("empty items dropped, short entry kept")
        << QStringLiteral("a:packages:+x++y+ b:packages c")
        << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}
        << QStringList{QStringLiteral("packages"), QStringLiteral("packages"), QString()}
        << QList<QStringList>{{QStringLiteral("x"), QStringLiteral("y")}, {}, {}};
    QTest::newRow("expression kept whole")
        << QStringLiteral("base:packages:a${@bb.utils.contains('X', 'y', '+b:c', '', d)}+d")
        << QStringList{QStringLiteral("base")} << QStringList{QStringLiteral("packages")}
        << QList<QStringList>{{QStringLiteral("a${@bb.utils.contains('X', 'y', '+b:c', '', d)}"),
                               QStringLiteral("d")}};
    QTest::newRow("unclosed expression is plain text")
        << QStringLiteral("a:packages:x${oops b:packages:y")
        << QStringList{QStringLiteral("a"), QStringLiteral("b")}
        << QStringList{QStringLiteral("packages"), QStringLiteral("packages")}
        << QList<QStringList>{{QStringLiteral("x${oops")}, {QStringLiteral("y")}};
    QTest::newRow("blank") << QStringLiteral(" \t ") << QStringList() << QStringList()
                           << QList<QStringList>();
}

void TstOciLayers::parse()
{
    QFETCH(QString, value);
    QFETCH(QStringList, names);
    QFETCH(QStringList, types);
    QFETCH(QList<QStringList>, items);
    const LayerSpecs specs = parseOciLayers(value);
    QCOMPARE(specs.size(), names.size());
    for (int i = 0; i < specs.size(); ++i) {
        QCOMPARE(specs.at(i).name, names.at(i));
        QCOMPARE(specs.at(i).typeText, types.at(i));
        QCOMPARE(specs.at(i).items, items.at(i));
        QCOMPARE(specs.at(i).itemOffsets.size(), items.at(i).size());
        for (int k = 0; k < items.at(i).size(); ++k)
            QCOMPARE(value.mid(specs.at(i).itemOffsets.at(k), items.at(i).at(k).size()),
                     items.at(i).at(k));
    }
}

void TstOciLayers::serializeRoundTrip()
{
    const QString value =
        QStringLiteral("base:packages:base-files+base-passwd+netbase shell:packages:busybox "
                       "app:packages:curl");
    const LayerSpecs specs = parseOciLayers(QStringLiteral("  ") + value + QStringLiteral("\n"));
    QCOMPARE(serializeOciLayers(specs), value);
    QCOMPARE(parseOciLayers(serializeOciLayers(specs)), specs);
    QCOMPARE(specs.at(0).type, LayerType::Packages);

    LayerSpec built;
    built.name = QStringLiteral("cfg");
    built.type = LayerType::Files;
    built.items = {QStringLiteral("/etc/a"), QStringLiteral("/etc/b")};
    QCOMPARE(built.toEntry(), QStringLiteral("cfg:files:/etc/a+/etc/b"));
    QCOMPARE(parseOciLayers(built.toEntry()).value(0), built);
}

void TstOciLayers::hostCopies()
{
    const LayerSpec spec =
        parseOciLayers(QStringLiteral("h:host:/home/b/c:onfig:/etc/app/config+/k:/etc/k+bare"))
            .value(0);
    QCOMPARE(spec.type, LayerType::Host);
    const QList<HostCopy> expected = {
        {QStringLiteral("/home/b/c:onfig"), QStringLiteral("/etc/app/config")},
        {QStringLiteral("/k"), QStringLiteral("/etc/k")},
        {QStringLiteral("bare"), QString()}};
    QCOMPARE(spec.hostCopies(), expected);
}

void TstOciLayers::mode()
{
    QCOMPARE(layerModeFromValue(QStringLiteral("multi")), LayerMode::Multi);
    QCOMPARE(layerModeFromValue(QStringLiteral("Multi")), LayerMode::Single);
    QCOMPARE(layerModeFromValue(QStringLiteral("multi ")), LayerMode::Single);
    QCOMPARE(layerModeFromValue(QString()), LayerMode::Single);
    QCOMPARE(layerModeName(LayerMode::Multi), QStringLiteral("multi"));
    QCOMPARE(layerTypeFromName(QStringLiteral("Packages")), LayerType::Unknown);
    QCOMPARE(layerTypeName(LayerType::Directories), QStringLiteral("directories"));
}

void TstOciLayers::diagnostics_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QList<Expected>>("expected");
    const QString multi = QStringLiteral("multi");

    QTest::newRow("valid demo")
        << QStringList{QStringLiteral("    base:packages:base-files+base-passwd+netbase "),
                       QStringLiteral("    shell:packages:busybox "),
                       QStringLiteral("    app:packages:curl ")}
        << multi << QList<Expected>{};
    QTest::newRow("short entry") << QStringList{QStringLiteral("    base:packages:busybox "),
                                                QStringLiteral("    broken:packages "),
                                                QStringLiteral("    app:packages:curl ")}
                                 << multi
                                 << QList<Expected>{{QStringLiteral("layers.bad-entry"),
                                                     Severity::Error, 12, 5}};
    QTest::newRow("unknown type") << QStringList{QStringLiteral("    base:package:busybox ")}
                                  << multi
                                  << QList<Expected>{{QStringLiteral("layers.unknown-type"),
                                                      Severity::Error, 11, 10}};
    QTest::newRow("host")
        << QStringList{QStringLiteral("    certs:host:/etc/ssl/my.crt:/etc/ssl/my.crt+/nocolon ")}
        << multi
        << QList<Expected>{{QStringLiteral("layers.host-pair"), Severity::Error, 11, 48},
                           {QStringLiteral("layers.host-content"), Severity::Warning, 11, 5}};
    QTest::newRow("host relative destination")
        << QStringList{QStringLiteral("x "), QStringLiteral("  c:host:/a:etc/a ")} << multi
        << QList<Expected>{{QStringLiteral("layers.bad-entry"), Severity::Error, 11, 1},
                           {QStringLiteral("layers.relative-path"), Severity::Warning, 12, 13},
                           {QStringLiteral("layers.host-content"), Severity::Warning, 12, 3}};
    QTest::newRow("relative, empty items, semicolon")
        << QStringList{QStringLiteral("    app:directories:opt/app+/etc/app "),
                       QStringLiteral("    pk:packages:a;b++c+ ")}
        << multi
        << QList<Expected>{{QStringLiteral("layers.relative-path"), Severity::Warning, 11, 21},
                           {QStringLiteral("layers.empty-item"), Severity::Warning, 12, 21},
                           {QStringLiteral("layers.empty-item"), Severity::Warning, 12, 24},
                           {QStringLiteral("layers.semicolon"), Severity::Warning, 12, 18}};
    QTest::newRow("duplicates")
        << QStringList{QStringLiteral("    a:packages:x+y "), QStringLiteral("    a:packages:y "),
                       QStringLiteral("    b:files:/etc/f+etc/g ")}
        << multi
        << QList<Expected>{{QStringLiteral("layers.duplicate-name"), Severity::Warning, 12, 5},
                           {QStringLiteral("layers.duplicate-package"), Severity::Warning, 12, 16},
                           {QStringLiteral("layers.relative-path"), Severity::Warning, 13, 20}};
    QTest::newRow("inline python")
        << QStringList{QStringLiteral("    base:packages:busybox${@bb.utils.contains("
                                      "'DISTRO_FEATURES', 'x', '+foo', '', d)} ")}
        << multi
        << QList<Expected>{{QStringLiteral("layers.inline-python"), Severity::Note, 11, 5}};
    QTest::newRow("empty layer and name")
        << QStringList{QStringLiteral("    base:packages: "), QStringLiteral("  :files:/x ")}
        << multi
        << QList<Expected>{{QStringLiteral("layers.empty-layer"), Severity::Warning, 11, 5},
                           {QStringLiteral("layers.empty-name"), Severity::Warning, 12, 3}};
    QTest::newRow("multi but empty")
        << QStringList{QStringLiteral("   "), QStringLiteral("  ")} << multi
        << QList<Expected>{{QStringLiteral("layers.empty"), Severity::Error, 11, 1}};
    QTest::newRow("Multi is single")
        << QStringList{QStringLiteral("  "), QStringLiteral("    base:bogus ")}
        << QStringLiteral("Multi")
        << QList<Expected>{{QStringLiteral("layers.mode-not-multi"), Severity::Warning, 12, 5}};
    QTest::newRow("trailing blank in mode")
        << QStringList{QStringLiteral("base:packages:busybox")} << QStringLiteral("multi ")
        << QList<Expected>{{QStringLiteral("layers.mode-not-multi"), Severity::Warning, 11, 1}};
    QTest::newRow("single, nothing set")
        << QStringList{QString()} << QString() << QList<Expected>{};
}

void TstOciLayers::diagnostics()
{
    QFETCH(QStringList, lines);
    QFETCH(QString, mode);
    QFETCH(QList<Expected>, expected);
    const ContinuedValue v = continued(lines);
    const Diagnostics diags = validateOciLayers(v.value, v.location, mode);
    QVERIFY2(diags.size() == expected.size(), qPrintable(describe(diags)));
    for (int i = 0; i < diags.size(); ++i) {
        QCOMPARE(diags.at(i).code, expected.at(i).code);
        QCOMPARE(diags.at(i).severity, expected.at(i).severity);
        QCOMPARE(diags.at(i).location,
                 (SourceLocation{QStringLiteral("recipes/app.bb"), expected.at(i).line,
                                 expected.at(i).column}));
    }
}

void TstOciLayers::messages()
{
    const ContinuedValue v =
        continued({QStringLiteral("  broken:packages "), QStringLiteral("  b:package:x "),
                   QStringLiteral("  c:host:/a:/b+nocolon+/h:/g ")});
    const Diagnostics d = validateOciLayers(v.value, v.location, QStringLiteral("multi"));
    QCOMPARE(d.size(), 4);
    QCOMPARE(d.at(0).message,
             QStringLiteral("Invalid OCI_LAYERS entry 'broken:packages': format is "
                            "'name:type:content'"));
    QCOMPARE(d.at(0).toGccString(),
             QStringLiteral("recipes/app.bb:11:3: error: Invalid OCI_LAYERS entry "
                            "'broken:packages': format is 'name:type:content'"));
    QCOMPARE(d.at(1).message,
             QStringLiteral("Invalid layer type 'package' in 'b:package:x': must be 'packages', "
                            "'directories', 'files', or 'host'"));
    QCOMPARE(d.at(2).message,
             QStringLiteral("Invalid host layer content 'nocolon' in 'c:host:/a:/b+nocolon+/h:/g': "
                            "format is 'source_path:dest_path'"));
    QCOMPARE(d.at(3).message,
             QStringLiteral("OCI image includes content from build machine filesystem (host "
                            "layers).\nThis content is NOT part of the Yocto build and affects "
                            "reproducibility.\nThe build output will depend on the state of the "
                            "build machine.\nHost paths used:\n  Layer 'c': /a\n  Layer 'c': /h"));

    const Diagnostics empty =
        validateOciLayers(QString(), ValueLocation(), QStringLiteral("multi"));
    QCOMPARE(empty.value(0).message,
             QStringLiteral("OCI_LAYER_MODE = 'multi' requires OCI_LAYERS to be defined"));
    const Diagnostics single =
        validateOciLayers(QStringLiteral("a:packages:x"), ValueLocation(), QStringLiteral("Multi"));
    QCOMPARE(single.value(0).message,
             QStringLiteral("OCI_LAYERS is set but OCI_LAYER_MODE is 'Multi', not exactly "
                            "'multi': the class builds a single layer from the image rootfs and "
                            "silently ignores OCI_LAYERS"));
}

void TstOciLayers::modeLocation()
{
    const Diagnostics d = validateOciLayers(
        QStringLiteral("a:packages:x"), ValueLocation(QStringLiteral("a.bb"), 3, 14),
        QStringLiteral("multi "), ValueLocation(QStringLiteral("a.bb"), 2, 18));
    QCOMPARE(d.size(), 1);
    QCOMPARE(d.at(0).location, (SourceLocation{QStringLiteral("a.bb"), 2, 18}));
}

void TstOciLayers::baseImageClassification_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("dependency");
    QTest::addColumn<QString>("indexPath");
    QTest::addColumn<QString>("code");
    using K = BaseImage::Kind;
    const QString remote = QStringLiteral("layers.base-remote");
    QTest::newRow("none") << QString() << int(K::None) << QString() << QString() << QString();
    QTest::newRow("recipe") << QStringLiteral("container-base") << int(K::Recipe)
                            << QStringLiteral("container-base:do_build")
                            << QStringLiteral("/d/container-base-1.0-oci/index.json") << QString();
    QTest::newRow("path") << QStringLiteral("/srv/oci/alpine") << int(K::Path) << QString()
                          << QStringLiteral("/srv/oci/alpine/index.json") << QString();
    QTest::newRow("registry") << QStringLiteral("docker.io/library/alpine:3.19") << int(K::Remote)
                              << QString() << QString() << remote;
    QTest::newRow("dot before colon") << QStringLiteral("registry.local:5000") << int(K::Remote)
                                      << QString() << QString() << remote;
    QTest::newRow("slash") << QStringLiteral("localhost:5000/x") << int(K::Remote) << QString()
                           << QString() << remote;
    QTest::newRow("name:tag is a recipe")
        << QStringLiteral("alpine:3.19") << int(K::Recipe) << QStringLiteral("alpine:3.19:do_build")
        << QStringLiteral("/d/alpine:3.19-1.0-oci/index.json")
        << QStringLiteral("layers.base-recipe-colon");
}

void TstOciLayers::baseImageClassification()
{
    QFETCH(QString, value);
    QFETCH(int, kind);
    QFETCH(QString, dependency);
    QFETCH(QString, indexPath);
    const BaseImage b = classifyBaseImage(value);
    QCOMPARE(int(b.kind), kind);
    QCOMPARE(b.dependency(), dependency);
    QCOMPARE(b.expectedIndexPath(QStringLiteral("/d"), QStringLiteral("1.0")), indexPath);
    QFETCH(QString, code);
    const Diagnostics d = validateBaseImage(value, ValueLocation(QStringLiteral("r.bb"), 4, 19));
    QCOMPARE(d.size(), code.isEmpty() ? 0 : 1);
    if (!d.isEmpty()) {
        QCOMPARE(d.at(0).code, code);
        QCOMPARE(d.at(0).severity,
                 code == QLatin1String("layers.base-remote") ? Severity::Error : Severity::Warning);
        QCOMPARE(d.at(0).location, (SourceLocation{QStringLiteral("r.bb"), 4, 19}));
    }
}

void TstOciLayers::remoteAdvice()
{
    QCOMPARE(remoteBaseImageAdvice(QStringLiteral("docker.io/library/alpine:3.19")),
             QStringLiteral(
                 "Remote base images cannot be used directly: docker.io/library/alpine:3.19\n\n"
                 "Create a container-bundle recipe to fetch the external image:\n\n"
                 "  # recipes-containers/oci-base-images/my-base.bb\n"
                 "  inherit container-bundle\n"
                 "  CONTAINER_BUNDLES = \"docker.io/library/alpine:3.19\"\n"
                 "  CONTAINER_DIGESTS[docker.io_library_alpine_3.19] = \"sha256:...\"\n"
                 "  CONTAINER_BUNDLE_DEPLOY = \"1\"\n\n"
                 "Get digest with: skopeo inspect docker://docker.io/library/alpine:3.19 | jq -r "
                 "'.Digest'\n\n"
                 "Then use: OCI_BASE_IMAGE = \"my-base\""));
}

static void writeFile(const QString &path, const QByteArray &data)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

void TstOciLayers::baseImageOnDisk()
{
    QTemporaryDir deploy;
    const QString layout = deploy.filePath(QStringLiteral("container-base-latest-oci"));
    QVERIFY(!ociLayoutHasIndex(layout));
    writeFile(layout + QStringLiteral("/index.json"), "{}");
    QVERIFY(ociLayoutHasIndex(layout));

    const BaseImage recipe = classifyBaseImage(QStringLiteral("container-base"));
    QCOMPARE(checkBaseImageOnDisk(recipe, deploy.path(), QStringLiteral("latest")).size(), 0);
    const Diagnostics notBuilt = checkBaseImageOnDisk(recipe, deploy.path(), QStringLiteral("1.0"));
    QCOMPARE(notBuilt.size(), 1);
    QCOMPARE(notBuilt.at(0).code, QStringLiteral("layers.base-not-built"));
    QCOMPARE(notBuilt.at(0).severity, Severity::Warning);

    QCOMPARE(checkBaseImageOnDisk(classifyBaseImage(layout), QString(), QString()).size(), 0);
    const Diagnostics bad =
        checkBaseImageOnDisk(classifyBaseImage(deploy.path()), QString(), QString(),
                             ValueLocation(QStringLiteral("r.bb"), 5, 18));
    QCOMPARE(bad.size(), 1);
    QCOMPARE(bad.at(0).code, QStringLiteral("layers.base-path-invalid"));
    QCOMPARE(bad.at(0).severity, Severity::Error);
    QCOMPARE(bad.at(0).location, (SourceLocation{QStringLiteral("r.bb"), 5, 18}));
    QCOMPARE(bad.at(0).message, QStringLiteral("OCI: Base image path not valid: %1 (no index.json "
                                               "there)")
                                    .arg(deploy.path()));
}

void TstOciLayers::countLayers()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("index.json")),
              R"({"schemaVersion":2,"manifests":[
                 {"digest":"sha256:aaa","annotations":{"org.opencontainers.image.ref.name":"old"}},
                 {"digest":"sha256:bbb","annotations":{"org.opencontainers.image.ref.name":"latest"}}]})");
    writeFile(dir.filePath(QStringLiteral("blobs/sha256/aaa")), R"({"layers":[{}]})");
    writeFile(dir.filePath(QStringLiteral("blobs/sha256/bbb")), R"({"layers":[{},{},{}]})");
    const Result<int> latest = countOciLayoutLayers(dir.path(), QStringLiteral("latest"));
    QVERIFY(latest.ok());
    QCOMPARE(*latest, 3);
    QCOMPARE(*countOciLayoutLayers(dir.path(), QStringLiteral("old")), 1);
    const Result<int> none = countOciLayoutLayers(dir.path(), QStringLiteral("v2"));
    QVERIFY(!none.ok());
    QCOMPARE(none.error().message,
             QStringLiteral("no manifest tagged 'v2' in %1/index.json").arg(dir.path()));
}

void TstOciLayers::backend_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("code");
    QTest::newRow("umoci multi base") << QStringLiteral("umoci") << QStringLiteral("multi")
                                      << QStringLiteral("container-base") << QString();
    QTest::newRow("sloci single") << QStringLiteral("sloci-image") << QStringLiteral("single")
                                  << QString() << QString();
    QTest::newRow("sloci unset mode")
        << QStringLiteral("sloci-image") << QString() << QString() << QString();
    QTest::newRow("sloci multi") << QStringLiteral("sloci-image") << QStringLiteral("multi")
                                 << QString() << QStringLiteral("layers.backend-sloci");
    QTest::newRow("sloci Multi") << QStringLiteral("sloci-image") << QStringLiteral("Multi")
                                 << QString() << QStringLiteral("layers.backend-sloci");
    QTest::newRow("sloci base") << QStringLiteral("sloci-image") << QStringLiteral("single")
                                << QStringLiteral("container-base")
                                << QStringLiteral("layers.backend-sloci");
    QTest::newRow("unknown") << QStringLiteral("docker") << QStringLiteral("single") << QString()
                             << QStringLiteral("layers.unknown-backend");
}

void TstOciLayers::backend()
{
    QFETCH(QString, backend);
    QFETCH(QString, mode);
    QFETCH(QString, base);
    QFETCH(QString, code);
    const Diagnostics d = validateBackend(backend, mode, base);
    QCOMPARE(d.size(), code.isEmpty() ? 0 : 1);
    if (!code.isEmpty()) {
        QCOMPARE(d.at(0).code, code);
        QCOMPARE(d.at(0).severity, Severity::Error);
    }
    if (code == QLatin1String("layers.backend-sloci"))
        QCOMPARE(d.at(0).message,
                 QStringLiteral("Multi-layer OCI requires umoci backend. Set OCI_IMAGE_BACKEND = "
                                "'umoci' or remove OCI_BASE_IMAGE"));
}

void TstOciLayers::layerCount_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("layers");
    QTest::addColumn<QString>("base");
    QTest::addColumn<int>("baseLayers");
    QTest::addColumn<int>("total");
    QTest::addColumn<QString>("text");
    const QString three = QStringLiteral("base:packages:a shell:packages:b app:packages:c");
    QTest::newRow("single") << QStringLiteral("single") << QString() << QString() << -1 << 1
                            << QStringLiteral("1 layer");
    QTest::newRow("single ignores layers")
        << QStringLiteral("Multi") << three << QString() << -1 << 1 << QStringLiteral("1 layer");
    QTest::newRow("single on base")
        << QStringLiteral("single") << QString() << QStringLiteral("container-base") << 1 << 2
        << QStringLiteral("2 layers (1 base + 1)");
    QTest::newRow("base unknown") << QStringLiteral("single") << QString()
                                  << QStringLiteral("container-base") << -1 << -1
                                  << QStringLiteral("1 layer on top of the base image's layers");
    QTest::newRow("multi") << QStringLiteral("multi") << three << QString() << -1 << 3
                           << QStringLiteral("3 layers");
    QTest::newRow("multi on base") << QStringLiteral("multi") << three << QStringLiteral("/srv/oci")
                                   << 2 << 5 << QStringLiteral("5 layers (2 base + 3)");
}

void TstOciLayers::layerCount()
{
    QFETCH(QString, mode);
    QFETCH(QString, layers);
    QFETCH(QString, base);
    QFETCH(int, baseLayers);
    QFETCH(int, total);
    QFETCH(QString, text);
    const LayerCountPrediction p = predictLayerCount(
        layerModeFromValue(mode), parseOciLayers(layers), classifyBaseImage(base), baseLayers);
    QCOMPARE(p.total(), total);
    QCOMPARE(p.describe(), text);
}

void TstOciLayers::imageInstall()
{
    const ContinuedValue layers = continued(
        {QStringLiteral("    base:packages:base-files+base-passwd+netbase "),
         QStringLiteral("    shell:packages:busybox+netbase "),
         QStringLiteral("    app:packages:curl "), QStringLiteral("    cfg:files:/etc/x ")});
    const LayerSpecs specs = parseOciLayers(layers.value);
    const ValueLocation ii(QStringLiteral("recipes/app.bb"), 30, 18);

    QCOMPARE(layerPackagesMissingFromImageInstall(
                 QStringLiteral("base-files base-passwd netbase busybox curl"), specs),
             QStringList());
    QCOMPARE(layerPackagesMissingFromImageInstall(QStringLiteral("busybox /etc/x"), specs),
             (QStringList{QStringLiteral("base-files"), QStringLiteral("base-passwd"),
                          QStringLiteral("curl"), QStringLiteral("netbase")}));

    const Diagnostics master = checkImageInstall(QStringLiteral("busybox"), ii, specs,
                                                 layers.location, ClassSeries::Master);
    QCOMPARE(master.size(), 2);
    QCOMPARE(master.at(0).code, QStringLiteral("layers.image-install-missing"));
    QCOMPARE(master.at(0).severity, Severity::Note);
    QCOMPARE(master.at(0).message,
             QStringLiteral("OCI_LAYERS packages not in IMAGE_INSTALL: base-files base-passwd curl "
                            "netbase; the master class appends them to IMAGE_INSTALL (sorted) so "
                            "they get built"));
    QCOMPARE(master.at(0).location, (SourceLocation{QStringLiteral("recipes/app.bb"), 30, 18}));
    QCOMPARE(master.at(1).code, QStringLiteral("layers.duplicate-package"));
    QCOMPARE(master.at(1).location, (SourceLocation{QStringLiteral("recipes/app.bb"), 12, 28}));
    QCOMPARE(master.at(1).message,
             QStringLiteral("package 'netbase' is in layers 'base' and 'shell': each packages "
                            "layer is installed into its own rootfs, so its files are stored in "
                            "both layers"));

    const Diagnostics wrynose = checkImageInstall(QStringLiteral("busybox"), ii, specs,
                                                  layers.location, ClassSeries::Wrynose);
    QCOMPARE(wrynose.at(0).severity, Severity::Warning);
    QVERIFY(wrynose.at(0).message.contains(QStringLiteral("the wrynose class does not add them")));
}

void TstOciLayers::contentOnDisk()
{
    QTemporaryDir host;
    QTemporaryDir rootfs;
    writeFile(host.filePath(QStringLiteral("ca.crt")), "x");
    writeFile(rootfs.filePath(QStringLiteral("opt/app/bin/app")), "x");
    writeFile(rootfs.filePath(QStringLiteral("etc/app.conf")), "x");
    const QString present = host.filePath(QStringLiteral("ca.crt"));
    const QString absent = host.filePath(QStringLiteral("nope.crt"));
    const ContinuedValue v =
        continued({QStringLiteral("  certs:host:") + present + QStringLiteral(":/etc/ca.crt+") +
                       absent + QStringLiteral(":/etc/x "),
                   QStringLiteral("  app:directories:/opt/app+/opt/missing+/etc/app.conf "),
                   QStringLiteral("  cfg:files:/etc/app.conf+/etc/none ")});
    const Diagnostics d = checkLayerContentOnDisk(v.value, v.location, rootfs.path());
    QCOMPARE(d.size(), 4);
    QCOMPARE(d.at(0).code, QStringLiteral("layers.host-missing"));
    QCOMPARE(d.at(0).severity, Severity::Error);
    QCOMPARE(d.at(0).message, QStringLiteral("OCI: Host path not found: %1").arg(absent));
    QCOMPARE(d.at(0).location.line, 11);
    QCOMPARE(d.at(0).location.column, int(14 + present.size() + 13));
    QCOMPARE(d.at(1).message,
             QStringLiteral("OCI: Directory not found in IMAGE_ROOTFS: /opt/missing"));
    QCOMPARE(d.at(1).location, (SourceLocation{QStringLiteral("recipes/app.bb"), 12, 28}));
    // A file is not a directory for a directories layer.
    QCOMPARE(d.at(2).message,
             QStringLiteral("OCI: Directory not found in IMAGE_ROOTFS: /etc/app.conf"));
    QCOMPARE(d.at(3).message, QStringLiteral("OCI: File not found in IMAGE_ROOTFS: /etc/none"));
    QCOMPARE(d.at(3).severity, Severity::Warning);
    QCOMPARE(d.at(3).location, (SourceLocation{QStringLiteral("recipes/app.bb"), 13, 27}));
    // Without a built rootfs only host paths can be checked.
    QCOMPARE(checkLayerContentOnDisk(v.value, v.location, QString()).size(), 1);
}

QTEST_GUILESS_MAIN(TstOciLayers)
#include "tst_ocilayers.moc"

#include "bundle/bundlecodes.h"
#include "bundle/bundledesign.h"
#include "bundletesthelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace cbw::core;
using namespace cbw::core::bundle;
using namespace cbw::core::bundle::test;

namespace {

const QString kUnits = QStringLiteral(CBW_SOURCE_DIR "/tests/core/bundle/data/units");

BundleDesign fullRecipeDesign()
{
    BundleDesign d;
    d.mode = BundleDesign::Mode::BundleRecipe;
    d.recipeName = QStringLiteral("gateway-containers");
    d.recipeVersion = QStringLiteral("2.1");
    d.summary = QStringLiteral("Gateway");
    d.runtime = QStringLiteral("podman");
    d.deploy = true;
    d.flagsAccepted = {QStringLiteral("docker.io/library/redis"), QStringLiteral("*")};
    d.targetArch = QStringLiteral("aarch64");
    d.machine = QStringLiteral("qemuarm64");
    d.hostImage = QStringLiteral("container-image-host");
    ContainerSpec redis =
        spec(QStringLiteral("docker.io/library/redis:7"), RestartPolicy::OnFailure);
    redis.digest = kDigestA;
    ContainerSpec app = spec(QStringLiteral("myapp"), RestartPolicy::No);
    app.customServiceFile = QStringLiteral("/srv/myapp.container");
    d.containers = {spec(QStringLiteral("container-base")), redis, app};
    return d;
}

BundleDesign bundledDesign()
{
    BundleDesign d;
    d.runtime = QStringLiteral("docker");
    ContainerSpec v = spec(QStringLiteral("vendor-blob"), RestartPolicy::Always);
    v.external = true;
    ContainerSpec w = spec(QStringLiteral("weird"), RestartPolicy::None, QStringLiteral("podman"));
    w.external = true;
    d.containers = {
        spec(QStringLiteral("container-base")),
        spec(QStringLiteral("myapp"), RestartPolicy::Autostart, QStringLiteral("podman")), v, w};
    return d;
}

QStringList codesOf(const Diagnostics &d)
{
    QStringList out;
    for (const Diagnostic &x : d)
        out << x.code;
    return out;
}

} // namespace

class TestBundleDesign final : public QObject
{
    Q_OBJECT

private slots:
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void jsonShape();
    void emptyJsonIsDefault();
    void badJson_data();
    void badJson();
    void toValues();
    void fromBundledContainers();
    void fromContainerBundles();
    void convertToRecipe();
    void convertToBundled();
    void convertSameMode();
    void validateClean();
    void validateDesignOnly_data();
    void validateDesignOnly();
};

void TestBundleDesign::jsonRoundTrip_data()
{
    QTest::addColumn<BundleDesign>("design");
    QTest::newRow("default") << BundleDesign{};
    QTest::newRow("recipe") << fullRecipeDesign();
    QTest::newRow("bundled") << bundledDesign();
}

void TestBundleDesign::jsonRoundTrip()
{
    QFETCH(BundleDesign, design);
    const QJsonObject json = BundleDesignCodec::toJson(design);
    // Through text too, as the project file stores it.
    const QJsonObject reread =
        QJsonDocument::fromJson(QJsonDocument(json).toJson(QJsonDocument::Indented)).object();
    const BundleDesignParse parsed = BundleDesignCodec::fromJson(reread, QStringLiteral("p.cbw"));
    QVERIFY(parsed.diagnostics.isEmpty());
    QVERIFY(parsed.design == design);
    QCOMPARE(BundleDesignCodec::toJson(parsed.design), json);
}

void TestBundleDesign::jsonShape()
{
    const QJsonObject json = BundleDesignCodec::toJson(fullRecipeDesign());
    QCOMPARE(
        QJsonDocument(json).toJson(QJsonDocument::Compact),
        QByteArray("{\"containers\":[{\"source\":\"container-base\"},"
                   "{\"digest\":\"") +
            kDigestA.toUtf8() +
            QByteArray("\",\"policy\":\"on-failure\",\"source\":\"docker.io/library/redis:7\"},"
                       "{\"policy\":\"no\",\"serviceFile\":\"/srv/myapp.container\","
                       "\"source\":\"myapp\"}],"
                       "\"deploy\":true,\"flagsAccepted\":[\"docker.io/library/redis\",\"*\"],"
                       "\"hostImage\":\"container-image-host\",\"machine\":\"qemuarm64\","
                       "\"mode\":\"bundle-recipe\",\"recipeName\":\"gateway-containers\","
                       "\"recipeVersion\":\"2.1\",\"runtime\":\"podman\",\"summary\":\"Gateway\","
                       "\"targetArch\":\"aarch64\"}"));
    const QJsonObject bundled = BundleDesignCodec::toJson(bundledDesign());
    QCOMPARE(bundled.value(QStringLiteral("mode")).toString(),
             QStringLiteral("bundled-containers"));
    QCOMPARE(QJsonDocument(bundled.value(QStringLiteral("containers")).toArray())
                 .toJson(QJsonDocument::Compact),
             QByteArray("[{\"source\":\"container-base\"},"
                        "{\"policy\":\"autostart\",\"runtime\":\"podman\",\"source\":\"myapp\"},"
                        "{\"external\":true,\"policy\":\"always\",\"source\":\"vendor-blob\"},"
                        "{\"external\":true,\"runtime\":\"podman\",\"source\":\"weird\"}]"));
}

void TestBundleDesign::emptyJsonIsDefault()
{
    const BundleDesignParse p = BundleDesignCodec::fromJson(QJsonObject{});
    QVERIFY(p.diagnostics.isEmpty());
    QVERIFY(p.design == BundleDesign{});
}

void TestBundleDesign::badJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("expected"); // "severity code|message"
    QTest::addColumn<int>("containers");

    QTest::newRow("mode type")
        << QByteArray(R"({"mode": 3})")
        << QStringList{"error bundle.json-type|mode: expected a string, got a "
                       "number; using the default"}
        << 0;
    QTest::newRow("mode value") << QByteArray(R"({"mode": "image"})")
                                << QStringList{"error bundle.json-value|mode: 'image' is neither "
                                               "'bundled-containers' nor 'bundle-recipe'; using "
                                               "'bundled-containers'"}
                                << 0;
    QTest::newRow("runtime") << QByteArray(R"({"runtime": "lxc"})")
                             << QStringList{"error bundle.json-value|runtime: 'lxc' is neither "
                                            "'docker' nor 'podman'; using 'docker'"}
                             << 0;
    QTest::newRow("deploy") << QByteArray(R"({"deploy": "1"})")
                            << QStringList{"error bundle.json-type|deploy: expected a boolean, got "
                                           "a string; using the default"}
                            << 0;
    QTest::newRow("flags not array")
        << QByteArray(R"({"flagsAccepted": "x"})")
        << QStringList{"error bundle.json-type|flagsAccepted: expected an array of strings, got a "
                       "string; using the default"}
        << 0;
    QTest::newRow("flags item")
        << QByteArray(R"({"flagsAccepted": ["a", null, "b"]})")
        << QStringList{"error bundle.json-type|flagsAccepted[1]: expected a "
                       "string, got null; item left out"}
        << 0;
    QTest::newRow("containers object")
        << QByteArray(R"({"containers": {"source": "a"}})")
        << QStringList{"error bundle.json-type|containers: expected an array of objects, got an "
                       "object; using the default"}
        << 0;
    QTest::newRow("container not object")
        << QByteArray(R"({"containers": [1, {"source": "ok"}]})")
        << QStringList{"error bundle.json-type|containers[0]: expected an object, got a number; "
                       "container left out"}
        << 1;
    QTest::newRow("empty source")
        << QByteArray(R"({"containers": [{"source": ""}, {"policy": "always"}]})")
        << QStringList{"error bundle.json-value|containers[0].source: a container needs a source "
                       "without blanks; container left out",
                       "error bundle.json-value|containers[1].source: a container needs a source "
                       "without blanks; container left out"}
        << 0;
    QTest::newRow("source with blank")
        << QByteArray(R"({"containers": [{"source": "a b"}]})")
        << QStringList{"error bundle.json-value|containers[0].source: a container needs a source "
                       "without blanks; container left out"}
        << 0;
    QTest::newRow("policy word")
        << QByteArray(R"({"containers": [{"source": "a", "policy": "sometimes"}]})")
        << QStringList{"error bundle.json-value|containers[0].policy: unknown policy 'sometimes' "
                       "(autostart, always, unless-stopped, on-failure, no); using no policy"}
        << 1;
    QTest::newRow("container runtime")
        << QByteArray(R"({"containers": [{"source": "a", "runtime": "crio"}]})")
        << QStringList{"error bundle.json-value|containers[0].runtime: 'crio' is neither 'docker' "
                       "nor 'podman'; using the design's runtime"}
        << 1;
    QTest::newRow("external type")
        << QByteArray(R"({"containers": [{"source": "a", "external": 1, "digest": false}]})")
        << QStringList{"error bundle.json-type|containers[0].external: expected a boolean, got a "
                       "number; using the default",
                       "error bundle.json-type|containers[0].digest: expected a string, got a "
                       "boolean; using the default"}
        << 1;
    QTest::newRow("unknown fields")
        << QByteArray(R"({"colour": "red", "containers": [{"source": "a", "tag": "1"}]})")
        << QStringList{"warning bundle.json-unknown-field|colour: unknown field, ignored",
                       "warning bundle.json-unknown-field|containers[0].tag: unknown field, "
                       "ignored"}
        << 1;
}

void TestBundleDesign::badJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);
    QFETCH(int, containers);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const BundleDesignParse p =
        BundleDesignCodec::fromJson(doc.object(), QStringLiteral("/p/x.cbw"));
    QStringList got;
    for (const Diagnostic &d : p.diagnostics) {
        got << severityName(d.severity) + QLatin1Char(' ') + d.code + QLatin1Char('|') + d.message;
        QCOMPARE(d.location.file, QStringLiteral("/p/x.cbw"));
    }
    QCOMPARE(got, expected);
    QCOMPARE(p.design.containers.size(), containers);
    // Bad fields fall back to defaults.
    const BundleDesign defaults;
    QCOMPARE(p.design.runtime, defaults.runtime);
    QCOMPARE(p.design.mode, defaults.mode);
    QCOMPARE(p.design.deploy, defaults.deploy);
    for (const ContainerSpec &c : p.design.containers) {
        QVERIFY(c.runtime.isEmpty());
        QCOMPARE(c.policy, RestartPolicy::None);
        QVERIFY(!c.external);
        QVERIFY(c.digest.isEmpty());
    }
}

void TestBundleDesign::toValues()
{
    const DesignValues b = BundleDesignCodec::toValues(bundledDesign());
    QCOMPARE(b.bundledContainers,
             QStringLiteral("container-base:docker myapp:podman:autostart "
                            "vendor-blob:docker:always:external weird:podman::external"));
    QVERIFY(b.containerBundles.isEmpty());

    const DesignValues r = BundleDesignCodec::toValues(fullRecipeDesign());
    QCOMPARE(r.containerBundles,
             QStringLiteral("container-base docker.io/library/redis:7:on-failure myapp:no"));
    QCOMPARE(r.bundleRuntime, QStringLiteral("podman"));
    QCOMPARE(r.digests,
             (QMap<QString, QString>{{QStringLiteral("docker.io_library_redis_7"), kDigestA}}));
    QCOMPARE(r.serviceFiles, (QMap<QString, QString>{{QStringLiteral("myapp"),
                                                      QStringLiteral("/srv/myapp.container")}}));
    QCOMPARE(r.flagsAccepted, QStringLiteral("docker.io/library/redis *"));
    QCOMPARE(r.deploy, QStringLiteral("1"));
    QVERIFY(r.bundledContainers.isEmpty());
}

void TestBundleDesign::fromBundledContainers()
{
    const LocatedValue value =
        multiLine(QStringLiteral("conf/local.conf"), 4, 23,
                  {QString(), QStringLiteral("    container-base myapp:podman:autostart "),
                   QStringLiteral("    vendor-blob:docker:autostart:external foo:lxc "),
                   QStringLiteral("    x:docker:external "), QString()});
    LocatedFlags files;
    files.insert(QStringLiteral("myapp"), singleLine(QStringLiteral("conf/local.conf"), 9, 33,
                                                     kUnits + QStringLiteral("/myapp.container")));
    const BundleDesignParse p =
        BundleDesignCodec::fromBundledContainers(value, QStringLiteral("docker"), files);
    QCOMPARE(summarise(p.diagnostics), (QStringList{"warning bundle.restart-unless-stopped 5:20",
                                                    "warning bundle.restart-unless-stopped 6:5",
                                                    "warning bundle.unknown-runtime 6:43",
                                                    "warning bundle.external-as-policy 7:5"}));
    BundleDesign expected;
    expected.runtime = QStringLiteral("docker");
    ContainerSpec myapp =
        spec(QStringLiteral("myapp"), RestartPolicy::Autostart, QStringLiteral("podman"));
    myapp.customServiceFile = kUnits + QStringLiteral("/myapp.container");
    ContainerSpec vendor = spec(QStringLiteral("vendor-blob"), RestartPolicy::Autostart);
    vendor.external = true;
    ContainerSpec x = spec(QStringLiteral("x"), RestartPolicy::UnlessStopped);
    x.external = true;
    expected.containers = {spec(QStringLiteral("container-base")), myapp, vendor, x};
    QVERIFY(p.design == expected);
    // The trap entry is rewritten into the form that does what the class did.
    QCOMPARE(BundleDesignCodec::toValues(p.design).bundledContainers,
             QStringLiteral("container-base:docker myapp:podman:autostart "
                            "vendor-blob:docker:autostart:external "
                            "x:docker:unless-stopped:external"));
}

void TestBundleDesign::fromContainerBundles()
{
    const QString file = QStringLiteral("recipes/my-bundle_1.0.bb");
    const LocatedValue bundles =
        multiLine(file, 6, 22,
                  {QString(), QStringLiteral("    myapp-container "),
                   QStringLiteral("    mydb-container:autostart "),
                   QStringLiteral("    docker.io/library/redis:7 "), QString()});
    LocatedFlags digests;
    digests.insert(QStringLiteral("docker.io_library_redis_7"), singleLine(file, 11, 48, kDigestA));
    LocatedFlags files;
    files.insert(QStringLiteral("mydb-container"),
                 singleLine(file, 14, 42, QStringLiteral("${UNPACKDIR}/mydb.container")));
    const BundleDesignParse p = BundleDesignCodec::fromContainerBundles(
        bundles, singleLine(file, 13, 29, QStringLiteral("podman")), digests,
        singleLine(file, 15, 29, QStringLiteral("*")),
        singleLine(file, 16, 28, QStringLiteral("1")), files);
    QCOMPARE(summarise(p.diagnostics), (QStringList{"warning bundle.restart-unless-stopped 8:5",
                                                    "note bundle.remote-fetch-accepted 9:5"}));
    BundleDesign expected;
    expected.mode = BundleDesign::Mode::BundleRecipe;
    expected.runtime = QStringLiteral("podman");
    expected.deploy = true;
    expected.flagsAccepted = {QStringLiteral("*")};
    ContainerSpec db = spec(QStringLiteral("mydb-container"), RestartPolicy::Autostart);
    db.customServiceFile = QStringLiteral("${UNPACKDIR}/mydb.container");
    ContainerSpec redis = spec(QStringLiteral("docker.io/library/redis:7"));
    redis.digest = kDigestA;
    expected.containers = {spec(QStringLiteral("myapp-container")), db, redis};
    QVERIFY(p.design == expected);

    // An unknown local word breaks the build: reported, the container keeps no policy.
    const BundleDesignParse bad = BundleDesignCodec::fromContainerBundles(
        LocatedValue(QStringLiteral("foo:docker")), LocatedValue());
    QCOMPARE(codesOf(bad.diagnostics), QStringList{QStringLiteral("bundle.local-unknown-policy")});
    QCOMPARE(bad.design.containers.size(), 1);
    QCOMPARE(bad.design.containers.first().policy, RestartPolicy::None);
    QCOMPARE(bad.design.runtime, QStringLiteral("docker"));
}

void TestBundleDesign::convertToRecipe()
{
    BundleDesign d = bundledDesign();
    d.containers.append(spec(QStringLiteral("legacy-latest-oci"), RestartPolicy::Always));
    const ModeConversion c = BundleDesignCodec::convert(d, BundleDesign::Mode::BundleRecipe);
    QVERIFY(!c.complete);
    QCOMPARE(codesOf(c.diagnostics),
             (QStringList{"bundle.mixed-runtimes", "bundle.external-dropped",
                          "bundle.mixed-runtimes", "bundle.oci-name-converted"}));
    QVERIFY(c.diagnostics.at(0).message.startsWith(
        QStringLiteral("Container 'myapp' uses runtime 'podman' but the bundle recipe gets runtime "
                       "'docker'")));
    QCOMPARE(c.design.mode, BundleDesign::Mode::BundleRecipe);
    QCOMPARE(c.design.containers,
             (QList<ContainerSpec>{spec(QStringLiteral("container-base")),
                                   spec(QStringLiteral("vendor-blob"), RestartPolicy::Always),
                                   spec(QStringLiteral("legacy"), RestartPolicy::Always)}));
    QCOMPARE(BundleDesignCodec::toValues(c.design).containerBundles,
             QStringLiteral("container-base vendor-blob:always legacy:always"));

    BundleDesign simple;
    simple.containers = {spec(QStringLiteral("a"), RestartPolicy::No)};
    const ModeConversion s = BundleDesignCodec::convert(simple, BundleDesign::Mode::BundleRecipe);
    QVERIFY(s.complete);
    QVERIFY(s.diagnostics.isEmpty());
    QCOMPARE(s.design.containers, simple.containers);
}

void TestBundleDesign::convertToBundled()
{
    const ModeConversion c =
        BundleDesignCodec::convert(fullRecipeDesign(), BundleDesign::Mode::BundledContainers);
    QVERIFY(!c.complete);
    QCOMPARE(codesOf(c.diagnostics),
             (QStringList{"bundle.remote-needs-bundle-recipe", "bundle.setting-dropped",
                          "bundle.setting-dropped"}));
    QCOMPARE(c.diagnostics.first().message,
             QStringLiteral("Remote container 'docker.io/library/redis:7' cannot be bundled with "
                            "BUNDLED_CONTAINERS (only container-bundle recipes fetch from "
                            "registries); it was left out"));
    QCOMPARE(c.design.mode, BundleDesign::Mode::BundledContainers);
    QVERIFY(!c.design.deploy);
    QVERIFY(c.design.flagsAccepted.isEmpty());
    QCOMPARE(c.design.runtime, QStringLiteral("podman"));
    ContainerSpec app = spec(QStringLiteral("myapp"), RestartPolicy::No);
    app.customServiceFile = QStringLiteral("/srv/myapp.container");
    QCOMPARE(c.design.containers,
             (QList<ContainerSpec>{spec(QStringLiteral("container-base")), app}));
    QCOMPARE(BundleDesignCodec::toValues(c.design).bundledContainers,
             QStringLiteral("container-base:podman myapp:podman:no"));
}

void TestBundleDesign::convertSameMode()
{
    const BundleDesign d = fullRecipeDesign();
    const ModeConversion c = BundleDesignCodec::convert(d, BundleDesign::Mode::BundleRecipe);
    QVERIFY(c.complete);
    QVERIFY(c.diagnostics.isEmpty());
    QVERIFY(c.design == d);
}

void TestBundleDesign::validateClean()
{
    BundleDesign d;
    d.machine = QStringLiteral("qemux86-64");
    d.containers = {spec(QStringLiteral("container-base")),
                    spec(QStringLiteral("app"), RestartPolicy::Always, QStringLiteral("podman"))};
    QVERIFY(BundleDesignCodec::validate(d).isEmpty());
}

void TestBundleDesign::validateDesignOnly_data()
{
    QTest::addColumn<BundleDesign>("design");
    QTest::addColumn<QStringList>("codes");

    BundleDesign remote;
    remote.containers = {spec(QStringLiteral("docker.io/library/redis:7")),
                         spec(QStringLiteral("a"))};
    QTest::newRow("remote in bundled")
        << remote << QStringList{"bundle.remote-needs-bundle-recipe"};

    BundleDesign external = fullRecipeDesign();
    external.containers = {spec(QStringLiteral("a"))};
    external.containers.first().external = true;
    external.deploy = false;
    QTest::newRow("external in recipe") << external << QStringList{"bundle.external-dropped"};

    BundleDesign empty;
    QTest::newRow("no containers") << empty << QStringList{"bundle.empty"};

    BundleDesign riscv;
    riscv.targetArch = QStringLiteral("riscv64");
    riscv.containers = {spec(QStringLiteral("a"))};
    QTest::newRow("riscv64") << riscv << QStringList{"bundle.no-vruntime-for-arch"};
}

void TestBundleDesign::validateDesignOnly()
{
    QFETCH(BundleDesign, design);
    QFETCH(QStringList, codes);
    QCOMPARE(codesOf(BundleDesignCodec::validate(design)), codes);
}

QTEST_GUILESS_MAIN(TestBundleDesign)
#include "tst_bundledesign.moc"

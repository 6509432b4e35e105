#include "bundle/bundlecodes.h"
#include "bundle/bundlevalidator.h"
#include "bundletesthelpers.h"

#include <QTest>

using namespace cbw::core;
using namespace cbw::core::bundle;
using namespace cbw::core::bundle::test;

namespace {

const QString kUnits = QStringLiteral(CBW_SOURCE_DIR "/tests/core/bundle/data/units");
const QString kDigestB = QStringLiteral("sha256:") + QString(64, QLatin1Char('b'));

// BUNDLED_CONTAINERS = "\ (continued)          <- line 20, value starts at column 23
//     <lines[0]>\ (continued)                  <- line 21
//     ...
// "
LocatedValue bundledValue(const QStringList &lines)
{
    return multiLine(QStringLiteral("conf/local.conf"), 20, 23,
                     QStringList{QString()} + lines + QStringList{QString()});
}

// CONTAINER_BUNDLES = "\ (continued)           <- line 6, value starts at column 22
LocatedValue bundlesValue(const QStringList &lines)
{
    return multiLine(QStringLiteral("recipes/my-bundle_1.0.bb"), 6, 22,
                     QStringList{QString()} + lines + QStringList{QString()});
}

// "key=value" items become flags on consecutive lines from `firstLine`, each written as
// `<var>[key] = "value"` so the value column is the real one.
LocatedFlags flags(const QString &file, const QString &var, int firstLine, const QStringList &items)
{
    LocatedFlags out;
    for (int i = 0; i < items.size(); ++i) {
        const QString key = items.at(i).section(QLatin1Char('='), 0, 0);
        QString value = items.at(i).section(QLatin1Char('='), 1);
        value.replace(QStringLiteral("@UNITS@"), kUnits);
        const int column = int(QStringLiteral("%1[%2] = \"").arg(var, key).size()) + 1;
        out.insert(key, singleLine(file, firstLine + i, column, value));
    }
    return out;
}

} // namespace

class TestBundleValidator final : public QObject
{
    Q_OBJECT

private slots:
    void bundledContainers_data();
    void bundledContainers();
    void bundledUnsetIsSilent();
    void bundledMessages();

    void containerBundles_data();
    void containerBundles();
    void containerBundlesMessages();

    void prerequisites_data();
    void prerequisites();
    void prerequisiteMessages();

    void digests_data();
    void digests();
    void defaultRuntime_data();
    void defaultRuntime();
};

void TestBundleValidator::bundledContainers_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QString>("defaultRuntime");
    QTest::addColumn<QStringList>("serviceFiles");
    QTest::addColumn<QStringList>("expected");

    const QStringList none;
    QTest::newRow("valid") << QStringList{"    container-base:docker ", "    myapp:podman:always "}
                           << "docker" << none << QStringList{};
    QTest::newRow("spec examples")
        << QStringList{"    container-base:docker myapp:podman:on-failure ",
                       "    vendor-blob:docker:always:external "
                       "autostart-test-container-latest-oci:docker ",
                       "    other-container "}
        << "docker" << none << QStringList{};
    QTest::newRow("unknown runtime") << QStringList{"    foo:lxc "} << "docker" << none
                                     << QStringList{"warning bundle.unknown-runtime 21:5"};
    QTest::newRow("second entry on a line")
        << QStringList{"    a:docker   b:lxc "} << "docker" << none
        << QStringList{"warning bundle.unknown-runtime 21:16"};
    QTest::newRow("bad default runtime") << QStringList{"    a "} << "containerd" << none
                                         << QStringList{"warning bundle.unknown-runtime 21:5"};
    QTest::newRow("unknown policy")
        << QStringList{"    a:docker ", "    foo:docker:bogus "} << "docker" << none
        << QStringList{"warning bundle.unknown-policy 22:5"};
    QTest::newRow("external trap") << QStringList{"    vendor-blob:docker:external "} << "docker"
                                   << none << QStringList{"warning bundle.external-as-policy 21:5"};
    QTest::newRow("external hack is clean")
        << QStringList{"    vendor-blob:docker::external "} << "docker" << none << QStringList{};
    QTest::newRow("autostart") << QStringList{"    a:docker:autostart "} << "docker" << none
                               << QStringList{"warning bundle.restart-unless-stopped 21:5"};
    QTest::newRow("unless-stopped")
        << QStringList{"    a:podman:unless-stopped "} << "docker" << none
        << QStringList{"warning bundle.restart-unless-stopped 21:5"};
    QTest::newRow("no") << QStringList{"    a:podman:no "} << "docker" << none
                        << QStringList{"note bundle.policy-no-enabled 21:5"};
    QTest::newRow("legacy versioned dir")
        << QStringList{"    x-1.0-oci:docker "} << "docker" << none
        << QStringList{"warning bundle.legacy-versioned-oci-name 21:5"};
    QTest::newRow("legacy versioned dir external")
        << QStringList{"    x-1.0-oci:docker::external "} << "docker" << none << QStringList{};
    QTest::newRow("name looks tagged")
        << QStringList{"    python3-app-2:docker:always "} << "docker" << none
        << QStringList{"warning bundle.name-looks-tagged 21:5"};
    QTest::newRow("name looks tagged, no unit")
        << QStringList{"    python3-app-2:docker "} << "docker" << none << QStringList{};
    QTest::newRow("remote") << QStringList{"    docker.io/library/redis:7 "} << "docker" << none
                            << QStringList{"error bundle.remote-in-bundled-containers 21:5"};
    QTest::newRow("duplicate name") << QStringList{"    a:docker ", "    a:podman "} << "docker"
                                    << none << QStringList{"warning bundle.duplicate-entry 22:5"};
    QTest::newRow("duplicate image")
        << QStringList{"    foo:docker foo-latest-oci:docker "} << "docker" << none
        << QStringList{"warning bundle.duplicate-entry 21:16"};
    QTest::newRow("empty") << QStringList{"   "} << "docker" << none
                           << QStringList{"warning bundle.empty 21:1"};
    QTest::newRow("upper-case name") << QStringList{"    MyApp:docker "} << "docker" << none
                                     << QStringList{"warning bundle.uppercase-image-name 21:5"};
    QTest::newRow("empty name") << QStringList{"    :docker "} << "docker" << none
                                << QStringList{"error bundle.empty-name 21:5"};
    QTest::newRow("extra field") << QStringList{"    a:docker:always:foo "} << "docker" << none
                                 << QStringList{"warning bundle.extra-fields 21:5"};
    QTest::newRow("name equals runtime")
        << QStringList{"    docker:docker:always "} << "docker" << none
        << QStringList{"warning bundle.name-equals-runtime 21:5"};
    QTest::newRow("service file ok") << QStringList{"    app:docker:always "} << "docker"
                                     << QStringList{"app=@UNITS@/app.service"} << QStringList{};
    QTest::newRow("service file missing")
        << QStringList{"    app:docker:always "} << "docker"
        << QStringList{"app=/nonexistent/app.service"}
        << QStringList{"warning bundle.service-file-missing 30:32"};
    QTest::newRow("service file ignored")
        << QStringList{"    a:docker ", "    app:docker "} << "docker"
        << QStringList{"app=/srv/units/app.service"}
        << QStringList{"warning bundle.service-file-ignored 22:5"};
    QTest::newRow("service file unmatched")
        << QStringList{"    app:docker:always "} << "docker"
        << QStringList{"app-container=/srv/units/app.service"}
        << QStringList{"warning bundle.service-file-unmatched 30:42"};
    QTest::newRow("service file in UNPACKDIR")
        << QStringList{"    app:docker:always "} << "docker"
        << QStringList{"app=${UNPACKDIR}/app.service"}
        << QStringList{"warning bundle.service-file-unpackdir 30:32"};
    QTest::newRow("service file extension")
        << QStringList{"    app:podman:always "} << "docker"
        << QStringList{"app=@UNITS@/app.service"}
        << QStringList{"warning bundle.service-file-extension 30:32"};
    QTest::newRow("order: grammar first, then entries")
        << QStringList{"    a:lxc ", "    b:docker:always:x ", "    c:docker:weird "} << "docker"
        << none
        << QStringList{"warning bundle.extra-fields 22:5", "warning bundle.unknown-runtime 21:5",
                       "warning bundle.unknown-policy 23:5"};
}

void TestBundleValidator::bundledContainers()
{
    QFETCH(QStringList, lines);
    QFETCH(QString, defaultRuntime);
    QFETCH(QStringList, serviceFiles);
    QFETCH(QStringList, expected);
    BundledContainersInput in;
    in.bundledContainers = bundledValue(lines);
    in.defaultRuntime = defaultRuntime;
    in.serviceFiles = flags(QStringLiteral("conf/local.conf"),
                            QStringLiteral("CONTAINER_SERVICE_FILE"), 30, serviceFiles);
    const Diagnostics d = BundleValidator::validateBundledContainers(in);
    QCOMPARE(summarise(d), expected);
    for (const Diagnostic &x : d)
        QCOMPARE(x.location.file, QStringLiteral("conf/local.conf"));
}

void TestBundleValidator::bundledUnsetIsSilent()
{
    QVERIFY(BundleValidator::validateBundledContainers({}).isEmpty());
    QVERIFY(BundleValidator::validateContainerBundles({}).isEmpty());
}

void TestBundleValidator::bundledMessages()
{
    BundledContainersInput in;
    in.bundledContainers =
        bundledValue({"    foo:lxc ", "    vendor-blob:docker:external ", "    a:docker:bogus "});
    const Diagnostics d = BundleValidator::validateBundledContainers(in);
    QCOMPARE(d.size(), 3);
    QCOMPARE(d.at(0).message,
             QStringLiteral("BUNDLED_CONTAINERS entry 'foo:lxc': unknown runtime 'lxc'; "
                            "container-cross-install warns \"Unknown runtime type: lxc for foo, "
                            "skipping\" and the container is not bundled. Use 'docker' or "
                            "'podman'"));
    QCOMPARE(d.at(0).toGccString(),
             QStringLiteral("conf/local.conf:21:5: warning: ") + d.at(0).message);
    QCOMPARE(d.at(1).message,
             QStringLiteral("BUNDLED_CONTAINERS entry 'vendor-blob:docker:external': the unit "
                            "generator reads field 3 as the restart policy, so 'external' there "
                            "gives the warning \"Unknown restart policy 'external'\" and an "
                            "ENABLED unit with Restart=unless-stopped that starts the container "
                            "at boot. Write 'vendor-blob:docker:<policy>:external' to autostart "
                            "it, or 'vendor-blob:docker::external' for no unit"));
    QVERIFY(d.at(2).message.contains(
        QStringLiteral("\"Unknown restart policy 'bogus' for a, using 'unless-stopped'\"")));
}

void TestBundleValidator::containerBundles_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QString>("runtime"); // "-" = unset
    QTest::addColumn<QStringList>("digests");
    QTest::addColumn<QString>("accepted");
    QTest::addColumn<QString>("deploy");
    QTest::addColumn<QStringList>("serviceFiles");
    QTest::addColumn<QStringList>("expected");

    const QStringList none;
    const QString redisKey = QStringLiteral("docker.io_library_redis_7=");
    QTest::newRow("valid local") << QStringList{"    container-base ",
                                                "    autostart-test-container:always "}
                                 << "podman" << none << ""
                                 << "" << none << QStringList{};
    QTest::newRow("runtime unset means docker")
        << QStringList{"    container-base "} << "-" << none << ""
        << "" << none << QStringList{};
    QTest::newRow("missing digest")
        << QStringList{"    docker.io/library/redis:7 "} << "docker" << none << ""
        << "" << none
        << QStringList{"error bundle.missing-digest 7:5", "warning bundle.remote-fetch 7:5"};
    QTest::newRow("pinned remote") << QStringList{"    docker.io/library/redis:7 "} << "docker"
                                   << QStringList{redisKey + kDigestA} << ""
                                   << "" << none << QStringList{"warning bundle.remote-fetch 7:5"};
    QTest::newRow("accepted remote")
        << QStringList{"    docker.io/library/redis:7 "} << "docker"
        << QStringList{redisKey + kDigestA} << "docker.io/library/redis"
        << "" << none << QStringList{"note bundle.remote-fetch-accepted 7:5"};
    QTest::newRow("accepted by star")
        << QStringList{"    docker.io/library/redis:7 "} << "docker"
        << QStringList{redisKey + kDigestA} << "*"
        << "" << none << QStringList{"note bundle.remote-fetch-accepted 7:5"};
    QTest::newRow("malformed digest")
        << QStringList{"    container-base ", "    docker.io/library/redis:7 "} << "docker"
        << QStringList{redisKey + "sha256:abc"} << ""
        << "" << none
        << QStringList{"error bundle.malformed-digest 12:49", "warning bundle.remote-fetch 8:5"};
    QTest::newRow("upper-case digest")
        << QStringList{"    docker.io/library/redis:7 "} << "docker"
        << QStringList{redisKey + "sha256:" + QString(64, QLatin1Char('A'))} << ""
        << "" << none
        << QStringList{"error bundle.malformed-digest 12:49", "warning bundle.remote-fetch 7:5"};
    QTest::newRow("digest in entry")
        << QStringList{"    docker.io/library/redis@" + kDigestA + " "} << "docker" << none << ""
        << "" << none << QStringList{"error bundle.digest-in-entry 7:5"};
    QTest::newRow("untagged remote")
        << QStringList{"    docker.io/library/redis "} << "docker"
        << QStringList{"docker.io_library_redis=" + kDigestA} << ""
        << "" << none
        << QStringList{"error bundle.remote-untagged 7:5", "warning bundle.remote-fetch 7:5"};
    QTest::newRow("localhost registry")
        << QStringList{"    localhost:5000/foo:1 "} << "docker" << none << ""
        << "" << none
        << QStringList{"warning bundle.extra-fields 7:5", "warning bundle.localhost-registry 7:5",
                       "error bundle.local-unknown-policy 7:5"};
    QTest::newRow("local unknown policy")
        << QStringList{"    a ", "    foo:bogus "} << "docker" << none << ""
        << "" << none << QStringList{"error bundle.local-unknown-policy 8:5"};
    QTest::newRow("runtime written in entry")
        << QStringList{"    foo:docker:autostart "} << "docker" << none << ""
        << "" << none
        << QStringList{"warning bundle.extra-fields 7:5", "error bundle.local-unknown-policy 7:5"};
    QTest::newRow("invalid runtime")
        << QStringList{"    container-base "} << "lxc" << none << ""
        << "" << none << QStringList{"error bundle.invalid-bundle-runtime 10:29"};
    QTest::newRow("remote policy typo")
        << QStringList{"    quay.io/org/app:v1:autostrt "} << "docker"
        << QStringList{"quay.io_org_app_v1_autostrt=" + kDigestA} << ""
        << "" << none
        << QStringList{"warning bundle.remote-policy-as-tag 7:5",
                       "warning bundle.remote-fetch 7:5"};
    QTest::newRow("unused digest") << QStringList{"    container-base "} << "docker"
                                   << QStringList{"docker.io_library_alpine_3.19=" + kDigestA} << ""
                                   << "" << none << QStringList{"note bundle.unused-digest 12:53"};
    QTest::newRow("deploy without remote")
        << QStringList{"    container-base "} << "docker" << none << ""
        << "1" << none << QStringList{"warning bundle.deploy-without-remote 25:28"};
    QTest::newRow("deploy first only")
        << QStringList{"    docker.io/library/redis:7 ", "    docker.io/library/alpine:3.19 "}
        << "docker" << QStringList{redisKey + kDigestA, "docker.io_library_alpine_3.19=" + kDigestB}
        << "*"
        << "1" << none
        << QStringList{"note bundle.remote-fetch-accepted 7:5",
                       "note bundle.remote-fetch-accepted 8:5",
                       "note bundle.deploy-first-only 25:28"};
    QTest::newRow("deploy value") << QStringList{"    container-base "} << "docker" << none << ""
                                  << "yes" << none << QStringList{"note bundle.deploy-value 25:28"};
    QTest::newRow("duplicate") << QStringList{"    a ", "    b a:always "} << "docker" << none << ""
                               << "" << none << QStringList{"warning bundle.duplicate-entry 8:7"};
    QTest::newRow("same ocidir") << QStringList{"    docker.io/library/redis:7 quay.io/x/redis:7 "}
                                 << "docker"
                                 << QStringList{redisKey + kDigestA,
                                                "quay.io_x_redis_7=" + kDigestB}
                                 << "*"
                                 << "" << none
                                 << QStringList{"note bundle.remote-fetch-accepted 7:5",
                                                "warning bundle.duplicate-entry 7:31",
                                                "note bundle.remote-fetch-accepted 7:31"};
    QTest::newRow("empty") << QStringList{"  "} << "docker" << none << ""
                           << "" << none << QStringList{"warning bundle.empty 7:1"};
    QTest::newRow("autostart and no")
        << QStringList{"    a:autostart ", "    b:no "} << "podman" << none << ""
        << "" << none
        << QStringList{"warning bundle.restart-unless-stopped 7:5",
                       "note bundle.policy-no-enabled 8:5"};
    QTest::newRow("service file ok")
        << QStringList{"    app:always "} << "docker" << none << ""
        << "" << QStringList{"app=${UNPACKDIR}/app.service"} << QStringList{};
    QTest::newRow("service file ignored") << QStringList{"    app "} << "docker" << none << ""
                                          << "" << QStringList{"app=${UNPACKDIR}/app.service"}
                                          << QStringList{"warning bundle.service-file-ignored 7:5"};
    QTest::newRow("service file unmatched")
        << QStringList{"    app:always "} << "docker" << none << ""
        << "" << QStringList{"docker.io_library_redis_7=${UNPACKDIR}/redis.service"}
        << QStringList{"warning bundle.service-file-unmatched 30:54"};
    QTest::newRow("service file extension")
        << QStringList{"    app:always "} << "podman" << none << ""
        << "" << QStringList{"app=${UNPACKDIR}/app.service"}
        << QStringList{"warning bundle.service-file-extension 30:32"};
    QTest::newRow("service file missing")
        << QStringList{"    app:always "} << "docker" << none << ""
        << "" << QStringList{"app=/nonexistent/app.service"}
        << QStringList{"warning bundle.service-file-missing 30:32"};
    QTest::newRow("service file exists")
        << QStringList{"    app:always "} << "docker" << none << ""
        << "" << QStringList{"app=@UNITS@/app.service"} << QStringList{};
}

void TestBundleValidator::containerBundles()
{
    QFETCH(QStringList, lines);
    QFETCH(QString, runtime);
    QFETCH(QStringList, digests);
    QFETCH(QString, accepted);
    QFETCH(QString, deploy);
    QFETCH(QStringList, serviceFiles);
    QFETCH(QStringList, expected);
    const QString file = QStringLiteral("recipes/my-bundle_1.0.bb");
    ContainerBundlesInput in;
    in.bundles = bundlesValue(lines);
    if (runtime != QLatin1String("-"))
        in.runtime = singleLine(file, 10, 29, runtime);
    in.digests = flags(file, QStringLiteral("CONTAINER_DIGESTS"), 12, digests);
    if (!accepted.isEmpty())
        in.flagsAccepted = singleLine(file, 20, 29, accepted);
    if (!deploy.isEmpty())
        in.deploy = singleLine(file, 25, 28, deploy);
    in.serviceFiles = flags(file, QStringLiteral("CONTAINER_SERVICE_FILE"), 30, serviceFiles);
    QCOMPARE(summarise(BundleValidator::validateContainerBundles(in)), expected);
}

void TestBundleValidator::containerBundlesMessages()
{
    const QString file = QStringLiteral("recipes/my-bundle_1.0.bb");
    ContainerBundlesInput in;
    in.bundles = bundlesValue({"    docker.io/library/redis:7 "});
    in.runtime = singleLine(file, 10, 29, QStringLiteral("crio"));
    const Diagnostics d = BundleValidator::validateContainerBundles(in);
    QCOMPARE(summarise(d),
             (QStringList{"error bundle.invalid-bundle-runtime 10:29",
                          "error bundle.missing-digest 7:5", "warning bundle.remote-fetch 7:5"}));
    QCOMPARE(d.at(0).message,
             QStringLiteral("Invalid CONTAINER_BUNDLE_RUNTIME 'crio': must be 'docker' or "
                            "'podman' (parsing the recipe fails)"));
    QCOMPARE(d.at(1).message,
             QStringLiteral("Remote container 'docker.io/library/redis:7' requires a pinned "
                            "digest. Add: CONTAINER_DIGESTS[docker.io_library_redis_7] = "
                            "\"sha256:...\" (get it with: skopeo inspect "
                            "docker://docker.io/library/redis:7 | jq -r '.Digest')"));
    QVERIFY(d.at(2).message.startsWith(
        QStringLiteral("Fetching third-party container: docker.io/library/redis:7 - ")));
    QVERIFY(d.at(2).message.contains(QStringLiteral("add 'docker.io/library/redis' to "
                                                    "CONTAINER_FLAGS_ACCEPTED")));

    ContainerBundlesInput local;
    local.bundles = bundlesValue({"    localhost:5000/foo:1 "});
    const Diagnostics l = BundleValidator::validateContainerBundles(local);
    QCOMPARE(l.size(), 3);
    QVERIFY(l.at(1).message.contains(
        QStringLiteral("is treated as a LOCAL recipe 'localhost': an entry is remote only if the "
                       "text before the first ':' ('localhost') contains '/' or '.'")));
    QVERIFY(l.at(2).message.contains(QStringLiteral("\"Container OCI directory not found\"")));
    QVERIFY(l.at(2).message.contains(QStringLiteral("'localhost:docker:5000/foo'")));

    ContainerBundlesInput untagged;
    untagged.bundles = bundlesValue({"    registry.example.com:5000/x/y docker.io/library/redis "});
    untagged.flagsAccepted = LocatedValue(QStringLiteral("*"));
    const Diagnostics t = BundleValidator::validateContainerBundles(untagged);
    QCOMPARE(summarise(t),
             (QStringList{"error bundle.remote-untagged 7:5", "error bundle.missing-digest 7:5",
                          "note bundle.remote-fetch-accepted 7:5",
                          "error bundle.remote-untagged 7:35", "error bundle.missing-digest 7:35",
                          "note bundle.remote-fetch-accepted 7:35"}));
    QCOMPARE(
        t.at(0).message,
        QStringLiteral("CONTAINER_BUNDLES entry 'registry.example.com:5000/x/y' has no tag; the "
                       "class then imports it as 'y:5000/x/y', which is not a valid image "
                       "reference, and the import fails without an error. Give it an explicit "
                       "tag, e.g. 'registry.example.com:5000/x/y:latest'"));
    QVERIFY(t.at(3).message.contains(QStringLiteral("imports it as 'redis:',")));
    QVERIFY(t.at(4).message.contains(QStringLiteral("CONTAINER_DIGESTS[docker.io_library_redis]")));

    ContainerBundlesInput runtimeInEntry;
    runtimeInEntry.bundles = bundlesValue({"    foo:podman "});
    const Diagnostics r = BundleValidator::validateContainerBundles(runtimeInEntry);
    QCOMPARE(r.size(), 1);
    QVERIFY(r.at(0).message.endsWith(QStringLiteral(
        "The runtime is never written in a CONTAINER_BUNDLES entry; set CONTAINER_BUNDLE_RUNTIME "
        "instead")));

    ContainerBundlesInput unmangled;
    unmangled.bundles = bundlesValue({"    docker.io/library/redis:7 "});
    unmangled.digests.insert(QStringLiteral("docker.io/library/redis_7"),
                             singleLine(file, 12, 1, kDigestA));
    const Diagnostics u = BundleValidator::validateContainerBundles(unmangled);
    QCOMPARE(summarise(u),
             (QStringList{"error bundle.missing-digest 7:5", "warning bundle.remote-fetch 7:5",
                          "note bundle.unused-digest 12:1"}));
    QVERIFY(u.at(2).message.endsWith(QStringLiteral(
        "; the class reads the mangled key CONTAINER_DIGESTS[docker.io_library_redis_7]")));
}

void TestBundleValidator::prerequisites_data()
{
    QTest::addColumn<QString>("features");
    QTest::addColumn<QString>("multiconfig");
    QTest::addColumn<QString>("arch");
    QTest::addColumn<QString>("machine");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("x86_64 ok") << "systemd virtualization vcontainer"
                               << "vruntime-x86-64"
                               << "x86_64"
                               << "" << QStringList{};
    QTest::newRow("aarch64 ok with both") << "virtualization vcontainer"
                                          << "vruntime-aarch64 vruntime-x86-64"
                                          << "aarch64"
                                          << "" << QStringList{};
    QTest::newRow("features missing") << "systemd"
                                      << "vruntime-x86-64"
                                      << "x86_64"
                                      << ""
                                      << QStringList{"error bundle.missing-distro-feature 3:20",
                                                     "error bundle.missing-distro-feature 3:20"};
    QTest::newRow("vcontainer missing")
        << "virtualization"
        << "vruntime-x86-64"
        << "x86_64"
        << "" << QStringList{"error bundle.missing-distro-feature 3:20"};
    QTest::newRow("feature substring is not the feature")
        << "virtualization vcontainers"
        << "vruntime-x86-64"
        << "x86_64"
        << "" << QStringList{"error bundle.missing-distro-feature 3:20"};
    QTest::newRow("aarch64 wrong mc") << "virtualization vcontainer"
                                      << "vruntime-x86-64"
                                      << "aarch64"
                                      << "" << QStringList{"error bundle.missing-multiconfig 5:18"};
    QTest::newRow("mc empty") << "virtualization vcontainer"
                              << ""
                              << "x86_64"
                              << "" << QStringList{"error bundle.missing-multiconfig 5:18"};
    QTest::newRow("machine qemuarm64") << "virtualization vcontainer"
                                       << "vruntime-aarch64"
                                       << ""
                                       << "qemuarm64" << QStringList{};
    QTest::newRow("machine qemux86 needs x86-64 mc")
        << "virtualization vcontainer"
        << "vruntime-aarch64"
        << ""
        << "qemux86" << QStringList{"error bundle.missing-multiconfig 5:18"};
    QTest::newRow("i586") << "virtualization vcontainer"
                          << "vruntime-x86-64"
                          << "i586"
                          << "" << QStringList{};
    QTest::newRow("arm") << "virtualization vcontainer"
                         << "vruntime-aarch64"
                         << "arm"
                         << "" << QStringList{"error bundle.no-vruntime-for-arch 5:18"};
    QTest::newRow("machine qemuarm")
        << "virtualization vcontainer"
        << ""
        << ""
        << "qemuarm" << QStringList{"error bundle.no-vruntime-for-arch 5:18"};
    QTest::newRow("riscv64") << "virtualization vcontainer"
                             << ""
                             << "riscv64"
                             << "" << QStringList{"error bundle.no-vruntime-for-arch 5:18"};
    QTest::newRow("unknown machine") << "virtualization vcontainer"
                                     << ""
                                     << ""
                                     << "my-board" << QStringList{"note bundle.unknown-arch 5:18"};
}

void TestBundleValidator::prerequisites()
{
    QFETCH(QString, features);
    QFETCH(QString, multiconfig);
    QFETCH(QString, arch);
    QFETCH(QString, machine);
    QFETCH(QStringList, expected);
    PrerequisitesInput in;
    in.distroFeatures = singleLine(QStringLiteral("conf/local.conf"), 3, 20, features);
    in.bbMulticonfig = singleLine(QStringLiteral("conf/local.conf"), 5, 18, multiconfig);
    in.targetArch = arch;
    in.machine = machine;
    QCOMPARE(summarise(BundleValidator::checkPrerequisites(in)), expected);
}

void TestBundleValidator::prerequisiteMessages()
{
    PrerequisitesInput in;
    in.distroFeatures = singleLine(QStringLiteral("conf/local.conf"), 3, 20, QStringLiteral("x"));
    in.bbMulticonfig = singleLine(QStringLiteral("conf/local.conf"), 5, 18, QString());
    in.targetArch = QStringLiteral("aarch64");
    const Diagnostics d = BundleValidator::checkPrerequisites(in);
    QCOMPARE(d.size(), 3);
    QVERIFY(d.at(0).message.endsWith(
        QStringLiteral("Add: DISTRO_FEATURES:append = \" virtualization\"")));
    QVERIFY(
        d.at(1).message.endsWith(QStringLiteral("Add: DISTRO_FEATURES:append = \" vcontainer\"")));
    QVERIFY(d.at(2).message.startsWith(
        QStringLiteral("BBMULTICONFIG does not contain 'vruntime-aarch64' (needed for TARGET_ARCH "
                       "aarch64): the vdkr/vpdmn blob dependencies are silently skipped")));
    QVERIFY(d.at(2).message.endsWith(
        QStringLiteral("Add: BBMULTICONFIG:append = \" vruntime-aarch64\"")));

    in.distroFeatures.value = QStringLiteral("virtualization vcontainer");
    in.targetArch = QStringLiteral("arm");
    const Diagnostics arm = BundleValidator::checkPrerequisites(in);
    QCOMPARE(arm.size(), 1);
    QVERIFY(arm.at(0).message.contains(QStringLiteral("32-bit arm is not supported at all")));
}

void TestBundleValidator::digests_data()
{
    QTest::addColumn<QString>("digest");
    QTest::addColumn<bool>("valid");
    QTest::newRow("good") << kDigestA << true;
    QTest::newRow("mixed hex")
        << "sha256:768e5c6f5cb6db0794eec98dc7a967f40631746c32232b78a3105fb946f3ab83" << true;
    QTest::newRow("short") << "sha256:abc" << false;
    QTest::newRow("65 chars") << kDigestA + "a" << false;
    QTest::newRow("upper") << "sha256:" + QString(64, QLatin1Char('F')) << false;
    QTest::newRow("sha512") << "sha512:" + QString(64, QLatin1Char('a')) << false;
    QTest::newRow("blank") << "" << false;
    QTest::newRow("trailing blank") << kDigestA + " " << false;
}

void TestBundleValidator::digests()
{
    QFETCH(QString, digest);
    QFETCH(bool, valid);
    QCOMPARE(BundleValidator::isValidDigest(digest), valid);
}

void TestBundleValidator::defaultRuntime_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("runtime");
    QTest::newRow("unset") << ""
                           << "docker";
    QTest::newRow("docker") << "docker"
                            << "docker";
    QTest::newRow("podman") << "podman"
                            << "podman";
    QTest::newRow("containerd") << "containerd"
                                << "docker";
    QTest::newRow("k3s-host") << "k3s-host"
                              << "docker";
    QTest::newRow("Podman is not podman") << "Podman"
                                          << "docker";
}

void TestBundleValidator::defaultRuntime()
{
    QFETCH(QString, profile);
    QFETCH(QString, runtime);
    QCOMPARE(BundleValidator::defaultRuntimeForProfile(profile), runtime);
}

QTEST_GUILESS_MAIN(TestBundleValidator)
#include "tst_bundlevalidator.moc"

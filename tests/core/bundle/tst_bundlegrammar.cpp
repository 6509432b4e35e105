#include "bundle/bundledcontainers.h"
#include "bundle/containerbundles.h"
#include "bundle/imagenaming.h"
#include "bundle/restartpolicy.h"
#include "bundle/unitgenerator.h"

#include <QTest>

using namespace cbw::core;
using namespace cbw::core::bundle;

class TestBundleGrammar final : public QObject
{
    Q_OBJECT

private slots:
    void restartPolicies_data();
    void restartPolicies();

    void deriveImageRef_data();
    void deriveImageRef();
    void unitBaseName_data();
    void unitBaseName();
    void mangle_data();
    void mangle();

    void bundledEntry_data();
    void bundledEntry();
    void bundledParseOffsets();
    void bundledSerialiseRoundTrip_data();
    void bundledSerialiseRoundTrip();
    void bundledMake_data();
    void bundledMake();

    void bundleEntry_data();
    void bundleEntry();
    void bundleParseAndSerialise();
    void flagsAccepted_data();
    void flagsAccepted();
    void metadataLine_data();
    void metadataLine();
};

void TestBundleGrammar::restartPolicies_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("known");
    QTest::addColumn<QString>("restart");
    QTest::newRow("autostart") << "autostart" << true << "unless-stopped";
    QTest::newRow("unless-stopped") << "unless-stopped" << true << "unless-stopped";
    QTest::newRow("always") << "always" << true << "always";
    QTest::newRow("on-failure") << "on-failure" << true << "on-failure";
    QTest::newRow("no") << "no" << true << "no";
    QTest::newRow("empty") << "" << true << "";
    QTest::newRow("external") << "external" << false << "unless-stopped";
    QTest::newRow("case matters") << "Always" << false << "unless-stopped";
    QTest::newRow("typo") << "autostrat" << false << "unless-stopped";
}

void TestBundleGrammar::restartPolicies()
{
    QFETCH(QString, word);
    QFETCH(bool, known);
    QFETCH(QString, restart);
    const std::optional<RestartPolicy> p = restartPolicyFromWord(word);
    QCOMPARE(p.has_value(), known);
    if (p)
        QCOMPARE(restartPolicyWord(*p), word);
    QCOMPARE(restartValueForWord(word), restart);
}

void TestBundleGrammar::deriveImageRef_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<bool>("looksTagged");
    QTest::newRow("legacy latest") << "container-base-latest-oci"
                                   << "container-base"
                                   << "latest" << true;
    QTest::newRow("no tag part") << "app-container-multilayer"
                                 << "app-container-multilayer"
                                 << "latest" << false;
    QTest::newRow("semver dir") << "myapp-1.2.3-oci"
                                << "myapp"
                                << "1.2.3" << true;
    QTest::newRow("recipe ending in digit") << "python3-app-2"
                                            << "python3-app"
                                            << "2" << true;
    QTest::newRow("plain recipe") << "container-base"
                                  << "container-base"
                                  << "latest" << false;
    QTest::newRow("autostart recipe") << "autostart-test-container"
                                      << "autostart-test-container"
                                      << "latest" << false;
    QTest::newRow("v-prefixed") << "foo-v1.2"
                                << "foo"
                                << "v1.2" << true;
    QTest::newRow("v without dot") << "foo-v1"
                                   << "foo-v1"
                                   << "latest" << false;
    QTest::newRow("four parts") << "foo-1.2.3.4"
                                << "foo-1.2.3.4"
                                << "latest" << false;
    QTest::newRow("two digits") << "foo-10"
                                << "foo"
                                << "10" << true;
    QTest::newRow("upper LATEST") << "foo-LATEST"
                                  << "foo-LATEST"
                                  << "latest" << false;
    QTest::newRow("path") << "/deploy/images/qemux86-64/container-base-latest-oci"
                          << "container-base"
                          << "latest" << true;
    QTest::newRow("plain -oci") << "foo-oci"
                                << "foo"
                                << "latest" << false;
    QTest::newRow("versioned -oci") << "foo-1.0-oci"
                                    << "foo"
                                    << "1.0" << true;
    QTest::newRow("no dash tag-like") << "latest"
                                      << "latest"
                                      << "latest" << false;
    QTest::newRow("no dash number") << "2"
                                    << "2"
                                    << "2" << false;
}

void TestBundleGrammar::deriveImageRef()
{
    QFETCH(QString, name);
    QFETCH(QString, image);
    QFETCH(QString, tag);
    QFETCH(bool, looksTagged);
    const ImageRef ref = ImageNaming::deriveFromDirectoryName(name);
    QCOMPARE(ref.name, image);
    QCOMPARE(ref.tag, tag);
    QCOMPARE(ImageNaming::lastPartLooksLikeTag(name), looksTagged);
}

void TestBundleGrammar::unitBaseName_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("unit");
    QTest::newRow("spec example") << "autostart-test-container"
                                  << "container-autostart-test-container";
    QTest::newRow("underscore kept, upper lowered") << "My_App"
                                                    << "container-my_app";
    QTest::newRow("dot slash colon") << "my.app/x:y"
                                     << "container-my-app-x-y";
    QTest::newRow("digits") << "python3-app"
                            << "container-python3-app";
}

void TestBundleGrammar::unitBaseName()
{
    QFETCH(QString, image);
    QFETCH(QString, unit);
    QCOMPARE(ImageNaming::unitBaseName(image), unit);
}

void TestBundleGrammar::mangle_data()
{
    QTest::addColumn<QString>("ref");
    QTest::addColumn<QString>("key");
    QTest::newRow("redis") << "docker.io/library/redis:7"
                           << "docker.io_library_redis_7";
    QTest::newRow("busybox") << "docker.io/library/busybox:1.36"
                             << "docker.io_library_busybox_1.36";
    QTest::newRow("alpine") << "docker.io/library/alpine:3.24"
                            << "docker.io_library_alpine_3.24";
    QTest::newRow("port") << "registry.example.com:5000/x/y:1"
                          << "registry.example.com_5000_x_y_1";
    QTest::newRow("dash and plus kept") << "ghcr.io/a-b/c+d:v1.0"
                                        << "ghcr.io_a-b_c+d_v1.0";
}

void TestBundleGrammar::mangle()
{
    QFETCH(QString, ref);
    QFETCH(QString, key);
    QCOMPARE(ImageNaming::mangle(ref), key);
}

void TestBundleGrammar::bundledEntry_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("hasRuntime");
    QTest::addColumn<QString>("field3");
    QTest::addColumn<bool>("external");
    QTest::addColumn<QString>("runtime"); // with CONTAINER_DEFAULT_RUNTIME = podman
    QTest::addColumn<QString>("unitPolicy");
    QTest::addColumn<QString>("restart");
    QTest::addColumn<QString>("dependency");
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("view");

    QTest::newRow("container-base:docker") << "container-base:docker"
                                           << "container-base" << true << "" << false << "docker"
                                           << ""
                                           << ""
                                           << "container-base"
                                           << "container-base:latest"
                                           << "container-container-base"
                                           << "container-base:docker";
    QTest::newRow("myapp:podman:autostart") << "myapp:podman:autostart"
                                            << "myapp" << true << "autostart" << false << "podman"
                                            << "autostart"
                                            << "unless-stopped"
                                            << "myapp"
                                            << "myapp:latest"
                                            << "container-myapp"
                                            << "myapp:podman:autostart";
    QTest::newRow("vendor-blob:docker:autostart:external")
        << "vendor-blob:docker:autostart:external"
        << "vendor-blob" << true << "autostart" << true << "docker"
        << "autostart"
        << "unless-stopped"
        << ""
        << "vendor-blob:latest"
        << "container-vendor-blob"
        << "vendor-blob:docker:autostart";
    QTest::newRow("container-base-latest-oci:docker")
        << "container-base-latest-oci:docker"
        << "container-base-latest-oci" << true << "" << false << "docker"
        << ""
        << ""
        << "container-base"
        << "container-base:latest"
        << "container-container-base"
        << "container-base-latest-oci:docker";
    QTest::newRow("container-base (default runtime)")
        << "container-base"
        << "container-base" << false << "" << false << "podman"
        << ""
        << ""
        << "container-base"
        << "container-base:latest"
        << "container-container-base"
        << "container-base";
    QTest::newRow("external trap") << "vendor-blob:docker:external"
                                   << "vendor-blob" << true << "external" << true << "docker"
                                   << "external"
                                   << "unless-stopped"
                                   << ""
                                   << "vendor-blob:latest"
                                   << "container-vendor-blob"
                                   << "vendor-blob:docker";
    QTest::newRow("external hack") << "vendor-blob:docker::external"
                                   << "vendor-blob" << true << "" << true << "docker"
                                   << ""
                                   << ""
                                   << ""
                                   << "vendor-blob:latest"
                                   << "container-vendor-blob"
                                   << "vendor-blob:docker:";
    QTest::newRow("external without runtime") << "app:external"
                                              << "app" << true << "" << true << "podman"
                                              << ""
                                              << ""
                                              << ""
                                              << "app:latest"
                                              << "container-app"
                                              << "app";
    QTest::newRow("tag-like recipe name")
        << "python3-app-2:docker:always"
        << "python3-app-2" << true << "always" << false << "docker"
        << "always"
        << "always"
        << "python3-app-2"
        << "python3-app:2"
        << "container-python3-app"
        << "python3-app-2:docker:always";
    QTest::newRow("versioned legacy dir")
        << "myapp-1.2.3-oci:docker:on-failure"
        << "myapp-1.2.3-oci" << true << "on-failure" << false << "docker"
        << "on-failure"
        << "on-failure"
        << "myapp-1.2.3"
        << "myapp:1.2.3"
        << "container-myapp"
        << "myapp-1.2.3-oci:docker:on-failure";
    QTest::newRow("name equals runtime") << "docker:docker:always"
                                         << "docker" << true << "always" << false << "podman"
                                         << ""
                                         << ""
                                         << "docker"
                                         << "docker:latest"
                                         << "container-docker"
                                         << "docker:docker:always";
    QTest::newRow("odd characters") << "App.Name:docker:no"
                                    << "App.Name" << true << "no" << false << "docker"
                                    << "no"
                                    << "no"
                                    << "App.Name"
                                    << "App.Name:latest"
                                    << "container-app-name"
                                    << "App.Name:docker:no";
    QTest::newRow("unknown policy") << "foo:docker:bogus"
                                    << "foo" << true << "bogus" << false << "docker"
                                    << "bogus"
                                    << "unless-stopped"
                                    << "foo"
                                    << "foo:latest"
                                    << "container-foo"
                                    << "foo:docker:bogus";
    QTest::newRow("v tag") << "x-v2.0:podman:always"
                           << "x-v2.0" << true << "always" << false << "podman"
                           << "always"
                           << "always"
                           << "x-v2.0"
                           << "x:v2.0"
                           << "container-x"
                           << "x-v2.0:podman:always";
    QTest::newRow("unknown runtime word") << "foo:lxc"
                                          << "foo" << true << "" << false << "lxc"
                                          << ""
                                          << ""
                                          << "foo"
                                          << "foo:latest"
                                          << "container-foo"
                                          << "foo:lxc";
    QTest::newRow("empty runtime field") << "foo::always"
                                         << "foo" << true << "always" << false << ""
                                         << "always"
                                         << "always"
                                         << "foo"
                                         << "foo:latest"
                                         << "container-foo"
                                         << "foo::always";
}

void TestBundleGrammar::bundledEntry()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QFETCH(bool, hasRuntime);
    QFETCH(QString, field3);
    QFETCH(bool, external);
    QFETCH(QString, runtime);
    QFETCH(QString, unitPolicy);
    QFETCH(QString, restart);
    QFETCH(QString, dependency);
    QFETCH(QString, image);
    QFETCH(QString, unit);
    QFETCH(QString, view);

    const BundledContainersParse parsed = BundledContainers::parse(text);
    QCOMPARE(parsed.entries.size(), 1);
    const BundledContainerEntry &e = parsed.entries.first();
    QCOMPARE(e.text(), text);
    QCOMPARE(e.name(), name);
    QCOMPARE(e.hasRuntimeField(), hasRuntime);
    QCOMPARE(e.policyWord(), field3);
    QCOMPARE(e.isExternal(), external);
    QCOMPARE(e.effectiveRuntime(QStringLiteral("podman")), runtime);
    QCOMPARE(e.unitPolicyWord(), unitPolicy);
    QCOMPARE(e.generatesUnit(), !unitPolicy.isEmpty());
    QCOMPARE(e.restartValue(), restart);
    QCOMPARE(e.dependencyRecipe(), dependency);
    QCOMPARE(e.unitImageRef().toString(), image);
    QCOMPARE(ImageNaming::unitBaseName(e.unitImageRef().name), unit);
    QCOMPARE(e.runtimeView(), view);
}

void TestBundleGrammar::bundledParseOffsets()
{
    const QString value = QStringLiteral("  container-base:docker\tmyapp:podman:autostart\n"
                                         "    vendor-blob:docker:autostart:external  ");
    const BundledContainersParse parsed = BundledContainers::parse(value);
    QVERIFY(parsed.diagnostics.isEmpty());
    QCOMPARE(parsed.entries.size(), 3);
    QCOMPARE(parsed.entries.at(0).offset, 2);
    QCOMPARE(parsed.entries.at(0).length, 21);
    QCOMPARE(parsed.entries.at(1).offset, 24);
    QCOMPARE(parsed.entries.at(1).length, 22);
    QCOMPARE(parsed.entries.at(2).offset, 51);
    QCOMPARE(value.mid(parsed.entries.at(2).offset, parsed.entries.at(2).length),
             QStringLiteral("vendor-blob:docker:autostart:external"));
    QCOMPARE(BundledContainers::parse(QStringLiteral(" \t\n ")).entries.size(), 0);
}

void TestBundleGrammar::bundledSerialiseRoundTrip_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("serialised");
    QTest::newRow("single") << "container-base"
                            << "container-base";
    QTest::newRow("blanks collapse") << "  a:docker \t b:podman:always:external\n c::external "
                                     << "a:docker b:podman:always:external c::external";
    QTest::newRow("empty fields kept") << "x:docker::external y:"
                                       << "x:docker::external y:";
}

void TestBundleGrammar::bundledSerialiseRoundTrip()
{
    QFETCH(QString, value);
    QFETCH(QString, serialised);
    const QString out = BundledContainers::serialise(BundledContainers::parse(value).entries);
    QCOMPARE(out, serialised);
    QCOMPARE(BundledContainers::serialise(BundledContainers::parse(out).entries), out);
}

void TestBundleGrammar::bundledMake_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("runtime");
    QTest::addColumn<QString>("policy");
    QTest::addColumn<bool>("external");
    QTest::addColumn<QString>("text");
    QTest::newRow("name only") << "a"
                               << ""
                               << "" << false << "a";
    QTest::newRow("runtime") << "a"
                             << "docker"
                             << "" << false << "a:docker";
    QTest::newRow("policy") << "a"
                            << "podman"
                            << "always" << false << "a:podman:always";
    QTest::newRow("policy external") << "a"
                                     << "docker"
                                     << "autostart" << true << "a:docker:autostart:external";
    QTest::newRow("external without policy avoids the trap") << "a"
                                                             << "docker"
                                                             << "" << true << "a:docker::external";
    QTest::newRow("external without runtime") << "a"
                                              << ""
                                              << "" << true << "a:external";
}

void TestBundleGrammar::bundledMake()
{
    QFETCH(QString, name);
    QFETCH(QString, runtime);
    QFETCH(QString, policy);
    QFETCH(bool, external);
    QFETCH(QString, text);
    const BundledContainerEntry e = BundledContainerEntry::make(name, runtime, policy, external);
    QCOMPARE(e.text(), text);
    QCOMPARE(e.isExternal(), external);
    QCOMPARE(e.unitPolicyWord(), policy);
    QCOMPARE(e.effectiveRuntime(QStringLiteral("podman")),
             runtime.isEmpty() ? QStringLiteral("podman") : runtime);
}

void TestBundleGrammar::bundleEntry_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("remote");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("digestKey");
    QTest::addColumn<QString>("importRef");
    QTest::addColumn<QString>("ociDir");
    QTest::addColumn<QString>("meta");
    QTest::addColumn<QString>("skopeo");

    const QString d = QStringLiteral("sha256:") + QString(64, QLatin1Char('a'));
    QTest::newRow("local") << "container-base" << false << "container-base"
                           << ""
                           << "container-base"
                           << "container-base:latest"
                           << "container-base_latest"
                           << "container-base:docker"
                           << "docker://container-base@" + d;
    QTest::newRow("local with policy")
        << "autostart-test-container:autostart" << false << "autostart-test-container"
        << "autostart"
        << "autostart-test-container"
        << "autostart-test-container:latest"
        << "autostart-test-container_latest"
        << "autostart-test-container:docker:autostart"
        << "docker://autostart-test-container@" + d;
    QTest::newRow("docker.io redis")
        << "docker.io/library/redis:7" << true << "docker.io/library/redis:7"
        << ""
        << "docker.io_library_redis_7"
        << "redis:7"
        << "redis_7"
        << "docker.io/library/redis:7:docker"
        << "docker://docker.io/library/redis@" + d;
    QTest::newRow("remote with policy")
        << "docker.io/library/redis:7:autostart" << true << "docker.io/library/redis:7"
        << "autostart"
        << "docker.io_library_redis_7"
        << "redis:7"
        << "redis_7"
        << "docker.io/library/redis:7:docker:autostart"
        << "docker://docker.io/library/redis@" + d;
    QTest::newRow("registry with port")
        << "registry.example.com:5000/x/y:1" << true << "registry.example.com:5000/x/y:1"
        << ""
        << "registry.example.com_5000_x_y_1"
        << "y:1"
        << "y_1"
        << "registry.example.com:5000/x/y:1:docker"
        << "docker://registry.example.com:5000/x/y@" + d;
    QTest::newRow("localhost is local") << "localhost:5000/foo:1" << false << "localhost"
                                        << "5000/foo"
                                        << "localhost"
                                        << "localhost:latest"
                                        << "localhost_latest"
                                        << "localhost:docker:5000/foo"
                                        << "docker://localhost@" + d;
    QTest::newRow("busybox no") << "docker.io/library/busybox:1.36:no" << true
                                << "docker.io/library/busybox:1.36"
                                << "no"
                                << "docker.io_library_busybox_1.36"
                                << "busybox:1.36"
                                << "busybox_1.36"
                                << "docker.io/library/busybox:1.36:docker:no"
                                << "docker://docker.io/library/busybox@" + d;
    QTest::newRow("untagged remote")
        << "docker.io/library/redis" << true << "docker.io/library/redis"
        << ""
        << "docker.io_library_redis"
        << "redis:"
        << "redis_"
        << "docker.io/library/redis:docker"
        << "docker://docker.io/library/redis@" + d;
    QTest::newRow("unknown remote suffix is the tag")
        << "quay.io/org/app:v1:bogus" << true << "quay.io/org/app:v1:bogus"
        << ""
        << "quay.io_org_app_v1_bogus"
        << "app:bogus"
        << "app_bogus"
        << "quay.io/org/app:v1:bogus:docker"
        << "docker://quay.io/org/app:v1@" + d;
    QTest::newRow("on-failure") << "ghcr.io/org/tool:1.0:on-failure" << true
                                << "ghcr.io/org/tool:1.0"
                                << "on-failure"
                                << "ghcr.io_org_tool_1.0"
                                << "tool:1.0"
                                << "tool_1.0"
                                << "ghcr.io/org/tool:1.0:docker:on-failure"
                                << "docker://ghcr.io/org/tool@" + d;
    QTest::newRow("dot before colon is remote") << "my.registry:1" << true << "my.registry:1"
                                                << ""
                                                << "my.registry_1"
                                                << "my.registry:1"
                                                << "my.registry_1"
                                                << "my.registry:1:docker"
                                                << "docker://my.registry@" + d;
}

void TestBundleGrammar::bundleEntry()
{
    QFETCH(QString, text);
    QFETCH(bool, remote);
    QFETCH(QString, source);
    QFETCH(QString, policy);
    QFETCH(QString, digestKey);
    QFETCH(QString, importRef);
    QFETCH(QString, ociDir);
    QFETCH(QString, meta);
    QFETCH(QString, skopeo);
    const ContainerBundleEntry e = ContainerBundleEntry::fromText(text);
    QCOMPARE(ContainerBundleEntry::isRemoteReference(text), remote);
    QCOMPARE(e.remote, remote);
    QCOMPARE(e.source, source);
    QCOMPARE(e.policyWord, policy);
    QCOMPARE(e.digestKey(), digestKey);
    QCOMPARE(e.importRef().toString(), importRef);
    QCOMPARE(e.ociDirName(), ociDir);
    QCOMPARE(e.metadataLine(QStringLiteral("docker")), meta);
    QCOMPARE(e.refsLine(), ociDir + QLatin1Char(':') + importRef);
    QCOMPARE(ImageNaming::skopeoSource(e.source,
                                       QStringLiteral("sha256:") + QString(64, QLatin1Char('a'))),
             skopeo);
}

void TestBundleGrammar::bundleParseAndSerialise()
{
    const QString value =
        QStringLiteral("    container-base     docker.io/library/redis:7:always ");
    const ContainerBundlesParse parsed = ContainerBundles::parse(value);
    QVERIFY(parsed.diagnostics.isEmpty());
    QCOMPARE(parsed.entries.size(), 2);
    QCOMPARE(parsed.entries.at(0).offset, 4);
    QCOMPARE(parsed.entries.at(1).offset, 23);
    QCOMPARE(parsed.entries.at(1).length, 32);
    QCOMPARE(ContainerBundles::serialise(parsed.entries),
             QStringLiteral("container-base docker.io/library/redis:7:always"));
    QCOMPARE(ContainerBundleEntry::make(QStringLiteral("docker.io/library/redis:7"),
                                        QStringLiteral("no"))
                 .text,
             QStringLiteral("docker.io/library/redis:7:no"));
    QVERIFY(ContainerBundles::deployEnabled(QStringLiteral("1")));
    QVERIFY(!ContainerBundles::deployEnabled(QStringLiteral("yes")));
    QVERIFY(!ContainerBundles::deployEnabled(QString()));
}

void TestBundleGrammar::flagsAccepted_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("accepted");
    QTest::addColumn<bool>("result");
    const QString redis = QStringLiteral("docker.io/library/redis:7");
    QTest::newRow("full ref") << redis << "docker.io/library/redis:7" << true;
    QTest::newRow("without tag") << redis << "other docker.io/library/redis" << true;
    QTest::newRow("star") << redis << "*" << true;
    QTest::newRow("other tag") << redis << "docker.io/library/redis:8" << false;
    QTest::newRow("empty") << redis << "" << false;
    QTest::newRow("prefix only") << redis << "docker.io/library" << false;
    QTest::newRow("port kept") << "registry.example.com:5000/x/y:1"
                               << "registry.example.com:5000/x/y" << true;
    QTest::newRow("host only") << "registry.example.com:5000/x/y:1"
                               << "registry.example.com" << false;
    QTest::newRow("digest stripped") << "docker.io/library/redis@sha256:abc"
                                     << "docker.io/library/redis" << true;
}

void TestBundleGrammar::flagsAccepted()
{
    QFETCH(QString, source);
    QFETCH(QString, accepted);
    QFETCH(bool, result);
    QCOMPARE(ContainerBundles::isAccepted(source, accepted), result);
}

void TestBundleGrammar::metadataLine_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("runtime");
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("image");
    QTest::newRow("local") << "container-base:docker"
                           << "container-base"
                           << "docker"
                           << ""
                           << "container-base:latest";
    QTest::newRow("local policy") << "myapp:podman:autostart"
                                  << "myapp"
                                  << "podman"
                                  << "autostart"
                                  << "myapp:latest";
    QTest::newRow("remote policy") << "docker.io/library/busybox:1.36:docker:always"
                                   << "docker.io/library/busybox:1.36"
                                   << "docker"
                                   << "always"
                                   << "busybox:1.36";
    QTest::newRow("remote no policy") << "docker.io/library/redis:7:podman"
                                      << "docker.io/library/redis:7"
                                      << "podman"
                                      << ""
                                      << "redis:7";
    QTest::newRow("unknown word") << "foo:docker:bogus"
                                  << "foo"
                                  << "docker"
                                  << "bogus"
                                  << "foo:latest";
}

void TestBundleGrammar::metadataLine()
{
    QFETCH(QString, line);
    QFETCH(QString, source);
    QFETCH(QString, runtime);
    QFETCH(QString, policy);
    QFETCH(QString, image);
    const MetadataLine m = UnitGenerator::parseMetadataLine(line);
    QCOMPARE(m.source, source);
    QCOMPARE(m.runtime, runtime);
    QCOMPARE(m.policyWord, policy);
    QCOMPARE(UnitGenerator::bundleImageRef(m.source).toString(), image);
}

QTEST_GUILESS_MAIN(TestBundleGrammar)
#include "tst_bundlegrammar.moc"

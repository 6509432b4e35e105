#include "ocitestimage.h"

#include "oci/imageloader.h"
#include "oci/imagesource.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cbw::core;
using namespace cbw::core::oci;
using namespace cbw::test;

namespace {

Result<LoadedImage> loadPath(const QString &text, const QString &platform = {})
{
    auto reference = ImageReference::parse(text);
    if (!reference)
        return reference.error();
    LoadOptions options;
    if (!platform.isEmpty())
        options.resolve.platform = *Platform::parse(platform);
    return ImageLoader::load(*reference, options);
}

// The first header of `tar` claims 8 GiB of content that is not there.
QByteArray withLyingSize(QByteArray tar)
{
    const QByteArray size = "77777777777";
    tar.replace(124, size.size(), size);
    tar.replace(148, 8, "        ");
    unsigned sum = 0;
    for (int i = 0; i < 512; ++i)
        sum += static_cast<unsigned char>(tar[i]);
    const QByteArray checksum =
        QByteArray::number(sum, 8).rightJustified(6, '0') + QByteArray("\0 ", 2);
    tar.replace(148, 8, checksum);
    return tar;
}

TestLayer layerFromTar(const QByteArray &tar)
{
    TestLayer layer;
    layer.blob = tar;
    layer.digest = Digest::ofData(tar);
    layer.diffId = layer.digest;
    layer.mediaType = QStringLiteral("application/vnd.oci.image.layer.v1.tar");
    return layer;
}

TestImage twoLayerImage(Compression compression)
{
    TestImage image;
    image.layers.append(makeLayer({dir("etc"), file("etc/hostname", "box\n"), dir("bin"),
                                   file("bin/app", QByteArray(3000, 'x'), 04755)},
                                  compression, QStringLiteral("ADD rootfs /")));
    image.layers.append(makeLayer({dir("etc"), file("etc/hostname", "other\n")}, compression,
                                  QStringLiteral("RUN echo other > /etc/hostname")));
    return image;
}

} // namespace

class TestOciReader : public QObject
{
    Q_OBJECT

private slots:
    void referenceParsing_data();
    void referenceParsing();
    void platformParsing();
    void readsEverySourceKindAndCompression_data();
    void readsEverySourceKindAndCompression();
    void configAndHistory();
    void detectsKindByContentNotName();
    void multiPlatformIndex_data();
    void multiPlatformIndex();
    void tagSelection();
    void dockerArchiveTag();
    void tampering_data();
    void tampering();
    void symlinkedBlobLeavingLayoutIsRefused();
    void dockerArchiveMemberLeavingArchiveIsRefused();
    void compressedOuterArchiveIsRefused();
    void cancelBeforeStart();
    void cancelAsync();
    void asyncDeliversResult();
};

void TestOciReader::referenceParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("transport");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("tag");
    using T = ImageReference::Transport;
    QTest::newRow("plain") << "/no/such/img" << true << int(T::Detect) << "/no/such/img"
                           << "";
    QTest::newRow("tag") << "/no/such/img:v1" << true << int(T::Detect) << "/no/such/img"
                         << "v1";
    QTest::newRow("oci") << "oci:/x/y:latest" << true << int(T::OciLayout) << "/x/y"
                         << "latest";
    QTest::newRow("oci-archive") << "oci-archive:a.tar" << true << int(T::OciArchive) << "a.tar"
                                 << "";
    QTest::newRow("docker-archive")
        << "docker-archive:d.tar:app:1" << true << int(T::DockerArchive) << "d.tar"
        << "app:1";
    QTest::newRow("docker remote") << "docker://busybox" << false << 0 << ""
                                   << "";
    QTest::newRow("empty") << "" << false << 0 << ""
                           << "";
    QTest::newRow("empty tag") << "/no/such:" << false << 0 << ""
                               << "";
}

void TestOciReader::referenceParsing()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    const auto reference = ImageReference::parse(text);
    QCOMPARE(reference.ok(), ok);
    if (!ok) {
        QVERIFY(!reference.error().message.isEmpty());
        return;
    }
    QFETCH(int, transport);
    QFETCH(QString, path);
    QFETCH(QString, tag);
    QCOMPARE(int(reference->transport), transport);
    QCOMPARE(reference->path, path);
    QCOMPARE(reference->tag, tag);
}

void TestOciReader::platformParsing()
{
    QCOMPARE(Platform::parse(QStringLiteral("linux/arm/v7"))->variant, QStringLiteral("v7"));
    QVERIFY(!Platform::parse(QStringLiteral("linux")).ok());
    QVERIFY(!Platform::parse(QStringLiteral("linux//v7")).ok());
    const Platform arm64 = *Platform::parse(QStringLiteral("linux/arm64"));
    QVERIFY(arm64.accepts(*Platform::parse(QStringLiteral("linux/arm64/v8"))));
    QVERIFY(!arm64.accepts(*Platform::parse(QStringLiteral("linux/amd64"))));
    QVERIFY(!Platform::host().architecture.isEmpty());
}

void TestOciReader::readsEverySourceKindAndCompression_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("compression");
    for (const char *kind : {"layout", "oci-archive", "docker-archive"}) {
        for (const auto &[name, compression] :
             {std::pair{"tar", Compression::None}, std::pair{"gzip", Compression::Gzip},
              std::pair{"zstd", Compression::Zstd}}) {
            QTest::addRow("%s %s", kind, name) << QString::fromLatin1(kind) << int(compression);
        }
    }
}

void TestOciReader::readsEverySourceKindAndCompression()
{
    QFETCH(QString, kind);
    QFETCH(int, compression);
    QTemporaryDir tmp;
    const TestImage image = twoLayerImage(Compression(compression));
    QString path = tmp.filePath(QStringLiteral("layout"));
    LayoutWriter::writeSingle(path, image);
    SourceKind expectedKind = SourceKind::OciLayout;
    if (kind == QLatin1String("oci-archive")) {
        tarDirectory(path, tmp.filePath(QStringLiteral("image.tar")));
        path = tmp.filePath(QStringLiteral("image.tar"));
        expectedKind = SourceKind::OciArchive;
    } else if (kind == QLatin1String("docker-archive")) {
        path = tmp.filePath(QStringLiteral("docker.tar"));
        writeDockerArchive(path, image, QStringLiteral("demo:1"));
        expectedKind = SourceKind::DockerArchive;
    }
    const auto loaded = loadPath(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    QCOMPARE(loaded->image.sourceKind, expectedKind);
    QCOMPARE(loaded->image.layers.size(), 2);
    QCOMPARE(loaded->image.layers[0].compression, Compression(compression));
    QCOMPARE(loaded->image.layers[0].diffId, image.layers[0].diffId);
    QCOMPARE(loaded->image.layers[1].blob.digest, image.layers[1].digest);
    QVERIFY(loaded->image.layers[0].uncompressedSize > 3000);
    const FileTree &tree = *loaded->tree;
    const MergedView merged(tree, 1);
    const NodeId hostname = tree.find(QStringLiteral("/etc/hostname"));
    QVERIFY(hostname != InvalidNode);
    QCOMPARE(merged.entry(hostname)->size, 6);
    QCOMPARE(merged.entry(hostname)->layer, 1);
    QCOMPARE(tree.changeInLayer(hostname, 1), ChangeKind::Modified);
    QCOMPARE(tree.changeInLayer(hostname, 0), ChangeKind::Added);
    const NodeId app = tree.find(QStringLiteral("bin/app"));
    QCOMPARE(merged.entry(app)->mode, 04755u);
    QCOMPARE(merged.entry(app)->size, 3000);
}

void TestOciReader::configAndHistory()
{
    QTemporaryDir tmp;
    LayoutWriter::writeSingle(tmp.path(), twoLayerImage(Compression::Gzip));
    const auto loaded = loadPath(tmp.path());
    QVERIFY(loaded.ok());
    const ImageConfig &config = loaded->image.imageConfig;
    QCOMPARE(config.architecture, QStringLiteral("amd64"));
    QCOMPARE(config.entrypoint, QStringList{QStringLiteral("/bin/app")});
    QCOMPARE(config.cmd, QStringList{QStringLiteral("--serve")});
    QCOMPARE(config.labels.value(QStringLiteral("org.example.name")), QStringLiteral("demo"));
    QCOMPARE(config.history.size(), 3);
    QVERIFY(config.history[0].emptyLayer);
    // The empty ENV entry creates no layer, so the first layer gets the second entry.
    QCOMPARE(loaded->image.layers[0].createdBy, QStringLiteral("ADD rootfs /"));
    QCOMPARE(loaded->image.layers[1].createdBy, QStringLiteral("RUN echo other > /etc/hostname"));
    QCOMPARE(loaded->image.tag, QStringLiteral("latest"));
}

void TestOciReader::detectsKindByContentNotName()
{
    QTemporaryDir tmp;
    const QString layout = tmp.filePath(QStringLiteral("layout"));
    LayoutWriter::writeSingle(layout, twoLayerImage(Compression::Gzip));
    // An OCI archive named like a docker one, and a docker archive with a misleading name.
    tarDirectory(layout, tmp.filePath(QStringLiteral("docker-save.tar")));
    writeDockerArchive(tmp.filePath(QStringLiteral("x-oci.tar")), twoLayerImage(Compression::None),
                       QStringLiteral("a:b"));
    auto oci = ImageSource::open(tmp.filePath(QStringLiteral("docker-save.tar")));
    QVERIFY(oci.ok());
    QCOMPARE((*oci)->kind(), SourceKind::OciArchive);
    auto docker = ImageSource::open(tmp.filePath(QStringLiteral("x-oci.tar")));
    QVERIFY(docker.ok());
    QCOMPARE((*docker)->kind(), SourceKind::DockerArchive);
    // And a transport prefix that contradicts the content is an error.
    auto wrong = ImageReference::parse(QStringLiteral("docker-archive:") +
                                       tmp.filePath(QStringLiteral("docker-save.tar")));
    QVERIFY(!ImageSource::open(*wrong).ok());
    QFile junk(tmp.filePath(QStringLiteral("junk.tar")));
    junk.open(QIODevice::WriteOnly);
    junk.write(QByteArray(2048, 'j'));
    junk.close();
    const auto notTar = ImageSource::open(junk.fileName());
    QVERIFY(!notTar.ok());
    QVERIFY(notTar.error().message.contains(QLatin1String("not a tar")));
}

void TestOciReader::multiPlatformIndex_data()
{
    QTest::addColumn<QString>("platform");
    QTest::addColumn<bool>("nested");
    QTest::addColumn<QString>("expectedArch"); // empty: an error
    QTest::newRow("arm64") << "linux/arm64" << false << "arm64";
    QTest::newRow("arm v7") << "linux/arm/v7" << false << "arm";
    QTest::newRow("arm any variant") << "linux/arm" << false << "arm";
    QTest::newRow("amd64 nested") << "linux/amd64" << true << "amd64";
    QTest::newRow("arm64 nested") << "linux/arm64" << true << "arm64";
    QTest::newRow("missing") << "linux/riscv64" << false << "";
    QTest::newRow("host") << "" << true << "host";
}

void TestOciReader::multiPlatformIndex()
{
    QFETCH(QString, platform);
    QFETCH(bool, nested);
    QFETCH(QString, expectedArch);
    QTemporaryDir tmp;
    LayoutWriter writer(tmp.path());
    QJsonArray manifests;
    const Platform host = Platform::host();
    for (const auto &[arch, variant] :
         {std::pair{"amd64", ""}, std::pair{"arm64", ""}, std::pair{"arm", "v7"}}) {
        TestImage image;
        image.architecture = QString::fromLatin1(arch);
        image.variant = QString::fromLatin1(variant);
        image.layers.append(makeLayer({file("arch", arch)}));
        manifests.append(writer.addImage(image));
    }
    if (host.architecture != QLatin1String("amd64") &&
        host.architecture != QLatin1String("arm64") && expectedArch == QLatin1String("host"))
        QSKIP("the host architecture is none of the test image's");
    if (nested)
        writer.writeIndex(
            QJsonArray{LayoutWriter::tagged(writer.addIndex(manifests), QStringLiteral("multi"))});
    else
        writer.writeIndex(manifests);
    const auto loaded = loadPath(tmp.path(), platform);
    if (expectedArch.isEmpty()) {
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().message.contains(QLatin1String("linux/arm64")),
                 qPrintable(loaded.error().message));
        return;
    }
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    QCOMPARE(loaded->image.available.size(), 3);
    const QString arch = expectedArch == QLatin1String("host") ? host.architecture : expectedArch;
    QCOMPARE(loaded->image.imageConfig.architecture, arch);
    QCOMPARE(loaded->tree->find(QStringLiteral("/arch")) != InvalidNode, true);
    if (nested)
        QCOMPARE(loaded->image.tag, QStringLiteral("multi"));
}

void TestOciReader::tagSelection()
{
    QTemporaryDir tmp;
    LayoutWriter writer(tmp.path());
    TestImage one;
    one.layers.append(makeLayer({file("which", "one")}));
    TestImage two;
    two.layers.append(makeLayer({file("which", "two!")}));
    writer.writeIndex(QJsonArray{LayoutWriter::tagged(writer.addImage(one), QStringLiteral("v1")),
                                 LayoutWriter::tagged(writer.addImage(two), QStringLiteral("v2"))});
    const auto first = loadPath(tmp.path() + QStringLiteral(":v1"));
    QVERIFY(first.ok());
    const auto second = loadPath(tmp.path() + QStringLiteral(":v2"));
    QVERIFY(second.ok());
    const NodeId a = first->tree->find(QStringLiteral("which"));
    const NodeId b = second->tree->find(QStringLiteral("which"));
    QCOMPARE(MergedView(*first->tree, 0).entry(a)->size, 3);
    QCOMPARE(MergedView(*second->tree, 0).entry(b)->size, 4);
    const auto none = loadPath(tmp.path());
    QVERIFY(!none.ok());
    QVERIFY2(none.error().message.contains(QLatin1String("v1")) &&
                 none.error().message.contains(QLatin1String("v2")),
             qPrintable(none.error().message));
    const auto missing = loadPath(tmp.path() + QStringLiteral(":v3"));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(QLatin1String("no image tagged 'v3'")));
}

void TestOciReader::dockerArchiveTag()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("d.tar"));
    writeDockerArchive(path, twoLayerImage(Compression::None), QStringLiteral("demo:1.0"));
    QVERIFY(loadPath(path + QStringLiteral(":1.0")).ok());
    QVERIFY(loadPath(QStringLiteral("docker-archive:") + path + QStringLiteral(":demo:1.0")).ok());
    QVERIFY(!loadPath(path + QStringLiteral(":2.0")).ok());
}

void TestOciReader::tampering_data()
{
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<QString>("expected");
    QTest::newRow("layer digest") << "flip-layer-byte"
                                  << "digest mismatch";
    QTest::newRow("layer size") << "append-layer-byte"
                                << "size mismatch";
    QTest::newRow("truncated layer") << "truncate-layer"
                                     << "size mismatch";
    QTest::newRow("diff_id") << "wrong-diff-id"
                             << "diff_id mismatch";
    QTest::newRow("missing blob") << "remove-layer"
                                  << "missing blob";
    QTest::newRow("manifest digest") << "flip-manifest-byte"
                                     << "digest mismatch";
    QTest::newRow("config digest") << "flip-config-byte"
                                   << "digest mismatch";
    QTest::newRow("tar traversal") << "traversal-entry"
                                   << "path traversal";
    QTest::newRow("digest traversal") << "traversal-digest"
                                      << "malformed";
    QTest::newRow("index wrong type") << "index-size-string"
                                      << "manifests[0].size: expected a number";
    QTest::newRow("index not json") << "index-garbage"
                                    << "invalid JSON";
    QTest::newRow("index huge") << "index-huge"
                                << "refused";
    QTest::newRow("unsupported media type") << "layer-media-type"
                                            << "unsupported layer media type";
    QTest::newRow("absurd entry size") << "absurd-size"
                                       << "layer 0";
    QTest::newRow("entry below symlink") << "below-symlink"
                                         << "not a directory";
    QTest::newRow("gzip declared, tar stored") << "compression-lie"
                                               << "declares tar+gzip";
    QTest::newRow("config section of wrong type") << "config-string"
                                                  << "config: expected an object";
    QTest::newRow("history of wrong type") << "history-number"
                                           << "history: expected an array";
    QTest::newRow("diff_ids entry of wrong type") << "diff-ids-number"
                                                  << "rootfs.diff_ids[0]: expected a string";
    QTest::newRow("labels of wrong type") << "labels-array"
                                          << "config.Labels: expected an object";
}

void TestOciReader::tampering()
{
    QFETCH(QString, tamper);
    QFETCH(QString, expected);
    QTemporaryDir tmp;
    TestImage image = twoLayerImage(Compression::Gzip);
    if (tamper == QLatin1String("traversal-entry"))
        image.layers[0] = makeLayer({file("../../etc/evil", "x")});
    if (tamper == QLatin1String("absurd-size"))
        image.layers[0] = layerFromTar(withLyingSize(uncompressedTar({file("big", "tiny")})));
    if (tamper == QLatin1String("below-symlink")) {
        image.layers[0] = makeLayer({slink("etc", "/tmp")});
        image.layers[1] = makeLayer({file("etc/passwd", "root")});
    }
    if (tamper == QLatin1String("wrong-diff-id"))
        image.layers[1].diffId = image.layers[0].diffId;
    if (tamper == QLatin1String("layer-media-type"))
        image.layers[0].mediaType = QStringLiteral("application/vnd.oci.image.layer.v1.tar+bzip2");
    if (tamper == QLatin1String("compression-lie")) {
        image.layers[0] = makeLayer({file("a", "b")}, Compression::None);
        image.layers[0].mediaType = QStringLiteral("application/vnd.oci.image.layer.v1.tar+gzip");
    }
    if (tamper == QLatin1String("config-string"))
        image.overrides.insert(QStringLiteral("config"), QStringLiteral("nope"));
    if (tamper == QLatin1String("history-number"))
        image.overrides.insert(QStringLiteral("history"), 5);
    if (tamper == QLatin1String("diff-ids-number"))
        image.overrides.insert(QStringLiteral("rootfs"),
                               QJsonObject{{QStringLiteral("diff_ids"), QJsonArray{1, 2}}});
    if (tamper == QLatin1String("labels-array"))
        image.overrides.insert(QStringLiteral("config"),
                               QJsonObject{{QStringLiteral("Labels"), QJsonArray{1}}});
    LayoutWriter writer(tmp.path());
    QJsonObject manifest = writer.addImage(image);
    QJsonArray manifests{LayoutWriter::tagged(manifest, QStringLiteral("latest"))};
    writer.writeIndex(manifests);
    const Digest manifestDigest =
        *Digest::parse(manifest.value(QStringLiteral("digest")).toString());
    const Digest configDigest = Digest::ofData(image.configJson());
    auto modify = [&](const Digest &digest, const std::function<void(QByteArray &)> &change) {
        QFile f(writer.blobPath(digest));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        f.close();
        change(bytes);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    };
    const Digest layer1 = image.layers[1].digest;
    if (tamper == QLatin1String("flip-layer-byte"))
        modify(layer1, [](QByteArray &b) { b[b.size() / 2] = char(b[b.size() / 2] ^ 0x01); });
    if (tamper == QLatin1String("append-layer-byte"))
        modify(layer1, [](QByteArray &b) { b.append('z'); });
    if (tamper == QLatin1String("truncate-layer"))
        modify(layer1, [](QByteArray &b) { b.chop(10); });
    if (tamper == QLatin1String("remove-layer"))
        QFile::remove(writer.blobPath(layer1));
    if (tamper == QLatin1String("flip-manifest-byte"))
        modify(manifestDigest, [](QByteArray &b) { b.replace("layers", "layerz"); });
    if (tamper == QLatin1String("flip-config-byte"))
        modify(configDigest, [](QByteArray &b) { b.replace("amd64", "arm64"); });
    if (tamper == QLatin1String("traversal-digest")) {
        manifest.insert(QStringLiteral("digest"), QStringLiteral("sha256:../../../../etc/passwd"));
        writer.writeIndex(QJsonArray{manifest});
    }
    if (tamper == QLatin1String("index-size-string")) {
        manifest.insert(QStringLiteral("size"), QStringLiteral("12"));
        writer.writeIndex(QJsonArray{manifest});
    }
    if (tamper == QLatin1String("index-garbage"))
        writer.writeFile(QStringLiteral("index.json"), "{\"manifests\": [");
    if (tamper == QLatin1String("index-huge"))
        writer.writeFile(QStringLiteral("index.json"), QByteArray(9 * 1024 * 1024, ' '));

    const auto loaded = loadPath(tmp.path());
    QVERIFY2(!loaded.ok(), "a tampered image was accepted");
    QVERIFY2(loaded.error().message.contains(expected), qPrintable(loaded.error().message));
    if (tamper.contains(QLatin1String("layer")) && tamper != QLatin1String("layer-media-type"))
        QVERIFY2(loaded.error().message.contains(QString::fromLatin1(layer1.hex)),
                 qPrintable(loaded.error().message));
}

void TestOciReader::dockerArchiveMemberLeavingArchiveIsRefused()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("d.tar"));
    writeDockerArchive(path, twoLayerImage(Compression::None), QStringLiteral("demo:1"),
                       {QStringLiteral("0000/layer.tar"), QStringLiteral("../../etc/passwd")});
    const auto loaded = loadPath(path);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().message.contains(QLatin1String("Layers[1]")) &&
                 loaded.error().message.contains(QLatin1String("leaves the image")),
             qPrintable(loaded.error().message));
}

void TestOciReader::symlinkedBlobLeavingLayoutIsRefused()
{
    QTemporaryDir tmp;
    const QString layout = tmp.filePath(QStringLiteral("layout"));
    const TestImage image = twoLayerImage(Compression::Gzip);
    LayoutWriter::writeSingle(layout, image);
    LayoutWriter writer(layout);
    const QString blob = writer.blobPath(image.layers[0].digest);
    const QString outside = tmp.filePath(QStringLiteral("outside"));
    QVERIFY(QFile::rename(blob, outside));
    QVERIFY(QFile::link(outside, blob));
    const auto loaded = loadPath(layout);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().message.contains(QLatin1String("outside the layout")),
             qPrintable(loaded.error().message));
    // A symlink that stays inside the layout is fine (deduplicating tools make those).
    const QString inside = layout + QStringLiteral("/blobs/keep");
    QFile::remove(blob);
    QVERIFY(QFile::rename(outside, inside));
    QVERIFY(QFile::link(inside, blob));
    QVERIFY(loadPath(layout).ok());
}

void TestOciReader::compressedOuterArchiveIsRefused()
{
    QTemporaryDir tmp;
    QFile f(tmp.filePath(QStringLiteral("image.tar.gz")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(makeTar({file("oci-layout", "{}")}, Compression::Gzip));
    f.close();
    const auto loaded = loadPath(f.fileName());
    QVERIFY(!loaded.ok());
    QVERIFY(loaded.error().message.contains(QLatin1String("compressed archive")));
}

void TestOciReader::cancelBeforeStart()
{
    QTemporaryDir tmp;
    LayoutWriter::writeSingle(tmp.path(), twoLayerImage(Compression::Gzip));
    std::atomic<bool> cancel{true};
    const auto loaded = ImageLoader::load(*ImageReference::parse(tmp.path()), {}, &cancel);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().message.contains(QLatin1String("cancelled")),
             qPrintable(loaded.error().message));
}

void TestOciReader::cancelAsync()
{
    QTemporaryDir tmp;
    QList<TarItem> many;
    for (int i = 0; i < 30000; ++i)
        many.append(file("f" + QByteArray::number(i), QByteArray(64, char('a' + i % 26))));
    TestImage image;
    for (int i = 0; i < 4; ++i)
        image.layers.append(makeLayer(many));
    LayoutWriter::writeSingle(tmp.path(), image);
    QFuture<Result<LoadedImage>> future =
        ImageLoader::loadAsync(*ImageReference::parse(tmp.path()), {});
    future.cancel();
    future.waitForFinished();
    QVERIFY(future.isCanceled());
    QCOMPARE(future.resultCount(), 0);
}

void TestOciReader::asyncDeliversResult()
{
    QTemporaryDir tmp;
    LayoutWriter::writeSingle(tmp.path(), twoLayerImage(Compression::Zstd));
    QFuture<Result<LoadedImage>> future =
        ImageLoader::loadAsync(*ImageReference::parse(tmp.path()), {});
    future.waitForFinished();
    QCOMPARE(future.resultCount(), 1);
    QVERIFY(future.result().ok());
    QCOMPARE(future.result()->image.layers.size(), 2);
}

QTEST_GUILESS_MAIN(TestOciReader)
#include "tst_ocireader.moc"

#include "rootfstree.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// `cbw` against the real OCI tools of Debian: umoci builds the images and unpacks the
// reference filesystems, skopeo converts them to the other transports. umoci and skopeo are
// installed by scripts/setup-deps.sh, so a missing tool is a failure, never a skip.
namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runProgram(const QString &program, const QStringList &arguments, int timeoutMs = 60000)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted())
        return {-3, {}, process.errorString().toUtf8()};
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {-4, {}, "timed out"};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

Run cbw(const QStringList &arguments)
{
    return runProgram(QStringLiteral(CBW_CLI_PATH), arguments);
}

QString describe(const Run &run)
{
    return QStringLiteral("exit %1, stderr: %2").arg(run.exitCode).arg(QString::fromUtf8(run.err));
}

QJsonObject readJsonObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString blobPath(const QString &layout, const QString &digest)
{
    return layout + QStringLiteral("/blobs/sha256/") + digest.section(QLatin1Char(':'), 1);
}

// The first path of a `cbw ls` listing that does not sort after the one before it (byte
// order), or an empty string.
QString firstPathOutOfOrder(const QByteArray &listing)
{
    QByteArray previous;
    for (const QByteArray &line : listing.split('\n')) {
        // TYPE MODE UID:GID SIZE PATH[ -> TARGET]: the path starts after the fourth space.
        qsizetype start = 0;
        for (int field = 0; field < 4 && start >= 0; ++field)
            start = line.indexOf(' ', start) < 0 ? -1 : line.indexOf(' ', start) + 1;
        if (start < 0)
            continue;
        QByteArray path = line.mid(start);
        if (line.startsWith('l') || line.startsWith('h'))
            path.truncate(path.indexOf(" -> "));
        if (!previous.isEmpty() && !(previous < path))
            return QString::fromUtf8(path);
        previous = path;
    }
    return {};
}

// `cbw extract` leaves ownership to the user running it and drops setuid/setgid, so those
// are the two things an extracted tree is not compared on.
RootfsTree asExtractedByUser(RootfsTree tree)
{
    for (RootfsEntry &entry : tree) {
        entry.uid = 0;
        entry.gid = 0;
        entry.mode &= ~06000u;
    }
    return tree;
}

} // namespace

class TestOciInterop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mergedTreeMatchesUmociUnpack_data();
    void mergedTreeMatchesUmociUnpack();
    void verifyAcceptsIntactImages_data();
    void verifyAcceptsIntactImages();
    void verifyNamesTamperedBlob_data();
    void verifyNamesTamperedBlob();
    void inspectAgreesWithManifestAndDecompressors_data();
    void inspectAgreesWithManifestAndDecompressors();
    void extractedSubtreeMatchesUmociUnpack_data();
    void extractedSubtreeMatchesUmociUnpack();
    void diffMatchesUnpackedTrees_data();
    void diffMatchesUnpackedTrees();
    void layerListingMatchesGnuTar_data();
    void layerListingMatchesGnuTar();

private:
    void addImageRows();
    QString path(const QString &relative) const { return m_dir.path() + u'/' + relative; }

    QTemporaryDir m_dir;
};

void TestOciInterop::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString bash = QStandardPaths::findExecutable(QStringLiteral("bash"));
    QVERIFY2(!bash.isEmpty(), "bash not found");
    const Run build =
        runProgram(bash,
                   {QStringLiteral(CBW_SOURCE_DIR "/tests/integration/oci/build-interop-images.sh"),
                    m_dir.path()},
                   120000);
    QVERIFY2(build.exitCode == 0,
             qPrintable(QStringLiteral("building the images with umoci/skopeo failed: ") +
                        describe(build) + QString::fromUtf8(build.out)));
}

// Every transport holds the same final image; each row names the image as a user would and
// the `umoci unpack` of the gzip original it must equal.
void TestOciInterop::addImageRows()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("reference");
    const QString opaque = path(QStringLiteral("ref-opaque/rootfs"));
    QTest::newRow("layout tag before the opaque layer")
        << path(QStringLiteral("img:l2")) << path(QStringLiteral("ref-l2/rootfs"));
    QTest::newRow("layout tag with opaque whiteout")
        << path(QStringLiteral("img:opaque")) << opaque;
    QTest::newRow("oci: prefix with tag")
        << QStringLiteral("oci:") + path(QStringLiteral("img:opaque")) << opaque;
    QTest::newRow("single-manifest layout without tag") << path(QStringLiteral("single")) << opaque;
    QTest::newRow("oci-archive") << path(QStringLiteral("image.oci.tar")) << opaque;
    QTest::newRow("oci-archive: prefix with tag")
        << QStringLiteral("oci-archive:") + path(QStringLiteral("image.oci.tar:opaque")) << opaque;
    QTest::newRow("docker-archive") << path(QStringLiteral("image.docker.tar")) << opaque;
    QTest::newRow("docker-archive: prefix")
        << QStringLiteral("docker-archive:") + path(QStringLiteral("image.docker.tar")) << opaque;
    QTest::newRow("zstd layers (skopeo)") << path(QStringLiteral("zstd")) << opaque;
}

void TestOciInterop::mergedTreeMatchesUmociUnpack_data()
{
    addImageRows();
}

void TestOciInterop::mergedTreeMatchesUmociUnpack()
{
    QFETCH(QString, image);
    QFETCH(QString, reference);

    QString error;
    const RootfsTree expected = rootfsTreeFromDirectory(reference, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(expected.size() > 15, "the reference unpack is implausibly small");

    const Run ls = cbw({QStringLiteral("ls"), image, QStringLiteral("--merged")});
    QVERIFY2(ls.exitCode == 0, qPrintable(describe(ls)));
    const RootfsTree actual = rootfsTreeFromListing(ls.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString unsorted = firstPathOutOfOrder(ls.out);
    QVERIFY2(unsorted.isEmpty(), qPrintable(QStringLiteral("not sorted by path at ") + unsorted));

    const QStringList differences = compareTrees(expected, actual);
    QVERIFY2(differences.isEmpty(),
             qPrintable(QStringLiteral("cbw ls --merged differs from umoci unpack:\n") +
                        differences.mid(0, 40).join(u'\n')));
}

void TestOciInterop::verifyAcceptsIntactImages_data()
{
    addImageRows();
}

void TestOciInterop::verifyAcceptsIntactImages()
{
    QFETCH(QString, image);
    const Run verify = cbw({QStringLiteral("verify"), image});
    QVERIFY2(verify.exitCode == 0, qPrintable(describe(verify) + QString::fromUtf8(verify.out)));
}

void TestOciInterop::verifyNamesTamperedBlob_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("flipped byte in a layer blob") << QStringLiteral("tampered-layer-byte");
    QTest::newRow("wrong layer size in the manifest") << QStringLiteral("tampered-layer-size");
    QTest::newRow("wrong diff_id in the config") << QStringLiteral("tampered-diff-id");
}

void TestOciInterop::verifyNamesTamperedBlob()
{
    QFETCH(QString, name);
    QFile expectFile(path(name + QStringLiteral(".expect")));
    QVERIFY(expectFile.open(QIODevice::ReadOnly));
    const QByteArray badBlob = expectFile.readAll().trimmed();
    QVERIFY(badBlob.startsWith("sha256:"));

    const Run verify = cbw({QStringLiteral("verify"), path(name)});
    const QByteArray output = verify.out + verify.err;
    QVERIFY2(verify.exitCode == 1, qPrintable(describe(verify)));
    // Either the full digest or its hex part must be named; a bare "verification failed" is
    // useless to someone holding a layout with dozens of blobs.
    QVERIFY2(output.contains(badBlob.mid(7)),
             qPrintable(QStringLiteral("message does not name %1: %2")
                            .arg(QString::fromLatin1(badBlob), QString::fromUtf8(output))));
}

void TestOciInterop::inspectAgreesWithManifestAndDecompressors_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("layout");
    QTest::addColumn<QString>("decompressor");
    QTest::newRow("gzip layout") << path(QStringLiteral("single")) << path(QStringLiteral("single"))
                                 << QStringLiteral("gzip");
    QTest::newRow("zstd layout") << path(QStringLiteral("zstd")) << path(QStringLiteral("zstd"))
                                 << QStringLiteral("zstd");
}

// The layer figures of `cbw inspect --json` must be those of the manifest and config skopeo
// wrote, and the diff_id / uncompressed size must be what the system's gzip or zstd makes of
// the blob, so a shared misreading of the JSON cannot hide.
void TestOciInterop::inspectAgreesWithManifestAndDecompressors()
{
    QFETCH(QString, image);
    QFETCH(QString, layout);
    QFETCH(QString, decompressor);

    const QJsonObject index = readJsonObject(layout + QStringLiteral("/index.json"));
    const QString manifestDigest =
        index.value(u"manifests").toArray().at(0).toObject().value(u"digest").toString();
    const QJsonObject manifest = readJsonObject(blobPath(layout, manifestDigest));
    const QJsonArray manifestLayers = manifest.value(u"layers").toArray();
    const QJsonObject config = readJsonObject(
        blobPath(layout, manifest.value(u"config").toObject().value(u"digest").toString()));
    const QJsonArray diffIds = config.value(u"rootfs").toObject().value(u"diff_ids").toArray();
    QCOMPARE(manifestLayers.size(), 3);
    QCOMPARE(diffIds.size(), 3);

    const Run inspect = cbw({QStringLiteral("inspect"), image, QStringLiteral("--json")});
    QVERIFY2(inspect.exitCode == 0, qPrintable(describe(inspect)));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(inspect.out, &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    const QJsonArray layers = document.object().value(u"layers").toArray();
    QCOMPARE(layers.size(), manifestLayers.size());

    for (qsizetype i = 0; i < layers.size(); ++i) {
        const QJsonObject ours = layers.at(i).toObject();
        const QJsonObject theirs = manifestLayers.at(i).toObject();
        const QString digest = theirs.value(u"digest").toString();
        QCOMPARE(ours.value(u"digest").toString(), digest);
        QCOMPARE(ours.value(u"diff_id").toString(), diffIds.at(i).toString());
        QCOMPARE(ours.value(u"mediaType").toString(), theirs.value(u"mediaType").toString());
        QCOMPARE(ours.value(u"compressedSize").toInteger(), theirs.value(u"size").toInteger());

        const Run inflate =
            runProgram(decompressor, {QStringLiteral("-dc"), blobPath(layout, digest)});
        QVERIFY2(inflate.exitCode == 0, qPrintable(describe(inflate)));
        QCOMPARE(ours.value(u"uncompressedSize").toInteger(), qint64(inflate.out.size()));
        QCOMPARE(
            ours.value(u"diff_id").toString(),
            QStringLiteral("sha256:") +
                QString::fromLatin1(
                    QCryptographicHash::hash(inflate.out, QCryptographicHash::Sha256).toHex()));
    }
}

void TestOciInterop::extractedSubtreeMatchesUmociUnpack_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("item");
    const QString layout = path(QStringLiteral("img:opaque"));
    const QString docker =
        QStringLiteral("docker-archive:") + path(QStringLiteral("image.docker.tar"));
    const QString zstd = path(QStringLiteral("zstd"));
    QTest::newRow("layout /etc (opaque dir, symlinks)") << layout << QStringLiteral("/etc");
    QTest::newRow("layout /usr (setuid, setgid)") << layout << QStringLiteral("/usr");
    QTest::newRow("docker-archive /srv") << docker << QStringLiteral("/srv");
    QTest::newRow("zstd /etc") << zstd << QStringLiteral("/etc");
}

void TestOciInterop::extractedSubtreeMatchesUmociUnpack()
{
    QFETCH(QString, image);
    QFETCH(QString, item);
    QTemporaryDir destination;
    QVERIFY(destination.isValid());

    const Run extract =
        cbw({QStringLiteral("extract"), image, item, QStringLiteral("--to"), destination.path()});
    QVERIFY2(extract.exitCode == 0, qPrintable(describe(extract)));

    QString error;
    const RootfsTree expected = asExtractedByUser(
        rootfsTreeFromDirectory(path(QStringLiteral("ref-opaque/rootfs")) + item, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!expected.isEmpty());
    const QString extracted = destination.path() + u'/' + item.section(u'/', -1);
    const RootfsTree actual = asExtractedByUser(rootfsTreeFromDirectory(extracted, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QStringList differences = compareTrees(expected, actual);
    QVERIFY2(differences.isEmpty(),
             qPrintable(QStringLiteral("cbw extract differs from umoci unpack:\n") +
                        differences.mid(0, 40).join(u'\n')));
}

void TestOciInterop::diffMatchesUnpackedTrees_data()
{
    QTest::addColumn<QString>("imageA");
    QTest::addColumn<QString>("imageB");
    QTest::addColumn<QString>("rootfsA");
    QTest::addColumn<QString>("rootfsB");
    const QString l2 = path(QStringLiteral("ref-l2/rootfs"));
    const QString opaque = path(QStringLiteral("ref-opaque/rootfs"));
    QTest::newRow("before to after the opaque layer")
        << path(QStringLiteral("img:l2")) << path(QStringLiteral("img:opaque")) << l2 << opaque;
    QTest::newRow("after to before the opaque layer (docker-archive)")
        << path(QStringLiteral("image.docker.tar")) << path(QStringLiteral("img:l2")) << opaque
        << l2;
    // Same files, other compression: content must compare equal across gzip and zstd.
    QTest::newRow("gzip to zstd copy")
        << path(QStringLiteral("single")) << path(QStringLiteral("zstd")) << opaque << opaque;
}

// `cbw diff` against the difference of the two `umoci unpack` trees, contents included.
void TestOciInterop::diffMatchesUnpackedTrees()
{
    QFETCH(QString, imageA);
    QFETCH(QString, imageB);
    QFETCH(QString, rootfsA);
    QFETCH(QString, rootfsB);

    QString error;
    const RootfsTree before = rootfsTreeFromDirectory(rootfsA, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const RootfsTree after = rootfsTreeFromDirectory(rootfsB, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QMap<QString, char> expected = changedPaths(before, after);
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        if ((it->type != 'f' && it->type != 'h') || expected.contains(it.key()))
            continue;
        QFile oldFile(rootfsA + it.key());
        QFile newFile(rootfsB + it.key());
        QVERIFY(oldFile.open(QIODevice::ReadOnly) && newFile.open(QIODevice::ReadOnly));
        if (oldFile.readAll() != newFile.readAll())
            expected.insert(it.key(), '~');
    }

    const Run diff = cbw({QStringLiteral("diff"), imageA, imageB});
    QVERIFY2(diff.exitCode == 0, qPrintable(describe(diff)));
    QMap<QString, char> actual;
    for (const QByteArray &line : diff.out.split('\n')) {
        // "+ PATH", "- PATH", "~ PATH (fields)"; the closing summary line is none of these.
        if (line.size() < 3 || !QByteArrayView("+-~").contains(line.at(0)) || line.at(1) != ' ' ||
            line.at(2) != '/')
            continue;
        QByteArray changedPath = line.mid(2);
        if (line.at(0) == '~' && changedPath.endsWith(')'))
            changedPath.truncate(changedPath.lastIndexOf(" ("));
        actual.insert(QString::fromUtf8(changedPath), line.at(0));
    }
    QStringList differences;
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
        if (actual.value(it.key()) != it.value())
            differences.append(QStringLiteral("%1: expected %2, cbw says %3")
                                   .arg(it.key())
                                   .arg(QLatin1Char(it.value()))
                                   .arg(actual.contains(it.key())
                                            ? QString(QLatin1Char(actual.value(it.key())))
                                            : QStringLiteral("nothing")));
    }
    for (auto it = actual.constBegin(); it != actual.constEnd(); ++it) {
        if (!expected.contains(it.key()))
            differences.append(QStringLiteral("%1: cbw says %2, the unpacked trees agree")
                                   .arg(it.key())
                                   .arg(QLatin1Char(it.value())));
    }
    QVERIFY2(differences.isEmpty(),
             qPrintable(differences.join(u'\n') + QStringLiteral("\ncbw diff printed:\n") +
                        QString::fromUtf8(diff.out)));
    if (rootfsA == rootfsB)
        QVERIFY2(diff.out.contains("0 added, 0 removed, 0 changed"), diff.out.constData());
}

void TestOciInterop::layerListingMatchesGnuTar_data()
{
    QTest::addColumn<QString>("layout");
    QTest::addColumn<int>("layer");
    for (const QString &layout : {QStringLiteral("single"), QStringLiteral("zstd")}) {
        for (int layer = 0; layer < 3; ++layer)
            QTest::addRow("%s layer %d", qPrintable(layout), layer) << layout << layer;
    }
}

// `cbw ls --layer N` lists exactly the names GNU tar finds in the blob, less whiteout markers.
void TestOciInterop::layerListingMatchesGnuTar()
{
    QFETCH(QString, layout);
    QFETCH(int, layer);
    const QJsonObject index = readJsonObject(path(layout + QStringLiteral("/index.json")));
    const QJsonObject manifest = readJsonObject(
        blobPath(path(layout),
                 index.value(u"manifests").toArray().at(0).toObject().value(u"digest").toString()));
    const QString blob = blobPath(
        path(layout),
        manifest.value(u"layers").toArray().at(layer).toObject().value(u"digest").toString());

    const Run tar = runProgram(QStringLiteral("tar"), {QStringLiteral("-tf"), blob});
    QVERIFY2(tar.exitCode == 0, qPrintable(describe(tar)));
    QStringList expected;
    for (const QByteArray &line : tar.out.split('\n')) {
        QString name = QString::fromUtf8(line);
        if (name.startsWith(QStringLiteral("./")))
            name.remove(0, 2);
        while (name.endsWith(u'/'))
            name.chop(1);
        if (name.isEmpty() || name == QStringLiteral(".") ||
            name.section(u'/', -1).startsWith(QStringLiteral(".wh.")))
            continue;
        expected.append(u'/' + name);
    }
    expected.sort();
    QVERIFY(!expected.isEmpty());

    const Run ls = cbw(
        {QStringLiteral("ls"), path(layout), QStringLiteral("--layer"), QString::number(layer)});
    QVERIFY2(ls.exitCode == 0, qPrintable(describe(ls)));
    QString error;
    const RootfsTree listed = rootfsTreeFromListing(ls.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(listed.keys(), expected);
}

QTEST_GUILESS_MAIN(TestOciInterop)
#include "tst_ociinterop.moc"

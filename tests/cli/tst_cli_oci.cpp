#include "../core/oci/ocitestimage.h"
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Runs the built `cbw` on images made in the test: inspect, ls, verify, diff, extract.
using namespace cbw::test;
using cbw::core::oci::Compression;
using cbw::core::oci::Digest;

namespace {

TestImage baseImage()
{
    TestImage image;
    image.layers.append(makeLayer(
        {dir("etc"), file("etc/passwd", "root:x:0:0\n"), file("etc/old", "old!"), dir("usr"),
         dir("usr/bin"), file("usr/bin/su", "SU", 04755), hardlink("usr/bin/su2", "usr/bin/su"),
         slink("usr/bin/sh", "busybox"), special("null", 'c')},
        Compression::Gzip, QStringLiteral("ADD base /")));
    image.layers.append(makeLayer(
        {dir("etc"), file("etc/passwd", "root:x:0:0\nme:x:1:1\n"), whiteout("etc", "old")},
        Compression::Zstd, QStringLiteral("RUN adduser me")));
    return image;
}

} // namespace

class TestCliOci : public QObject
{
    Q_OBJECT

private slots:
    void lsMerged();
    void lsLayer();
    void inspectJson();
    void inspectText();
    void verifyExitCodes_data();
    void verifyExitCodes();
    void platformOption();
    void verifyAll();
    void diff();
    void extract();
};

void TestCliOci::lsMerged()
{
    QTemporaryDir tmp;
    LayoutWriter::writeSingle(tmp.path(), baseImage());
    const CliRun run = runCbw({QStringLiteral("ls"), tmp.path(), QStringLiteral("--merged")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("d 0755 0:0 0 /etc\n"
                                     "f 0644 0:0 20 /etc/passwd\n"
                                     "c 0600 0:0 0 /null\n"
                                     "d 0755 0:0 0 /usr\n"
                                     "d 0755 0:0 0 /usr/bin\n"
                                     "l 0777 0:0 0 /usr/bin/sh -> busybox\n"
                                     "f 4755 0:0 2 /usr/bin/su\n"
                                     "h 4755 0:0 2 /usr/bin/su2 -> /usr/bin/su\n"));
    // No option means merged too.
    QCOMPARE(runCbw({QStringLiteral("ls"), tmp.path()}).out, run.out);
}

void TestCliOci::lsLayer()
{
    QTemporaryDir tmp;
    LayoutWriter::writeSingle(tmp.path(), baseImage());
    const CliRun top =
        runCbw({QStringLiteral("ls"), tmp.path(), QStringLiteral("--layer"), QStringLiteral("1")});
    QCOMPARE(top.exitCode, 0);
    QCOMPARE(top.out, QStringLiteral("d 0755 0:0 0 /etc\nf 0644 0:0 20 /etc/passwd\n"));
    const CliRun bottom = runCbw({QStringLiteral("ls"), tmp.path(), QStringLiteral("--layer=0")});
    QVERIFY(bottom.out.contains(QLatin1String("f 0644 0:0 4 /etc/old\n")));
    QCOMPARE(
        runCbw({QStringLiteral("ls"), tmp.path(), QStringLiteral("--layer"), QStringLiteral("2")})
            .exitCode,
        2);
    QCOMPARE(runCbw({QStringLiteral("ls"), tmp.path(), QStringLiteral("--layer=1"),
                     QStringLiteral("--merged")})
                 .exitCode,
             2);
}

void TestCliOci::inspectJson()
{
    QTemporaryDir tmp;
    const TestImage image = baseImage();
    LayoutWriter::writeSingle(tmp.path(), image, QStringLiteral("v2"));
    const CliRun run = runCbw(
        {QStringLiteral("inspect"), tmp.path() + QStringLiteral(":v2"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("kind")).toString(), QStringLiteral("oci-layout"));
    QCOMPARE(root.value(QStringLiteral("tag")).toString(), QStringLiteral("v2"));
    const QJsonObject config = root.value(QStringLiteral("config")).toObject();
    QCOMPARE(config.value(QStringLiteral("entrypoint")).toArray().first().toString(),
             QStringLiteral("/bin/app"));
    QCOMPARE(config.value(QStringLiteral("labels"))
                 .toObject()
                 .value(QStringLiteral("org.example.name"))
                 .toString(),
             QStringLiteral("demo"));
    QCOMPARE(config.value(QStringLiteral("history")).toArray().size(), 3);
    const QJsonArray layers = root.value(QStringLiteral("layers")).toArray();
    QCOMPARE(layers.size(), 2);
    const QJsonObject top = layers[1].toObject();
    QCOMPARE(top.value(QStringLiteral("digest")).toString(), image.layers[1].digest.toString());
    QCOMPARE(top.value(QStringLiteral("diff_id")).toString(), image.layers[1].diffId.toString());
    QCOMPARE(top.value(QStringLiteral("mediaType")).toString(),
             QStringLiteral("application/vnd.oci.image.layer.v1.tar+zstd"));
    QCOMPARE(top.value(QStringLiteral("compressedSize")).toInteger(), image.layers[1].blob.size());
    QVERIFY(top.value(QStringLiteral("uncompressedSize")).toInteger() >= 1024);
    QCOMPARE(top.value(QStringLiteral("created_by")).toString(), QStringLiteral("RUN adduser me"));
    QCOMPARE(top.value(QStringLiteral("modifiedCount")).toInt(), 2);
    QCOMPARE(top.value(QStringLiteral("modifiedBytes")).toInt(), 20);
    QCOMPARE(top.value(QStringLiteral("removedCount")).toInt(), 1);
    QCOMPARE(top.value(QStringLiteral("removedBytes")).toInt(), 4);
    const QJsonObject efficiency = root.value(QStringLiteral("efficiency")).toObject();
    // passwd 11 + 20 (min 11); old 4 + whiteout 0 (min 0); su 2: total 37, minimum 13.
    QCOMPARE(efficiency.value(QStringLiteral("totalBytes")).toInt(), 37);
    QCOMPARE(efficiency.value(QStringLiteral("minimumBytes")).toInt(), 13);
    QCOMPARE(efficiency.value(QStringLiteral("wastedBytes")).toInt(), 15);
    const QJsonArray wasted = efficiency.value(QStringLiteral("wasted")).toArray();
    QCOMPARE(wasted.size(), 2);
    QCOMPARE(wasted[0].toObject().value(QStringLiteral("path")).toString(),
             QStringLiteral("/etc/passwd"));
    QCOMPARE(wasted[1].toObject().value(QStringLiteral("path")).toString(),
             QStringLiteral("/etc/old"));
    QVERIFY(wasted[1].toObject().value(QStringLiteral("removed")).toBool());
}

void TestCliOci::inspectText()
{
    QTemporaryDir tmp;
    const QString archive = tmp.filePath(QStringLiteral("d.tar"));
    writeDockerArchive(archive, baseImage(), QStringLiteral("demo:1"));
    const CliRun run = runCbw({QStringLiteral("inspect"), archive});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QLatin1String("(docker-archive) tag demo:1")));
    QVERIFY(run.out.contains(QLatin1String("RUN adduser me")));
    QVERIFY(run.out.contains(QLatin1String("Efficiency: ")));
}

void TestCliOci::verifyExitCodes_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("intact layout") << "layout" << 0 << "ok (2 layers";
    QTest::newRow("intact oci archive") << "oci-archive" << 0 << "ok (2 layers";
    QTest::newRow("intact docker archive") << "docker-archive" << 0 << "ok (2 layers";
    QTest::newRow("tampered layer") << "tamper" << 1 << "digest mismatch";
    QTest::newRow("missing blob") << "missing" << 1 << "missing blob";
    QTest::newRow("unknown tag") << "tag" << 2 << "no image tagged";
    QTest::newRow("no such path") << "nothing" << 2 << "no such file";
    QTest::newRow("docker transport") << "remote" << 2 << "not supported";
    QTest::newRow("bad platform text") << "platform-text" << 2 << "not a platform";
}

void TestCliOci::verifyExitCodes()
{
    QFETCH(QString, setup);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QTemporaryDir tmp;
    const TestImage image = baseImage();
    const QString layout = tmp.filePath(QStringLiteral("layout"));
    LayoutWriter::writeSingle(layout, image);
    QStringList arguments{QStringLiteral("verify"), layout};
    if (setup == QLatin1String("oci-archive")) {
        tarDirectory(layout, tmp.filePath(QStringLiteral("a.tar")));
        arguments[1] = QStringLiteral("oci-archive:") + tmp.filePath(QStringLiteral("a.tar"));
    } else if (setup == QLatin1String("docker-archive")) {
        writeDockerArchive(tmp.filePath(QStringLiteral("d.tar")), image, QStringLiteral("x:y"));
        arguments[1] = tmp.filePath(QStringLiteral("d.tar"));
    } else if (setup == QLatin1String("tamper")) {
        QFile blob(LayoutWriter(layout).blobPath(image.layers[0].digest));
        QVERIFY(blob.open(QIODevice::ReadWrite));
        QByteArray bytes = blob.readAll();
        bytes[20] = char(bytes[20] ^ 0x40);
        blob.seek(0);
        blob.write(bytes);
    } else if (setup == QLatin1String("missing")) {
        QVERIFY(QFile::remove(LayoutWriter(layout).blobPath(image.layers[1].digest)));
    } else if (setup == QLatin1String("tag")) {
        arguments[1] = layout + QStringLiteral(":nope");
    } else if (setup == QLatin1String("nothing")) {
        arguments[1] = tmp.filePath(QStringLiteral("absent"));
    } else if (setup == QLatin1String("remote")) {
        arguments[1] = QStringLiteral("docker://busybox:latest");
    } else if (setup == QLatin1String("platform-text")) {
        arguments << QStringLiteral("--platform") << QStringLiteral("amd64");
    }
    const CliRun run = runCbw(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(QString(run.out + run.err).contains(message), qPrintable(run.out + run.err));
    if (setup == QLatin1String("tamper"))
        QVERIFY2(run.err.contains(QString::fromLatin1(image.layers[0].digest.hex)),
                 qPrintable(run.err));
}

void TestCliOci::platformOption()
{
    QTemporaryDir tmp;
    LayoutWriter writer(tmp.path());
    QJsonArray manifests;
    for (const char *arch : {"arm64", "riscv64"}) {
        TestImage image;
        image.architecture = QString::fromLatin1(arch);
        image.layers.append(makeLayer({file(QByteArray("only-") + arch, "")}));
        manifests.append(writer.addImage(image));
    }
    writer.writeIndex(manifests);
    const CliRun arm = runCbw({QStringLiteral("ls"), tmp.path(), QStringLiteral("--platform"),
                               QStringLiteral("linux/arm64")});
    QCOMPARE(arm.exitCode, 0);
    QCOMPARE(arm.out, QStringLiteral("f 0644 0:0 0 /only-arm64\n"));
    const CliRun risc =
        runCbw({QStringLiteral("ls"), tmp.path(), QStringLiteral("--platform=linux/riscv64")});
    QCOMPARE(risc.out, QStringLiteral("f 0644 0:0 0 /only-riscv64\n"));
    // Neither is the host's (amd64 or otherwise): the user has to choose.
    const CliRun none =
        runCbw({QStringLiteral("ls"), tmp.path(), QStringLiteral("--platform=linux/s390x")});
    QCOMPARE(none.exitCode, 2);
    QVERIFY(none.err.contains(QLatin1String("linux/arm64")));
}

void TestCliOci::verifyAll()
{
    QTemporaryDir tmp;
    LayoutWriter writer(tmp.path());
    QJsonArray manifests;
    QList<TestImage> images;
    for (const char *arch : {"s390x", "riscv64"}) {
        TestImage image;
        image.architecture = QString::fromLatin1(arch);
        image.layers.append(makeLayer({file(QByteArray("only-") + arch, arch)}));
        manifests.append(writer.addImage(image));
        images.append(image);
    }
    writer.writeIndex(manifests);
    const CliRun good = runCbw({QStringLiteral("verify"), tmp.path(), QStringLiteral("--all")});
    QCOMPARE(good.exitCode, 0);
    QCOMPARE(good.out.count(QLatin1String(": ok (1 layers)")), 2);
    QVERIFY(good.out.contains(QLatin1String("linux/riscv64")));
    // Without --all neither image is the host's, so the user has to choose.
    QCOMPARE(runCbw({QStringLiteral("verify"), tmp.path()}).exitCode, 2);
    QFile blob(writer.blobPath(images[1].layers[0].digest));
    QVERIFY(blob.open(QIODevice::Append));
    blob.write("x");
    blob.close();
    const CliRun bad = runCbw({QStringLiteral("verify"), tmp.path(), QStringLiteral("--all")});
    QCOMPARE(bad.exitCode, 1);
    QCOMPARE(bad.out.count(QLatin1String(": ok (1 layers)")), 1);
    QVERIFY2(bad.err.contains(QLatin1String("linux/riscv64")) &&
                 bad.err.contains(QString::fromLatin1(images[1].layers[0].digest.hex)),
             qPrintable(bad.err));
}

void TestCliOci::diff()
{
    QTemporaryDir tmp;
    const TestImage a = baseImage();
    TestImage b = baseImage();
    b.layers.append(makeLayer({dir("etc"), file("etc/passwd", "root:x:0:0\nME:x:1:1\n"),
                               file("etc/new", "n"), whiteout("usr/bin", "sh")}));
    LayoutWriter::writeSingle(tmp.filePath(QStringLiteral("a")), a);
    LayoutWriter::writeSingle(tmp.filePath(QStringLiteral("b")), b);
    const CliRun text = runCbw({QStringLiteral("diff"), tmp.filePath(QStringLiteral("a")),
                                tmp.filePath(QStringLiteral("b"))});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(
        text.out.startsWith(QStringLiteral("+ /etc/new\n~ /etc/passwd (content)\n- /usr/bin/sh\n")),
        qPrintable(text.out));
    QVERIFY(text.out.contains(QStringLiteral("download %1 B").arg(b.layers[2].blob.size())) ||
            text.out.contains(QStringLiteral("(%1 bytes)").arg(b.layers[2].blob.size())));
    const CliRun json = runCbw({QStringLiteral("diff"), tmp.filePath(QStringLiteral("a")),
                                tmp.filePath(QStringLiteral("b")), QStringLiteral("--json")});
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("downloadBytes")).toInteger(), b.layers[2].blob.size());
    QCOMPARE(root.value(QStringLiteral("added")).toInt(), 1);
    QCOMPARE(root.value(QStringLiteral("removed")).toInt(), 1);
    QCOMPARE(root.value(QStringLiteral("changed")).toInt(), 1);
    const QJsonObject changed = root.value(QStringLiteral("paths")).toArray()[1].toObject();
    QCOMPARE(changed.value(QStringLiteral("fields")).toArray().first().toString(),
             QStringLiteral("content"));
    QCOMPARE(
        changed.value(QStringLiteral("after")).toObject().value(QStringLiteral("layer")).toInt(),
        2);
    QCOMPARE(root.value(QStringLiteral("layersOnlyInB")).toArray().size(), 1);
}

void TestCliOci::extract()
{
    QTemporaryDir tmp;
    LayoutWriter::writeSingle(tmp.filePath(QStringLiteral("img")), baseImage());
    const QString out = tmp.filePath(QStringLiteral("out"));
    const CliRun merged = runCbw({QStringLiteral("extract"), tmp.filePath(QStringLiteral("img")),
                                  QStringLiteral("/etc"), QStringLiteral("--to"), out});
    QCOMPARE(merged.exitCode, 0);
    QFile passwd(out + QStringLiteral("/etc/passwd"));
    QVERIFY(passwd.open(QIODevice::ReadOnly));
    QCOMPARE(passwd.readAll(), QByteArray("root:x:0:0\nme:x:1:1\n"));
    QVERIFY(!QFile::exists(out + QStringLiteral("/etc/old")));
    const QString layerOut = tmp.filePath(QStringLiteral("layer0"));
    const CliRun layer = runCbw({QStringLiteral("extract"), tmp.filePath(QStringLiteral("img")),
                                 QStringLiteral("etc/old"), QStringLiteral("--to"), layerOut,
                                 QStringLiteral("--layer"), QStringLiteral("0")});
    QCOMPARE(layer.exitCode, 0);
    QVERIFY(QFile::exists(layerOut + QStringLiteral("/old")));
    const CliRun traversal = runCbw({QStringLiteral("extract"), tmp.filePath(QStringLiteral("img")),
                                     QStringLiteral("../x"), QStringLiteral("--to"), out});
    QCOMPARE(traversal.exitCode, 1);
    QCOMPARE(runCbw({QStringLiteral("extract"), tmp.filePath(QStringLiteral("img")),
                     QStringLiteral("/etc")})
                 .exitCode,
             2);
}

QTEST_GUILESS_MAIN(TestCliOci)
#include "tst_cli_oci.moc"

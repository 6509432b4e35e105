#include "ocitestimage.h"

#include "oci/extractor.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace cbw::core;
using namespace cbw::core::oci;
using namespace cbw::test;

namespace {

LoadedImage loadImage(const QTemporaryDir &tmp)
{
    TestImage image;
    image.layers.append(
        makeLayer({dir("etc"), file("etc/passwd", "root:x:0:0\n"), file("etc/old", "old"),
                   dir("bin"), file("bin/busybox", "BB", 04755), hardlink("bin/sh", "bin/busybox"),
                   slink("bin/ls", "/bin/busybox"), dir("dev"), special("dev/null", 'c'),
                   special("dev/fifo", 'p')}));
    image.layers.append(makeLayer({dir("etc"), file("etc/passwd", "root:x:0:0\nuser:x:1000:1000\n"),
                                   whiteout("etc", "old")}));
    const QString path = tmp.filePath(QStringLiteral("img"));
    LayoutWriter::writeSingle(path, image);
    auto loaded = ImageLoader::load(*ImageReference::parse(path), {});
    if (!loaded.ok())
        qFatal("%s", qPrintable(loaded.error().message));
    return *loaded;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

} // namespace

class TestOciExtract : public QObject
{
    Q_OBJECT

private slots:
    void mergedFile();
    void layerFile();
    void mergedDirectory();
    void wholeImage();
    void refusals_data();
    void refusals();
    void symlinkInDestinationIsNotFollowed();
};

void TestOciExtract::mergedFile()
{
    QTemporaryDir tmp;
    const LoadedImage image = loadImage(tmp);
    QTemporaryDir out;
    const auto summary = extractFromImage(image, {QStringLiteral("/etc/passwd"), {}, out.path()});
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().message));
    QCOMPARE(readAll(out.filePath(QStringLiteral("passwd"))),
             QByteArray("root:x:0:0\nuser:x:1000:1000\n"));
    QCOMPARE(summary->files, 1);
}

void TestOciExtract::layerFile()
{
    QTemporaryDir tmp;
    const LoadedImage image = loadImage(tmp);
    QTemporaryDir out;
    const auto summary = extractFromImage(image, {QStringLiteral("etc/passwd"), 0, out.path()});
    QVERIFY(summary.ok());
    QCOMPARE(readAll(out.filePath(QStringLiteral("passwd"))), QByteArray("root:x:0:0\n"));
    // etc/old exists in layer 0 only.
    QVERIFY(extractFromImage(image, {QStringLiteral("/etc/old"), 0, out.path()}).ok());
    QVERIFY(!extractFromImage(image, {QStringLiteral("/etc/old"), {}, out.path()}).ok());
}

void TestOciExtract::mergedDirectory()
{
    QTemporaryDir tmp;
    const LoadedImage image = loadImage(tmp);
    QTemporaryDir out;
    const auto summary = extractFromImage(image, {QStringLiteral("/bin"), {}, out.path()});
    QVERIFY(summary.ok());
    const QString bin = out.filePath(QStringLiteral("bin"));
    QCOMPARE(readAll(bin + QStringLiteral("/busybox")), QByteArray("BB"));
    // setuid is dropped, the permission bits stay.
    QCOMPARE(QFileInfo(bin + QStringLiteral("/busybox")).permissions() & QFileDevice::ExeOwner,
             QFileDevice::ExeOwner);
    struct stat info;
    QCOMPARE(::stat(QFile::encodeName(bin + QStringLiteral("/busybox")).constData(), &info), 0);
    QCOMPARE(info.st_mode & 07777, mode_t(0755));
    QCOMPARE(info.st_nlink, nlink_t(2)); // bin/sh is a hardlink to it
    QCOMPARE(QFileInfo(bin + QStringLiteral("/ls")).symLinkTarget(),
             QStringLiteral("/bin/busybox"));
    QCOMPARE(summary->links, 2);
}

void TestOciExtract::wholeImage()
{
    QTemporaryDir tmp;
    const LoadedImage image = loadImage(tmp);
    QTemporaryDir out;
    const auto summary = extractFromImage(image, {QStringLiteral("/"), {}, out.path()});
    QVERIFY(summary.ok());
    QVERIFY(QFileInfo(out.filePath(QStringLiteral("etc/passwd"))).isFile());
    QVERIFY(!QFileInfo::exists(out.filePath(QStringLiteral("etc/old"))));
    QCOMPARE(summary->skipped.size(), 1); // dev/null needs root
    QVERIFY(summary->skipped.first().contains(QLatin1String("/dev/null")));
    struct stat info;
    QCOMPARE(
        ::lstat(QFile::encodeName(out.filePath(QStringLiteral("dev/fifo"))).constData(), &info), 0);
    QVERIFY(S_ISFIFO(info.st_mode));
}

void TestOciExtract::refusals_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("layer"); // -1: merged
    QTest::addColumn<QString>("expected");
    QTest::newRow("dot-dot") << "/etc/../../x" << -1 << "\"..\"";
    QTest::newRow("absent") << "/nothing" << -1 << "not in the image";
    QTest::newRow("absent in layer") << "/bin" << 1 << "not in layer 1";
    QTest::newRow("no such layer") << "/etc" << 7 << "does not exist";
}

void TestOciExtract::refusals()
{
    QFETCH(QString, path);
    QFETCH(int, layer);
    QFETCH(QString, expected);
    QTemporaryDir tmp;
    const LoadedImage image = loadImage(tmp);
    QTemporaryDir out;
    ExtractRequest request{path, {}, out.path()};
    if (layer >= 0)
        request.layer = layer;
    const auto summary = extractFromImage(image, request);
    QVERIFY(!summary.ok());
    QVERIFY2(summary.error().message.contains(expected), qPrintable(summary.error().message));
}

void TestOciExtract::symlinkInDestinationIsNotFollowed()
{
    QTemporaryDir tmp;
    const LoadedImage image = loadImage(tmp);
    QTemporaryDir out;
    QTemporaryDir elsewhere;
    // A link planted in the destination must not carry the extraction out of it.
    QVERIFY(QFile::link(elsewhere.path(), out.filePath(QStringLiteral("etc"))));
    const auto summary = extractFromImage(image, {QStringLiteral("/"), {}, out.path()});
    QVERIFY(!summary.ok());
    QVERIFY2(summary.error().message.contains(QLatin1String("symlink")) ||
                 summary.error().message.contains(QLatin1String("not a directory")),
             qPrintable(summary.error().message));
    QVERIFY(QDir(elsewhere.path()).isEmpty());
    // And an existing file is not overwritten.
    QTemporaryDir again;
    QFile existing(again.filePath(QStringLiteral("passwd")));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("mine");
    existing.close();
    QVERIFY(!extractFromImage(image, {QStringLiteral("/etc/passwd"), {}, again.path()}).ok());
    QCOMPARE(readAll(existing.fileName()), QByteArray("mine"));
}

QTEST_GUILESS_MAIN(TestOciExtract)
#include "tst_ociextract.moc"

#include "../oci/ocitestimage.h"
#include "layers/builtcomparison.h"
#include "layers/ocilayers.h"
#include "pkgdatafixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cbw::core;
using namespace cbw::core::layers;
using namespace cbw::core::oci;
using namespace cbw::test;

namespace {

LoadedImage loadImage(const QTemporaryDir &tmp, const QList<QList<TarItem>> &layers)
{
    TestImage image;
    for (const auto &items : layers)
        image.layers.append(makeLayer(items));
    const QString path = tmp.filePath(QStringLiteral("app-container-latest-oci"));
    LayoutWriter::writeSingle(path, image);
    auto loaded = ImageLoader::load(*ImageReference::parse(path), {});
    if (!loaded.ok())
        qFatal("cannot load the test image: %s", qPrintable(loaded.error().message));
    return *loaded;
}

QByteArray bytes(int n)
{
    return QByteArray(n, 'x');
}

// The image the class would build for "base:packages:base-files+base-passwd+netbase
// shell:packages:busybox": each layer holds its packages' files plus the package database.
QList<TarItem> baseLayer()
{
    return {dir("etc"),
            file("etc/hostname", bytes(10)),
            file("etc/shells", bytes(20)),
            file("etc/motd", {}),
            file("etc/passwd", bytes(300)),
            file("etc/group", bytes(200)),
            file("etc/services", bytes(1000)),
            file("etc/protocols", bytes(500)),
            file("var/lib/opkg/status", bytes(90))};
}

QList<TarItem> shellLayer(bool complete)
{
    QList<TarItem> items{dir("bin"), file("bin/busybox", bytes(700000)),
                         slink("bin/sh", "busybox")};
    if (complete)
        items.append(file("etc/shells", bytes(20)));
    return items;
}

} // namespace

class TstBuiltComparison final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void compare_data();
    void compare();
    void imageWithFewerLayers();

private:
    QTemporaryDir m_pkgdata;
    std::shared_ptr<const PkgdataIndex> m_index;
};

void TstBuiltComparison::initTestCase()
{
    QVERIFY(writePkgdata(m_pkgdata.path(), standardPackages()));
    m_index = PkgdataIndex::load(m_pkgdata.path());
}

void TstBuiltComparison::compare_data()
{
    QTest::addColumn<int>("baseLayers");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<QStringList>("shellOnlyInDesign");
    QTest::addColumn<bool>("matches");
    QTest::newRow("as designed") << 0 << true << QStringList{"layers.built-extra-files"}
                                 << QStringList() << true;
    QTest::newRow("a file the packages ship is missing")
        << 0 << false << QStringList{"layers.built-extra-files", "layers.built-missing-files"}
        << QStringList{"/etc/shells"} << false;
    QTest::newRow("two base layers below")
        << 2 << true << QStringList{"layers.built-extra-files"} << QStringList() << true;
}

void TstBuiltComparison::compare()
{
    QFETCH(int, baseLayers);
    QFETCH(bool, complete);
    QFETCH(QStringList, codes);
    QFETCH(QStringList, shellOnlyInDesign);
    QFETCH(bool, matches);

    LayerDesign design;
    design.recipeName = QStringLiteral("app-container");
    design.mode = LayerMode::Multi;
    design.layers = parseOciLayers(
        QStringLiteral("base:packages:base-files+base-passwd+netbase shell:packages:busybox"));
    PredictionContext context;
    context.pkgdata = m_index;
    const DesignPrediction prediction = predictDesign(design, context);

    QList<QList<TarItem>> layers;
    for (int i = 0; i < baseLayers; ++i)
        layers.append(QList<TarItem>{file(QByteArray("base") + QByteArray::number(i), bytes(7))});
    layers.append(baseLayer());
    layers.append(shellLayer(complete));
    QTemporaryDir tmp;
    const LoadedImage image = loadImage(tmp, layers);

    const BuiltComparison c = compareDesignWithBuilt(prediction, image, QStringLiteral("img"));
    QCOMPARE(c.imagePath, QStringLiteral("img"));
    QCOMPARE(c.designLayerCount, 2);
    QCOMPARE(c.imageLayerCount, 2 + baseLayers);
    QCOMPARE(c.baseLayerCount, baseLayers);
    QCOMPARE(c.layers.size(), 2 + baseLayers);
    for (int i = 0; i < baseLayers; ++i) {
        QCOMPARE(c.layers.at(i).designIndex, -1);
        QCOMPARE(c.layers.at(i).imageIndex, i);
        QCOMPARE(c.layers.at(i).builtSize, qint64(7));
    }
    const LayerComparison &base = c.layers.at(baseLayers);
    QCOMPARE(base.designIndex, 0);
    QCOMPARE(base.imageIndex, baseLayers);
    QCOMPARE(base.predictedSize, qint64(2030));
    QCOMPARE(base.builtSize, qint64(2120));
    QCOMPARE(base.onlyInImage, QStringList{"/var/lib/opkg/status"});
    QVERIFY(base.onlyInDesign.isEmpty());
    const LayerComparison &shell = c.layers.at(baseLayers + 1);
    QCOMPARE(shell.designIndex, 1);
    QCOMPARE(shell.imageIndex, baseLayers + 1);
    QCOMPARE(shell.onlyInDesign, shellOnlyInDesign);
    QVERIFY(shell.onlyInImage.isEmpty());

    QStringList seen;
    for (const Diagnostic &d : c.diagnostics)
        seen.append(d.code);
    seen.sort();
    seen.removeDuplicates();
    QCOMPARE(seen, codes);
    QCOMPARE(c.matches(), matches);
}

void TstBuiltComparison::imageWithFewerLayers()
{
    LayerDesign design;
    design.recipeName = QStringLiteral("app-container");
    design.mode = LayerMode::Multi;
    design.layers = parseOciLayers(
        QStringLiteral("base:packages:base-files+base-passwd+netbase shell:packages:busybox"));
    PredictionContext context;
    context.pkgdata = m_index;
    QTemporaryDir tmp;
    const LoadedImage image = loadImage(tmp, {baseLayer()});
    const BuiltComparison c = compareDesignWithBuilt(predictDesign(design, context), image, "img");
    QCOMPARE(c.baseLayerCount, 0);
    QCOMPARE(c.layers.size(), 2);
    QCOMPARE(c.layers.at(1).imageIndex, -1);
    QCOMPARE(c.layers.at(1).builtSize, qint64(-1));
    QCOMPARE(c.diagnostics.first().code, QStringLiteral("layers.built-count-differs"));
    QCOMPARE(c.diagnostics.first().severity, Severity::Warning);
    QVERIFY(!c.matches());
}

QTEST_GUILESS_MAIN(TstBuiltComparison)
#include "tst_builtcomparison.moc"

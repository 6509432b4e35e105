#include "../../core/layers/pkgdatafixture.h"
#include "../../core/oci/ocitestimage.h"
#include "inspector/filetreemodel.h"
#include "inspector/inspectorpage.h"
#include "layerdesigner/comparisontablemodel.h"
#include "layerdesigner/itemlisteditor.h"
#include "layerdesigner/layerdesignerpage.h"
#include "layerdesigner/layerstackchart.h"
#include "layerdesigner/layerstackmodel.h"
#include "layerdesigner/pkgdatacache.h"
#include "layerdesigner/predictionpanel.h"
#include "layerdesigner/predictiontablemodel.h"
#include "projectdocument.h"

#include "layers/cachekey.h"
#include "layers/layercache.h"

#include <QAbstractItemModelTester>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTreeView>

using namespace cbw::app;
using namespace cbw::app::layerdesigner;
using namespace cbw::core;
using namespace cbw::core::layers;
using namespace cbw::test;

namespace {

const QString kMachine = QStringLiteral("qemux86-64");

LayerSpec packagesLayer(const QString &name, const QStringList &items)
{
    LayerSpec layer;
    layer.name = name;
    layer.type = LayerType::Packages;
    layer.items = items;
    return layer;
}

LayerDesign seedDesign()
{
    LayerDesign d;
    d.recipeName = QStringLiteral("app-container");
    d.mode = LayerMode::Multi;
    d.layers = {packagesLayer(QStringLiteral("base"),
                              {QStringLiteral("base-files"), QStringLiteral("base-passwd"),
                               QStringLiteral("netbase")}),
                packagesLayer(QStringLiteral("shell"), {QStringLiteral("busybox")}),
                packagesLayer(QStringLiteral("app"), {QStringLiteral("curl")})};
    d.imageInstall = {QStringLiteral("base-files"), QStringLiteral("base-passwd"),
                      QStringLiteral("netbase"), QStringLiteral("busybox"), QStringLiteral("curl")};
    return d;
}

// Waits for the panel's work: the pkgdata read (when one runs), then the prediction. Both are
// futures; the watchers deliver their results through the event loop, hence the spy.
bool waitForPrediction(PredictionPanel *panel, QSignalSpy &changed)
{
    panel->pkgdataFuture().waitForFinished();
    for (int round = 0; round < 4; ++round) {
        panel->predictionFuture().waitForFinished();
        if (!changed.isEmpty() || changed.wait())
            return panel->hasPrediction();
    }
    return false;
}

} // namespace

class TestLayerPredictionPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void predictsTheSeedDesignFromPkgdata();
    void tunePkgarchOverrideChangesTheKeys();
    void staleResultsAreDropped();
    void packageCompleterOffersPkgdataPackages();
    void cancelledPkgdataReadCanBeRestarted();
    void revealsTheLayerOfAPredictionWarning();
    void comparesWithTheDeployedImage();
    void inspectorShowsTheShippingPackage();

private:
    project::BuildDirectoryInfo buildInfo() const;

    QTemporaryDir m_top;
    QString m_pkgdataDir;
    QString m_cacheDir;
    QString m_deployed;
    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<LayerDesignerPage> m_page;
};

void TestLayerPredictionPanel::initTestCase()
{
    QVERIFY(m_top.isValid());
    m_pkgdataDir = m_top.filePath(QStringLiteral("tmp/pkgdata/") + kMachine);
    QVERIFY(writePkgdata(m_pkgdataDir, standardPackages()));
    QVERIFY(QDir().mkpath(m_top.filePath(QStringLiteral("tmp/work/core2-64-poky-linux/busybox"))));
    QVERIFY(QDir().mkpath(m_top.filePath(QStringLiteral("tmp/work/all-poky-linux"))));

    // A complete cache entry for "base" built with today's versions: a HIT.
    m_cacheDir = m_top.filePath(QStringLiteral("oci-layer-cache/") + kMachine);
    const CacheKeyInput base =
        makeCacheKeyInput(QStringLiteral("base"), QStringLiteral("base-files+base-passwd+netbase"),
                          kMachine, QStringLiteral("core2-64"), m_pkgdataDir);
    const QString entry =
        QDir(m_cacheDir).filePath(cacheEntryDirName(layerCacheKey(base), QStringLiteral("base")));
    CacheMarker marker;
    marker.cacheKey = layerCacheKey(base);
    marker.layerName = QStringLiteral("base");
    marker.created = QStringLiteral("2026-11-28T10:00:00Z");
    marker.machine = kMachine;
    QVERIFY(writeFixtureFile(entry + QLatin1Char('/') + QLatin1String(kCacheMarkerFileName),
                             marker.serialize()));

    // The deployed image: the base layer as the class builds it, the shell layer without
    // /etc/shells (so the comparison has something to say), no app layer.
    TestImage image;
    image.layers.append(makeLayer({dir("etc"), file("etc/hostname", QByteArray(10, 'x')),
                                   file("etc/shells", QByteArray(20, 'x')), file("etc/motd", {}),
                                   file("etc/passwd", QByteArray(300, 'x')),
                                   file("etc/group", QByteArray(200, 'x')),
                                   file("etc/services", QByteArray(1000, 'x')),
                                   file("etc/protocols", QByteArray(500, 'x'))}));
    image.layers.append(makeLayer(
        {dir("bin"), file("bin/busybox", QByteArray(700000, 'x')), slink("bin/sh", "busybox")}));
    m_deployed = m_top.filePath(QStringLiteral("tmp/deploy/images/") + kMachine +
                                QStringLiteral("/app-container-latest-oci"));
    LayoutWriter::writeSingle(m_deployed, image);
}

project::BuildDirectoryInfo TestLayerPredictionPanel::buildInfo() const
{
    project::BuildDirectoryInfo info;
    info.topDir = m_top.path();
    info.machine = kMachine;
    info.pkgdataDir = m_pkgdataDir;
    info.layerCacheDir = m_cacheDir;
    project::DeployedImage deployed;
    deployed.name = QStringLiteral("app-container-latest-oci");
    deployed.path = m_deployed;
    deployed.resolvedPath = m_deployed;
    deployed.machine = kMachine;
    info.deployedImages = {deployed};
    return info;
}

void TestLayerPredictionPanel::init()
{
    m_document = std::make_unique<ProjectDocument>();
    m_page = std::make_unique<LayerDesignerPage>(m_document.get());
    m_document->insertImage(0, seedDesign(), QStringLiteral("seed"));
    m_page->setCurrentImage(0);
}

void TestLayerPredictionPanel::cleanup()
{
    m_page.reset();
    m_document.reset();
}

void TestLayerPredictionPanel::predictsTheSeedDesignFromPkgdata()
{
    PredictionPanel *panel = m_page->predictionPanel();
    QAbstractItemModelTester tester(panel->tableModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!panel->hasPrediction()); // no build directory yet
    QSignalSpy busy(m_page.get(), &WorkbenchPage::busy);
    QSignalSpy idle(m_page.get(), &WorkbenchPage::idle);
    QSignalSpy changed(panel, &PredictionPanel::predictionChanged);
    m_document->setBuildDirectory(buildInfo());
    QVERIFY(waitForPrediction(panel, changed));
    QVERIFY(!busy.isEmpty());
    QVERIFY(!idle.isEmpty());

    const PredictionTableModel *table = panel->tableModel();
    QCOMPARE(table->rowCount(), 3);
    auto cell = [table](int row, int column) {
        return table->index(row, column).data().toString();
    };
    QCOMPARE(cell(0, PredictionTableModel::LayerColumn), QStringLiteral("1. base"));
    QCOMPARE(panel->prediction().layers.at(0).predictedSize, 2030);
    QCOMPARE(cell(0, PredictionTableModel::CacheColumn), QStringLiteral("HIT"));
    QVERIFY(cell(1, PredictionTableModel::CacheColumn).startsWith(QLatin1String("MISS: ")));
    QCOMPARE(cell(0, PredictionTableModel::KeyColumn).size(), 16);
    // busybox needs glibc and update-alternatives-opkg, which no layer installs.
    QVERIFY2(cell(1, PredictionTableModel::UnresolvedColumn).contains(QLatin1String("glibc")),
             qPrintable(cell(1, PredictionTableModel::UnresolvedColumn)));
    // /etc/shells is shipped by base-files (layer 1) and busybox (layer 2).
    QCOMPARE(panel->prediction().layers.at(1).filesAlsoIn.value(QStringLiteral("/etc/shells"), -1),
             0);
    QCOMPARE(panel->tunePkgarch().value, QStringLiteral("core2-64"));
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("tuneSourceLabel"))
                ->text()
                .contains(QLatin1String("core2-64")));
    const QString log =
        m_page->findChild<QPlainTextEdit *>(QStringLiteral("buildLogText"))->toPlainText();
    QVERIFY2(log.contains(QLatin1String("NOTE: OCI Cache HIT: Layer 'base'")), qPrintable(log));
    QVERIFY(log.contains(QLatin1String("(cache: 1 hits, 2 misses)")));

    // The stack and the chart show the sizes; the dock gets the prediction's warnings.
    QCOMPARE(panel->chart()->segments().size(), 3);
    QCOMPARE(panel->chart()->segments().at(0).bytes, 2030);
    panel->chart()->resize(300, 400);
    const QRect app = panel->chart()->segmentRect(2);
    QVERIFY(!app.isEmpty());
    QTest::mouseClick(panel->chart(), Qt::LeftButton, {}, app.center());
    QCOMPARE(m_page->currentLayer(), 2);
    QCOMPARE(m_page->layerStackModel()->index(2).data().toString(),
             QStringLiteral("1. base (packages): base-files, base-passwd, netbase — 2.0 KiB, "
                            "cache HIT"));
    QVERIFY(m_page->layerStackModel()->index(0).data().toString().endsWith(
        QLatin1String("cache MISS")));
    bool unresolved = false;
    for (const Diagnostic &d : m_page->diagnostics())
        unresolved = unresolved || d.code == QLatin1String("layers.unresolved-rdepends");
    QVERIFY(unresolved);
}

void TestLayerPredictionPanel::tunePkgarchOverrideChangesTheKeys()
{
    PredictionPanel *panel = m_page->predictionPanel();
    QSignalSpy changed(panel, &PredictionPanel::predictionChanged);
    m_document->setBuildDirectory(buildInfo());
    QVERIFY(waitForPrediction(panel, changed));
    const QString detectedKey = panel->prediction().layers.at(0).cache->key;
    auto *tune = panel->findChild<QLineEdit *>(QStringLiteral("tunePkgarchEdit"));
    tune->setText(QStringLiteral("cortexa57"));
    changed.clear();
    emit tune->editingFinished();
    QVERIFY(waitForPrediction(panel, changed));
    QCOMPARE(panel->tunePkgarch().value, QStringLiteral("cortexa57"));
    QCOMPARE(panel->tunePkgarch().source, QStringLiteral("TUNE_PKGARCH field"));
    QVERIFY(panel->prediction().layers.at(0).cache->key != detectedKey);
    QCOMPARE(PredictionTableModel::cacheWord(panel->prediction().layers.at(0).cache),
             QStringLiteral("MISS"));
}

void TestLayerPredictionPanel::staleResultsAreDropped()
{
    PredictionPanel *panel = m_page->predictionPanel();
    QSignalSpy changed(panel, &PredictionPanel::predictionChanged);
    m_document->setBuildDirectory(buildInfo());
    QVERIFY(waitForPrediction(panel, changed));
    // Two edits in a row: the first one's prediction must never be shown.
    LayerDesign first = seedDesign();
    first.layers.removeLast();
    LayerDesign second = seedDesign();
    second.layers.append(packagesLayer(QStringLiteral("extra"), {QStringLiteral("glibc")}));
    changed.clear();
    m_document->setImage(0, first, QStringLiteral("first"));
    m_document->setImage(0, second, QStringLiteral("second"));
    QVERIFY(waitForPrediction(panel, changed));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(panel->prediction().layers.size(), 4);
    QCOMPARE(panel->prediction().layers.last().name, QStringLiteral("extra"));
}

void TestLayerPredictionPanel::packageCompleterOffersPkgdataPackages()
{
    PredictionPanel *panel = m_page->predictionPanel();
    QSignalSpy changed(panel, &PredictionPanel::predictionChanged);
    m_document->setBuildDirectory(buildInfo());
    QVERIFY(waitForPrediction(panel, changed));
    QVERIFY(panel->knownPackages().contains(QStringLiteral("libcurl4")));
    QVERIFY(PkgdataCache::instance()->cached(m_pkgdataDir));
    // A second page shares the index: no second read.
    ProjectDocument other;
    other.insertImage(0, seedDesign(), QStringLiteral("seed"));
    other.setBuildDirectory(buildInfo());
    LayerDesignerPage page(&other);
    QVERIFY(!page.predictionPanel()->pkgdataFuture().isValid() ||
            page.predictionPanel()->pkgdataFuture().isFinished());
}

void TestLayerPredictionPanel::cancelledPkgdataReadCanBeRestarted()
{
    // A pkgdata directory of its own, so that the shared cache has not read it yet.
    QTemporaryDir top;
    const QString pkgdataDir = top.filePath(QStringLiteral("tmp/pkgdata/") + kMachine);
    QVERIFY(writePkgdata(pkgdataDir, standardPackages()));
    project::BuildDirectoryInfo info = buildInfo();
    info.topDir = top.path();
    info.pkgdataDir = pkgdataDir;

    // Hold every pool thread so that the cancel is in place before the read starts.
    QThreadPool *pool = QThreadPool::globalInstance();
    QSemaphore release;
    QSemaphore started;
    const int threads = pool->maxThreadCount();
    for (int i = 0; i < threads; ++i) {
        pool->start([&release, &started] {
            started.release();
            release.acquire();
        });
    }
    started.acquire(threads);
    PredictionPanel *panel = m_page->predictionPanel();
    QSignalSpy idle(panel, &PredictionPanel::idle);
    m_document->setBuildDirectory(info);
    QVERIFY(panel->isReadingPkgdata());
    auto *read = panel->findChild<QPushButton *>(QStringLiteral("readPkgdataButton"));
    QVERIFY(read && read->isVisibleTo(panel));
    read->click(); // Cancel
    release.release(threads);
    panel->pkgdataFuture().waitForFinished();
    QVERIFY(!idle.isEmpty() || idle.wait());
    QVERIFY(!panel->hasPrediction());
    QVERIFY(!PkgdataCache::instance()->cached(pkgdataDir));
    QCOMPARE(read->text(), QStringLiteral("Read pkgdata"));

    QSignalSpy changed(panel, &PredictionPanel::predictionChanged);
    read->click(); // read again, to the end this time
    QVERIFY(waitForPrediction(panel, changed));
    QVERIFY(PkgdataCache::instance()->cached(pkgdataDir));
    QCOMPARE(panel->prediction().layers.at(0).predictedSize, 2030);
}

void TestLayerPredictionPanel::revealsTheLayerOfAPredictionWarning()
{
    PredictionPanel *panel = m_page->predictionPanel();
    QSignalSpy changed(panel, &PredictionPanel::predictionChanged);
    m_document->setBuildDirectory(buildInfo());
    QVERIFY(waitForPrediction(panel, changed));
    Diagnostic unresolved;
    for (const Diagnostic &d : m_page->diagnostics()) {
        if (d.code == QLatin1String("layers.unresolved-rdepends") &&
            d.message.contains(QLatin1String("'shell'")))
            unresolved = d;
    }
    QVERIFY2(!unresolved.code.isEmpty(), "no unresolved-rdepends warning for layer 'shell'");
    m_page->setCurrentLayer(0);
    QVERIFY(m_page->revealDiagnostic(unresolved));
    QCOMPARE(m_page->currentLayer(), 1);
    // The package completer offers the build's packages.
    auto *input = m_page->itemEditor()->findChild<QLineEdit *>(QStringLiteral("layerItemInput"));
    QVERIFY(input->completer());
    QVERIFY(input->completer()->model()->rowCount() >= standardPackages().size());
}

void TestLayerPredictionPanel::comparesWithTheDeployedImage()
{
    PredictionPanel *panel = m_page->predictionPanel();
    QSignalSpy changed(panel, &PredictionPanel::predictionChanged);
    m_document->setBuildDirectory(buildInfo());
    QVERIFY(waitForPrediction(panel, changed));
    QCOMPARE(panel->deployedImagePath(), m_deployed);
    QSignalSpy compared(panel, &PredictionPanel::comparisonChanged);
    QVERIFY(panel->compareWithBuilt());
    panel->comparisonFuture().waitForFinished();
    QVERIFY(!compared.isEmpty() || compared.wait());
    const BuiltComparison &comparison = panel->comparison();
    QCOMPARE(comparison.designLayerCount, 3);
    QCOMPARE(comparison.imageLayerCount, 2);
    QVERIFY(!comparison.matches());
    QVERIFY(panel->comparisonModel()->rowCount() >= 3);
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("compareStatus"))
                ->text()
                .contains(QLatin1String("differs")));
}

void TestLayerPredictionPanel::inspectorShowsTheShippingPackage()
{
    InspectorPage inspector(m_document.get());
    auto *tree = inspector.findChild<QTreeView *>(QStringLiteral("fileTree"));
    QVERIFY(tree);
    QVERIFY(tree->isColumnHidden(inspector::FileTreeModel::PackageColumn)); // no build dir yet
    QSignalSpy loaded(&inspector, &InspectorPage::imageLoaded);
    inspector.openImage(m_deployed);
    QVERIFY(!loaded.isEmpty() || loaded.wait());

    QSignalSpy pkgdata(PkgdataCache::instance(), &PkgdataCache::loaded);
    m_document->setBuildDirectory(buildInfo());
    if (!PkgdataCache::instance()->cached(m_pkgdataDir))
        QVERIFY(pkgdata.wait());
    QVERIFY(!tree->isColumnHidden(inspector::FileTreeModel::PackageColumn));
    inspector::FileTreeModel *model = inspector.fileTreeModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model->hasProvenance());
    // The whole filesystem up to the first layer, so that every file of the test is a row.
    inspector.setOnlyChanges(false);
    inspector.setTreeMode(inspector::TreeMode::Merged);
    inspector.setCurrentLayer(0);
    if (!model->isUpToDate()) {
        QSignalSpy ready(model, &inspector::FileTreeModel::viewReady);
        QVERIFY(ready.wait());
    }
    const auto *image = inspector.image();
    QVERIFY(image);
    const cbw::core::oci::NodeId passwd = image->tree->find(QStringLiteral("/etc/passwd"));
    const QModelIndex name = model->indexForNode(passwd);
    QVERIFY(name.isValid());
    QCOMPARE(name.siblingAtColumn(inspector::FileTreeModel::PackageColumn).data().toString(),
             QStringLiteral("base-passwd"));
    const QModelIndex shells =
        model->indexForNode(image->tree->find(QStringLiteral("/etc/shells")));
    QCOMPARE(shells.siblingAtColumn(inspector::FileTreeModel::PackageColumn).data().toString(),
             QStringLiteral("base-files, busybox"));
    const QModelIndex etc = model->indexForNode(image->tree->find(QStringLiteral("/etc")));
    QCOMPARE(etc.siblingAtColumn(inspector::FileTreeModel::PackageColumn).data().toString(),
             QString());
    QCOMPARE(model->headerData(inspector::FileTreeModel::PackageColumn, Qt::Horizontal).toString(),
             QStringLiteral("Package"));

    // Closing the build directory hides the column again.
    m_document->setBuildDirectory({});
    QVERIFY(tree->isColumnHidden(inspector::FileTreeModel::PackageColumn));
    QVERIFY(!model->hasProvenance());
}

QTEST_MAIN(TestLayerPredictionPanel)
#include "tst_layerpredictionpanel.moc"

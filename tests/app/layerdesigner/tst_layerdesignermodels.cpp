#include "layerdesigner/comparisontablemodel.h"
#include "layerdesigner/itemlisteditor.h"
#include "layerdesigner/layerstackchart.h"
#include "layerdesigner/layerstackmodel.h"
#include "layerdesigner/predictiontablemodel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace cbw::app::layerdesigner;
using namespace cbw::core::layers;

namespace {

LayerSpecs threeLayers()
{
    LayerSpecs layers;
    for (const char *name : {"base", "shell", "app"}) {
        LayerSpec layer;
        layer.name = QString::fromLatin1(name);
        layer.items = {layer.name + QStringLiteral("-pkg")};
        layers.append(layer);
    }
    return layers;
}

} // namespace

class TestLayerDesignerModels : public QObject
{
    Q_OBJECT

private slots:
    void stackShowsTheTopLayerFirst();
    void stackDropMovesThroughTheSignal_data();
    void stackDropMovesThroughTheSignal();
    void stackModelPassesTheTester();
    void predictionTableShowsCacheStates();
    void comparisonTableNamesDesignedLayers();
    void chartStacksSegmentsBottomUp();
    void itemProblems_data();
    void itemProblems();
};

void TestLayerDesignerModels::stackShowsTheTopLayerFirst()
{
    LayerStackModel model;
    model.setLayers(threeLayers());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0).data(LayerStackModel::LayerIndexRole).toInt(), 2);
    QCOMPARE(model.index(2).data(LayerStackModel::LayerIndexRole).toInt(), 0);
    QVERIFY(model.index(0).data().toString().startsWith(QLatin1String("3. app (packages)")));
    QVERIFY(model.index(2).data(Qt::ToolTipRole).toString().contains(QLatin1String("Bottom")));
    model.setPredictedSizes({{0, 2048}});
    QVERIFY(model.index(2).data().toString().endsWith(QLatin1String("2.0 KiB")));
    QVERIFY(!model.index(0).data().toString().contains(QLatin1String("KiB")));
}

void TestLayerDesignerModels::stackDropMovesThroughTheSignal_data()
{
    QTest::addColumn<int>("draggedRow");
    QTest::addColumn<int>("dropRow");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to"); // -1: no move
    // Rows: 0 = app (2), 1 = shell (1), 2 = base (0).
    QTest::newRow("top to bottom") << 0 << 3 << 2 << 0;
    QTest::newRow("top to bottom (-1)") << 0 << -1 << 2 << 0;
    QTest::newRow("bottom to top") << 2 << 0 << 0 << 2;
    QTest::newRow("bottom above shell") << 2 << 1 << 0 << 1;
    QTest::newRow("onto its own gap") << 1 << 1 << 1 << -1;
    QTest::newRow("just below itself") << 1 << 2 << 1 << -1;
}

void TestLayerDesignerModels::stackDropMovesThroughTheSignal()
{
    QFETCH(int, draggedRow);
    QFETCH(int, dropRow);
    QFETCH(int, from);
    QFETCH(int, to);
    LayerStackModel model;
    model.setLayers(threeLayers());
    QSignalSpy moves(&model, &LayerStackModel::moveRequested);
    std::unique_ptr<QMimeData> mime(model.mimeData({model.index(draggedRow)}));
    // The model never moves rows itself: the view must not delete the source either.
    QVERIFY(!model.dropMimeData(mime.get(), Qt::MoveAction, dropRow, 0, {}));
    if (to < 0) {
        QCOMPARE(moves.count(), 0);
    } else {
        QCOMPARE(moves.count(), 1);
        QCOMPARE(moves.first().at(0).toInt(), from);
        QCOMPARE(moves.first().at(1).toInt(), to);
    }
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(!model.dropMimeData(mime.get(), Qt::CopyAction, 0, 0, {}));
}

void TestLayerDesignerModels::stackModelPassesTheTester()
{
    LayerStackModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLayers(threeLayers());
    model.setPredictedSizes({{1, 10}});
    model.setLayers({});
    model.setLayers(threeLayers().mid(0, 1));
}

void TestLayerDesignerModels::predictionTableShowsCacheStates()
{
    PredictionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DesignPrediction prediction;
    LayerPrediction hit;
    hit.index = 0;
    hit.name = QStringLiteral("base");
    hit.predictedSize = 4096;
    hit.files = {{QStringLiteral("/etc/passwd"), 4096}};
    CacheState hitState;
    hitState.status = CacheState::Status::Hit;
    hitState.key = QStringLiteral("ff7fbf7f0da6b452");
    hit.cache = hitState;
    LayerPrediction miss;
    miss.index = 1;
    miss.name = QStringLiteral("app");
    miss.unknownPackages = {QStringLiteral("nosuch")};
    miss.unresolvedDependencies = {QStringLiteral("curl -> libssl3")};
    miss.filesAlsoIn = {{QStringLiteral("/etc/shells"), 0}};
    CacheState missState;
    missState.status = CacheState::Status::Miss;
    missState.explanation = QStringLiteral("no cache entry for layer 'app' yet");
    miss.cache = missState;
    LayerPrediction dirs;
    dirs.index = 2;
    dirs.name = QStringLiteral("config");
    dirs.type = LayerType::Directories;
    prediction.layers = {hit, miss, dirs};
    model.setPrediction(prediction);
    QCOMPARE(model.rowCount(), 3);
    auto cell = [&model](int row, int column) {
        return model.index(row, column).data().toString();
    };
    QCOMPARE(cell(0, PredictionTableModel::CacheColumn), QStringLiteral("HIT"));
    QCOMPARE(cell(0, PredictionTableModel::KeyColumn), QStringLiteral("ff7fbf7f0da6b452"));
    QCOMPARE(cell(0, PredictionTableModel::SizeColumn), QStringLiteral("4.0 KiB"));
    QCOMPARE(cell(1, PredictionTableModel::CacheColumn),
             QStringLiteral("MISS: no cache entry for layer 'app' yet"));
    QCOMPARE(cell(1, PredictionTableModel::UnknownColumn), QStringLiteral("nosuch"));
    QCOMPARE(cell(1, PredictionTableModel::UnresolvedColumn), QStringLiteral("curl -> libssl3"));
    QCOMPARE(cell(1, PredictionTableModel::SharedColumn), QStringLiteral("1"));
    QVERIFY(model.index(1, PredictionTableModel::SharedColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("/etc/shells (also in layer 1)")));
    QCOMPARE(cell(2, PredictionTableModel::SizeColumn), QStringLiteral("unknown"));
    QCOMPARE(cell(2, PredictionTableModel::CacheColumn), QString());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestLayerDesignerModels::comparisonTableNamesDesignedLayers()
{
    ComparisonTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    BuiltComparison comparison;
    LayerComparison same;
    same.designIndex = 0;
    same.imageIndex = 1;
    same.predictedSize = 1024;
    same.builtSize = 1024;
    LayerComparison extra;
    extra.designIndex = -1;
    extra.imageIndex = 2;
    extra.builtSize = 10;
    extra.onlyInImage = {QStringLiteral("/a"), QStringLiteral("/b"), QStringLiteral("/c"),
                         QStringLiteral("/d")};
    comparison.layers = {same, extra};
    model.setComparison(comparison, {QStringLiteral("base")});
    QCOMPARE(model.index(0, ComparisonTableModel::DesignColumn).data().toString(),
             QStringLiteral("1. base"));
    QCOMPARE(model.index(1, ComparisonTableModel::DesignColumn).data().toString(),
             QStringLiteral("(not designed)"));
    QCOMPARE(model.index(1, ComparisonTableModel::OnlyInImageColumn).data().toString(),
             QStringLiteral("/a, /b, /c … (4 in all)"));
}

void TestLayerDesignerModels::chartStacksSegmentsBottomUp()
{
    LayerStackChart chart;
    chart.resize(400, 200);
    chart.setSegments({{QStringLiteral("base"), 300},
                       {QStringLiteral("dirs"), -1},
                       {QStringLiteral("app"), 100}});
    const QRect base = chart.segmentRect(0);
    const QRect app = chart.segmentRect(2);
    QVERIFY(chart.segmentRect(1).isEmpty());
    QVERIFY(base.top() > app.top()); // the first layer is drawn at the bottom
    QVERIFY(base.height() > 2 * app.height());
    chart.grab(); // paints without a crash
}

void TestLayerDesignerModels::itemProblems_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("item");
    QTest::addColumn<bool>("ok");
    QTest::newRow("package") << int(LayerType::Packages) << "curl" << true;
    QTest::newRow("semicolon") << int(LayerType::Packages) << "a;b" << false;
    QTest::newRow("dir relative") << int(LayerType::Directories) << "usr/share" << false;
    QTest::newRow("dir absolute") << int(LayerType::Directories) << "/usr/share" << true;
    QTest::newRow("host ipv6-like source") << int(LayerType::Host) << "/a:b:/c" << true;
    QTest::newRow("host no colon") << int(LayerType::Host) << "/a" << false;
}

void TestLayerDesignerModels::itemProblems()
{
    QFETCH(int, type);
    QFETCH(QString, item);
    QFETCH(bool, ok);
    QCOMPARE(layerItemProblem(LayerType(type), item).isEmpty(), ok);
}

QTEST_MAIN(TestLayerDesignerModels)
#include "tst_layerdesignermodels.moc"

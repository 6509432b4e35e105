#include "inspector/filetreemodel.h"
#include "inspector/inspectorpage.h"
#include "inspector/inspectortables.h"
#include "inspector/layersizechart.h"
#include "ocilayoutfixture.h"
#include "projectdocument.h"

#include "oci/imageloader.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFont>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <algorithm>

using namespace cbw;
using cbw::app::InspectorPage;
using cbw::app::inspector::FileTreeModel;
using cbw::app::inspector::TreeMode;
using cbw::app::inspector::TreeViewOptions;
using cbw::test::FixtureEntry;
using cbw::test::FixtureLayer;
using core::oci::ChangeKind;
using core::oci::NodeId;

namespace {

// Layer 0 is a small base system; layer 1 rewrites /etc/os-release, whiteouts /tmp/big.bin
// and adds /opt/app/run.sh.
QList<FixtureLayer> imageA()
{
    return {
        {{{"etc/", 'd'},
          {"etc/os-release", 'f', "NAME=base\n"},
          {"usr/", 'd'},
          {"usr/bin/", 'd'},
          {"usr/bin/tool", 'f', QByteArray(100, 't'), 0755},
          {"usr/bin/sh", 'l', {}, 0777, "tool"},
          {"usr/share/doc/deep/nested/readme.txt", 'f', QByteArray(10, 'r')},
          {"tmp/", 'd'},
          {"tmp/big.bin", 'f', QByteArray(1000, 'b')}},
         QStringLiteral("ADD base.tar /")},
        {{{"etc/os-release", 'f', "NAME=changed\n"},
          {"tmp/.wh.big.bin", 'f'},
          {"opt/app/run.sh", 'f', QByteArray(50, 'x'), 0755}},
         QStringLiteral("RUN install-app")},
    };
}

// The same base with a different top layer: adds /srv/new, changes /etc/os-release again and
// whiteouts /usr/bin/tool.
QList<FixtureLayer> imageB()
{
    QList<FixtureLayer> layers = imageA();
    layers[1] = {{{"etc/os-release", 'f', "NAME=other\n"},
                  {"srv/new", 'f', "new\n"},
                  {"usr/bin/.wh.tool", 'f'}},
                 QStringLiteral("RUN other")};
    return layers;
}

core::oci::LoadedImage loadImage(const QString &path)
{
    auto reference = core::oci::ImageReference::parse(path);
    if (!reference)
        qFatal("bad reference %s", qPrintable(reference.error().message));
    auto loaded = core::oci::ImageLoader::load(reference.value(), {});
    if (!loaded)
        qFatal("fixture does not load: %s", qPrintable(loaded.error().message));
    return std::move(loaded).value();
}

// Every path the model shows, depth first, listing every directory.
QStringList allPaths(FileTreeModel &model, const QModelIndex &parent = {})
{
    QStringList paths;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        paths.append(index.data(FileTreeModel::PathRole).toString());
        paths.append(allPaths(model, index));
    }
    return paths;
}

bool waitForView(FileTreeModel &model)
{
    if (model.isUpToDate())
        return true;
    QSignalSpy ready(&model, &FileTreeModel::viewReady);
    return ready.wait(10000);
}

} // namespace

class TestInspectorPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void viewModes_data();
    void viewModes();
    void whiteoutIsRemovedInItsLayerAndAbsentWhenMerged();
    void directorySizeIsTheSumOfItsFiles();
    void sortBySizeKeepsExpandedRows();
    void modelIsLazy();

    void openShowsLayersAndTree();
    void switchingLayersUpdatesTree();
    void filterRevealsDeepPath();
    void efficiencyListNamesWastedFileAndJumpsToIt();
    void diffListsAddedRemovedAndChangedPaths();
    void extractWritesSelectedFile();
    void tamperedImageGivesDiagnostic();
    void cancelledLoadLeavesNoImage();
    void imageWithoutLayersShowsAnEmptyTree();
    void deployedImageOpensWithOneClick();
    void chartClickSelectsLayer();

private:
    QTemporaryDir m_dir;
    QString m_layoutA;
    QString m_layoutB;
    QString m_tampered;
};

void TestInspectorPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_layoutA = m_dir.filePath(QStringLiteral("a-oci"));
    m_layoutB = m_dir.filePath(QStringLiteral("b-oci"));
    m_tampered = m_dir.filePath(QStringLiteral("tampered-oci"));
    test::writeFixtureLayout(m_layoutA, imageA());
    test::writeFixtureLayout(m_layoutB, imageB());
    const QStringList blobs = test::writeFixtureLayout(m_tampered, imageA());
    QFile blob(blobs.at(1));
    QVERIFY(blob.open(QIODevice::ReadWrite));
    QByteArray bytes = blob.readAll();
    const qsizetype at = bytes.indexOf("NAME=changed");
    QVERIFY(at > 0);
    bytes[at] = 'X';
    QVERIFY(blob.seek(0));
    QCOMPARE(blob.write(bytes), bytes.size());
}

void TestInspectorPage::viewModes_data()
{
    QTest::addColumn<int>("layer");
    QTest::addColumn<bool>("layerOnly");
    QTest::addColumn<bool>("onlyChanges");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expected");

    const QStringList base{QStringLiteral("/etc"),
                           QStringLiteral("/etc/os-release"),
                           QStringLiteral("/tmp"),
                           QStringLiteral("/tmp/big.bin"),
                           QStringLiteral("/usr"),
                           QStringLiteral("/usr/bin"),
                           QStringLiteral("/usr/bin/sh"),
                           QStringLiteral("/usr/bin/tool"),
                           QStringLiteral("/usr/share"),
                           QStringLiteral("/usr/share/doc"),
                           QStringLiteral("/usr/share/doc/deep"),
                           QStringLiteral("/usr/share/doc/deep/nested"),
                           QStringLiteral("/usr/share/doc/deep/nested/readme.txt")};
    QTest::newRow("merged, layer 0") << 0 << false << false << QString() << base;
    QStringList merged1 = base;
    merged1.removeOne(QStringLiteral("/tmp/big.bin"));
    merged1.insert(2, QStringLiteral("/opt"));
    merged1.insert(3, QStringLiteral("/opt/app"));
    merged1.insert(4, QStringLiteral("/opt/app/run.sh"));
    QTest::newRow("merged, layer 1") << 1 << false << false << QString() << merged1;
    const QStringList changes1{
        QStringLiteral("/etc"),        QStringLiteral("/etc/os-release"), QStringLiteral("/opt"),
        QStringLiteral("/opt/app"),    QStringLiteral("/opt/app/run.sh"), QStringLiteral("/tmp"),
        QStringLiteral("/tmp/big.bin")};
    QTest::newRow("this layer only, layer 1") << 1 << true << false << QString() << changes1;
    QTest::newRow("merged, only changes, layer 1") << 1 << false << true << QString() << changes1;
    QTest::newRow("filtered by name")
        << 1 << false << false << QStringLiteral("README")
        << QStringList{QStringLiteral("/usr"),
                       QStringLiteral("/usr/share"),
                       QStringLiteral("/usr/share/doc"),
                       QStringLiteral("/usr/share/doc/deep"),
                       QStringLiteral("/usr/share/doc/deep/nested"),
                       QStringLiteral("/usr/share/doc/deep/nested/readme.txt")};
    QTest::newRow("filtered by path")
        << 1 << false << false << QStringLiteral("usr/bin")
        << QStringList{QStringLiteral("/usr"), QStringLiteral("/usr/bin"),
                       QStringLiteral("/usr/bin/sh"), QStringLiteral("/usr/bin/tool")};
    QTest::newRow("filter matching nothing")
        << 1 << true << false << QStringLiteral("nothing") << QStringList();
}

void TestInspectorPage::viewModes()
{
    QFETCH(int, layer);
    QFETCH(bool, layerOnly);
    QFETCH(bool, onlyChanges);
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);

    const core::oci::LoadedImage image = loadImage(m_layoutA);
    FileTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TreeViewOptions options;
    options.layer = layer;
    options.mode = layerOnly ? TreeMode::LayerOnly : TreeMode::Merged;
    options.onlyChanges = onlyChanges;
    options.filter = filter;
    model.setTree(image.tree, options);
    QVERIFY(waitForView(model));
    QCOMPARE(allPaths(model), expected);
    // Switching the mode back and forth on the same model keeps the tester satisfied too.
    options.mode = layerOnly ? TreeMode::Merged : TreeMode::LayerOnly;
    model.setOptions(options);
    QVERIFY(waitForView(model));
    allPaths(model);
}

void TestInspectorPage::whiteoutIsRemovedInItsLayerAndAbsentWhenMerged()
{
    const core::oci::LoadedImage image = loadImage(m_layoutA);
    const NodeId big = image.tree->find(QStringLiteral("/tmp/big.bin"));
    QVERIFY(big != core::oci::InvalidNode);
    FileTreeModel model;

    model.setTree(image.tree, {1, TreeMode::LayerOnly, false, {}});
    QVERIFY(waitForView(model));
    QModelIndex index = model.indexForNode(big);
    QVERIFY(index.isValid());
    QCOMPARE(index.data(FileTreeModel::ChangeKindRole).toInt(), int(ChangeKind::Removed));
    QVERIFY(index.data(Qt::FontRole).value<QFont>().strikeOut());
    QCOMPARE(model.index(index.row(), FileTreeModel::ChangeColumn, index.parent()).data(),
             QVariant(QStringLiteral("removed")));
    const QModelIndex added =
        model.indexForNode(image.tree->find(QStringLiteral("/opt/app/run.sh")));
    QCOMPARE(added.data(FileTreeModel::ChangeKindRole).toInt(), int(ChangeKind::Added));
    const QModelIndex modified =
        model.indexForNode(image.tree->find(QStringLiteral("/etc/os-release")));
    QCOMPARE(modified.data(FileTreeModel::ChangeKindRole).toInt(), int(ChangeKind::Modified));
    QVERIFY(added.data(Qt::ForegroundRole).value<QColor>() !=
            modified.data(Qt::ForegroundRole).value<QColor>());

    model.setOptions({1, TreeMode::Merged, false, {}});
    QVERIFY(waitForView(model));
    QVERIFY(!model.indexForNode(big).isValid());
    model.setOptions({0, TreeMode::Merged, false, {}});
    QVERIFY(waitForView(model));
    index = model.indexForNode(big);
    QVERIFY(index.isValid());
    QVERIFY(!index.data(Qt::FontRole).value<QFont>().strikeOut());
}

void TestInspectorPage::directorySizeIsTheSumOfItsFiles()
{
    const core::oci::LoadedImage image = loadImage(m_layoutA);
    FileTreeModel model;
    model.setTree(image.tree, {0, TreeMode::Merged, false, {}});
    QVERIFY(waitForView(model));
    const QModelIndex usr = model.indexForNode(image.tree->find(QStringLiteral("/usr")));
    const QModelIndex usrSize = model.index(usr.row(), FileTreeModel::SizeColumn, usr.parent());
    QCOMPARE(usrSize.data(FileTreeModel::SortRole).toLongLong(), qint64(100 + 10));
    // Every directory agrees with the core's own subtree sum.
    const core::oci::MergedView view(*image.tree, 0);
    for (NodeId id = 1; id < NodeId(image.tree->nodeCount()); ++id) {
        if (view.contains(id))
            QCOMPARE(model.snapshot()->bytes[id], view.subtreeBytes(id));
    }
}

void TestInspectorPage::sortBySizeKeepsExpandedRows()
{
    const core::oci::LoadedImage image = loadImage(m_layoutA);
    FileTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTree(image.tree, {0, TreeMode::Merged, false, {}});
    QVERIFY(waitForView(model));
    const QPersistentModelIndex tool =
        model.indexForNode(image.tree->find(QStringLiteral("/usr/bin/tool")));
    auto rootNames = [&model] {
        QStringList names;
        for (int row = 0; row < model.rowCount(); ++row)
            names.append(model.index(row, 0).data().toString());
        return names;
    };
    QCOMPARE(rootNames(),
             (QStringList{QStringLiteral("etc"), QStringLiteral("tmp"), QStringLiteral("usr")}));
    model.sort(FileTreeModel::SizeColumn, Qt::DescendingOrder);
    QCOMPARE(rootNames(),
             (QStringList{QStringLiteral("tmp"), QStringLiteral("usr"), QStringLiteral("etc")}));
    QVERIFY(tool.isValid());
    QCOMPARE(tool.data(FileTreeModel::PathRole).toString(), QStringLiteral("/usr/bin/tool"));
    QCOMPARE(tool.parent().data().toString(), QStringLiteral("bin"));

    // The other columns sort by their value: what each layer did, then the mode.
    model.setOptions({1, TreeMode::LayerOnly, false, {}});
    QVERIFY(waitForView(model));
    model.sort(FileTreeModel::ChangeColumn, Qt::AscendingOrder);
    const QModelIndex tmp = model.indexForNode(image.tree->find(QStringLiteral("/tmp")));
    QVERIFY(tmp.isValid());
    QList<int> kinds;
    for (int row = 0; row < model.rowCount(); ++row)
        kinds.append(model.index(row, 0).data(FileTreeModel::ChangeKindRole).toInt());
    QVERIFY(std::is_sorted(kinds.begin(), kinds.end()));
    QVERIFY(kinds.contains(int(ChangeKind::Added))); // /opt
    model.sort(FileTreeModel::ModeColumn, Qt::AscendingOrder);
    const QModelIndex bin = model.indexForNode(image.tree->find(QStringLiteral("/usr/bin")));
    QVERIFY(!bin.isValid()); // layer 1 does not touch /usr
}

void TestInspectorPage::modelIsLazy()
{
    // 40 directories of 50 files: only what a view asks for becomes rows.
    QList<FixtureEntry> entries;
    for (int d = 0; d < 40; ++d) {
        for (int f = 0; f < 50; ++f)
            entries.append({QStringLiteral("d%1/f%2").arg(d).arg(f).toUtf8(), 'f', "x"});
    }
    const QString layout = m_dir.filePath(QStringLiteral("wide-oci"));
    test::writeFixtureLayout(layout, {{entries, QStringLiteral("wide")}});
    const core::oci::LoadedImage image = loadImage(layout);
    FileTreeModel model;
    model.setTree(image.tree, {0, TreeMode::Merged, false, {}});
    QVERIFY(waitForView(model));
    QCOMPARE(model.snapshot()->visibleCount, qsizetype(40 + 40 * 50));
    QCOMPARE(model.materializedRowCount(), qsizetype(0));
    QCOMPARE(model.rowCount(), 40);
    QCOMPARE(model.fetchCount(), 1);
    QCOMPARE(model.materializedRowCount(), qsizetype(40));
    QVERIFY(model.hasChildren(model.index(3, 0)));
    QCOMPARE(model.materializedRowCount(), qsizetype(40)); // hasChildren lists nothing

    QTreeView view;
    view.setModel(&model);
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(model.materializedRowCount(), qsizetype(40));
    view.expand(model.index(3, 0));
    QCOMPARE(model.rowCount(model.index(3, 0)), 50);
    QCOMPARE(model.materializedRowCount(), qsizetype(40 + 50));
    QCOMPARE(model.fetchCount(), 2);
}

void TestInspectorPage::openShowsLayersAndTree()
{
    InspectorPage page(nullptr);
    QCOMPARE(page.title(), QStringLiteral("Inspector"));
    QSignalSpy loaded(&page, &InspectorPage::imageLoaded);
    QSignalSpy busy(&page, &InspectorPage::busy);
    QSignalSpy idle(&page, &InspectorPage::idle);
    page.openImage(m_layoutA);
    QVERIFY(page.isLoading());
    QVERIFY(loaded.wait(10000));
    QVERIFY(!busy.isEmpty());
    QVERIFY(!idle.isEmpty());
    QVERIFY(page.image());
    QCOMPARE(page.currentLayer(), 1);
    auto *table = page.findChild<QTableWidget *>(QStringLiteral("layerTable"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(1, 4)->text(), QStringLiteral("RUN install-app"));
    QCOMPARE(table->item(0, 1)->text(), page.image()->image.layers[0].blob.digest.shortString());
    QVERIFY(waitForView(*page.fileTreeModel()));
    QCOMPARE(page.fileTreeModel()->options().layer, 1);
    QVERIFY(page.diagnostics().isEmpty());
}

void TestInspectorPage::switchingLayersUpdatesTree()
{
    InspectorPage page(nullptr);
    QSignalSpy loaded(&page, &InspectorPage::imageLoaded);
    page.openImage(m_layoutA);
    QVERIFY(loaded.wait(10000));
    FileTreeModel &model = *page.fileTreeModel();
    QVERIFY(waitForView(model));
    const NodeId opt = page.image()->tree->find(QStringLiteral("/opt"));
    QVERIFY(model.indexForNode(opt).isValid());
    auto *extract = page.findChild<QPushButton *>(QStringLiteral("extractButton"));
    QVERIFY(extract);
    page.revealNode(opt);
    QVERIFY(extract->isEnabled());
    QSignalSpy ready(&model, &FileTreeModel::viewReady);
    page.setCurrentLayer(0);
    QVERIFY(ready.wait(10000));
    QCOMPARE(model.options().layer, 0);
    QVERIFY(!model.indexForNode(opt).isValid());
    QVERIFY(!extract->isEnabled()); // /opt, the selection, is not in layer 0
    page.setTreeMode(TreeMode::LayerOnly);
    QVERIFY(ready.wait(10000));
    QCOMPARE(model.options().mode, TreeMode::LayerOnly);
}

void TestInspectorPage::filterRevealsDeepPath()
{
    InspectorPage page(nullptr);
    QSignalSpy loaded(&page, &InspectorPage::imageLoaded);
    page.openImage(m_layoutA);
    QVERIFY(loaded.wait(10000));
    FileTreeModel &model = *page.fileTreeModel();
    QVERIFY(waitForView(model));
    QSignalSpy ready(&model, &FileTreeModel::viewReady);
    page.setFilterText(QStringLiteral("readme"));
    QVERIFY(ready.wait(10000));
    auto *view = page.findChild<QTreeView *>(QStringLiteral("fileTree"));
    QVERIFY(view);
    const QModelIndex current = view->currentIndex();
    QCOMPARE(current.data(FileTreeModel::PathRole).toString(),
             QStringLiteral("/usr/share/doc/deep/nested/readme.txt"));
    QVERIFY(current.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!current.parent().data(Qt::FontRole).value<QFont>().bold());
    for (QModelIndex p = current.parent(); p.isValid(); p = p.parent())
        QVERIFY2(view->isExpanded(p), qPrintable(p.data(FileTreeModel::PathRole).toString()));
}

void TestInspectorPage::efficiencyListNamesWastedFileAndJumpsToIt()
{
    InspectorPage page(nullptr);
    QSignalSpy loaded(&page, &InspectorPage::imageLoaded);
    page.openImage(m_layoutA);
    QVERIFY(loaded.wait(10000));
    QVERIFY(waitForView(*page.fileTreeModel()));
    const auto *wasted = page.wastedPathModel();
    QStringList paths;
    int bigRow = -1;
    for (int row = 0; row < wasted->rowCount(); ++row) {
        paths.append(wasted->index(row, 0).data().toString());
        if (paths.last() == QStringLiteral("/tmp/big.bin"))
            bigRow = row;
    }
    QVERIFY2(bigRow >= 0, qPrintable(paths.join(u',')));
    QVERIFY(paths.contains(QStringLiteral("/etc/os-release")));
    QCOMPARE(wasted->index(bigRow, app::inspector::WastedPathModel::OccurrencesColumn).data(),
             QVariant(1));

    // Removed from the final filesystem: the jump shows it where layer 1 removes it.
    QSignalSpy ready(page.fileTreeModel(), &FileTreeModel::viewReady);
    page.revealNode(NodeId(
        wasted->index(bigRow, 0).data(app::inspector::WastedPathModel::NodeIdRole).toUInt()));
    QVERIFY(ready.wait(10000));
    auto *view = page.findChild<QTreeView *>(QStringLiteral("fileTree"));
    QCOMPARE(view->currentIndex().data(FileTreeModel::PathRole).toString(),
             QStringLiteral("/tmp/big.bin"));
    QCOMPARE(page.fileTreeModel()->options().mode, TreeMode::LayerOnly);
    QCOMPARE(page.currentLayer(), 1);
}

void TestInspectorPage::diffListsAddedRemovedAndChangedPaths()
{
    InspectorPage page(nullptr);
    QSignalSpy loaded(&page, &InspectorPage::imageLoaded);
    page.openImage(m_layoutA);
    QVERIFY(loaded.wait(10000));
    QSignalSpy finished(&page, &InspectorPage::diffFinished);
    page.compareWith(m_layoutB);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), true);
    const auto *model = page.diffModel();
    QMap<QString, QString> kinds;
    for (int row = 0; row < model->rowCount(); ++row)
        kinds.insert(
            model->index(row, app::inspector::ImageDiffModel::PathColumn).data().toString(),
            model->index(row, app::inspector::ImageDiffModel::KindColumn).data().toString());
    QCOMPARE(kinds.value(QStringLiteral("/srv/new")), QStringLiteral("added"));
    QCOMPARE(kinds.value(QStringLiteral("/usr/bin/tool")), QStringLiteral("removed"));
    QCOMPARE(kinds.value(QStringLiteral("/etc/os-release")), QStringLiteral("changed"));
    QVERIFY(!kinds.contains(QStringLiteral("/usr/share/doc/deep/nested/readme.txt")));
    QCOMPARE(model->diff()->onlyInB.size(), 1);
    auto *layers = page.findChild<QTableWidget *>(QStringLiteral("diffLayersTable"));
    QCOMPARE(layers->rowCount(), 2); // A's top layer and B's

    // A cancelled comparison says so and keeps no half result.
    finished.clear();
    page.compareWith(m_layoutB);
    page.cancelLoad();
    QVERIFY(finished.wait(10000));
    const bool completed = finished.first().first().toBool();
    auto *summary = page.findChild<QLabel *>(QStringLiteral("diffSummary"));
    QVERIFY(summary);
    // The read may finish before the flag is seen; either way the summary tells which.
    QVERIFY2(completed != summary->text().contains(QStringLiteral("cancelled")),
             qPrintable(summary->text()));
    QVERIFY(page.diagnostics().isEmpty());
}

void TestInspectorPage::extractWritesSelectedFile()
{
    InspectorPage page(nullptr);
    QTemporaryDir destination;
    QVERIFY(destination.isValid());
    QString asked;
    page.setDirectoryChooser([&](QWidget *, const QString &caption) {
        asked = caption;
        return destination.path();
    });
    QSignalSpy loaded(&page, &InspectorPage::imageLoaded);
    page.openImage(m_layoutA);
    QVERIFY(loaded.wait(10000));
    QVERIFY(waitForView(*page.fileTreeModel()));
    page.revealNode(page.image()->tree->find(QStringLiteral("/usr/bin/tool")));
    QSignalSpy finished(&page, &InspectorPage::extractionFinished);
    page.extractSelection();
    QVERIFY(finished.wait(10000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(asked.contains(QStringLiteral("/usr/bin/tool")));
    QFile file(destination.filePath(QStringLiteral("tool")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray(100, 't'));
    QVERIFY(page.statusText().contains(destination.path()));
}

void TestInspectorPage::tamperedImageGivesDiagnostic()
{
    InspectorPage page(nullptr);
    QSignalSpy failed(&page, &InspectorPage::loadFailed);
    QSignalSpy diagnosticsChanged(&page, &InspectorPage::diagnosticsChanged);
    page.openImage(m_tampered);
    QVERIFY(failed.wait(10000));
    QVERIFY(!page.image());
    QCOMPARE(page.diagnostics().size(), 1);
    const core::Diagnostic diagnostic = page.diagnostics().first();
    QVERIFY(diagnostic.isError());
    QCOMPARE(diagnostic.code, QStringLiteral("inspector.load-failed"));
    QVERIFY2(diagnostic.message.contains(QStringLiteral("layer 1")) ||
                 diagnostic.message.contains(QStringLiteral("blobs/sha256")),
             qPrintable(diagnostic.message));
    QVERIFY(!diagnosticsChanged.isEmpty());
    QCOMPARE(page.fileTreeModel()->rowCount(), 0);
    QVERIFY(page.revealDiagnostic(diagnostic));
    QVERIFY(!page.revealDiagnostic(core::Diagnostic::error(QStringLiteral("bundle.other"), {})));

    // A good image afterwards clears the error.
    QSignalSpy loaded(&page, &InspectorPage::imageLoaded);
    page.openImage(m_layoutA);
    QVERIFY(loaded.wait(10000));
    QVERIFY(page.diagnostics().isEmpty());
}

void TestInspectorPage::cancelledLoadLeavesNoImage()
{
    InspectorPage page(nullptr);
    QSignalSpy idle(&page, &InspectorPage::idle);
    QSignalSpy loaded(&page, &InspectorPage::imageLoaded);
    page.openImage(m_layoutA);
    page.cancelLoad();
    QVERIFY(idle.wait(10000));
    QVERIFY(loaded.isEmpty());
    QVERIFY(!page.image());
    QVERIFY(!page.isLoading());
    QVERIFY(page.diagnostics().isEmpty());
    QVERIFY(page.statusText().contains(QStringLiteral("cancelled")));
}

void TestInspectorPage::imageWithoutLayersShowsAnEmptyTree()
{
    const QString layout = m_dir.filePath(QStringLiteral("empty-oci"));
    test::writeFixtureLayout(layout, {});
    InspectorPage page(nullptr);
    QSignalSpy loaded(&page, &InspectorPage::imageLoaded);
    QSignalSpy failed(&page, &InspectorPage::loadFailed);
    page.openImage(layout);
    QVERIFY(loaded.wait(10000));
    QVERIFY(failed.isEmpty());
    QVERIFY(waitForView(*page.fileTreeModel()));
    QCOMPARE(page.fileTreeModel()->rowCount(), 0);
    QCOMPARE(page.currentLayer(), -1);
    page.setFilterText(QStringLiteral("x"));
    page.setTreeMode(TreeMode::LayerOnly);
    QVERIFY(waitForView(*page.fileTreeModel()));
    QCOMPARE(page.fileTreeModel()->rowCount(), 0);
}

void TestInspectorPage::deployedImageOpensWithOneClick()
{
    app::ProjectDocument document;
    InspectorPage page(&document);
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *list = page.findChild<QListWidget *>(QStringLiteral("deployedList"));
    QVERIFY(list);
    QCOMPARE(list->count(), 1);
    QVERIFY(!(list->item(0)->flags() & Qt::ItemIsEnabled)); // "no build directory" placeholder

    core::project::BuildDirectoryInfo info;
    info.topDir = m_dir.path();
    core::project::DeployedImage deployed;
    deployed.name = QStringLiteral("a-oci");
    deployed.path = m_layoutA;
    deployed.resolvedPath = m_layoutA;
    deployed.machine = QStringLiteral("qemux86-64");
    info.deployedImages.append(deployed);
    document.setBuildDirectory(info);
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), QStringLiteral("a-oci (qemux86-64)"));

    QSignalSpy loaded(&page, &InspectorPage::imageLoaded);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(0)).center());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(page.image()->image.sourcePath, m_layoutA);
}

void TestInspectorPage::chartClickSelectsLayer()
{
    InspectorPage page(nullptr);
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy loaded(&page, &InspectorPage::imageLoaded);
    page.openImage(m_layoutA);
    QVERIFY(loaded.wait(10000));
    auto *chart = page.findChild<app::inspector::LayerSizeChart *>();
    QVERIFY(chart);
    QCOMPARE(chart->bars().size(), 2);
    QCOMPARE(chart->bars().at(0).added, qint64(10 + 100 + 10 + 1000));
    QCOMPARE(chart->bars().at(1).removed, qint64(1000));
    QCOMPARE(chart->currentLayer(), 1);
    QTest::mouseClick(chart, Qt::LeftButton, {}, chart->barRect(0).center());
    QCOMPARE(page.currentLayer(), 0);
    QCOMPARE(chart->currentLayer(), 0);
}

QTEST_MAIN(TestInspectorPage)
#include "tst_inspectorpage.moc"

#include "bundle/bundlecodes.h"
#include "bundleeditor/containertablemodel.h"
#include "bundleeditor/diagnostictarget.h"
#include "bundleeditor/sourcelistmodel.h"
#include "project/projectfile.h"
#include "projectdocument.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace cbw;
using namespace cbw::app;
using core::bundle::BundleDesign;
using core::bundle::ContainerSpec;
using core::bundle::RestartPolicy;

namespace {

const QString kSeedDemo = QStringLiteral(CBW_SOURCE_DIR "/resources/examples/seed-demo.cbw.json");
constexpr int SeverityRole = Qt::UserRole + 1;
const QString kDigest =
    QStringLiteral("sha256:1111111111111111111111111111111111111111111111111111111111111111");

core::project::Project seedProject()
{
    const auto load = core::project::ProjectFile::load(kSeedDemo);
    if (!load)
        qFatal("cannot load the seed demo: %s", qPrintable(load.error().toString()));
    return load->project;
}

QModelIndex cell(const ContainerTableModel &model, int row, ContainerColumn column)
{
    return model.index(row, columnIndex(column));
}

} // namespace

class TestContainerTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsSeedBundles();
    void testerOverEveryBundle();
    void editGoesThroughTheDocumentAndUndoes();
    void rejectsBadValues_data();
    void rejectsBadValues();
    void insertAndUndoAreRowSignals();
    void removeScatteredRowsIsOneStep();
    void moveKeepsTheContainer();
    void digestColouring_data();
    void digestColouring();
    void remoteSourceInBundledModeIsRed();
    void dropOfBuildDirectorySources();
    void flagsFollowTheMode();
    void tooltipsNameTheVariable();
    void sourceListDragPayload();
    void diagnosticTargets_data();
    void diagnosticTargets();

private:
    ProjectDocument *m_document = nullptr;
    ContainerTableModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestContainerTableModel::init()
{
    m_document = new ProjectDocument;
    m_document->reset(seedProject(), kSeedDemo);
    m_model = new ContainerTableModel(m_document);
    m_tester = new QAbstractItemModelTester(m_model,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setBundleIndex(0);
}

void TestContainerTableModel::cleanup()
{
    delete m_tester;
    delete m_model;
    delete m_document;
}

void TestContainerTableModel::showsSeedBundles()
{
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->columnCount(), columnIndex(ContainerColumn::Count));
    QCOMPARE(cell(*m_model, 0, ContainerColumn::Source).data().toString(),
             QStringLiteral("container-base"));
    QCOMPARE(cell(*m_model, 1, ContainerColumn::Policy).data().toString(),
             QStringLiteral("autostart"));
    QCOMPARE(cell(*m_model, 0, ContainerColumn::Policy).data().toString(), QStringLiteral("none"));
    QCOMPARE(cell(*m_model, 1, ContainerColumn::ServiceFileKey).data().toString(),
             QStringLiteral("CONTAINER_SERVICE_FILE[autostart-test-container]"));
    QVERIFY(cell(*m_model, 0, ContainerColumn::ServiceFileKey).data().toString().isEmpty());
    QCOMPARE(cell(*m_model, 0, ContainerColumn::External).data(Qt::CheckStateRole).toInt(),
             int(Qt::Unchecked));

    m_model->setBundleIndex(1);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(cell(*m_model, 1, ContainerColumn::Source).data().toString(),
             QStringLiteral("docker.io/library/redis:7"));
    QCOMPARE(cell(*m_model, 1, ContainerColumn::DigestKey).data().toString(),
             QStringLiteral("CONTAINER_DIGESTS[docker.io_library_redis_7]"));
    // A local container has no digest varflag.
    QVERIFY(cell(*m_model, 0, ContainerColumn::DigestKey).data().toString().isEmpty());
    QCOMPARE(cell(*m_model, 0, ContainerColumn::Runtime).data().toString(),
             QStringLiteral("docker"));

    m_model->setBundleIndex(7);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->bundleIndex(), -1);
}

void TestContainerTableModel::testerOverEveryBundle()
{
    for (int i = -1; i < 2; ++i) {
        m_model->setBundleIndex(i);
        for (int row = 0; row < m_model->rowCount(); ++row) {
            for (int column = 0; column < m_model->columnCount(); ++column) {
                const QModelIndex index = m_model->index(row, column);
                QVERIFY(!index.data(Qt::ToolTipRole).toString().isEmpty());
                m_model->flags(index);
            }
        }
    }
    // Undo/redo through the tester too.
    m_model->setBundleIndex(1);
    QVERIFY(m_model->insertContainers(1, {QStringLiteral("a"), QStringLiteral("b")}));
    m_document->undoStack()->undo();
    m_document->undoStack()->redo();
    QCOMPARE(m_model->rowCount(), 4);
    m_document->reset(seedProject(), kSeedDemo);
    QCOMPARE(m_model->rowCount(), 2);
}

void TestContainerTableModel::editGoesThroughTheDocumentAndUndoes()
{
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->setData(cell(*m_model, 0, ContainerColumn::Policy), QStringLiteral("always")));
    QCOMPARE(m_document->project().bundles.at(0).containers.at(0).policy, RestartPolicy::Always);
    QVERIFY(m_document->isModified());
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Change restart policy"));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(cell(*m_model, 0, ContainerColumn::Policy).data().toString(),
             QStringLiteral("always"));

    m_document->undoStack()->undo();
    QCOMPARE(m_document->project().bundles.at(0).containers.at(0).policy, RestartPolicy::None);
    QCOMPARE(cell(*m_model, 0, ContainerColumn::Policy).data().toString(), QStringLiteral("none"));
    m_document->undoStack()->redo();
    QCOMPARE(cell(*m_model, 0, ContainerColumn::Policy).data().toString(),
             QStringLiteral("always"));

    // The same value again is no edit and no undo step.
    const int steps = m_document->undoStack()->count();
    QVERIFY(
        !m_model->setData(cell(*m_model, 0, ContainerColumn::Policy), QStringLiteral("always")));
    QCOMPARE(m_document->undoStack()->count(), steps);

    QVERIFY(m_model->setData(cell(*m_model, 0, ContainerColumn::External), Qt::Checked,
                             Qt::CheckStateRole));
    QVERIFY(m_document->project().bundles.at(0).containers.at(0).external);
    QVERIFY(
        m_model->setData(cell(*m_model, 0, ContainerColumn::Runtime), QStringLiteral("podman")));
    QCOMPARE(m_document->project().bundles.at(0).containers.at(0).runtime,
             QStringLiteral("podman"));
}

void TestContainerTableModel::rejectsBadValues_data()
{
    QTest::addColumn<int>("bundle");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("value");
    const int source = columnIndex(ContainerColumn::Source);
    QTest::newRow("empty source") << 0 << source << QString();
    QTest::newRow("blank in source") << 0 << source << QStringLiteral("my app");
    QTest::newRow("unknown runtime")
        << 0 << columnIndex(ContainerColumn::Runtime) << QStringLiteral("rkt");
    QTest::newRow("unknown policy")
        << 0 << columnIndex(ContainerColumn::Policy) << QStringLiteral("sometimes");
    QTest::newRow("blank in digest")
        << 1 << columnIndex(ContainerColumn::Digest) << QStringLiteral("sha256:aa bb");
    QTest::newRow("digest key is read-only")
        << 1 << columnIndex(ContainerColumn::DigestKey) << QStringLiteral("x");
    QTest::newRow("runtime of a recipe container")
        << 1 << columnIndex(ContainerColumn::Runtime) << QStringLiteral("podman");
}

void TestContainerTableModel::rejectsBadValues()
{
    QFETCH(int, bundle);
    QFETCH(int, column);
    QFETCH(QString, value);
    m_model->setBundleIndex(bundle);
    const int row = bundle == 1 ? 1 : 0;
    QVERIFY(!m_model->setData(m_model->index(row, column), value));
    QVERIFY(!m_document->isModified());
}

void TestContainerTableModel::insertAndUndoAreRowSignals()
{
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    QVERIFY(m_model->insertNewContainer(1));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 1);
    QCOMPARE(cell(*m_model, 1, ContainerColumn::Source).data().toString(),
             QStringLiteral("new-container"));
    QVERIFY(m_model->insertNewContainer(3));
    // "-n2", never "-2": a numeric last part would be taken as an image tag.
    QCOMPARE(cell(*m_model, 3, ContainerColumn::Source).data().toString(),
             QStringLiteral("new-container-n2"));

    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(removed.size(), 2);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_document->project().bundles.at(0), seedProject().bundles.at(0));
    QVERIFY(!m_model->insertContainers(0, {QStringLiteral("bad name")}));
}

void TestContainerTableModel::removeScatteredRowsIsOneStep()
{
    QVERIFY(m_model->insertContainers(2, {QStringLiteral("c"), QStringLiteral("d")}));
    const int steps = m_document->undoStack()->count();
    QVERIFY(m_model->removeContainers({3, 0, 3}));
    QCOMPARE(m_document->undoStack()->count(), steps + 1);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(cell(*m_model, 0, ContainerColumn::Source).data().toString(),
             QStringLiteral("autostart-test-container"));
    QCOMPARE(cell(*m_model, 1, ContainerColumn::Source).data().toString(), QStringLiteral("c"));
    m_document->undoStack()->undo();
    QCOMPARE(m_model->rowCount(), 4);
    QVERIFY(!m_model->removeContainers({9}));
}

void TestContainerTableModel::moveKeepsTheContainer()
{
    QSignalSpy moved(m_model, &QAbstractItemModel::rowsMoved);
    QVERIFY(m_model->moveContainer(0, 1));
    QCOMPARE(moved.size(), 1);
    QCOMPARE(m_document->project().bundles.at(0).containers.at(1).source,
             QStringLiteral("container-base"));
    QCOMPARE(cell(*m_model, 1, ContainerColumn::Source).data().toString(),
             QStringLiteral("container-base"));
    QVERIFY(!m_model->moveContainer(1, 1));
    QVERIFY(!m_model->moveContainer(0, -1));
    m_document->undoStack()->undo();
    QCOMPARE(cell(*m_model, 0, ContainerColumn::Source).data().toString(),
             QStringLiteral("container-base"));
}

void TestContainerTableModel::digestColouring_data()
{
    QTest::addColumn<QString>("digest");
    QTest::addColumn<int>("severity");
    QTest::newRow("valid") << kDigest << -1;
    QTest::newRow("short") << QStringLiteral("sha256:abc") << int(core::Severity::Error);
    QTest::newRow("upper case") << kDigest.toUpper() << int(core::Severity::Error);
    QTest::newRow("missing") << QString() << int(core::Severity::Error);
}

void TestContainerTableModel::digestColouring()
{
    QFETCH(QString, digest);
    QFETCH(int, severity);
    m_model->setBundleIndex(1);
    const QModelIndex index = cell(*m_model, 1, ContainerColumn::Digest);
    QVERIFY(m_model->setData(index, digest));
    QCOMPARE(index.data(SeverityRole).toInt(), severity);
    QCOMPARE(index.data(Qt::BackgroundRole).isValid(), severity >= 0);
    if (severity >= 0) {
        const QString tip = index.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QLatin1String("CONTAINER_DIGESTS[docker.io_library_redis_7]")),
                 qPrintable(tip));
    }
}

void TestContainerTableModel::remoteSourceInBundledModeIsRed()
{
    QVERIFY(m_model->insertContainers(2, {QStringLiteral("docker.io/library/nginx:1.25")}));
    const QModelIndex source = cell(*m_model, 2, ContainerColumn::Source);
    QCOMPARE(source.data(SeverityRole).toInt(), int(core::Severity::Error));
    QVERIFY(source.data(Qt::ToolTipRole).toString().contains(QLatin1String("bundle recipe")));
    // Other rows stay uncoloured.
    QCOMPARE(cell(*m_model, 0, ContainerColumn::Source).data(SeverityRole).toInt(), -1);
}

void TestContainerTableModel::dropOfBuildDirectorySources()
{
    QMimeData mime;
    mime.setData(QString::fromLatin1(ContainerTableModel::SourceMimeType),
                 QByteArrayLiteral("app-container\nother-latest-oci\n"));
    QVERIFY(m_model->canDropMimeData(&mime, Qt::CopyAction, 1, 0, {}));
    QVERIFY(!m_model->canDropMimeData(&mime, Qt::MoveAction, 1, 0, {}));
    QVERIFY(m_model->dropMimeData(&mime, Qt::CopyAction, 1, 0, {}));
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(cell(*m_model, 1, ContainerColumn::Source).data().toString(),
             QStringLiteral("app-container"));
    QCOMPARE(cell(*m_model, 2, ContainerColumn::Source).data().toString(),
             QStringLiteral("other-latest-oci"));
    // Dropped onto a row: before it.
    QVERIFY(m_model->dropMimeData(&mime, Qt::CopyAction, -1, -1,
                                  cell(*m_model, 0, ContainerColumn::Policy)));
    QCOMPARE(cell(*m_model, 0, ContainerColumn::Source).data().toString(),
             QStringLiteral("app-container"));

    QMimeData text;
    text.setText(QStringLiteral("app"));
    QVERIFY(!m_model->canDropMimeData(&text, Qt::CopyAction, 0, 0, {}));
    QVERIFY(!m_model->dropMimeData(&text, Qt::CopyAction, 0, 0, {}));
}

void TestContainerTableModel::flagsFollowTheMode()
{
    // BUNDLED_CONTAINERS: runtime and external editable, no digest.
    QVERIFY(cell(*m_model, 0, ContainerColumn::Runtime).flags() & Qt::ItemIsEditable);
    QVERIFY(cell(*m_model, 0, ContainerColumn::External).flags() & Qt::ItemIsUserCheckable);
    QVERIFY(!(cell(*m_model, 0, ContainerColumn::Digest).flags() & Qt::ItemIsEditable));
    // Bundle recipe: one runtime, no external, digest for the remote only.
    m_model->setBundleIndex(1);
    QVERIFY(!(cell(*m_model, 0, ContainerColumn::Runtime).flags() & Qt::ItemIsEditable));
    QVERIFY(!(cell(*m_model, 0, ContainerColumn::External).flags() & Qt::ItemIsUserCheckable));
    QVERIFY(!(cell(*m_model, 0, ContainerColumn::Digest).flags() & Qt::ItemIsEditable));
    QVERIFY(cell(*m_model, 1, ContainerColumn::Digest).flags() & Qt::ItemIsEditable);
    QVERIFY(!(cell(*m_model, 1, ContainerColumn::DigestKey).flags() & Qt::ItemIsEditable));
}

void TestContainerTableModel::tooltipsNameTheVariable()
{
    QCOMPARE(m_model->fieldDescription(ContainerColumn::Policy),
             QStringLiteral("BUNDLED_CONTAINERS: restart policy field (name:runtime:policy)"));
    QVERIFY(
        m_model->headerData(columnIndex(ContainerColumn::External), Qt::Horizontal, Qt::ToolTipRole)
            .toString()
            .startsWith(QLatin1String("BUNDLED_CONTAINERS: external field")));
    m_model->setBundleIndex(1);
    QCOMPARE(m_model->fieldDescription(ContainerColumn::Policy),
             QStringLiteral("CONTAINER_BUNDLES: restart policy field (source:policy)"));
    QVERIFY(m_model->fieldDescription(ContainerColumn::Digest, 1)
                .startsWith(QLatin1String("CONTAINER_DIGESTS[docker.io_library_redis_7]")));
    QVERIFY(m_model->fieldDescription(ContainerColumn::ServiceFile, 0)
                .startsWith(QLatin1String("CONTAINER_SERVICE_FILE[container-app-base]")));
}

void TestContainerTableModel::sourceListDragPayload()
{
    core::project::BuildDirectoryInfo info;
    info.topDir = QStringLiteral("/build");
    info.recipes.append({core::project::RecipeSource::Kind::ContainerImage,
                         QStringLiteral("zeta-container"), QStringLiteral("/l/zeta.bb"),
                         QStringLiteral("/l")});
    info.recipes.append({core::project::RecipeSource::Kind::ContainerBundle,
                         QStringLiteral("some-bundle"), QStringLiteral("/l/b.bb"),
                         QStringLiteral("/l")});
    info.recipes.append({core::project::RecipeSource::Kind::ContainerImage,
                         QStringLiteral("alpha-container"), QStringLiteral("/l/alpha.bb"),
                         QStringLiteral("/l")});
    core::project::DeployedImage deployed;
    deployed.name = QStringLiteral("alpha-container-latest-oci");
    deployed.path = QStringLiteral("/build/tmp/deploy/images/m/alpha-container-latest-oci");
    info.deployedImages.append(deployed);

    SourceListModel sources;
    QAbstractItemModelTester tester(&sources,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    sources.setBuildDirectory(info);
    // Bundle recipes are not containers; recipes first, then deployed directories.
    QCOMPARE(sources.rowCount(), 3);
    QCOMPARE(sources.index(0).data(SourceListModel::SourceNameRole).toString(),
             QStringLiteral("alpha-container"));
    QCOMPARE(sources.index(1).data(SourceListModel::SourceNameRole).toString(),
             QStringLiteral("zeta-container"));
    QCOMPARE(sources.index(2).data(SourceListModel::SourceNameRole).toString(),
             QStringLiteral("alpha-container-latest-oci"));
    QVERIFY(sources.flags(sources.index(0)) & Qt::ItemIsDragEnabled);

    std::unique_ptr<QMimeData> mime(sources.mimeData({sources.index(2), sources.index(0)}));
    QVERIFY(mime);
    QCOMPARE(mime->data(QString::fromLatin1(ContainerTableModel::SourceMimeType)),
             QByteArrayLiteral("alpha-container-latest-oci\nalpha-container"));
    QVERIFY(m_model->dropMimeData(mime.get(), Qt::CopyAction, 2, 0, {}));
    QCOMPARE(m_document->project().bundles.at(0).containers.size(), 4);
    QCOMPARE(m_document->project().bundles.at(0).containers.at(2).source,
             QStringLiteral("alpha-container-latest-oci"));
}

void TestContainerTableModel::diagnosticTargets_data()
{
    QTest::addColumn<int>("bundle");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("area");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    using Area = DiagnosticTarget::Area;
    const int table = int(Area::Table);
    QTest::newRow("policy of entry")
        << 0 << QString(core::bundle::codes::RestartUnlessStopped)
        << QStringLiteral("BUNDLED_CONTAINERS entry "
                          "'autostart-test-container:docker:autostart': policy 'autostart' ...")
        << table << 1 << columnIndex(ContainerColumn::Policy);
    QTest::newRow("digest by mangled key")
        << 1 << QString(core::bundle::codes::MalformedDigest)
        << QStringLiteral("CONTAINER_DIGESTS[docker.io_library_redis_7] = \"x\" is not a digest")
        << table << 1 << columnIndex(ContainerColumn::Digest);
    QTest::newRow("design check quotes the source")
        << 0 << QString(core::bundle::codes::RemoteNeedsBundleRecipe)
        << QStringLiteral("Container 'container-base' is a registry reference") << table << 0
        << columnIndex(ContainerColumn::Source);
    QTest::newRow("longest mention wins")
        << 0 << QString(core::bundle::codes::ServiceFileMissing)
        << QStringLiteral("CONTAINER_SERVICE_FILE[autostart-test-container] = \"/x\": ...") << table
        << 1 << columnIndex(ContainerColumn::ServiceFile);
    QTest::newRow("empty value") << 0 << QString(core::bundle::codes::Empty)
                                 << QStringLiteral("BUNDLED_CONTAINERS is empty") << table << -1
                                 << columnIndex(ContainerColumn::Source);
    QTest::newRow("recipe name") << 1 << QString(core::bundle::codes::InvalidRecipeName)
                                 << QStringLiteral("Recipe name 'A' is not usable")
                                 << int(Area::RecipeName) << -1
                                 << columnIndex(ContainerColumn::Source);
    QTest::newRow("prerequisite") << 0 << QString(core::bundle::codes::MissingMulticonfig)
                                  << QStringLiteral("BBMULTICONFIG does not contain ...")
                                  << int(Area::Prerequisites) << -1
                                  << columnIndex(ContainerColumn::Source);
    QTest::newRow("deploy") << 1 << QString(core::bundle::codes::DeployWithoutRemote)
                            << QStringLiteral("CONTAINER_BUNDLE_DEPLOY = \"1\" but ...")
                            << int(Area::Deploy) << -1 << columnIndex(ContainerColumn::Source);
}

void TestContainerTableModel::diagnosticTargets()
{
    QFETCH(int, bundle);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(int, area);
    QFETCH(int, row);
    QFETCH(int, column);
    const BundleDesign design = m_document->project().bundles.at(bundle);
    const DiagnosticTarget t =
        DiagnosticTarget::of(design, core::Diagnostic::warning(code, message));
    QCOMPARE(int(t.area), area);
    QCOMPARE(t.row, row);
    QCOMPARE(columnIndex(t.column), column);
}

QTEST_MAIN(TestContainerTableModel)
#include "tst_containertablemodel.moc"

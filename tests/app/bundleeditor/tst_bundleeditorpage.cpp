#include "bundle/bundlecodes.h"
#include "bundleeditor/bundleeditorpage.h"
#include "bundleeditor/containertablemodel.h"
#include "bundleeditor/localconfapplydialog.h"
#include "bundleeditor/sourcelistmodel.h"
#include "project/projectfile.h"
#include "projectdocument.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace cbw;
using namespace cbw::app;
using core::bundle::BundleDesign;
using core::bundle::RestartPolicy;
namespace codes = core::bundle::codes;

namespace {

const QString kSeedDemo = QStringLiteral(CBW_SOURCE_DIR "/resources/examples/seed-demo.cbw.json");
constexpr int SeverityRole = Qt::UserRole + 1;

core::project::Project seedProject()
{
    const auto load = core::project::ProjectFile::load(kSeedDemo);
    if (!load)
        qFatal("cannot load the seed demo: %s", qPrintable(load.error().toString()));
    return load->project;
}

bool hasCode(const core::Diagnostics &ds, const QString &code)
{
    return std::any_of(ds.cbegin(), ds.cend(),
                       [&code](const core::Diagnostic &d) { return d.code == code; });
}

core::Diagnostic firstWithCode(const core::Diagnostics &ds, const QString &code)
{
    for (const core::Diagnostic &d : ds) {
        if (d.code == code)
            return d;
    }
    return {};
}

bool previewTitled(const QList<PreviewFile> &previews, const QString &title)
{
    return std::any_of(previews.cbegin(), previews.cend(),
                       [&title](const PreviewFile &p) { return p.title == title; });
}

} // namespace

// The Bundles page driven through its real widgets, offscreen.
class TestBundleEditorPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addContainerWithKeyboardChangePolicyUndoRedo();
    void remoteContainerInBundledModeIsReportedAndRevealed();
    void digestEditorValidatesWhileTyping();
    void reorderWithKeyboard();
    void customServiceFileReplacesTheUnit();
    void sourcesDragAndEnter();
    void modeSwitchAsksWithWhatCannotBeConverted();
    void diagnosticsFollowTyping();
    void tooltipsNameTheVariables();
    void prerequisitesAgainstTheBuildDirectory();
    void applyToLocalConfChangesOnlyTheAssignment();
    void applyRefusesADesignWithErrors();
    void bundleListAddRemoveUndo();
    void emptyProjectDisablesTheEditor();

private:
    template<typename T> T *child(const char *name) const
    {
        T *w = m_page->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    QTableView *table() const { return child<QTableView>("containerTable"); }
    core::project::BuildDirectoryInfo buildDirectory(const QString &topDir) const;

    ProjectDocument *m_document = nullptr;
    BundleEditorPage *m_page = nullptr;
};

void TestBundleEditorPage::init()
{
    m_document = new ProjectDocument;
    m_document->reset(seedProject(), kSeedDemo);
    m_page = new BundleEditorPage(m_document);
    m_page->setConfirmConversion([](const core::bundle::ModeConversion &, QWidget *) {
        qFatal("unexpected conversion dialog");
        return false;
    });
    m_page->setConfirmApply([](LocalConfApplyRequest &, QWidget *) {
        qFatal("unexpected apply dialog");
        return false;
    });
    m_page->resize(1200, 800);
    m_page->show();
    QApplication::setActiveWindow(m_page);
    QVERIFY(QTest::qWaitForWindowActive(m_page));
}

void TestBundleEditorPage::cleanup()
{
    delete m_page;
    delete m_document;
}

core::project::BuildDirectoryInfo TestBundleEditorPage::buildDirectory(const QString &topDir) const
{
    core::project::BuildDirectoryInfo info;
    info.topDir = topDir;
    info.localConfPath = topDir + QStringLiteral("/conf/local.conf");
    info.machine = QStringLiteral("qemux86-64");
    info.recipes.append({core::project::RecipeSource::Kind::ContainerImage,
                         QStringLiteral("app-container"), topDir + QStringLiteral("/a.bb"),
                         topDir});
    info.recipes.append({core::project::RecipeSource::Kind::ContainerImage,
                         QStringLiteral("web-container"), topDir + QStringLiteral("/w.bb"),
                         topDir});
    return info;
}

void TestBundleEditorPage::addContainerWithKeyboardChangePolicyUndoRedo()
{
    QCOMPARE(m_page->title(), QStringLiteral("Bundles"));
    QCOMPARE(m_page->currentBundle(), 0);
    auto *units = child<QPlainTextEdit>("unitPreview");
    QVERIFY(!units->toPlainText().contains(QLatin1String("container-my-app")));

    QTableView *view = table();
    view->setFocus();
    view->setCurrentIndex(m_page->containerModel()->index(1, 0));
    QTest::keyClick(view, Qt::Key_Insert);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QCOMPARE(editor->objectName(), QStringLiteral("sourceEditor"));
    QTest::keyClicks(editor, QStringLiteral("xmy-app"));
    // Delete in the editor edits the text; it does not remove the container.
    QTest::keyClick(editor, Qt::Key_Home);
    QTest::keyClick(editor, Qt::Key_Delete);
    QCOMPARE(editor->text(), QStringLiteral("my-app"));
    QTest::keyClick(editor, Qt::Key_Return);

    // The delegate commits on Return through a queued call.
    const auto containers = [this] { return m_document->project().bundles.at(0).containers; };
    QTRY_COMPARE(containers().at(2).source, QStringLiteral("my-app"));
    QCOMPARE(containers().size(), 3);
    QCOMPARE(m_document->undoStack()->count(), 2); // add, rename
    QVERIFY(m_document->isModified());

    // Policy through the delegate's combo box: F2, arrow down, done.
    const QModelIndex policy =
        m_page->containerModel()->index(2, columnIndex(ContainerColumn::Policy));
    view->setFocus();
    view->setCurrentIndex(policy);
    QTest::keyClick(view, Qt::Key_F2);
    auto *combo = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QVERIFY(combo);
    QCOMPARE(combo->objectName(), QStringLiteral("policyEditor"));
    QCOMPARE(combo->currentText(), QStringLiteral("none"));
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(containers().at(2).policy, RestartPolicy::Autostart);
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Change restart policy"));

    const QString unitPath = QStringLiteral("/lib/systemd/system/container-my-app.service");
    QVERIFY2(units->toPlainText().contains(unitPath), qPrintable(units->toPlainText()));
    QVERIFY(units->toPlainText().contains(
        QLatin1String("ExecStart=/usr/bin/docker run --rm --name my-app my-app:latest")));
    QVERIFY(previewTitled(m_page->previews(), unitPath));
    QVERIFY(previewTitled(
        m_page->previews(),
        QStringLiteral("/etc/systemd/system/multi-user.target.wants/container-my-app.service")));

    // Ctrl+Z / Ctrl+Shift+Z on the window's actions.
    QAction *undo = m_document->undoStack()->createUndoAction(m_page);
    undo->setShortcut(QKeySequence::Undo);
    m_page->addAction(undo);
    QAction *redo = m_document->undoStack()->createRedoAction(m_page);
    redo->setShortcut(QKeySequence::Redo);
    m_page->addAction(redo);

    view->setFocus();
    QTest::keySequence(view, QKeySequence::Undo);
    QCOMPARE(containers().at(2).policy, RestartPolicy::None);
    QVERIFY(!units->toPlainText().contains(unitPath));
    QVERIFY(!previewTitled(m_page->previews(), unitPath));
    QCOMPARE(m_page->containerModel()->index(2, columnIndex(ContainerColumn::Policy)).data(),
             QVariant(QStringLiteral("none")));

    QTest::keySequence(view, QKeySequence::Redo);
    QCOMPARE(containers().at(2).policy, RestartPolicy::Autostart);
    QVERIFY(units->toPlainText().contains(unitPath));

    // Podman runtime: the Quadlet file replaces the unit.
    const QModelIndex runtime =
        m_page->containerModel()->index(2, columnIndex(ContainerColumn::Runtime));
    view->setCurrentIndex(runtime);
    QTest::keyClick(view, Qt::Key_F2);
    combo = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QVERIFY(combo);
    QCOMPARE(combo->objectName(), QStringLiteral("runtimeEditor"));
    QTest::keyClick(combo, Qt::Key_End);
    QCOMPARE(containers().at(2).runtime, QStringLiteral("podman"));
    QVERIFY(units->toPlainText().contains(
        QLatin1String("/etc/containers/systemd/container-my-app.container")));
    QVERIFY(!units->toPlainText().contains(unitPath));
}

void TestBundleEditorPage::remoteContainerInBundledModeIsReportedAndRevealed()
{
    QVERIFY(!hasCode(m_page->diagnostics(), codes::RemoteNeedsBundleRecipe));
    QTableView *view = table();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Insert);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("docker.io/library/nginx:1.25"));
    // Coloured red while typing: BUNDLED_CONTAINERS cannot fetch.
    QCOMPARE(editor->property("cbwSeverity").toInt(), int(core::Severity::Error));
    // The core's diagnostic is there before the edit is committed.
    QVERIFY(hasCode(m_page->diagnostics(), codes::RemoteNeedsBundleRecipe));
    QCOMPARE(m_document->project().bundles.at(0).containers.size(), 3);
    QVERIFY(!hasCode(core::bundle::BundleDesignCodec::validate(m_document->project().bundles.at(0)),
                     codes::RemoteNeedsBundleRecipe));
    QTest::keyClick(editor, Qt::Key_Return);
    const int row = view->currentIndex().row();
    QTRY_COMPARE(m_document->project().bundles.at(0).containers.at(row).source,
                 QStringLiteral("docker.io/library/nginx:1.25"));
    QTRY_VERIFY(!table()->findChild<QLineEdit *>(QStringLiteral("sourceEditor")));

    const core::Diagnostics ds = m_page->diagnostics();
    QVERIFY(hasCode(ds, codes::RemoteNeedsBundleRecipe));
    const core::Diagnostic remote = firstWithCode(ds, codes::RemoteNeedsBundleRecipe);
    QVERIFY(remote.message.contains(QLatin1String("docker.io/library/nginx:1.25")));

    // Visible in the page's problem list and as a red cell.
    auto *problems = child<QListWidget>("problemList");
    auto *tabs = child<QTabWidget>("detailTabs");
    tabs->setCurrentIndex(0);
    QVERIFY(problems->isVisible());
    QVERIFY(!problems->findItems(remote.message, Qt::MatchExactly).isEmpty());
    QVERIFY(tabs->tabText(0).startsWith(QLatin1String("Problems (")));
    QCOMPARE(m_page->containerModel()
                 ->index(row, columnIndex(ContainerColumn::Source))
                 .data(SeverityRole)
                 .toInt(),
             int(core::Severity::Error));
    // The fragment is not generated while the design has errors.
    QVERIFY(child<QPlainTextEdit>("generatedPreview")
                ->toPlainText()
                .contains(QLatin1String("not generated")));

    // Reveal from another bundle: the page switches back and lands on the source cell.
    m_page->setCurrentBundle(1);
    child<QLineEdit>("summaryEdit")->setFocus();
    QVERIFY(m_page->revealDiagnostic(remote));
    QCOMPARE(m_page->currentBundle(), 0);
    QCOMPARE(view->currentIndex().row(), row);
    QCOMPARE(view->currentIndex().column(), columnIndex(ContainerColumn::Source));
    QVERIFY(view->hasFocus());

    // A policy warning lands on the policy column of its row.
    const core::Diagnostic policy = firstWithCode(ds, codes::RestartUnlessStopped);
    QVERIFY(!policy.code.isEmpty());
    QVERIFY(m_page->revealDiagnostic(policy));
    QCOMPARE(view->currentIndex().row(), row == 1 ? 2 : 1); // autostart-test-container
    QCOMPARE(view->currentIndex().column(), columnIndex(ContainerColumn::Policy));

    core::Diagnostic unknown = remote;
    unknown.message = QStringLiteral("not from this page");
    QVERIFY(!m_page->revealDiagnostic(unknown));
}

void TestBundleEditorPage::digestEditorValidatesWhileTyping()
{
    m_page->setCurrentBundle(1);
    QTableView *view = table();
    const QModelIndex digest =
        m_page->containerModel()->index(1, columnIndex(ContainerColumn::Digest));
    const QString before = digest.data().toString();
    view->setFocus();
    view->setCurrentIndex(digest);
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QCOMPARE(editor->objectName(), QStringLiteral("digestEditor"));
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("sha256:abc"));
    QCOMPARE(editor->property("cbwSeverity").toInt(), int(core::Severity::Error));
    QVERIFY(!editor->hasAcceptableInput());
    // Not a digest: Enter does not write it.
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    QCOMPARE(m_document->project().bundles.at(1).containers.at(1).digest, before);

    const QString good = QStringLiteral("sha256:") + QString(64, QLatin1Char('a'));
    editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    if (!editor || editor->objectName() != QLatin1String("digestEditor")) {
        view->setCurrentIndex(digest);
        QTest::keyClick(view, Qt::Key_F2);
        editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    }
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, good);
    QCOMPARE(editor->property("cbwSeverity").toInt(), -1);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(m_document->project().bundles.at(1).containers.at(1).digest, good);
    QCOMPARE(digest.data(SeverityRole).toInt(), -1);
}

void TestBundleEditorPage::reorderWithKeyboard()
{
    QTableView *view = table();
    view->setFocus();
    view->setCurrentIndex(m_page->containerModel()->index(0, 2));
    QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(m_document->project().bundles.at(0).containers.at(1).source,
             QStringLiteral("container-base"));
    QCOMPARE(view->currentIndex().row(), 1);
    QCOMPARE(view->currentIndex().column(), 2);
    QTest::keyClick(view, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(m_document->project().bundles.at(0).containers.at(0).source,
             QStringLiteral("container-base"));
    // Delete removes the current container.
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(m_document->project().bundles.at(0).containers.size(), 1);
    QCOMPARE(m_document->undoStack()->undoText(),
             QStringLiteral("Remove container container-base"));
}

void TestBundleEditorPage::customServiceFileReplacesTheUnit()
{
    QTemporaryDir dir;
    const QString custom = dir.path() + QStringLiteral("/autostart.service");
    {
        QFile f(custom);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[Service]\nExecStart=/usr/bin/true\n");
    }
    QTableView *view = table();
    const QModelIndex cell =
        m_page->containerModel()->index(1, columnIndex(ContainerColumn::ServiceFile));
    view->setFocus();
    view->setCurrentIndex(cell);
    QTest::keyClick(view, Qt::Key_F2);
    auto *edit = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(edit);
    QCOMPARE(edit->objectName(), QStringLiteral("serviceFileEdit"));
    QTest::keyClicks(edit, custom);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE(m_document->project().bundles.at(0).containers.at(1).customServiceFile, custom);

    const QString unitPath =
        QStringLiteral("/lib/systemd/system/container-autostart-test-container.service");
    const QList<PreviewFile> previews = m_page->previews();
    const auto it = std::find_if(previews.cbegin(), previews.cend(), [&unitPath](const auto &p) {
        return p.title.startsWith(unitPath);
    });
    QVERIFY(it != previews.cend());
    QVERIFY(it->title.contains(custom));
    QCOMPARE(it->text, QStringLiteral("[Service]\nExecStart=/usr/bin/true\n"));
    QVERIFY(
        child<QPlainTextEdit>("generatedPreview")
            ->toPlainText()
            .contains(QStringLiteral("CONTAINER_SERVICE_FILE[autostart-test-container] = \"%1\"")
                          .arg(custom)));
}

void TestBundleEditorPage::sourcesDragAndEnter()
{
    QTemporaryDir dir;
    m_document->setBuildDirectory(buildDirectory(dir.path()));
    auto *list = child<QListView>("sourceList");
    QCOMPARE(list->model()->rowCount(), 2);

    // Drag: the list's payload dropped on the table's model.
    std::unique_ptr<QMimeData> mime(list->model()->mimeData({list->model()->index(1, 0)}));
    QVERIFY(mime);
    QVERIFY(m_page->containerModel()->dropMimeData(mime.get(), Qt::CopyAction, 0, 0, {}));
    QCOMPARE(m_document->project().bundles.at(0).containers.at(0).source,
             QStringLiteral("web-container"));

    // Enter on a source appends it.
    list->setFocus();
    list->setCurrentIndex(list->model()->index(0, 0));
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(m_document->project().bundles.at(0).containers.last().source,
             QStringLiteral("app-container"));
    QCOMPARE(m_document->undoStack()->count(), 2);
}

void TestBundleEditorPage::modeSwitchAsksWithWhatCannotBeConverted()
{
    m_page->setCurrentBundle(1);
    auto *bundled = child<QRadioButton>("bundledModeButton");
    auto *recipe = child<QRadioButton>("recipeModeButton");
    QVERIFY(recipe->isChecked());

    core::Diagnostics shown;
    bool answer = false;
    m_page->setConfirmConversion(
        [&shown, &answer](const core::bundle::ModeConversion &conversion, QWidget *) {
            shown = conversion.diagnostics;
            return answer;
        });
    QTest::mouseClick(bundled, Qt::LeftButton);
    QVERIFY(hasCode(shown, codes::RemoteNeedsBundleRecipe));
    QCOMPARE(m_document->project().bundles.at(1).mode, BundleDesign::Mode::BundleRecipe);
    QVERIFY(recipe->isChecked()); // declined: the buttons show the mode again

    answer = true;
    QTest::mouseClick(bundled, Qt::LeftButton);
    QCOMPARE(m_document->project().bundles.at(1).mode, BundleDesign::Mode::BundledContainers);
    QCOMPARE(m_document->project().bundles.at(1).containers.size(), 1);
    QVERIFY(bundled->isChecked());
    QVERIFY(child<QPushButton>("applyButton")->isVisibleTo(m_page));
    QVERIFY(!child<QLineEdit>("summaryEdit")->isVisibleTo(m_page));

    m_document->undoStack()->undo();
    QCOMPARE(m_document->project().bundles.at(1).containers.size(), 2);
    QVERIFY(recipe->isChecked());

    // Back to BUNDLED_CONTAINERS and forward again without loss: no question asked.
    m_page->setCurrentBundle(0);
    shown.clear();
    QVERIFY(m_page->switchMode(BundleDesign::Mode::BundleRecipe));
    QVERIFY(shown.isEmpty());
    QCOMPARE(m_document->project().bundles.at(0).mode, BundleDesign::Mode::BundleRecipe);
}

void TestBundleEditorPage::diagnosticsFollowTyping()
{
    m_page->setCurrentBundle(1);
    auto *name = child<QLineEdit>("recipeNameEdit");
    name->setFocus();
    name->selectAll();
    QVERIFY(!hasCode(m_page->diagnostics(), codes::InvalidRecipeName));
    QTest::keyClicks(name, QStringLiteral("Bad_Name"));
    // Reported while typing, before the project changes.
    QVERIFY(hasCode(m_page->diagnostics(), codes::InvalidRecipeName));
    QCOMPARE(m_document->project().bundles.at(1).recipeName,
             QStringLiteral("demo-container-bundle"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(m_document->project().bundles.at(1).recipeName, QStringLiteral("Bad_Name"));
    const core::Diagnostic d = firstWithCode(m_page->diagnostics(), codes::InvalidRecipeName);
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(name->text(), QStringLiteral("demo-container-bundle"));
    QVERIFY(!hasCode(m_page->diagnostics(), codes::InvalidRecipeName));
    Q_UNUSED(d);
}

void TestBundleEditorPage::tooltipsNameTheVariables()
{
    QVERIFY(child<QComboBox>("runtimeCombo")
                ->toolTip()
                .startsWith(QLatin1String("BUNDLED_CONTAINERS: runtime field")));
    QTableView *view = table();
    view->setFocus();
    view->setCurrentIndex(m_page->containerModel()->index(0, columnIndex(ContainerColumn::Policy)));
    QTest::keyClick(view, Qt::Key_F2);
    auto *combo = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QVERIFY(combo);
    QCOMPARE(combo->toolTip(),
             QStringLiteral("BUNDLED_CONTAINERS: restart policy field (name:runtime:policy)"));
    QTest::keyClick(combo, Qt::Key_Escape);
    m_page->setCurrentBundle(1);
    QVERIFY(child<QComboBox>("runtimeCombo")
                ->toolTip()
                .startsWith(QLatin1String("CONTAINER_BUNDLE_RUNTIME")));
    QVERIFY(child<QLineEdit>("flagsAcceptedEdit")
                ->toolTip()
                .startsWith(QLatin1String("CONTAINER_FLAGS_ACCEPTED")));
}

void TestBundleEditorPage::prerequisitesAgainstTheBuildDirectory()
{
    auto *list = child<QListWidget>("prerequisiteList");
    auto *fix = child<QPushButton>("fixPrerequisiteButton");
    QVERIFY(!hasCode(m_page->diagnostics(), codes::MissingDistroFeature));
    QVERIFY(!fix->isEnabled());

    QTemporaryDir dir;
    core::project::BuildDirectoryInfo info = buildDirectory(dir.path());
    info.machine = QStringLiteral("qemuarm64");
    info.distroFeatures = {QStringLiteral("virtualization")};
    m_document->setBuildDirectory(info);

    const core::Diagnostics ds = m_page->diagnostics();
    const core::Diagnostic feature = firstWithCode(ds, codes::MissingDistroFeature);
    QVERIFY(feature.message.contains(QLatin1String("vcontainer")));
    QCOMPARE(feature.location.file, info.localConfPath);
    const auto vcontainer =
        list->findItems(QStringLiteral("DISTRO_FEATURES contains 'vcontainer'"), Qt::MatchExactly);
    QCOMPARE(vcontainer.size(), 1);
    // The exact line the core would add is named, in either mode.
    QVERIFY2(vcontainer.first()->toolTip().contains(
                 QLatin1String("DISTRO_FEATURES:append = \" vcontainer\"")),
             qPrintable(vcontainer.first()->toolTip()));
    QVERIFY(!list->findItems(QStringLiteral("BBMULTICONFIG contains 'vruntime-x86-64' "
                                            "(TARGET_ARCH x86_64)"),
                             Qt::MatchExactly)
                 .isEmpty());

    // The bundle says qemux86-64, the build builds qemuarm64: one click records it.
    const auto machineItems = list->findItems(QStringLiteral("qemuarm64"), Qt::MatchContains);
    QCOMPARE(machineItems.size(), 1);
    list->setCurrentItem(machineItems.first());
    QVERIFY(fix->isEnabled());
    QTest::mouseClick(fix, Qt::LeftButton);
    QCOMPARE(m_document->project().bundles.at(0).machine, QStringLiteral("qemuarm64"));
    QVERIFY(!list->findItems(QStringLiteral("BBMULTICONFIG contains 'vruntime-aarch64' "
                                            "(TARGET_ARCH aarch64)"),
                             Qt::MatchExactly)
                 .isEmpty());
    QVERIFY(child<QPlainTextEdit>("generatedPreview")
                ->toPlainText()
                .contains(QLatin1String("BBMULTICONFIG:append = \" vruntime-aarch64\"")));
    QVERIFY(m_page->revealDiagnostic(feature));
    QVERIFY(list->hasFocus());
}

void TestBundleEditorPage::applyToLocalConfChangesOnlyTheAssignment()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("conf")));
    const QByteArray original = "# my build\n"
                                "MACHINE ?\?= \"qemux86-64\"\n"
                                "BUNDLED_CONTAINERS = \"old-container:docker\"\n"
                                "DISTRO ?= \"poky\"\n"
                                "   # odd   spacing kept\n";
    const QString path = dir.path() + QStringLiteral("/conf/local.conf");
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(original);
    }
    auto *apply = child<QPushButton>("applyButton");
    QVERIFY(!apply->isEnabled()); // no build directory yet
    m_document->setBuildDirectory(buildDirectory(dir.path()));
    QVERIFY(apply->isEnabled());

    QByteArray shownDiff;
    core::project::LocalConfApplyOptions proposed;
    m_page->setConfirmApply([&](LocalConfApplyRequest &request, QWidget *) {
        shownDiff = request.diff;
        proposed = request.options;
        request.options.fixDistroFeatures = false; // the user unticks it
        request.compute();
        return true;
    });
    QTest::mouseClick(apply, Qt::LeftButton);

    QVERIFY(proposed.fixDistroFeatures);
    QVERIFY(proposed.fixMulticonfig);
    QVERIFY2(shownDiff.contains("-BUNDLED_CONTAINERS = \"old-container:docker\""),
             shownDiff.constData());
    QVERIFY(shownDiff.contains("+BUNDLED_CONTAINERS = \"container-base:docker "
                               "autostart-test-container:docker:autostart\"\n"));
    QVERIFY(shownDiff.contains("+BBMULTICONFIG:append = \" vruntime-x86-64\"\n"));

    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray after = written.readAll();
    QVERIFY(after.startsWith("# my build\nMACHINE ?\?= \"qemux86-64\"\n"));
    QVERIFY(after.contains("DISTRO ?= \"poky\"\n   # odd   spacing kept\n"));
    QVERIFY(!after.contains("old-container"));
    QVERIFY(after.contains("container-base:docker"));
    QVERIFY(after.contains("BBMULTICONFIG:append = \" vruntime-x86-64\"\n"));
    QVERIFY(!after.contains("DISTRO_FEATURES")); // unticked
    QFile backup(path + QStringLiteral(".bak"));
    QVERIFY(backup.open(QIODevice::ReadOnly));
    QCOMPARE(backup.readAll(), original);
    QVERIFY(child<QLabel>("applyStatus")->text().startsWith(QLatin1String("Wrote")));
    QVERIFY(m_document->buildDirectory().multiconfigs.contains(QStringLiteral("vruntime-x86-64")));

    // Applying again proposes only what is still missing (the unticked DISTRO_FEATURES);
    // cancelling writes nothing.
    QByteArray secondDiff;
    m_page->setConfirmApply([&secondDiff](LocalConfApplyRequest &request, QWidget *) {
        secondDiff = request.diff;
        return false;
    });
    QVERIFY(!m_page->applyToLocalConf());
    QVERIFY(secondDiff.contains("+DISTRO_FEATURES:append"));
    QVERIFY(!secondDiff.contains("-BUNDLED_CONTAINERS"));
    QVERIFY(!secondDiff.contains("+BBMULTICONFIG"));
    QFile unchanged(path);
    QVERIFY(unchanged.open(QIODevice::ReadOnly));
    QCOMPARE(unchanged.readAll(), after);
}

void TestBundleEditorPage::applyRefusesADesignWithErrors()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("conf")));
    const QString path = dir.path() + QStringLiteral("/conf/local.conf");
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("MACHINE = \"qemux86-64\"\n");
    }
    m_document->setBuildDirectory(buildDirectory(dir.path()));
    QVERIFY(m_page->containerModel()->insertContainers(0, {QStringLiteral("quay.io/x/y:1")}));
    QVERIFY(!m_page->applyToLocalConf());
    QVERIFY(!child<QLabel>("applyStatus")->text().isEmpty());
    QVERIFY(!QFile::exists(path + QStringLiteral(".bak")));

    // A missing local.conf is reported, not a crash.
    m_document->undoStack()->undo();
    QVERIFY(QFile::remove(path));
    QVERIFY(!m_page->applyToLocalConf());
    QVERIFY(child<QLabel>("applyStatus")->text().contains(path));
}

void TestBundleEditorPage::bundleListAddRemoveUndo()
{
    auto *list = child<QListWidget>("bundleList");
    QCOMPARE(list->count(), 2);
    QVERIFY(list->item(1)->text().contains(QLatin1String("container-bundle recipe")));
    QTest::mouseClick(child<QPushButton>("addBundleButton"), Qt::LeftButton);
    QCOMPARE(list->count(), 3);
    QCOMPARE(m_page->currentBundle(), 2);
    QCOMPARE(list->currentRow(), 2);
    // An empty BUNDLED_CONTAINERS is reported at once.
    QVERIFY(hasCode(m_page->diagnostics(), codes::Empty));
    QTest::mouseClick(child<QPushButton>("removeBundleButton"), Qt::LeftButton);
    QCOMPARE(list->count(), 2);
    m_document->undoStack()->undo();
    QCOMPARE(list->count(), 3);
    m_document->undoStack()->undo();
    QCOMPARE(list->count(), 2);
    QVERIFY(m_page->currentBundle() >= 0);

    // The same with the keyboard on the list.
    list->setFocus();
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(m_document->project().bundles.size(), 1);
    QCOMPARE(m_document->project().bundles.at(0).recipeName,
             QStringLiteral("demo-container-bundle"));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Insert);
    QCOMPARE(m_document->project().bundles.size(), 2);
}

void TestBundleEditorPage::emptyProjectDisablesTheEditor()
{
    m_document->reset(core::project::Project{}, QString());
    QCOMPARE(m_page->currentBundle(), -1);
    QCOMPARE(m_page->containerModel()->rowCount(), 0);
    QVERIFY(m_page->diagnostics().isEmpty());
    QVERIFY(m_page->previews().isEmpty());
    QVERIFY(!child<QWidget>("containersPane")->isEnabled());
    QVERIFY(!child<QPushButton>("removeBundleButton")->isEnabled());
    QVERIFY(!m_page->switchMode(BundleDesign::Mode::BundleRecipe));
    QVERIFY(!m_page->applyToLocalConf());

    // The first bundle of a fresh project takes the build directory's machine.
    QTemporaryDir dir;
    core::project::BuildDirectoryInfo info = buildDirectory(dir.path());
    info.machine = QStringLiteral("qemuarm64");
    m_document->setBuildDirectory(info);
    QTest::mouseClick(child<QPushButton>("addBundleButton"), Qt::LeftButton);
    QCOMPARE(m_page->currentBundle(), 0);
    QCOMPARE(m_document->project().bundles.at(0).machine, QStringLiteral("qemuarm64"));
    QVERIFY(child<QWidget>("containersPane")->isEnabled());
    QVERIFY(child<QLineEdit>("recipeNameEdit")->hasFocus());
}

QTEST_MAIN(TestBundleEditorPage)
#include "tst_bundleeditorpage.moc"

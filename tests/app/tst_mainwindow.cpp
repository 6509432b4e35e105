#include "diagnosticsmodel.h"
#include "exportwizard/exportwizard.h"
#include "mainwindow.h"
#include "project/projectfile.h"
#include "projectdocument.h"
#include "recentfiles.h"
#include "recoverystore.h"
#include "sourceviewer.h"
#include "userprompts.h"
#include "workbenchpage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSemaphore>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QToolButton>
#include <QUndoStack>

using namespace cbw::app;
using namespace cbw::core;

namespace {

const QString kSeedDemo = QStringLiteral(CBW_SOURCE_DIR "/resources/examples/seed-demo.cbw.json");

// Answers the window's questions the way a test says and records what was asked.
class ScriptedPrompts final : public UserPrompts
{
public:
    SaveChoice saveAnswer = SaveChoice::Cancel;
    RecoveryChoice recoveryAnswer = RecoveryChoice::Keep;
    QString savePath;
    QString openPath;
    QString buildDirectory;
    int saveQuestions = 0;
    QStringList recoveryQuestions;
    QStringList errors;

    SaveChoice askSaveChanges(QWidget *, const QString &) override
    {
        ++saveQuestions;
        return saveAnswer;
    }
    RecoveryChoice askRestoreRecovery(QWidget *, const QString &description) override
    {
        recoveryQuestions.append(description);
        return recoveryAnswer;
    }
    QString chooseProjectToOpen(QWidget *, const QString &) override { return openPath; }
    QString chooseProjectSavePath(QWidget *, const QString &) override { return savePath; }
    QString chooseBuildDirectory(QWidget *, const QString &) override { return buildDirectory; }
    void showError(QWidget *, const QString &, const QString &text) override
    {
        errors.append(text);
    }
};

// A page with fixed diagnostics and previews, recording reveal requests.
class FakePage final : public WorkbenchPage
{
public:
    using WorkbenchPage::WorkbenchPage;

    QString title() const override { return QStringLiteral("Fake"); }
    Diagnostics diagnostics() const override { return m_diagnostics; }
    QList<PreviewFile> previews() const override { return m_previews; }
    bool revealDiagnostic(const Diagnostic &diagnostic) override
    {
        revealed.append(diagnostic.code);
        return true;
    }

    void setDiagnostics(const Diagnostics &diagnostics)
    {
        m_diagnostics = diagnostics;
        emit diagnosticsChanged();
    }
    void setPreviews(const QList<PreviewFile> &previews)
    {
        m_previews = previews;
        emit previewsChanged();
    }
    void startWork(const QString &what) { emit busy(what, 1, 4); }
    void finishWork() { emit idle(); }

    QStringList revealed;

private:
    Diagnostics m_diagnostics;
    QList<PreviewFile> m_previews;
};

void writeFile(const QString &path, const QByteArray &contents)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(contents);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

int rowWithCode(const DiagnosticsModel *model, const QString &code)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->entry(row).diagnostic.code == code)
            return row;
    }
    return -1;
}

// A window with scripted prompts and the recovery files in the test's directory.
struct TestWindow
{
    explicit TestWindow(const QString &recoveryDir)
        : window(std::make_unique<MainWindow>())
    {
        auto scripted = std::make_unique<ScriptedPrompts>();
        prompts = scripted.get();
        window->setPrompts(std::move(scripted));
        window->setRecoveryStore(RecoveryStore(recoveryDir));
    }

    MainWindow *operator->() const { return window.get(); }

    std::unique_ptr<MainWindow> window;
    ScriptedPrompts *prompts = nullptr;
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void hasTheFourPagesAndSwitchesWithCtrlNumber();
    void newProjectIsUnmodifiedAndEditsMarkIt();
    void opensSeedDemoOnTheLayersPage();
    void hostsTheBundlesPage();
    void brokenProjectKeepsPreviousOneAndReportsWhere();
    void undoRedoThroughActionsAndKeyboard();
    void openActionAsksAboutChangesThenChoosesAFile();
    void recentFilesListUpdatesAndPrunes();
    void recentFilesKeepsTheNewestTen();
    void saveAsWritesTheProjectAndClearsModified();
    void failedSaveKeepsModifiedAndReports();
    void closePromptsAboutUnsavedChanges_data();
    void closePromptsAboutUnsavedChanges();
    void autosaveWritesRecoveryAndNextWindowRestoresIt();
    void untitledProjectIsRestoredAsUntitled();
    void declinedRecoveryIsDiscardedOrKept_data();
    void declinedRecoveryIsDiscardedOrKept();
    void openBuildDirectoryShowsProgressThenDiagnostics();
    void cancelledScanKeepsTheProjectsBuildDirectory();
    void reopeningAProjectRescansItsBuildDirectory();
    void activatingADiagnosticRevealsItOnItsPage();
    void activatingAFileDiagnosticOpensTheSourceLine();
    void f8StepsThroughTheDiagnostics();
    void severityFilterHidesLesserDiagnostics();
    void previewDockFollowsTheCurrentPage();
    void pageWorkShowsInTheStatusBar();
    void windowStateIsSavedOnClose();
    void exportActionOpensTheWizardForTheProject();

private:
    QString copyOfSeed(const QString &name);
    QString buildDirFixture(bool withMissingLayer);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings().clear();
}

QString TestMainWindow::copyOfSeed(const QString &name)
{
    const QString path = m_dir->filePath(name);
    QFile::remove(path);
    if (!QFile::copy(kSeedDemo, path))
        return {};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

QString TestMainWindow::buildDirFixture(bool withMissingLayer)
{
    const QString top = m_dir->filePath(QStringLiteral("build"));
    writeFile(top + QStringLiteral("/conf/local.conf"),
              "MACHINE = \"qemux86-64\"\nDISTRO_FEATURES:append = \" virtualization\"\n");
    QByteArray bblayers = "BBLAYERS = \" \\\n";
    if (withMissingLayer)
        bblayers += "    ${TOPDIR}/../meta-missing \\\n";
    bblayers += "\"\n";
    writeFile(top + QStringLiteral("/conf/bblayers.conf"), bblayers);
    return top;
}

void TestMainWindow::hasTheFourPagesAndSwitchesWithCtrlNumber()
{
    TestWindow window(m_dir->filePath(QStringLiteral("recovery")));
    window->show();
    QVERIFY(QTest::qWaitForWindowActive(window.window.get()));
    QStringList titles;
    for (WorkbenchPage *page : window->pages())
        titles.append(page->title());
    QCOMPARE(titles, (QStringList{QStringLiteral("Bundles"), QStringLiteral("Layers"),
                                  QStringLiteral("Inspector"), QStringLiteral("VM")}));

    const int vm = int(titles.size());
    QTest::keyClick(window.window.get(), Qt::Key(Qt::Key_0 + vm), Qt::ControlModifier);
    QCOMPARE(window->currentPage()->title(), QStringLiteral("VM"));
    const int layers = int(titles.indexOf(QStringLiteral("Layers"))) + 1;
    QTest::keyClick(window.window.get(), Qt::Key(Qt::Key_0 + layers), Qt::ControlModifier);
    QCOMPARE(window->currentPage()->title(), QStringLiteral("Layers"));
}

void TestMainWindow::newProjectIsUnmodifiedAndEditsMarkIt()
{
    TestWindow window(m_dir->filePath(QStringLiteral("recovery")));
    QVERIFY(window->newProject());
    QVERIFY(!window->document()->isModified());
    QVERIFY(!window->isWindowModified());
    QVERIFY(window->windowTitle().startsWith(QLatin1String("untitled")));

    window->document()->setProjectInfo(QStringLiteral("demo"), QString(), QStringLiteral("Rename"));
    QVERIFY(window->document()->isModified());
    QVERIFY(window->isWindowModified());
    QVERIFY(window->windowTitle().startsWith(QLatin1String("demo")));

    // A second New must ask first; Cancel keeps the edit.
    window.prompts->saveAnswer = UserPrompts::SaveChoice::Cancel;
    QVERIFY(!window->newProject());
    QCOMPARE(window.prompts->saveQuestions, 1);
    QCOMPARE(window->document()->project().name, QStringLiteral("demo"));
    window.prompts->saveAnswer = UserPrompts::SaveChoice::Discard;
    QVERIFY(window->newProject());
    QVERIFY(!window->document()->isModified());
    QCOMPARE(window->document()->project().name, QStringLiteral("untitled"));
}

void TestMainWindow::opensSeedDemoOnTheLayersPage()
{
    TestWindow window(m_dir->filePath(QStringLiteral("recovery")));
    window->show();
    QString error;
    QVERIFY2(window->openProject(kSeedDemo, &error), qPrintable(error));
    QVERIFY(window->windowTitle().startsWith(QLatin1String("seed-demo")));
    QVERIFY(!window->document()->isModified());
    QCOMPARE(window->document()->project().bundles.size(), 2);

    auto *images = window->findChild<QListWidget *>(QStringLiteral("imagesList"));
    auto *stack = window->findChild<QListView *>(QStringLiteral("layerStackView"));
    QVERIFY(images && stack);
    QCOMPARE(images->count(), int(window->document()->project().images.size()));
    const QAbstractItemModel *layers = stack->model();
    QCOMPARE(layers->rowCount(), 3);
    // The stack is drawn like the image: the first OCI_LAYERS entry is the bottom row.
    QCOMPARE(layers->index(2, 0).data().toString(),
             QStringLiteral("1. base (packages): base-files, base-passwd, netbase"));
    QVERIFY(layers->index(0, 0).data().toString().startsWith(QLatin1String("3. app (packages)")));
}

void TestMainWindow::hostsTheBundlesPage()
{
    TestWindow window(m_dir->filePath(QStringLiteral("recovery")));
    window->show();
    QVERIFY(window->openProject(kSeedDemo));
    WorkbenchPage *bundles = window->pages().first();
    QCOMPARE(bundles->title(), QStringLiteral("Bundles"));
    QCOMPARE(window->currentPage(), bundles);

    // The seed's autostart policy writes Restart=unless-stopped: the page warns, and the
    // dock shows it under the page's name.
    const DiagnosticsModel *model = window->diagnosticsModel();
    int row = -1;
    for (int i = 0; i < model->rowCount() && row < 0; ++i) {
        if (model->entry(i).diagnostic.message.contains(QLatin1String("unless-stopped")))
            row = i;
    }
    QVERIFY(row >= 0);
    QCOMPARE(model->entry(row).page, bundles);

    // The preview dock shows what the page would write.
    auto *text = window->findChild<QPlainTextEdit *>(QStringLiteral("previewText"));
    auto *combo = window->findChild<QComboBox *>(QStringLiteral("previewFileCombo"));
    QVERIFY(text && combo);
    QVERIFY(combo->count() > 0);
    bool sawEntry = false;
    for (int i = 0; i < combo->count(); ++i) {
        combo->setCurrentIndex(i);
        sawEntry |= text->toPlainText().contains(
            QLatin1String("autostart-test-container:docker:autostart"));
    }
    QVERIFY(sawEntry);

    // Activating the diagnostic from another page comes back to the Bundles page.
    window->setCurrentPage(window->pages().last());
    window->activateDiagnostic(row);
    QCOMPARE(window->currentPage(), bundles);
}

void TestMainWindow::brokenProjectKeepsPreviousOneAndReportsWhere()
{
    TestWindow window(m_dir->filePath(QStringLiteral("recovery")));
    QVERIFY(window->openProject(kSeedDemo));
    const QString broken = m_dir->filePath(QStringLiteral("broken.cbw.json"));
    writeFile(broken,
              "{\n  \"format\": \"cbw-project\",\n  \"version\": 1,\n  \"bundles\": [ oops ]\n}\n");

    QString error;
    QVERIFY(!window->openProject(broken, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(window->document()->project().name, QStringLiteral("seed-demo"));
    QCOMPARE(window->document()->filePath(), QFileInfo(kSeedDemo).absoluteFilePath());
    bool found = false;
    for (const Diagnostic &d : window->diagnostics())
        found |= d.isError() && d.location.file == broken && d.location.line == 4;
    QVERIFY(found);
}

void TestMainWindow::undoRedoThroughActionsAndKeyboard()
{
    TestWindow window(m_dir->filePath(QStringLiteral("recovery")));
    window->show();
    QVERIFY(QTest::qWaitForWindowActive(window.window.get()));
    QVERIFY(window->openProject(kSeedDemo));
    auto *undo = window->findChild<QAction *>(QStringLiteral("actionUndo"));
    auto *redo = window->findChild<QAction *>(QStringLiteral("actionRedo"));
    QVERIFY(undo && redo);
    QVERIFY(!undo->isEnabled());
    QVERIFY(undo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Z)));
    QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));

    window->document()->setProjectInfo(QStringLiteral("renamed"), QString(),
                                       QStringLiteral("Rename project"));
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), QStringLiteral("&Undo Rename project"));

    undo->trigger();
    QCOMPARE(window->document()->project().name, QStringLiteral("seed-demo"));
    QVERIFY(!window->isWindowModified());
    redo->trigger();
    QCOMPARE(window->document()->project().name, QStringLiteral("renamed"));
    QVERIFY(window->isWindowModified());

    QTest::keyClick(window.window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(window->document()->project().name, QStringLiteral("seed-demo"));
    QTest::keyClick(window.window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(window->document()->project().name, QStringLiteral("renamed"));
}

void TestMainWindow::openActionAsksAboutChangesThenChoosesAFile()
{
    const QString other = copyOfSeed(QStringLiteral("other.cbw.json"));
    TestWindow window(m_dir->filePath(QStringLiteral("recovery")));
    QVERIFY(window->newProject());
    window->document()->setProjectInfo(QStringLiteral("mine"), QString(), QStringLiteral("Rename"));
    auto *open = window->findChild<QAction *>(QStringLiteral("actionOpen"));
    QVERIFY(open);
    window.prompts->openPath = other;

    window.prompts->saveAnswer = UserPrompts::SaveChoice::Cancel;
    open->trigger();
    QCOMPARE(window.prompts->saveQuestions, 1);
    QCOMPARE(window->document()->project().name, QStringLiteral("mine"));

    window.prompts->saveAnswer = UserPrompts::SaveChoice::Discard;
    open->trigger();
    QCOMPARE(window.prompts->saveQuestions, 2);
    QCOMPARE(window->document()->filePath(), other);
    QVERIFY(!window->document()->isModified());

    // A file that cannot be read is reported once, through the prompt, and in the dock.
    window.prompts->openPath = m_dir->filePath(QStringLiteral("missing.cbw.json"));
    open->trigger();
    QCOMPARE(window.prompts->errors.size(), 1);
    QVERIFY(rowWithCode(window->diagnosticsModel(), QStringLiteral("project.io")) >= 0);
    QCOMPARE(window->document()->filePath(), other);
}

void TestMainWindow::recentFilesListUpdatesAndPrunes()
{
    const QString a = copyOfSeed(QStringLiteral("a.cbw.json"));
    const QString b = copyOfSeed(QStringLiteral("b.cbw.json"));
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    TestWindow window(m_dir->filePath(QStringLiteral("recovery")));
    QVERIFY(window->openProject(a));
    QVERIFY(window->openProject(b));
    QCOMPARE(RecentFiles::files(), (QStringList{b, a}));

    auto *menu = window->findChild<QMenu *>(QStringLiteral("menuRecent"));
    QVERIFY(menu);
    emit menu->aboutToShow();
    QCOMPARE(menu->actions().first()->data().toString(), b);
    QCOMPARE(menu->actions().at(1)->data().toString(), a);

    // Opening from the menu goes through the same path as File > Open.
    menu->actions().at(1)->trigger();
    QCOMPARE(window->document()->filePath(), a);
    QCOMPARE(RecentFiles::files(), (QStringList{a, b}));

    QVERIFY(QFile::remove(b));
    emit menu->aboutToShow();
    QCOMPARE(menu->actions().first()->data().toString(), a);
    QVERIFY(menu->actions().at(1)->isSeparator());
    QCOMPARE(QSettings().value(QStringLiteral("recentFiles")).toStringList(), QStringList{a});
}

void TestMainWindow::recentFilesKeepsTheNewestTen()
{
    QStringList paths;
    for (int i = 0; i < RecentFiles::MaximumCount + 2; ++i) {
        paths.prepend(copyOfSeed(QStringLiteral("p%1.cbw.json").arg(i)));
        RecentFiles::add(paths.first());
    }
    QCOMPARE(RecentFiles::files(), paths.mid(0, RecentFiles::MaximumCount));
    RecentFiles::add(paths.last()); // an old one comes back to the top
    QCOMPARE(RecentFiles::files().first(), paths.last());
    QCOMPARE(RecentFiles::files().size(), RecentFiles::MaximumCount);
}

void TestMainWindow::saveAsWritesTheProjectAndClearsModified()
{
    TestWindow window(m_dir->filePath(QStringLiteral("recovery")));
    QVERIFY(window->newProject());
    window->document()->setProjectInfo(QStringLiteral("saved"), QStringLiteral("d"),
                                       QStringLiteral("Rename"));
    const QString path = m_dir->filePath(QStringLiteral("saved.cbw.json"));
    window.prompts->savePath = path;
    auto *save = window->findChild<QAction *>(QStringLiteral("actionSave"));
    QVERIFY(save);
    save->trigger(); // untitled: Save asks for a path
    QVERIFY(!window->document()->isModified());
    QCOMPARE(window->document()->filePath(), path);
    auto load = project::ProjectFile::load(path);
    QVERIFY(load);
    QCOMPARE(load->project, window->document()->project());
    QCOMPARE(RecentFiles::files().first(), path);

    // Saving again over an existing file keeps the previous version as .bak.
    window->document()->setProjectInfo(QStringLiteral("saved again"), QString(),
                                       QStringLiteral("Rename"));
    save->trigger();
    QVERIFY(QFileInfo::exists(path + QStringLiteral(".bak")));
    QCOMPARE(project::ProjectFile::load(path)->project.name, QStringLiteral("saved again"));
}

void TestMainWindow::failedSaveKeepsModifiedAndReports()
{
    TestWindow window(m_dir->filePath(QStringLiteral("recovery")));
    QVERIFY(window->newProject());
    window->document()->setProjectInfo(QStringLiteral("x"), QString(), QStringLiteral("Rename"));
    const QString impossible = m_dir->filePath(QStringLiteral("no/such/dir/x.cbw.json"));
    QVERIFY(!window->saveProjectTo(impossible));
    QVERIFY(window->document()->isModified());
    QVERIFY(window->document()->filePath().isEmpty());
    QCOMPARE(window.prompts->errors.size(), 1);
    QVERIFY(rowWithCode(window->diagnosticsModel(), QStringLiteral("project.save")) >= 0);
}

void TestMainWindow::closePromptsAboutUnsavedChanges_data()
{
    QTest::addColumn<UserPrompts::SaveChoice>("answer");
    QTest::addColumn<bool>("closes");
    QTest::addColumn<QString>("nameOnDisk");
    QTest::newRow("cancel keeps the window")
        << UserPrompts::SaveChoice::Cancel << false << QStringLiteral("seed-demo");
    QTest::newRow("discard closes")
        << UserPrompts::SaveChoice::Discard << true << QStringLiteral("seed-demo");
    QTest::newRow("save writes and closes")
        << UserPrompts::SaveChoice::Save << true << QStringLiteral("edited");
}

void TestMainWindow::closePromptsAboutUnsavedChanges()
{
    QFETCH(UserPrompts::SaveChoice, answer);
    QFETCH(bool, closes);
    QFETCH(QString, nameOnDisk);

    const QString path = copyOfSeed(QStringLiteral("close.cbw.json"));
    TestWindow window(m_dir->filePath(QStringLiteral("recovery")));
    window->show();
    QVERIFY(window->openProject(path));
    QVERIFY(window->close()); // unmodified: no question
    QCOMPARE(window.prompts->saveQuestions, 0);

    window->show();
    window->document()->setProjectInfo(QStringLiteral("edited"), QString(),
                                       QStringLiteral("Rename"));
    window.prompts->saveAnswer = answer;
    QCOMPARE(window->close(), closes);
    QCOMPARE(window.prompts->saveQuestions, 1);
    QCOMPARE(window->isVisible(), !closes);
    QCOMPARE(project::ProjectFile::load(path)->project.name, nameOnDisk);
}

void TestMainWindow::autosaveWritesRecoveryAndNextWindowRestoresIt()
{
    const QString recoveryDir = m_dir->filePath(QStringLiteral("recovery"));
    const QString path = copyOfSeed(QStringLiteral("work.cbw.json"));
    project::Project edited;
    QString key;
    {
        TestWindow crashing(recoveryDir);
        QVERIFY(crashing->openProject(path));
        crashing->autosave();
        QVERIFY2(QDir(recoveryDir).isEmpty(), "an unmodified project needs no recovery file");

        auto image = crashing->document()->project().images.first();
        image.layers.removeLast();
        crashing->document()->setImage(0, image, QStringLiteral("Remove layer"));
        crashing->document()->setProjectInfo(QStringLiteral("unsaved work"), QStringLiteral("d"),
                                             QStringLiteral("Rename"));
        edited = crashing->document()->project();
        key = crashing->recoveryKey();
        crashing->setAutosaveInterval(10);
        QTRY_VERIFY(
            QFileInfo::exists(recoveryDir + QLatin1Char('/') + key + QStringLiteral(".cbw.json")));
        crashing->setAutosaveInterval(60 * 60 * 1000);
        crashing->autosave();
        // The window is destroyed without closing: that is what a crash leaves behind,
        // except that the process lives on; make the sidecar name a finished process.
        crashing.window.reset();
    }
    const QString sidecar = recoveryDir + QLatin1Char('/') + key + QStringLiteral(".json");
    QJsonObject json = QJsonDocument::fromJson(readFile(sidecar)).object();
    QCOMPARE(json.value(QStringLiteral("originalPath")).toString(), path);
    json.insert(QStringLiteral("pid"), 0);
    writeFile(sidecar, QJsonDocument(json).toJson());

    TestWindow next(recoveryDir);
    next.prompts->recoveryAnswer = UserPrompts::RecoveryChoice::Restore;
    next->offerRecovery();
    QCOMPARE(next.prompts->recoveryQuestions.size(), 1);
    QVERIFY(next.prompts->recoveryQuestions.first().contains(QLatin1String("unsaved work")));
    QCOMPARE(next->document()->project(), edited);
    QCOMPARE(next->document()->filePath(), path);
    QVERIFY(next->document()->isModified());
    // Undo goes back to the file on disk.
    next->document()->undoStack()->undo();
    QCOMPARE(next->document()->project(), project::ProjectFile::load(path)->project);
    next->document()->undoStack()->redo();

    // Saving makes the recovery file unnecessary.
    QVERIFY(next->saveProject());
    QVERIFY(QDir(recoveryDir).entryList(QDir::Files).isEmpty());
    QCOMPARE(project::ProjectFile::load(path)->project, edited);
}

void TestMainWindow::untitledProjectIsRestoredAsUntitled()
{
    const QString recoveryDir = m_dir->filePath(QStringLiteral("recovery"));
    const RecoveryStore store(recoveryDir);
    auto seed = project::ProjectFile::load(kSeedDemo);
    QVERIFY(seed);
    project::Project lost = seed->project;
    lost.name = QStringLiteral("never saved");
    QVERIFY(store.save(QStringLiteral("untitled-crashed"), lost, QString()));
    const QString sidecar = recoveryDir + QStringLiteral("/untitled-crashed.json");
    QJsonObject json = QJsonDocument::fromJson(readFile(sidecar)).object();
    json.insert(QStringLiteral("pid"), 0);
    writeFile(sidecar, QJsonDocument(json).toJson());

    TestWindow window(recoveryDir);
    window.prompts->recoveryAnswer = UserPrompts::RecoveryChoice::Restore;
    window->offerRecovery();
    QCOMPARE(window->document()->project(), lost);
    QVERIFY(window->document()->filePath().isEmpty());
    QVERIFY(window->document()->isModified());
    QVERIFY(!QFileInfo::exists(sidecar));
    // The restored project is protected again, under this window's own key.
    QVERIFY(QFileInfo::exists(recoveryDir + QLatin1Char('/') + window->recoveryKey() +
                              QStringLiteral(".cbw.json")));
    QVERIFY2(store.pending().isEmpty(), "a running window's file is not offered");
}

void TestMainWindow::declinedRecoveryIsDiscardedOrKept_data()
{
    QTest::addColumn<UserPrompts::RecoveryChoice>("answer");
    QTest::addColumn<bool>("filesRemain");
    QTest::newRow("discard") << UserPrompts::RecoveryChoice::Discard << false;
    QTest::newRow("ask later") << UserPrompts::RecoveryChoice::Keep << true;
}

void TestMainWindow::declinedRecoveryIsDiscardedOrKept()
{
    QFETCH(UserPrompts::RecoveryChoice, answer);
    QFETCH(bool, filesRemain);
    const QString recoveryDir = m_dir->filePath(QStringLiteral("recovery"));
    const RecoveryStore store(recoveryDir);
    project::Project lost;
    lost.name = QStringLiteral("lost");
    QVERIFY(store.save(QStringLiteral("untitled-x"), lost, QString()));
    const QString sidecar = recoveryDir + QStringLiteral("/untitled-x.json");
    QJsonObject json = QJsonDocument::fromJson(readFile(sidecar)).object();
    json.insert(QStringLiteral("pid"), 0);
    writeFile(sidecar, QJsonDocument(json).toJson());

    TestWindow window(recoveryDir);
    window.prompts->recoveryAnswer = answer;
    window->offerRecovery();
    QCOMPARE(window.prompts->recoveryQuestions.size(), 1);
    QVERIFY(window->document()->project().name.isEmpty());
    QCOMPARE(QFileInfo::exists(sidecar), filesRemain);
    QCOMPARE(store.pending().size(), filesRemain ? 1 : 0);
}

void TestMainWindow::openBuildDirectoryShowsProgressThenDiagnostics()
{
    const QString top = buildDirFixture(true);
    TestWindow window(m_dir->filePath(QStringLiteral("recovery")));
    window->show();
    QVERIFY(window->newProject());
    window.prompts->buildDirectory = top;
    auto *progress = window->findChild<QProgressBar *>(QStringLiteral("busyProgress"));
    auto *cancel = window->findChild<QToolButton *>(QStringLiteral("cancelBusyButton"));
    QVERIFY(progress && cancel);
    QVERIFY(!progress->isVisible());

    window->findChild<QAction *>(QStringLiteral("actionOpenBuildDirectory"))->trigger();
    QVERIFY(progress->isVisible());
    QVERIFY(cancel->isVisible());
    QTRY_VERIFY(!window->isScanning());
    QTRY_VERIFY(!progress->isVisible());

    QCOMPARE(window->document()->buildDirectory().topDir, top);
    QCOMPARE(window->document()->buildDirectory().machine, QStringLiteral("qemux86-64"));
    QCOMPARE(window->document()->project().buildDirectory, top);
    QVERIFY(window->document()->isModified());
    const int row =
        rowWithCode(window->diagnosticsModel(), QStringLiteral("project.layer-missing"));
    QVERIFY(row >= 0);
    const DiagnosticEntry entry = window->diagnosticsModel()->entry(row);
    QCOMPARE(entry.origin, QStringLiteral("Build directory"));
    QCOMPARE(entry.diagnostic.location.file, top + QStringLiteral("/conf/bblayers.conf"));

    // Choosing the build directory is an edit like any other.
    window->document()->undoStack()->undo();
    QVERIFY(window->document()->project().buildDirectory.isEmpty());
}

void TestMainWindow::cancelledScanKeepsTheProjectsBuildDirectory()
{
    const QString top = buildDirFixture(false);
    TestWindow window(m_dir->filePath(QStringLiteral("recovery")));
    QVERIFY(window->newProject());

    // Occupy every pool thread so the scan is queued, then cancel it before it runs: the
    // scanner sees the flag at its first check, whatever the machine's speed.
    QThreadPool *pool = QThreadPool::globalInstance();
    QSemaphore release;
    QSemaphore started;
    const int threads = pool->maxThreadCount();
    for (int i = 0; i < threads; ++i) {
        pool->start([&] {
            started.release();
            release.acquire();
        });
    }
    started.acquire(threads);
    window->openBuildDirectory(top);
    QVERIFY(window->isScanning());
    window->cancelScan();
    release.release(threads);
    QTRY_VERIFY(!window->isScanning());
    pool->waitForDone();

    QVERIFY(rowWithCode(window->diagnosticsModel(), QStringLiteral("project.scan-cancelled")) >= 0);
    QVERIFY(window->document()->project().buildDirectory.isEmpty());
    QVERIFY(!window->document()->isModified());
}

void TestMainWindow::reopeningAProjectRescansItsBuildDirectory()
{
    const QString top = buildDirFixture(true);
    const QString path = m_dir->filePath(QStringLiteral("with-build.cbw.json"));
    auto seed = project::ProjectFile::load(kSeedDemo);
    QVERIFY(seed);
    project::Project withBuild = seed->project;
    withBuild.buildDirectory = top;
    QVERIFY(project::ProjectFile::save(withBuild, path));

    TestWindow window(m_dir->filePath(QStringLiteral("recovery")));
    QVERIFY(window->openProject(path));
    QVERIFY(window->isScanning());
    QTRY_VERIFY(!window->isScanning());
    QCOMPARE(window->document()->buildDirectory().topDir, top);
    QVERIFY(!window->document()->isModified());
    QVERIFY(rowWithCode(window->diagnosticsModel(), QStringLiteral("project.layer-missing")) >= 0);

    // A build directory that went away is a warning, not a failed open.
    withBuild.buildDirectory = m_dir->filePath(QStringLiteral("gone"));
    QVERIFY(project::ProjectFile::save(withBuild, path));
    QVERIFY(window->openProject(path));
    QVERIFY(!window->isScanning());
    QVERIFY(rowWithCode(window->diagnosticsModel(),
                        QStringLiteral("project.build-directory-missing")) >= 0);
}

void TestMainWindow::activatingADiagnosticRevealsItOnItsPage()
{
    TestWindow window(m_dir->filePath(QStringLiteral("recovery")));
    window->show();
    QVERIFY(QTest::qWaitForWindowActive(window.window.get()));
    auto *fake = new FakePage;
    window->addPage(fake);
    fake->setDiagnostics({Diagnostic::warning(QStringLiteral("fake.field"), QStringLiteral("m"))});
    const int row = rowWithCode(window->diagnosticsModel(), QStringLiteral("fake.field"));
    QVERIFY(row >= 0);
    QCOMPARE(window->diagnosticsModel()->entry(row).origin, QStringLiteral("Fake"));

    // Keyboard: select the row in the dock and press Enter.
    auto *view = window->findChild<QTableView *>(QStringLiteral("diagnosticsView"));
    QVERIFY(view);
    view->setFocus();
    view->setCurrentIndex(window->diagnosticsModel()->index(row, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(fake->revealed, QStringList{QStringLiteral("fake.field")});
    QCOMPARE(window->currentPage(), fake);
}

void TestMainWindow::activatingAFileDiagnosticOpensTheSourceLine()
{
    TestWindow window(m_dir->filePath(QStringLiteral("recovery")));
    window->show();
    const QString broken = m_dir->filePath(QStringLiteral("broken.cbw.json"));
    writeFile(broken,
              "{\n  \"format\": \"cbw-project\",\n  \"version\": 1,\n  \"bundles\": [ oops ]\n}\n");
    QVERIFY(!window->openProject(broken));
    int row = -1;
    for (int i = 0; i < window->diagnosticsModel()->rowCount(); ++i) {
        if (window->diagnosticsModel()->entry(i).diagnostic.location.file == broken)
            row = i;
    }
    QVERIFY(row >= 0);
    QVERIFY(!window->sourceViewer());
    window->activateDiagnostic(row);
    SourceViewer *viewer = window->sourceViewer();
    QVERIFY(viewer);
    QVERIFY(viewer->isVisible());
    QCOMPARE(viewer->filePath(), broken);
    QCOMPARE(viewer->currentLine(), 4);
    auto *text = viewer->findChild<QPlainTextEdit *>(QStringLiteral("sourceText"));
    QVERIFY(text && text->isReadOnly());
    QCOMPARE(text->extraSelections().size(), 1);
    QCOMPARE(text->extraSelections().first().cursor.blockNumber(), 3);
}

void TestMainWindow::f8StepsThroughTheDiagnostics()
{
    TestWindow window(m_dir->filePath(QStringLiteral("recovery")));
    window->show();
    QVERIFY(QTest::qWaitForWindowActive(window.window.get()));
    auto *fake = new FakePage;
    window->addPage(fake);
    fake->setDiagnostics({Diagnostic::error(QStringLiteral("fake.first"), QStringLiteral("1")),
                          Diagnostic::error(QStringLiteral("fake.second"), QStringLiteral("2"))});
    // Only the fake page's diagnostics exist in an empty window, so rows 0 and 1 are ours.
    QCOMPARE(window->diagnosticsModel()->rowCount(), 2);
    QTest::keyClick(window.window.get(), Qt::Key_F8);
    QTest::keyClick(window.window.get(), Qt::Key_F8);
    QTest::keyClick(window.window.get(), Qt::Key_F8); // wraps around
    QTest::keyClick(window.window.get(), Qt::Key_F8, Qt::ShiftModifier);
    QCOMPARE(fake->revealed,
             (QStringList{QStringLiteral("fake.first"), QStringLiteral("fake.second"),
                          QStringLiteral("fake.first"), QStringLiteral("fake.second")}));
}

void TestMainWindow::severityFilterHidesLesserDiagnostics()
{
    TestWindow window(m_dir->filePath(QStringLiteral("recovery")));
    auto *fake = new FakePage;
    window->addPage(fake);
    fake->setDiagnostics({Diagnostic::note(QStringLiteral("fake.note"), QStringLiteral("n")),
                          Diagnostic::warning(QStringLiteral("fake.warning"), QStringLiteral("w")),
                          Diagnostic::error(QStringLiteral("fake.error"), QStringLiteral("e"))});
    auto *filter = window->findChild<QComboBox *>(QStringLiteral("severityFilter"));
    QVERIFY(filter);
    const DiagnosticsModel *model = window->diagnosticsModel();
    const int all = model->rowCount();
    QVERIFY(all >= 3);
    QCOMPARE(model->entry(0).diagnostic.severity, Severity::Error);
    filter->setCurrentIndex(2);
    QVERIFY(rowWithCode(model, QStringLiteral("fake.error")) >= 0);
    QCOMPARE(rowWithCode(model, QStringLiteral("fake.warning")), -1);
    QCOMPARE(rowWithCode(model, QStringLiteral("fake.note")), -1);
    filter->setCurrentIndex(1);
    QVERIFY(rowWithCode(model, QStringLiteral("fake.warning")) >= 0);
    QCOMPARE(rowWithCode(model, QStringLiteral("fake.note")), -1);
    filter->setCurrentIndex(0);
    QCOMPARE(model->rowCount(), all);
}

void TestMainWindow::previewDockFollowsTheCurrentPage()
{
    TestWindow window(m_dir->filePath(QStringLiteral("recovery")));
    QVERIFY(window->openProject(kSeedDemo));
    auto *combo = window->findChild<QComboBox *>(QStringLiteral("previewFileCombo"));
    auto *text = window->findChild<QPlainTextEdit *>(QStringLiteral("previewText"));
    QVERIFY(combo && text);

    WorkbenchPage *layers = nullptr;
    for (WorkbenchPage *page : window->pages()) {
        if (page->title() == QLatin1String("Layers"))
            layers = page;
    }
    QVERIFY(layers);
    window->setCurrentPage(layers);
    QVERIFY(combo->findText(QStringLiteral("app-container-multilayer.bb")) >= 0);
    combo->setCurrentIndex(combo->findText(QStringLiteral("app-container-multilayer.bb")));
    QVERIFY(text->toPlainText().contains(QLatin1String("OCI_LAYER_MODE = \"multi\"")));

    auto *fake = new FakePage;
    window->addPage(fake);
    fake->setPreviews({{QStringLiteral("one.conf"), QStringLiteral("A = \"1\"\n")},
                       {QStringLiteral("two.conf"), QStringLiteral("B = \"2\"\n")}});
    window->setCurrentPage(fake);
    QCOMPARE(combo->count(), 2);
    QCOMPARE(text->toPlainText(), QStringLiteral("A = \"1\"\n"));
    combo->setCurrentIndex(1);
    QCOMPARE(text->toPlainText(), QStringLiteral("B = \"2\"\n"));
    // Live: a new text for the shown file replaces it without losing the selection.
    fake->setPreviews({{QStringLiteral("one.conf"), QStringLiteral("A = \"1\"\n")},
                       {QStringLiteral("two.conf"), QStringLiteral("B = \"3\"\n")}});
    QCOMPARE(combo->currentText(), QStringLiteral("two.conf"));
    QCOMPARE(text->toPlainText(), QStringLiteral("B = \"3\"\n"));

    window->setCurrentPage(layers);
    QVERIFY(combo->findText(QStringLiteral("one.conf")) < 0);
    // The fake page's updates no longer reach the dock once another page is shown.
    fake->setPreviews({{QStringLiteral("three.conf"), QStringLiteral("C\n")}});
    QVERIFY(combo->findText(QStringLiteral("three.conf")) < 0);
}

void TestMainWindow::pageWorkShowsInTheStatusBar()
{
    TestWindow window(m_dir->filePath(QStringLiteral("recovery")));
    window->show();
    auto *fake = new FakePage;
    window->addPage(fake);
    auto *progress = window->findChild<QProgressBar *>(QStringLiteral("busyProgress"));
    auto *cancel = window->findChild<QToolButton *>(QStringLiteral("cancelBusyButton"));
    fake->startWork(QStringLiteral("Checking"));
    QVERIFY(progress->isVisible());
    QCOMPARE(progress->value(), 1);
    QCOMPARE(progress->maximum(), 4);
    QVERIFY2(!cancel->isVisible(), "a page's work has no cancel contract");
    fake->finishWork();
    QVERIFY(!progress->isVisible());
}

void TestMainWindow::windowStateIsSavedOnClose()
{
    TestWindow window(m_dir->filePath(QStringLiteral("recovery")));
    window->show();
    QVERIFY(!QSettings().contains(QStringLiteral("window/geometry")));
    QVERIFY(window->close());
    QVERIFY(QSettings().contains(QStringLiteral("window/geometry")));
    QVERIFY(QSettings().contains(QStringLiteral("window/state")));
}

void TestMainWindow::exportActionOpensTheWizardForTheProject()
{
    TestWindow window(m_dir->filePath(QStringLiteral("recovery")));
    QList<ExportWizard *> opened;
    window->setExportWizardHook([&opened](ExportWizard *wizard) { opened.append(wizard); });
    auto *action = window->findChild<QAction *>(QStringLiteral("actionExport"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+E")));
    QVERIFY(window->newProject());
    QVERIFY(!action->isEnabled()); // nothing to export yet

    const QString top = buildDirFixture(false);
    const QString project = copyOfSeed(QStringLiteral("seed.cbw.json"));
    QVERIFY(window->openProject(project));
    QVERIFY(action->isEnabled());
    window->openBuildDirectory(top);
    QTRY_VERIFY(!window->isScanning());

    action->trigger();
    QCOMPARE(opened.size(), 1);
    std::unique_ptr<ExportWizard> wizard(opened.first());
    QVERIFY(!wizard->isVisible());
    QCOMPARE(wizard->parent(), window.window.get());
    QCOMPARE(wizard->project(), window->document()->project());
    QCOMPARE(wizard->defaultMergeTarget(), top + QStringLiteral("/conf/local.conf"));
    QCOMPARE(wizard->request().projectDirectory, m_dir->path());

    // Removing every bundle and image disables it again.
    window->document()->reset({}, project);
    QVERIFY(!action->isEnabled());
}

// Settings and standard paths go to a private directory: the tests must neither read nor
// change the settings of the person running them.
int main(int argc, char *argv[])
{
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("cbw-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow.moc"

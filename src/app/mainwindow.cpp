#include "mainwindow.h"

#include "builddirectoryscan.h"
#include "diagnosticsmodel.h"
#include "layerdesigner/layerdesignerpage.h"
#include "previewpanel.h"
#include "project/projectfile.h"
#include "projectdocument.h"
#include "recentfiles.h"
#include "sourceviewer.h"
#include "ui_mainwindow.h"
#include "userprompts.h"
#include "workbenchpage.h"

#include "bundleeditor/bundleeditorpage.h"
#include "exportwizard/exportwizard.h"
#include "inspector/inspectorpage.h"
#include "vmpanel/vmpanelpage.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QUndoView>
#include <QUuid>
#include <QVBoxLayout>

namespace cbw::app {

using namespace cbw::core;

namespace {

constexpr int kDefaultAutosaveMs = 30 * 1000;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_document(new ProjectDocument(this))
    , m_prompts(std::make_unique<UserPrompts>())
    , m_untitledKey(QUuid::createUuid().toString(QUuid::Id128).left(12))
    , m_autosaveTimer(new QTimer(this))
    , m_scan(new BuildDirectoryScan(this))
    , m_diagnostics(new DiagnosticsModel(this))
    , m_preview(new PreviewPanel(this))
{
    m_ui->setupUi(this);
    createDocks();
    createPages();
    createMenus();
    createStatusBar();

    connect(m_document, &ProjectDocument::modifiedChanged, this, [this](bool modified) {
        updateTitle();
        if (!modified)
            discardRecoveryFile();
    });
    connect(m_document, &ProjectDocument::filePathChanged, this, [this] {
        // The recovery file is named after the path; the old one would be orphaned.
        discardRecoveryFile();
        updateTitle();
    });
    connect(m_document, &ProjectDocument::projectInfoChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ProjectDocument::projectReset, this, &MainWindow::updateTitle);
    connect(m_document, &ProjectDocument::buildDirectoryChanged, this,
            &MainWindow::refreshDiagnostics);
    for (auto signal : {&ProjectDocument::projectReset, &ProjectDocument::bundlesInsertedOrRemoved,
                        &ProjectDocument::imagesInsertedOrRemoved})
        connect(m_document, signal, this, &MainWindow::updateExportAction);

    connect(m_scan, &BuildDirectoryScan::progress, this, &MainWindow::onScanProgress);
    connect(m_scan, &BuildDirectoryScan::finished, this, &MainWindow::onScanFinished);

    m_autosaveTimer->setInterval(kDefaultAutosaveMs);
    connect(m_autosaveTimer, &QTimer::timeout, this, &MainWindow::autosave);
    m_autosaveTimer->start();

    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());

    updateTitle();
    refreshDiagnostics();
    onPageChanged();
    updateExportAction();
}

MainWindow::~MainWindow()
{
    // Pages talk to the document while they are destroyed; take them down first.
    // Pages hold the document; QObject would delete the document (an earlier child) first.
    m_preview->setPage(nullptr);
    for (WorkbenchPage *page : std::as_const(m_pages))
        page->disconnect(this);
    qDeleteAll(m_pages);
}

void MainWindow::setPrompts(std::unique_ptr<UserPrompts> prompts)
{
    m_prompts = std::move(prompts);
}

void MainWindow::setRecoveryStore(const RecoveryStore &store)
{
    discardRecoveryFile();
    m_recovery = store;
}

void MainWindow::setAutosaveInterval(int milliseconds)
{
    m_autosaveTimer->setInterval(milliseconds);
}

QString MainWindow::recoveryKey() const
{
    return RecoveryStore::keyForPath(m_document->filePath(), m_untitledKey);
}

// --- pages and docks ------------------------------------------------------------------

void MainWindow::createPages()
{
    addPage(new BundleEditorPage(m_document, this));
    addPage(new LayerDesignerPage(m_document, this));
    auto *inspector = new InspectorPage(m_document, this);
    addPage(inspector);
    auto *vm = new VmPanelPage(m_document, this);
    // "Import OCI image…" imports what the Inspector has open.
    vm->setInspectedImage([inspector]() -> QString {
        const auto *image = inspector->image();
        return image && image->source ? image->source->path() : QString();
    });
    addPage(vm);
    connect(m_ui->pages, &QTabWidget::currentChanged, this, &MainWindow::onPageChanged);
}

void MainWindow::addPage(WorkbenchPage *page)
{
    m_pages.append(page);
    m_ui->pages->addTab(page, page->title());
    connect(page, &WorkbenchPage::diagnosticsChanged, this, &MainWindow::refreshDiagnostics);
    connect(page, &WorkbenchPage::busy, this, [this](const QString &what, int done, int total) {
        if (!isScanning())
            showBusy(what, done, total, false);
    });
    connect(page, &WorkbenchPage::idle, this, [this] {
        if (!isScanning())
            hideBusy();
    });

    const int number = int(m_pages.size());
    auto *action = new QAction(page->title(), this);
    action->setObjectName(QStringLiteral("actionPage%1").arg(number));
    if (number <= 9)
        action->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(number)));
    action->setCheckable(true);
    connect(action, &QAction::triggered, this, [this, page] { setCurrentPage(page); });
    m_pageActions.append(action);
    // Page actions come first in the View menu, before the dock toggles.
    QAction *before = m_ui->menuView->actions().value(int(m_pageActions.size()) - 1);
    m_ui->menuView->insertAction(before, action);
    refreshDiagnostics();
}

WorkbenchPage *MainWindow::currentPage() const
{
    return qobject_cast<WorkbenchPage *>(m_ui->pages->currentWidget());
}

void MainWindow::setCurrentPage(WorkbenchPage *page)
{
    m_ui->pages->setCurrentWidget(page);
}

void MainWindow::onPageChanged()
{
    WorkbenchPage *page = currentPage();
    m_preview->setPage(page);
    for (int i = 0; i < m_pageActions.size(); ++i)
        m_pageActions.at(i)->setChecked(m_pages.value(i) == page);
    m_ui->previewDock->setWindowTitle(page ? tr("Preview — %1").arg(page->title()) : tr("Preview"));
}

void MainWindow::createDocks()
{
    m_preview->setObjectName(QStringLiteral("previewPanel"));
    delete m_ui->previewContents;
    m_ui->previewDock->setWidget(m_preview);

    auto *history = new QUndoView(m_document->undoStack(), m_ui->historyDock);
    history->setObjectName(QStringLiteral("undoView"));
    history->setEmptyLabel(tr("<opened project>"));
    history->setToolTip(tr("Every edit of this session; click one to go back to it"));
    delete m_ui->historyContents;
    m_ui->historyDock->setWidget(history);
    // Pages are wide forms; the docks share the bottom so a page keeps the full width.
    splitDockWidget(m_ui->diagnosticsDock, m_ui->previewDock, Qt::Horizontal);
    tabifyDockWidget(m_ui->diagnosticsDock, m_ui->historyDock);
    m_ui->diagnosticsDock->raise();

    m_ui->diagnosticsView->setModel(m_diagnostics);
    QHeaderView *header = m_ui->diagnosticsView->horizontalHeader();
    header->setSectionResizeMode(DiagnosticsModel::SeverityColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DiagnosticsModel::CodeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DiagnosticsModel::MessageColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(DiagnosticsModel::WhereColumn, QHeaderView::ResizeToContents);
    m_ui->diagnosticsView->verticalHeader()->setDefaultSectionSize(
        m_ui->diagnosticsView->fontMetrics().height() + 6);
    connect(m_ui->diagnosticsView, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { activateDiagnostic(index.row()); });
    connect(m_ui->severityFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_diagnostics->setMinimumSeverity(index == 2   ? Severity::Error
                                          : index == 1 ? Severity::Warning
                                                       : Severity::Note);
    });
    resizeDocks({m_ui->diagnosticsDock}, {230}, Qt::Vertical);
    resizeDocks({m_ui->diagnosticsDock, m_ui->previewDock}, {700, 560}, Qt::Horizontal);
}

// --- menus ----------------------------------------------------------------------------

void MainWindow::createMenus()
{
    m_ui->actionNew->setIcon(QIcon::fromTheme(QStringLiteral("document-new")));
    m_ui->actionOpen->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    m_ui->actionSave->setIcon(QIcon::fromTheme(QStringLiteral("document-save")));
    m_ui->actionSaveAs->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    m_ui->actionNew->setShortcuts(QKeySequence::New);
    m_ui->actionOpen->setShortcuts(QKeySequence::Open);
    m_ui->actionSave->setShortcuts(QKeySequence::Save);
    m_ui->actionSaveAs->setShortcuts(QKeySequence::SaveAs);
    m_ui->actionQuit->setShortcuts(QKeySequence::Quit);

    connect(m_ui->actionNew, &QAction::triggered, this, &MainWindow::newProject);
    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::openProjectInteractive);
    connect(m_ui->actionSave, &QAction::triggered, this, &MainWindow::saveProject);
    connect(m_ui->actionSaveAs, &QAction::triggered, this, &MainWindow::saveProjectAs);
    connect(m_ui->actionExport, &QAction::triggered, this, &MainWindow::exportInteractive);
    connect(m_ui->actionOpenBuildDirectory, &QAction::triggered, this,
            &MainWindow::openBuildDirectoryInteractive);
    connect(m_ui->actionRescanBuildDirectory, &QAction::triggered, this,
            &MainWindow::rescanProjectBuildDirectory);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->menuRecent, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();

    QUndoStack *stack = m_document->undoStack();
    QAction *undo = stack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcuts(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    QAction *redo = stack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    const QKeySequence ctrlShiftZ(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    if (!redoKeys.contains(ctrlShiftZ))
        redoKeys.prepend(ctrlShiftZ);
    redo->setShortcuts(redoKeys);
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    m_ui->menuEdit->addAction(undo);
    m_ui->menuEdit->addAction(redo);

    m_ui->menuView->addSeparator();
    m_ui->menuView->addAction(m_ui->actionNextDiagnostic);
    m_ui->menuView->addAction(m_ui->actionPreviousDiagnostic);
    connect(m_ui->actionNextDiagnostic, &QAction::triggered, this, [this] { stepDiagnostic(1); });
    connect(m_ui->actionPreviousDiagnostic, &QAction::triggered, this,
            [this] { stepDiagnostic(-1); });
    m_ui->menuView->addSeparator();
    QAction *diagnosticsToggle = m_ui->diagnosticsDock->toggleViewAction();
    diagnosticsToggle->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+D")));
    m_ui->menuView->addAction(diagnosticsToggle);
    QAction *previewToggle = m_ui->previewDock->toggleViewAction();
    previewToggle->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+P")));
    m_ui->menuView->addAction(previewToggle);
    m_ui->menuView->addAction(m_ui->historyDock->toggleViewAction());
}

void MainWindow::rebuildRecentMenu()
{
    m_ui->menuRecent->clear();
    const QStringList files = RecentFiles::files();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction *action = m_ui->menuRecent->addAction(
            QStringLiteral("&%1 %2").arg((i + 1) % 10).arg(QFileInfo(path).fileName()));
        action->setData(path);
        action->setToolTip(path);
        action->setStatusTip(path);
        connect(action, &QAction::triggered, this, [this, path] {
            if (!maybeSave())
                return;
            QString error;
            if (!openProject(path, &error))
                m_prompts->showError(this, tr("Open Project"), error);
        });
    }
    if (!files.isEmpty()) {
        m_ui->menuRecent->addSeparator();
        QAction *clear = m_ui->menuRecent->addAction(tr("&Clear List"));
        connect(clear, &QAction::triggered, this, [this] {
            RecentFiles::clear();
            rebuildRecentMenu();
        });
    }
    m_ui->menuRecent->setEnabled(!files.isEmpty());
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Container Bundle Workbench"),
        tr("<p><b>Container Bundle Workbench %1</b></p>"
           "<p>Design, check and export Yocto meta-virtualization container bundles and "
           "multi-layer OCI images.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

// --- status bar -----------------------------------------------------------------------

void MainWindow::createStatusBar()
{
    m_busyLabel = new QLabel(this);
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_busyLabel->setMaximumWidth(420);
    m_busyProgress = new QProgressBar(this);
    m_busyProgress->setObjectName(QStringLiteral("busyProgress"));
    m_busyProgress->setMaximumWidth(220);
    m_busyProgress->setTextVisible(true);
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelBusyButton"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop the scan; what was read so far is kept"));
    m_cancelButton->setAutoRaise(true);
    connect(m_cancelButton, &QToolButton::clicked, this, &MainWindow::cancelScan);
    statusBar()->addPermanentWidget(m_busyLabel);
    statusBar()->addPermanentWidget(m_busyProgress);
    statusBar()->addPermanentWidget(m_cancelButton);
    hideBusy();
}

void MainWindow::showBusy(const QString &what, int done, int total, bool cancellable)
{
    const QString elided =
        m_busyLabel->fontMetrics().elidedText(what, Qt::ElideMiddle, m_busyLabel->maximumWidth());
    m_busyLabel->setText(elided);
    m_busyLabel->setToolTip(what);
    m_busyProgress->setRange(0, qMax(0, total)); // 0..0 = busy without a known end
    m_busyProgress->setValue(qBound(0, done, qMax(0, total)));
    m_busyLabel->show();
    m_busyProgress->show();
    m_cancelButton->setVisible(cancellable);
}

void MainWindow::hideBusy()
{
    m_busyLabel->hide();
    m_busyProgress->hide();
    m_cancelButton->hide();
}

// --- diagnostics ----------------------------------------------------------------------

void MainWindow::refreshDiagnostics()
{
    QList<DiagnosticEntry> entries;
    for (const Diagnostic &d : std::as_const(m_fileDiagnostics))
        entries.append({d, nullptr, tr("Project file")});
    for (const Diagnostic &d : m_document->buildDirectory().diagnostics)
        entries.append({d, nullptr, tr("Build directory")});
    for (WorkbenchPage *page : std::as_const(m_pages)) {
        for (const Diagnostic &d : page->diagnostics())
            entries.append({d, page, page->title()});
    }
    m_diagnostics->setEntries(entries);

    const int errors = m_diagnostics->count(Severity::Error);
    const int warnings = m_diagnostics->count(Severity::Warning);
    const int notes = m_diagnostics->count(Severity::Note);
    m_ui->diagnosticsSummary->setText(
        tr("%1 errors, %2 warnings, %3 notes").arg(errors).arg(warnings).arg(notes));
    m_ui->diagnosticsDock->setWindowTitle(
        errors + warnings > 0 ? tr("Diagnostics (%1 errors, %2 warnings)").arg(errors).arg(warnings)
                              : tr("Diagnostics"));
}

Diagnostics MainWindow::diagnostics() const
{
    Diagnostics all;
    for (const DiagnosticEntry &entry : m_diagnostics->allEntries())
        all.append(entry.diagnostic);
    return all;
}

void MainWindow::stepDiagnostic(int delta)
{
    const int rows = m_diagnostics->rowCount();
    if (rows == 0) {
        statusBar()->showMessage(tr("No diagnostics"), 3000);
        return;
    }
    const QModelIndex current = m_ui->diagnosticsView->currentIndex();
    const int row =
        current.isValid() ? (current.row() + delta + rows) % rows : (delta > 0 ? 0 : rows - 1);
    m_ui->diagnosticsDock->show();
    m_ui->diagnosticsDock->raise();
    m_ui->diagnosticsView->setCurrentIndex(m_diagnostics->index(row, 0));
    activateDiagnostic(row);
}

SourceViewer *MainWindow::sourceViewer() const
{
    return m_sourceViewer;
}

void MainWindow::activateDiagnostic(int row)
{
    if (row < 0 || row >= m_diagnostics->rowCount())
        return;
    const DiagnosticEntry entry = m_diagnostics->entry(row);
    if (entry.page) {
        WorkbenchPage *previous = currentPage();
        setCurrentPage(entry.page);
        if (entry.page->revealDiagnostic(entry.diagnostic))
            return;
        setCurrentPage(previous);
    }
    const SourceLocation &location = entry.diagnostic.location;
    if (location.file.isEmpty() || location.line <= 0) {
        statusBar()->showMessage(tr("This diagnostic points at no field or file line."), 5000);
        return;
    }
    if (!m_sourceViewer) {
        m_sourceViewer = new SourceViewer(this);
        m_sourceViewer->setAttribute(Qt::WA_DeleteOnClose);
    }
    QString error;
    if (!m_sourceViewer->showFile(location.file, location.line, location.column, &error)) {
        m_sourceViewer->close();
        statusBar()->showMessage(error, 8000);
        return;
    }
    m_sourceViewer->show();
    m_sourceViewer->raise();
    m_sourceViewer->activateWindow();
}

// --- file operations ------------------------------------------------------------------

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const QString name = m_document->filePath().isEmpty()
                             ? tr("The new project")
                             : QFileInfo(m_document->filePath()).fileName();
    switch (m_prompts->askSaveChanges(this, name)) {
    case UserPrompts::SaveChoice::Save:
        return saveProject();
    case UserPrompts::SaveChoice::Discard:
        return true;
    case UserPrompts::SaveChoice::Cancel:
        break;
    }
    return false;
}

bool MainWindow::newProject()
{
    if (!maybeSave())
        return false;
    abandonScan();
    discardRecoveryFile();
    m_fileDiagnostics.clear();
    m_document->setBuildDirectory({});
    core::project::Project project;
    project.name = tr("untitled");
    m_document->reset(project, QString());
    refreshDiagnostics();
    statusBar()->showMessage(tr("New project"), 3000);
    return true;
}

bool MainWindow::openProjectInteractive()
{
    if (!maybeSave())
        return false;
    const QString start = m_document->filePath().isEmpty()
                              ? QDir::homePath()
                              : QFileInfo(m_document->filePath()).absolutePath();
    const QString path = m_prompts->chooseProjectToOpen(this, start);
    if (path.isEmpty())
        return false;
    QString error;
    if (!openProject(path, &error)) {
        m_prompts->showError(this, tr("Open Project"), error);
        return false;
    }
    return true;
}

bool MainWindow::openProject(const QString &path, QString *errorMessage)
{
    auto load = core::project::ProjectFile::load(path);
    if (!load) {
        m_fileDiagnostics = {Diagnostic::error(QStringLiteral("project.io"), load.error().message,
                                               load.error().location)};
        refreshDiagnostics();
        if (errorMessage)
            *errorMessage = load.error().message;
        return false;
    }
    if (hasErrors(load->diagnostics)) {
        m_fileDiagnostics = load->diagnostics;
        refreshDiagnostics();
        if (errorMessage)
            *errorMessage = tr("%1 has errors; see the diagnostics").arg(path);
        return false;
    }
    abandonScan();
    discardRecoveryFile();
    m_fileDiagnostics = load->diagnostics;
    m_document->setBuildDirectory({});
    m_document->reset(load->project, QFileInfo(path).absoluteFilePath());
    RecentFiles::add(path);
    rebuildRecentMenu();
    rescanProjectBuildDirectory();
    refreshDiagnostics();
    statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(path).fileName()), 5000);
    return true;
}

bool MainWindow::saveProject()
{
    if (m_document->filePath().isEmpty())
        return saveProjectAs();
    return saveProjectTo(m_document->filePath());
}

bool MainWindow::saveProjectAs()
{
    QString suggestion = m_document->filePath();
    if (suggestion.isEmpty()) {
        const QString name =
            m_document->project().name.isEmpty() ? tr("untitled") : m_document->project().name;
        suggestion = QDir::home().filePath(name + QStringLiteral(".cbw.json"));
    }
    const QString path = m_prompts->chooseProjectSavePath(this, suggestion);
    if (path.isEmpty())
        return false;
    return saveProjectTo(path);
}

bool MainWindow::saveProjectTo(const QString &path)
{
    const auto saved = core::project::ProjectFile::save(m_document->project(), path, true);
    if (!saved) {
        m_fileDiagnostics.removeIf(
            [](const Diagnostic &d) { return d.code == QLatin1String("project.save"); });
        m_fileDiagnostics.append(Diagnostic::error(QStringLiteral("project.save"),
                                                   saved.error().message, saved.error().location));
        refreshDiagnostics();
        m_prompts->showError(this, tr("Save Project"), saved.error().message);
        return false;
    }
    m_fileDiagnostics.removeIf(
        [](const Diagnostic &d) { return d.code == QLatin1String("project.save"); });
    m_document->setFilePath(QFileInfo(path).absoluteFilePath());
    m_document->markSaved();
    discardRecoveryFile();
    RecentFiles::add(path);
    rebuildRecentMenu();
    refreshDiagnostics();
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 5000);
    return true;
}

// --- export ---------------------------------------------------------------------------

void MainWindow::updateExportAction()
{
    const core::project::Project &project = m_document->project();
    m_ui->actionExport->setEnabled(!project.bundles.isEmpty() || !project.images.isEmpty());
}

void MainWindow::setExportWizardHook(std::function<void(ExportWizard *)> hook)
{
    m_exportWizardHook = std::move(hook);
}

void MainWindow::exportInteractive()
{
    const core::project::Project &project = m_document->project();
    if (project.bundles.isEmpty() && project.images.isEmpty())
        return;
    // Merging into the build the project belongs to is the common case; without a readable
    // local.conf the wizard proposes a layer instead.
    QString localConf = m_document->buildDirectory().localConfPath;
    if (localConf.isEmpty() && !project.buildDirectory.isEmpty())
        localConf = QDir(project.buildDirectory).filePath(QStringLiteral("conf/local.conf"));
    if (!QFileInfo(localConf).isFile())
        localConf.clear();
    auto *wizard = new ExportWizard(project, localConf, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_document->filePath().isEmpty())
        wizard->setProjectDirectory(QFileInfo(m_document->filePath()).absolutePath());
    connect(wizard, &QWizard::finished, this, [this, wizard] {
        if (wizard->hasWritten() && wizard->writeReport().ok())
            statusBar()->showMessage(
                tr("Exported %n file(s)", nullptr, int(wizard->writeReport().written.size())),
                8000);
    });
    if (m_exportWizardHook) {
        m_exportWizardHook(wizard);
        return;
    }
    wizard->open();
}

// --- build directory ------------------------------------------------------------------

void MainWindow::openBuildDirectoryInteractive()
{
    const QString current = m_document->project().buildDirectory;
    const QString path =
        m_prompts->chooseBuildDirectory(this, current.isEmpty() ? QDir::homePath() : current);
    if (!path.isEmpty())
        openBuildDirectory(path);
}

void MainWindow::openBuildDirectory(const QString &path)
{
    showBusy(tr("Scanning %1…").arg(QDir::toNativeSeparators(path)), 0, 0, true);
    m_ui->actionRescanBuildDirectory->setEnabled(false);
    m_scanWanted = true;
    m_scan->start(QFileInfo(path).absoluteFilePath());
}

void MainWindow::rescanProjectBuildDirectory()
{
    const QString dir = m_document->project().buildDirectory;
    m_ui->actionRescanBuildDirectory->setEnabled(!dir.isEmpty());
    if (dir.isEmpty())
        return;
    if (!QFileInfo(dir).isDir()) {
        m_fileDiagnostics.append(Diagnostic::warning(
            QStringLiteral("project.build-directory-missing"),
            tr("The project's build directory %1 does not exist; open another one with "
               "File > Open Yocto Build Directory")
                .arg(dir)));
        refreshDiagnostics();
        return;
    }
    openBuildDirectory(dir);
}

void MainWindow::abandonScan()
{
    m_scanWanted = false;
    m_scan->cancel();
    hideBusy();
}

bool MainWindow::isScanning() const
{
    return m_scan->isRunning();
}

void MainWindow::cancelScan()
{
    m_scan->cancel();
    m_busyLabel->setText(tr("Cancelling…"));
    m_cancelButton->setEnabled(false);
}

void MainWindow::onScanProgress(int done, int total, const QString &what)
{
    showBusy(what.isEmpty() ? tr("Scanning %1…").arg(m_scan->buildDir()) : what, done, total, true);
}

void MainWindow::onScanFinished(const core::project::BuildDirectoryInfo &info)
{
    hideBusy();
    m_cancelButton->setEnabled(true);
    // A scan of the previous project that ended after New/Open must not touch this one.
    if (!m_scanWanted)
        return;
    m_scanWanted = false;
    const bool cancelled =
        std::any_of(info.diagnostics.begin(), info.diagnostics.end(), [](const Diagnostic &d) {
            return d.code == core::project::codes::ScanCancelled;
        });
    m_document->setBuildDirectory(info);
    // A cancelled scan is shown for what it found but does not re-point the project.
    if (!cancelled && !info.topDir.isEmpty())
        m_document->setBuildDirectoryPath(
            info.topDir, tr("Use build directory %1").arg(QFileInfo(info.topDir).fileName()));
    m_ui->actionRescanBuildDirectory->setEnabled(!m_document->project().buildDirectory.isEmpty());
    statusBar()->showMessage(
        cancelled ? tr("Scan of %1 cancelled").arg(info.topDir)
                  : tr("Build directory %1: %2 layers, %3 recipes, %4 deployed images")
                        .arg(QDir::toNativeSeparators(info.topDir))
                        .arg(info.layers.size())
                        .arg(info.recipes.size())
                        .arg(info.deployedImages.size()),
        8000);
}

// --- autosave and recovery ------------------------------------------------------------

void MainWindow::autosave()
{
    if (!m_document->isModified())
        return;
    const QString key = recoveryKey();
    const auto saved = m_recovery.save(key, m_document->project(), m_document->filePath());
    if (!saved) {
        statusBar()->showMessage(tr("Autosave failed: %1").arg(saved.error().message), 8000);
        return;
    }
    m_recoveryKeyInUse = key;
}

void MainWindow::discardRecoveryFile()
{
    if (m_recoveryKeyInUse.isEmpty())
        return;
    m_recovery.remove(m_recoveryKeyInUse);
    m_recoveryKeyInUse.clear();
}

void MainWindow::offerRecovery()
{
    const QList<RecoveryEntry> entries = m_recovery.pending();
    for (const RecoveryEntry &entry : entries) {
        const QString description =
            tr("%1\n%2\nautosaved %3")
                .arg(entry.projectName.isEmpty() ? tr("(unnamed project)") : entry.projectName,
                     entry.originalPath.isEmpty() ? tr("never saved") : entry.originalPath,
                     QLocale().toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat));
        const auto choice = m_prompts->askRestoreRecovery(this, description);
        if (choice == UserPrompts::RecoveryChoice::Keep)
            continue;
        if (choice == UserPrompts::RecoveryChoice::Discard) {
            m_recovery.remove(entry.key);
            continue;
        }
        const auto recovered = core::project::ProjectFile::load(entry.projectFile);
        if (!recovered || hasErrors(recovered->diagnostics)) {
            m_prompts->showError(this, tr("Recover Unsaved Changes"),
                                 recovered
                                     ? tr("The recovery file %1 is damaged.").arg(entry.projectFile)
                                     : recovered.error().message);
            continue;
        }
        // Start from the file on disk so that Undo shows exactly what the crash lost.
        bool base = false;
        if (!entry.originalPath.isEmpty() && QFileInfo(entry.originalPath).isFile())
            base = openProject(entry.originalPath);
        if (!base) {
            m_document->setBuildDirectory({});
            m_fileDiagnostics.clear();
            m_document->reset({}, entry.originalPath);
        }
        m_document->replaceProject(recovered->project, tr("Restore autosaved changes"));
        m_recovery.remove(entry.key);
        autosave(); // the recovered state is protected again under this window's key
        if (!base)
            rescanProjectBuildDirectory();
        statusBar()->showMessage(tr("Restored autosaved changes"), 8000);
        break; // one project per window; the others are offered next time
    }
}

// --- window ---------------------------------------------------------------------------

void MainWindow::updateTitle()
{
    const QString path = m_document->filePath();
    QString name = m_document->project().name;
    if (name.isEmpty())
        name = path.isEmpty() ? tr("untitled") : QFileInfo(path).fileName();
    setWindowTitle(tr("%1[*] — Container Bundle Workbench").arg(name));
    setWindowModified(m_document->isModified());
    setWindowFilePath(path);
}

void MainWindow::saveWindowSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_scan->cancel();
    discardRecoveryFile();
    saveWindowSettings();
    event->accept();
}

} // namespace cbw::app

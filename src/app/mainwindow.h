#pragma once

#include "common/diagnostic.h"
#include "recoverystore.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QLabel;
class QProgressBar;
class QTimer;
class QToolButton;

namespace Ui {
class MainWindow;
}

namespace cbw::core::project {
struct BuildDirectoryInfo;
}

namespace cbw::app {

class BuildDirectoryScan;
class DiagnosticsModel;
class ExportWizard;
class PreviewPanel;
class ProjectDocument;
class SourceViewer;
class UserPrompts;
class WorkbenchPage;

// The workbench window: hosts the pages (Bundles, Layers, Inspector, VM), the diagnostics,
// preview and undo-history docks, the File/Edit/View menus, autosave and crash recovery,
// and the background scan of a Yocto build directory.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ProjectDocument *document() const { return m_document; }

    // The questions the window asks (save changes?, restore?, file choosers, errors).
    void setPrompts(std::unique_ptr<UserPrompts> prompts);
    UserPrompts *prompts() const { return m_prompts.get(); }

    void setRecoveryStore(const RecoveryStore &store);
    const RecoveryStore &recoveryStore() const { return m_recovery; }
    void setAutosaveInterval(int milliseconds);
    QString recoveryKey() const;

    // Offers the recovery files that crashed sessions left (call once the window shows).
    void offerRecovery();

    // File operations. The *Interactive ones ask about unsaved changes and for paths
    // through prompts(); the plain ones do exactly what they say.
    bool newProject();
    bool openProjectInteractive();
    // Loads `path`; on failure the previous project stays and the reason is shown in the
    // diagnostics dock and returned.
    bool openProject(const QString &path, QString *errorMessage = nullptr);
    bool saveProject();
    bool saveProjectAs();
    bool saveProjectTo(const QString &path);
    // File > Export…: opens the export wizard for the project (window-modal, not blocking).
    void exportInteractive();
    // Tests receive the wizard here instead of it being shown.
    void setExportWizardHook(std::function<void(ExportWizard *)> hook);
    void openBuildDirectoryInteractive();
    void openBuildDirectory(const QString &path);
    bool isScanning() const;
    void cancelScan();
    // Writes the recovery file now when there are unsaved changes (what the timer does).
    void autosave();

    void addPage(WorkbenchPage *page);
    QList<WorkbenchPage *> pages() const { return m_pages; }
    WorkbenchPage *currentPage() const;
    void setCurrentPage(WorkbenchPage *page);

    DiagnosticsModel *diagnosticsModel() const { return m_diagnostics; }
    // Everything the dock knows (before the severity filter).
    core::Diagnostics diagnostics() const;
    // Acts on a diagnostic row as double-click/Enter does.
    void activateDiagnostic(int row);
    // F8 / Shift+F8: the next or previous row of the dock, activated.
    void stepDiagnostic(int delta);
    SourceViewer *sourceViewer() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPages();
    void createMenus();
    void createStatusBar();
    void createDocks();
    bool maybeSave();
    void rebuildRecentMenu();
    void updateExportAction();
    void refreshDiagnostics();
    void updateTitle();
    void onPageChanged();
    void onScanProgress(int done, int total, const QString &what);
    void onScanFinished(const core::project::BuildDirectoryInfo &info);
    void showBusy(const QString &what, int done, int total, bool cancellable);
    void hideBusy();
    void rescanProjectBuildDirectory();
    void abandonScan();
    void discardRecoveryFile();
    void saveWindowSettings();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ProjectDocument *m_document;
    std::unique_ptr<UserPrompts> m_prompts;
    std::function<void(ExportWizard *)> m_exportWizardHook;
    RecoveryStore m_recovery;
    QString m_untitledKey;
    QString m_recoveryKeyInUse; // of the last autosave, removed when the project is safe
    QTimer *m_autosaveTimer;
    BuildDirectoryScan *m_scan;
    DiagnosticsModel *m_diagnostics;
    PreviewPanel *m_preview;
    QList<WorkbenchPage *> m_pages;
    QList<QAction *> m_pageActions;
    QPointer<SourceViewer> m_sourceViewer;
    core::Diagnostics m_fileDiagnostics; // project load/save problems
    bool m_scanWanted = false;           // false: a finishing scan belongs to an old project
    QLabel *m_busyLabel = nullptr;
    QProgressBar *m_busyProgress = nullptr;
    QToolButton *m_cancelButton = nullptr;
};

} // namespace cbw::app

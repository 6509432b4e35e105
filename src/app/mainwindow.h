#pragma once

#include "common/diagnostic.h"
#include "project/project.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace cbw::app {

// The workbench window: shows a project's bundles, image designs, the files the
// workbench would generate for them and every diagnostic the core raises.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads `path`; on failure the previous project stays and the reason is shown in
    // the diagnostics dock and returned.
    bool openProject(const QString &path, QString *errorMessage = nullptr);

    const core::project::Project &project() const { return m_project; }
    const core::Diagnostics &diagnostics() const { return m_diagnostics; }

private:
    void chooseProjectFile();
    void showAbout();
    void showBundle(int row);
    void showImage(int row);
    void showGeneratedFile(int index);
    void refreshAll();
    void refreshDiagnostics();
    void collectGeneratedFiles();

    struct GeneratedFile
    {
        QString title;
        QString text;
    };

    std::unique_ptr<Ui::MainWindow> m_ui;
    QString m_projectPath;
    core::project::Project m_project;
    core::Diagnostics m_diagnostics;
    QList<GeneratedFile> m_generated;
};

} // namespace cbw::app

#pragma once

#include "common/diagnostic.h"
#include "project/builddirectory.h"
#include "project/project.h"

#include <QObject>
#include <QString>

class QUndoStack;

namespace cbw::app {

// The open project as the GUI sees it: the data, where it lives, whether it changed, the
// build directory it was paired with, and the one undo stack every edit goes through.
// Edits replace a whole bundle or image design; a value swap is the undo step, which keeps
// every command trivially correct however the editors change the design.
class ProjectDocument final : public QObject
{
    Q_OBJECT

public:
    explicit ProjectDocument(QObject *parent = nullptr);
    ~ProjectDocument() override;

    const core::project::Project &project() const { return m_project; }
    QString filePath() const { return m_filePath; }
    bool isModified() const;
    QUndoStack *undoStack() const { return m_undoStack; }

    // Replaces everything (New/Open/recovery); clears the undo history.
    void reset(const core::project::Project &project, const QString &filePath);
    void setFilePath(const QString &filePath);
    void markSaved(); // the undo stack's clean state is now "as on disk"

    // Undoable edits. `text` is what Edit > Undo shows ("Change restart policy").
    void setBundle(int index, const core::bundle::BundleDesign &bundle, const QString &text);
    void insertBundle(int index, const core::bundle::BundleDesign &bundle, const QString &text);
    void removeBundle(int index, const QString &text);
    void setImage(int index, const core::layers::LayerDesign &image, const QString &text);
    void insertImage(int index, const core::layers::LayerDesign &image, const QString &text);
    void removeImage(int index, const QString &text);
    void setProjectInfo(const QString &name, const QString &description, const QString &text);
    // Records which Yocto build directory the project belongs to (saved as buildDirectory).
    void setBuildDirectoryPath(const QString &path, const QString &text);
    // Replaces the whole project as one undoable step (restoring an autosaved recovery file
    // on top of the version on disk, so Undo shows what the crash lost).
    void replaceProject(const core::project::Project &project, const QString &text);

    // The scanned build directory (not part of the undo history; the path is saved in the
    // project as buildDirectory, which *is* an undoable edit done by the caller).
    const core::project::BuildDirectoryInfo &buildDirectory() const { return m_buildDirectory; }
    bool hasBuildDirectory() const { return !m_buildDirectory.topDir.isEmpty(); }
    void setBuildDirectory(const core::project::BuildDirectoryInfo &info);

signals:
    void projectReset();
    void bundleChanged(int index);
    void bundlesInsertedOrRemoved();
    void imageChanged(int index);
    void imagesInsertedOrRemoved();
    void projectInfoChanged();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &filePath);
    void buildDirectoryChanged();

private:
    friend class ProjectEditCommand;
    void applyProject(const core::project::Project &project, int bundleHint, int imageHint,
                      bool structural);

    core::project::Project m_project;
    QString m_filePath;
    QUndoStack *m_undoStack = nullptr;
    core::project::BuildDirectoryInfo m_buildDirectory;
};

} // namespace cbw::app

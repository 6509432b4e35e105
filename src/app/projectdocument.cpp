#include "projectdocument.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace cbw::app {

// Swaps the whole project between two states. Projects are a few kilobytes of implicitly
// shared Qt containers, so a snapshot per step costs little and cannot drift from the data.
class ProjectEditCommand final : public QUndoCommand
{
public:
    ProjectEditCommand(ProjectDocument *document, core::project::Project after, int bundleHint,
                       int imageHint, bool structural, const QString &text)
        : QUndoCommand(text)
        , m_document(document)
        , m_before(document->project())
        , m_after(std::move(after))
        , m_bundleHint(bundleHint)
        , m_imageHint(imageHint)
        , m_structural(structural)
    {}

    void undo() override
    {
        m_document->applyProject(m_before, m_bundleHint, m_imageHint, m_structural);
    }
    void redo() override
    {
        m_document->applyProject(m_after, m_bundleHint, m_imageHint, m_structural);
    }

private:
    ProjectDocument *m_document;
    core::project::Project m_before;
    core::project::Project m_after;
    int m_bundleHint;
    int m_imageHint;
    bool m_structural;
};

ProjectDocument::ProjectDocument(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

ProjectDocument::~ProjectDocument() = default;

bool ProjectDocument::isModified() const
{
    return !m_undoStack->isClean();
}

void ProjectDocument::reset(const core::project::Project &project, const QString &filePath)
{
    const bool wasModified = isModified();
    m_project = project;
    m_undoStack->clear();
    m_undoStack->setClean();
    setFilePath(filePath);
    emit projectReset();
    if (wasModified)
        emit modifiedChanged(false);
}

void ProjectDocument::setFilePath(const QString &filePath)
{
    if (m_filePath == filePath)
        return;
    m_filePath = filePath;
    emit filePathChanged(m_filePath);
}

void ProjectDocument::markSaved()
{
    m_undoStack->setClean();
}

void ProjectDocument::setBundle(int index, const core::bundle::BundleDesign &bundle,
                                const QString &text)
{
    if (index < 0 || index >= m_project.bundles.size() || m_project.bundles.at(index) == bundle)
        return;
    core::project::Project after = m_project;
    after.bundles[index] = bundle;
    m_undoStack->push(new ProjectEditCommand(this, after, index, -1, false, text));
}

void ProjectDocument::insertBundle(int index, const core::bundle::BundleDesign &bundle,
                                   const QString &text)
{
    core::project::Project after = m_project;
    after.bundles.insert(qBound(0, index, int(after.bundles.size())), bundle);
    m_undoStack->push(new ProjectEditCommand(this, after, -1, -1, true, text));
}

void ProjectDocument::removeBundle(int index, const QString &text)
{
    if (index < 0 || index >= m_project.bundles.size())
        return;
    core::project::Project after = m_project;
    after.bundles.removeAt(index);
    m_undoStack->push(new ProjectEditCommand(this, after, -1, -1, true, text));
}

void ProjectDocument::setImage(int index, const core::layers::LayerDesign &image,
                               const QString &text)
{
    if (index < 0 || index >= m_project.images.size() || m_project.images.at(index) == image)
        return;
    core::project::Project after = m_project;
    after.images[index] = image;
    m_undoStack->push(new ProjectEditCommand(this, after, -1, index, false, text));
}

void ProjectDocument::insertImage(int index, const core::layers::LayerDesign &image,
                                  const QString &text)
{
    core::project::Project after = m_project;
    after.images.insert(qBound(0, index, int(after.images.size())), image);
    m_undoStack->push(new ProjectEditCommand(this, after, -1, -1, true, text));
}

void ProjectDocument::removeImage(int index, const QString &text)
{
    if (index < 0 || index >= m_project.images.size())
        return;
    core::project::Project after = m_project;
    after.images.removeAt(index);
    m_undoStack->push(new ProjectEditCommand(this, after, -1, -1, true, text));
}

void ProjectDocument::setProjectInfo(const QString &name, const QString &description,
                                     const QString &text)
{
    if (m_project.name == name && m_project.description == description)
        return;
    core::project::Project after = m_project;
    after.name = name;
    after.description = description;
    m_undoStack->push(new ProjectEditCommand(this, after, -1, -1, false, text));
}

void ProjectDocument::setBuildDirectoryPath(const QString &path, const QString &text)
{
    if (m_project.buildDirectory == path)
        return;
    core::project::Project after = m_project;
    after.buildDirectory = path;
    m_undoStack->push(new ProjectEditCommand(this, after, -1, -1, false, text));
}

void ProjectDocument::replaceProject(const core::project::Project &project, const QString &text)
{
    if (m_project == project)
        return;
    m_undoStack->push(new ProjectEditCommand(this, project, -1, -1, true, text));
}

void ProjectDocument::setBuildDirectory(const core::project::BuildDirectoryInfo &info)
{
    m_buildDirectory = info;
    emit buildDirectoryChanged();
}

void ProjectDocument::applyProject(const core::project::Project &project, int bundleHint,
                                   int imageHint, bool structural)
{
    const core::project::Project before = m_project;
    m_project = project;
    if (before.name != project.name || before.description != project.description ||
        before.buildDirectory != project.buildDirectory)
        emit projectInfoChanged();
    if (structural) {
        if (before.bundles != project.bundles)
            emit bundlesInsertedOrRemoved();
        if (before.images != project.images)
            emit imagesInsertedOrRemoved();
        return;
    }
    if (bundleHint >= 0)
        emit bundleChanged(bundleHint);
    if (imageHint >= 0)
        emit imageChanged(imageHint);
}

} // namespace cbw::app

#pragma once

#include "workbenchpage.h"

#include "inspector/filetreemodel.h"
#include "oci/extractor.h"
#include "oci/imagediff.h"
#include "oci/imageloader.h"

#include <QFutureWatcher>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>

namespace Ui {
class InspectorPage;
}

namespace cbw::app {

class ProjectDocument;

namespace inspector {
class WastedPathModel;
class ImageDiffModel;
} // namespace inspector

// Opens an OCI image (layout, oci-archive, docker-archive) and shows its layers, the files
// of each layer or of the filesystem up to it, where bytes are wasted, how it differs from a
// second image, and extracts a selected path. Everything that reads an image runs on the
// thread pool; the page only swaps finished results in.
class InspectorPage final : public WorkbenchPage
{
    Q_OBJECT

public:
    // Asks for an existing directory; returns "" when the user cancels. Injectable for tests.
    using DirectoryChooser = std::function<QString(QWidget *parent, const QString &caption)>;

    explicit InspectorPage(ProjectDocument *document, QWidget *parent = nullptr);
    ~InspectorPage() override;

    QString title() const override;
    core::Diagnostics diagnostics() const override;
    bool revealDiagnostic(const core::Diagnostic &diagnostic) override;

    void setDirectoryChooser(DirectoryChooser chooser) { m_chooseDirectory = std::move(chooser); }

    // State, for the window and the tests.
    const core::oci::LoadedImage *image() const { return m_image.get(); }
    bool isLoading() const { return m_loading; }
    inspector::FileTreeModel *fileTreeModel() const { return m_treeModel; }
    inspector::WastedPathModel *wastedPathModel() const { return m_wastedModel; }
    inspector::ImageDiffModel *diffModel() const { return m_diffModel; }
    int currentLayer() const;
    QString statusText() const;

public slots:
    // A path, "oci:DIR:TAG", "oci-archive:FILE", "docker-archive:FILE"; cancels a running load.
    void openImage(const QString &referenceOrPath);
    // Cancels the running load and the running comparison.
    void cancelLoad();
    void setCurrentLayer(int layer);
    void setTreeMode(cbw::app::inspector::TreeMode mode);
    void setOnlyChanges(bool on);
    void setFilterText(const QString &text);
    // Loads image B and lists how it differs from the open image.
    void compareWith(const QString &referenceOrPath);
    // Extracts the selected node of the file tree into a directory the user chooses.
    void extractSelection();
    // Shows the node in the file tree, switching layer and mode when the view hides it.
    void revealNode(core::oci::NodeId node);

signals:
    void imageLoaded();
    void loadFailed(const QString &message);
    void diffFinished(bool ok);
    void extractionFinished(bool ok, const QString &message);

private:
    void setupTree();
    void refreshDeployedImages();
    void refreshProvenance();
    void applyLoaded(core::Result<core::oci::LoadedImage> result);
    void showImage();
    void clearImage();
    void updateViewOptions();
    void restoreTreeState();
    void setStatus(const QString &text, bool error = false);
    void addDiagnostic(const core::Diagnostic &diagnostic);
    void clearDiagnostics(const QString &codePrefix);
    core::oci::NodeId selectedNode() const;
    void applyDiff();

    struct DiffOutcome
    {
        std::shared_ptr<const core::oci::LoadedImage> imageB;
        std::shared_ptr<const core::oci::ImageDiff> diff;
    };

    std::unique_ptr<Ui::InspectorPage> m_ui;
    ProjectDocument *m_document;
    inspector::FileTreeModel *m_treeModel;
    inspector::WastedPathModel *m_wastedModel;
    inspector::ImageDiffModel *m_diffModel;
    std::shared_ptr<const core::oci::LoadedImage> m_image;
    QString m_loadingName;
    QFutureWatcher<core::Result<core::oci::LoadedImage>> m_loadWatcher;
    QFutureWatcher<core::Result<DiffOutcome>> m_diffWatcher;
    std::shared_ptr<std::atomic<bool>> m_diffCancel;
    QFutureWatcher<core::Result<core::oci::ExtractSummary>> m_extractWatcher;
    QString m_extractDestination;
    std::shared_ptr<std::atomic<bool>> m_extractCancel;
    core::Diagnostics m_diagnostics;
    DirectoryChooser m_chooseDirectory;
    QTimer m_filterTimer;
    QSet<core::oci::NodeId> m_expanded;
    core::oci::NodeId m_selectedNode = core::oci::InvalidNode;
    core::oci::NodeId m_pendingReveal = core::oci::InvalidNode;
    bool m_restoring = false;
    bool m_loading = false;         // until the result is shown, not just until it is read
    bool m_cancelRequested = false; // a load that finished before the cancel still counts as one
};

} // namespace cbw::app

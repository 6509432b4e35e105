#pragma once

#include "layers/layerdesign.h"
#include "workbenchpage.h"

#include <functional>
#include <memory>

class QAction;
class QLineEdit;

namespace Ui {
class LayerDesignerPage;
}

namespace cbw::app {

namespace layerdesigner {
class ItemListEditor;
class LayerStackModel;
class PredictionPanel;
} // namespace layerdesigner

// The Layers page: the project's image-oci designs on the left; for the selected one its mode
// (single, base + one layer, multi, base + multi), base image, the layer stack with each
// layer's items, IMAGE_INSTALL consistency, the image settings with what `docker run` will
// execute, and — when a build directory is open — the predictions from its pkgdata. Every
// finished edit is one undo step on the ProjectDocument; text fields are drafts until their
// editing finishes, but the preview and the docker-run lines follow every keystroke.
class LayerDesignerPage final : public WorkbenchPage
{
    Q_OBJECT

public:
    // Asked for the path of an exported recipe; empty = cancelled. The default shows a file
    // dialog; tests answer it directly so that no modal dialog blocks them.
    using ChooseExportPath = std::function<QString(QWidget *parent, const QString &suggested)>;

    // The four ways image-oci.bbclass builds the layers, as the page offers them.
    enum class DesignMode
    {
        Single,
        BaseAndOne,
        Multi,
        BaseAndMulti
    };

    explicit LayerDesignerPage(ProjectDocument *document, QWidget *parent = nullptr);
    ~LayerDesignerPage() override;

    QString title() const override;
    core::Diagnostics diagnostics() const override;
    QList<PreviewFile> previews() const override;
    bool revealDiagnostic(const core::Diagnostic &diagnostic) override;

    void setChooseExportPath(ChooseExportPath choose);
    // "Export recipe…" (Ctrl+Shift+E while the page has focus); disabled without an image.
    QAction *exportRecipeAction() const { return m_exportAction; }

    int currentImage() const;
    void setCurrentImage(int index);
    // The selected layer (0 = bottom), -1 when none.
    int currentLayer() const;
    void setCurrentLayer(int layerIndex);
    layerdesigner::LayerStackModel *layerStackModel() const { return m_stackModel; }
    layerdesigner::ItemListEditor *itemEditor() const { return m_itemEditor; }
    layerdesigner::PredictionPanel *predictionPanel() const { return m_predictions; }

    // The current image as the fields show it, including text not yet committed.
    core::layers::LayerDesign draftDesign() const;

    void addImage();
    void duplicateImage();
    void removeImage();
    void setDesignMode(DesignMode mode);
    void addLayer();
    void removeCurrentLayer();
    void moveLayer(int from, int to);
    // Writes the current design as a .bb (asks for the path); false when cancelled or failed.
    bool exportRecipe(QString *error = nullptr);

    // "docker run IMAGE executes: ..." for the draft settings.
    static QString describeRun(const QStringList &argv);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void connectFields();
    void textField(QLineEdit *edit, const QString &undoText,
                   std::function<void(core::layers::LayerDesign &, const QString &)> assign);
    void editCurrent(const std::function<void(core::layers::LayerDesign &)> &change,
                     const QString &undoText);
    void rebuildImageList();
    void refreshEditor();
    void refreshLayerEditor();
    void refreshDerived(); // mode reason, base advice, IMAGE_INSTALL status, run lines
    void refreshDiagnostics();
    core::layers::LayerDesign designAt(int index) const;
    DesignMode modeOf(const core::layers::LayerDesign &design) const;
    QLineEdit *fieldForCode(const core::Diagnostic &diagnostic) const;

    ProjectDocument *m_document;
    std::unique_ptr<Ui::LayerDesignerPage> m_ui;
    layerdesigner::LayerStackModel *m_stackModel;
    layerdesigner::ItemListEditor *m_itemEditor;
    layerdesigner::PredictionPanel *m_predictions;
    ChooseExportPath m_chooseExportPath;
    QAction *m_exportAction;
    int m_currentLayer = -1;
    // A base mode picked while OCI_BASE_IMAGE is still empty: the design cannot tell it yet.
    bool m_baseModePending = false;
    core::Diagnostics m_diagnostics;
};

} // namespace cbw::app

#pragma once

#include "workbenchpage.h"

class QLabel;
class QListWidget;
class QTableWidget;

namespace cbw::app {

// The project's OCI image designs (image-oci recipes) with their OCI_LAYERS, read-only:
// the layer designer that edits them is a later part of the workbench.
class LayersPage final : public WorkbenchPage
{
    Q_OBJECT

public:
    explicit LayersPage(ProjectDocument *document, QWidget *parent = nullptr);

    QString title() const override;
    core::Diagnostics diagnostics() const override;
    QList<PreviewFile> previews() const override;
    bool revealDiagnostic(const core::Diagnostic &diagnostic) override;

private:
    void rebuild();
    void showImage(int row);

    ProjectDocument *m_document;
    QListWidget *m_images;
    QLabel *m_summary;
    QTableWidget *m_layers;
    QList<core::Diagnostics> m_diagnosticsPerImage;
};

} // namespace cbw::app

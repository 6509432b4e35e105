#include "layerspage.h"

#include "layers/imagerecipegenerator.h"
#include "layers/ocilayers.h"
#include "projectdocument.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cbw::app {

using namespace cbw::core;

LayersPage::LayersPage(ProjectDocument *document, QWidget *parent)
    : WorkbenchPage(parent)
    , m_document(document)
    , m_images(new QListWidget(this))
    , m_summary(new QLabel(this))
    , m_layers(new QTableWidget(this))
{
    setObjectName(QStringLiteral("layersPage"));
    m_images->setObjectName(QStringLiteral("imagesList"));
    m_images->setToolTip(tr("image-oci recipes designed in the project"));
    m_layers->setObjectName(QStringLiteral("layersTable"));
    m_layers->setToolTip(tr("OCI_LAYERS of the selected image, bottom layer first"));
    m_layers->setColumnCount(3);
    m_layers->setHorizontalHeaderLabels({tr("Layer"), tr("Type"), tr("Items")});
    m_layers->horizontalHeader()->setStretchLastSection(true);
    m_layers->verticalHeader()->setVisible(false);
    m_layers->verticalHeader()->setDefaultSectionSize(m_layers->fontMetrics().height() + 8);
    m_layers->setAlternatingRowColors(true);
    m_layers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_layers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_summary->setObjectName(QStringLiteral("imageSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setToolTip(tr("OCI_LAYER_MODE and OCI_BASE_IMAGE of the selected image"));

    auto *note = new QLabel(tr("Image designs are shown read-only; the layer designer that "
                               "edits them is not part of this version."),
                            this);
    note->setWordWrap(true);
    note->setEnabled(false);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_summary);
    detailLayout->addWidget(m_layers, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_images);
    splitter->addWidget(detail);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(splitter, 1);

    connect(m_images, &QListWidget::currentRowChanged, this, &LayersPage::showImage);
    connect(m_document, &ProjectDocument::projectReset, this, &LayersPage::rebuild);
    connect(m_document, &ProjectDocument::imagesInsertedOrRemoved, this, &LayersPage::rebuild);
    connect(m_document, &ProjectDocument::imageChanged, this, &LayersPage::rebuild);
    rebuild();
}

QString LayersPage::title() const
{
    return tr("Layers");
}

Diagnostics LayersPage::diagnostics() const
{
    Diagnostics all;
    for (const Diagnostics &perImage : m_diagnosticsPerImage)
        all += perImage;
    return all;
}

QList<PreviewFile> LayersPage::previews() const
{
    QList<PreviewFile> files;
    for (const auto &image : m_document->project().images) {
        const auto text = layers::generateImageRecipe(image);
        files.append(
            {layers::imageRecipeFileName(image),
             text ? *text : tr("# cannot generate this recipe: %1\n").arg(text.error().message)});
    }
    return files;
}

bool LayersPage::revealDiagnostic(const Diagnostic &diagnostic)
{
    for (int row = 0; row < m_diagnosticsPerImage.size(); ++row) {
        for (const Diagnostic &d : m_diagnosticsPerImage.at(row)) {
            if (d.code == diagnostic.code && d.message == diagnostic.message &&
                d.location == diagnostic.location) {
                m_images->setCurrentRow(row);
                m_layers->setFocus();
                return true;
            }
        }
    }
    return false;
}

void LayersPage::rebuild()
{
    const int previous = m_images->currentRow();
    const auto &images = m_document->project().images;
    m_diagnosticsPerImage.clear();
    {
        const QSignalBlocker blocker(m_images);
        m_images->clear();
        for (const auto &image : images) {
            m_images->addItem(
                tr("%1.bb (%2)").arg(image.recipeName, layers::layerModeName(image.mode)));
            m_diagnosticsPerImage.append(layers::validateDesign(image));
        }
        m_images->setCurrentRow(images.isEmpty() ? -1
                                                 : qBound(0, previous, int(images.size()) - 1));
    }
    showImage(m_images->currentRow());
    emit diagnosticsChanged();
    emit previewsChanged();
}

void LayersPage::showImage(int row)
{
    m_layers->setRowCount(0);
    const auto &images = m_document->project().images;
    if (row < 0 || row >= images.size()) {
        m_summary->setText(images.isEmpty() ? tr("The project designs no OCI images.") : QString());
        return;
    }
    const auto &design = images.at(row);
    m_summary->setText(tr("OCI_LAYER_MODE = %1, OCI_BASE_IMAGE = %2")
                           .arg(layers::layerModeName(design.mode),
                                design.baseImage.isEmpty()
                                    ? tr("(none)")
                                    : design.baseImage + QLatin1Char(':') + design.baseImageTag));
    m_layers->setRowCount(int(design.layers.size()));
    for (int i = 0; i < design.layers.size(); ++i) {
        const auto &layer = design.layers.at(i);
        const QStringList cells{layer.name, layer.typeWord(),
                                layer.items.join(QStringLiteral(" + "))};
        for (int column = 0; column < cells.size(); ++column)
            m_layers->setItem(i, column, new QTableWidgetItem(cells.at(column)));
    }
    m_layers->resizeColumnToContents(0);
    m_layers->resizeColumnToContents(1);
}

} // namespace cbw::app

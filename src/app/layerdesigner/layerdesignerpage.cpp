#include "layerdesignerpage.h"

#include "itemlisteditor.h"
#include "layerstackchart.h"
#include "layerstackmodel.h"
#include "predictionpanel.h"
#include "projectdocument.h"
#include "ui_layerdesignerpage.h"

#include "common/atomicwrite.h"
#include "layers/baseimage.h"
#include "layers/imageinstall.h"
#include "layers/imagerecipegenerator.h"
#include "layers/shlex.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeyEvent>
#include <QMessageBox>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace cbw::app {

using namespace cbw::core;
using namespace cbw::core::layers;
using layerdesigner::ItemListEditor;
using layerdesigner::LayerStackModel;
using layerdesigner::PredictionPanel;

namespace {

QString joinWords(const QStringList &words)
{
    return words.join(QLatin1Char(' '));
}

QStringList splitWords(const QString &text)
{
    return text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

void setTextKeepingCursor(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

QString recipeFileOf(const LayerDesign &design)
{
    return imageRecipeFileName(design);
}

} // namespace

LayerDesignerPage::LayerDesignerPage(ProjectDocument *document, QWidget *parent)
    : WorkbenchPage(parent)
    , m_document(document)
    , m_ui(std::make_unique<Ui::LayerDesignerPage>())
    , m_stackModel(new LayerStackModel(this))
    , m_itemEditor(nullptr)
    , m_predictions(nullptr)
    , m_exportAction(new QAction(tr("Export recipe…"), this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("layersPage"));
    m_ui->splitter->setStretchFactor(1, 3);

    m_itemEditor = new ItemListEditor(m_ui->itemsEditorHost);
    auto *hostLayout = new QVBoxLayout(m_ui->itemsEditorHost);
    hostLayout->setContentsMargins(0, 0, 0, 0);
    hostLayout->addWidget(m_itemEditor);

    m_predictions = new PredictionPanel(document, this);
    m_ui->designTabs->addTab(m_predictions, tr("Predictions"));

    m_ui->modeCombo->addItem(tr("Single layer"));
    m_ui->modeCombo->addItem(tr("Base image + one layer"));
    m_ui->modeCombo->addItem(tr("Multi-layer (OCI_LAYERS)"));
    m_ui->modeCombo->addItem(tr("Base image + multi-layer"));
    for (const LayerType type :
         {LayerType::Packages, LayerType::Directories, LayerType::Files, LayerType::Host})
        m_ui->layerTypeCombo->addItem(layerTypeName(type), int(type));

    m_ui->layerStackView->setModel(m_stackModel);
    m_ui->layerStackView->setDragDropMode(QAbstractItemView::InternalMove);
    m_ui->layerStackView->setDefaultDropAction(Qt::MoveAction);
    m_ui->layerStackView->setDragEnabled(true);
    m_ui->layerStackView->setAcceptDrops(true);
    m_ui->layerStackView->setDropIndicatorShown(true);
    m_ui->layerStackView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ui->layerStackView->installEventFilter(this);
    m_ui->baseImageAdvice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ui->runLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ui->runArgsLine->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_chooseExportPath = [](QWidget *parentWidget, const QString &suggested) {
        return QFileDialog::getSaveFileName(parentWidget, tr("Export image recipe"), suggested,
                                            tr("BitBake recipes (*.bb)"));
    };

    connectFields();
    connect(m_document, &ProjectDocument::projectReset, this, [this] {
        m_currentLayer = -1;
        rebuildImageList();
    });
    connect(m_document, &ProjectDocument::imagesInsertedOrRemoved, this,
            &LayerDesignerPage::rebuildImageList);
    connect(m_document, &ProjectDocument::imageChanged, this, [this](int index) {
        auto *item = m_ui->imagesList->item(index);
        if (item)
            item->setText(recipeFileOf(designAt(index)));
        if (index == currentImage())
            refreshEditor();
        refreshDiagnostics();
        emit previewsChanged();
    });
    connect(m_document, &ProjectDocument::buildDirectoryChanged, this,
            &LayerDesignerPage::refreshDerived);
    // Clicking a layer in the size chart selects it in the stack (single mode has no stack).
    connect(m_predictions->chart(), &layerdesigner::LayerStackChart::segmentClicked, this,
            [this](int layer) {
                if (designAt(currentImage()).mode != LayerMode::Multi)
                    return;
                m_ui->designTabs->setCurrentIndex(0);
                setCurrentLayer(layer);
            });
    connect(m_predictions, &PredictionPanel::busy, this, &LayerDesignerPage::busy);
    connect(m_predictions, &PredictionPanel::idle, this, &LayerDesignerPage::idle);
    connect(m_predictions, &PredictionPanel::predictionChanged, this, [this] {
        m_stackModel->setPredictedSizes(m_predictions->predictedSizes());
        m_stackModel->setCacheStates(m_predictions->cacheStates());
        m_itemEditor->setKnownPackages(m_predictions->knownPackages());
        refreshDiagnostics();
    });
    rebuildImageList();
}

LayerDesignerPage::~LayerDesignerPage()
{
    // The focused field finishes its editing while QWidget's destructor hides the children,
    // after this object's members are gone: it must not commit into a dead page.
    for (QWidget *child : findChildren<QWidget *>())
        child->blockSignals(true);
}

QString LayerDesignerPage::title() const
{
    return tr("Layers");
}

void LayerDesignerPage::setChooseExportPath(ChooseExportPath choose)
{
    m_chooseExportPath = std::move(choose);
}

int LayerDesignerPage::currentImage() const
{
    const int row = m_ui->imagesList->currentRow();
    return row >= 0 && row < m_document->project().images.size() ? row : -1;
}

void LayerDesignerPage::setCurrentImage(int index)
{
    m_ui->imagesList->setCurrentRow(index);
}

int LayerDesignerPage::currentLayer() const
{
    return m_currentLayer;
}

void LayerDesignerPage::setCurrentLayer(int layerIndex)
{
    const int count = int(m_stackModel->layers().size());
    m_currentLayer = layerIndex >= 0 && layerIndex < count ? layerIndex : -1;
    const QSignalBlocker blocker(m_ui->layerStackView->selectionModel());
    if (m_currentLayer >= 0)
        m_ui->layerStackView->setCurrentIndex(
            m_stackModel->index(m_stackModel->rowOfLayerIndex(m_currentLayer)));
    else
        m_ui->layerStackView->clearSelection();
    refreshLayerEditor();
}

LayerDesign LayerDesignerPage::designAt(int index) const
{
    const auto &images = m_document->project().images;
    return index >= 0 && index < images.size() ? images.at(index) : LayerDesign{};
}

LayerDesignerPage::DesignMode LayerDesignerPage::modeOf(const LayerDesign &design) const
{
    const bool base = !design.baseImage.isEmpty() || m_baseModePending;
    if (design.mode == LayerMode::Multi)
        return base ? DesignMode::BaseAndMulti : DesignMode::Multi;
    return base ? DesignMode::BaseAndOne : DesignMode::Single;
}

void LayerDesignerPage::textField(QLineEdit *edit, const QString &undoText,
                                  std::function<void(LayerDesign &, const QString &)> assign)
{
    // While typing only the derived lines and the preview follow; the finished text is the
    // undo step.
    connect(edit, &QLineEdit::textEdited, this, [this] {
        refreshDerived();
        emit previewsChanged();
    });
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, undoText, assign] {
        const QString text = edit->text();
        editCurrent([&assign, &text](LayerDesign &d) { assign(d, text); }, undoText);
    });
}

void LayerDesignerPage::connectFields()
{
    connect(m_ui->imagesList, &QListWidget::currentRowChanged, this, [this] {
        m_currentLayer = -1;
        m_baseModePending = false;
        refreshEditor();
        refreshDiagnostics();
    });
    connect(m_ui->addImageButton, &QPushButton::clicked, this, &LayerDesignerPage::addImage);
    connect(m_ui->duplicateImageButton, &QPushButton::clicked, this,
            &LayerDesignerPage::duplicateImage);
    connect(m_ui->removeImageButton, &QPushButton::clicked, this, &LayerDesignerPage::removeImage);
    m_exportAction->setObjectName(QStringLiteral("actionExportRecipe"));
    m_exportAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+E")));
    m_exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_exportAction);
    connect(m_exportAction, &QAction::triggered, this, [this] {
        QString error;
        if (!exportRecipe(&error) && !error.isEmpty())
            QMessageBox::warning(this, tr("Export recipe"), error);
    });
    connect(m_ui->exportRecipeButton, &QPushButton::clicked, m_exportAction, &QAction::trigger);

    textField(m_ui->recipeNameEdit, tr("Rename image recipe"),
              [](LayerDesign &d, const QString &t) { d.recipeName = t.trimmed(); });
    textField(m_ui->summaryEdit, tr("Change summary"),
              [](LayerDesign &d, const QString &t) { d.summary = t.trimmed(); });
    textField(m_ui->descriptionEdit, tr("Change description"),
              [](LayerDesign &d, const QString &t) { d.description = t.trimmed(); });
    textField(m_ui->baseImageEdit, tr("Change base image"),
              [this](LayerDesign &d, const QString &t) {
                  d.baseImage = t.trimmed();
                  if (!d.baseImage.isEmpty())
                      m_baseModePending = false;
              });
    textField(m_ui->baseImageTagEdit, tr("Change base image tag"),
              [](LayerDesign &d, const QString &t) { d.baseImageTag = t.trimmed(); });
    textField(m_ui->imageInstallEdit, tr("Change IMAGE_INSTALL"),
              [](LayerDesign &d, const QString &t) { d.imageInstall = splitWords(t); });
    textField(m_ui->cmdEdit, tr("Change CMD"),
              [](LayerDesign &d, const QString &t) { d.settings.cmd = t; });
    textField(m_ui->entrypointEdit, tr("Change ENTRYPOINT"),
              [](LayerDesign &d, const QString &t) { d.settings.entrypoint = t; });
    textField(m_ui->entrypointArgsEdit, tr("Change ENTRYPOINT_ARGS"),
              [](LayerDesign &d, const QString &t) { d.settings.entrypointArgs = t; });
    textField(m_ui->workingDirEdit, tr("Change working directory"),
              [](LayerDesign &d, const QString &t) { d.settings.workingDir = t.trimmed(); });
    textField(m_ui->userEdit, tr("Change user"),
              [](LayerDesign &d, const QString &t) { d.settings.runtimeUid = t.trimmed(); });
    textField(m_ui->portsEdit, tr("Change ports"),
              [](LayerDesign &d, const QString &t) { d.settings.ports = splitWords(t); });
    textField(m_ui->envEdit, tr("Change environment"),
              [](LayerDesign &d, const QString &t) { d.settings.envVars = splitWords(t); });
    textField(m_ui->labelsEdit, tr("Change labels"),
              [](LayerDesign &d, const QString &t) { d.settings.labels = splitWords(t); });
    textField(m_ui->tagEdit, tr("Change image tag"),
              [](LayerDesign &d, const QString &t) { d.settings.tag = t.trimmed(); });
    connect(m_ui->runArgsEdit, &QLineEdit::textChanged, this, [this] { refreshDerived(); });
    connect(m_ui->autoLabelsCheck, &QCheckBox::clicked, this, [this](bool on) {
        editCurrent(
            [on](LayerDesign &d) {
                d.settings.autoLabels = on ? QStringLiteral("1") : QStringLiteral("0");
            },
            on ? tr("Enable automatic labels") : tr("Disable automatic labels"));
    });
    connect(m_ui->cacheCheck, &QCheckBox::clicked, this, [this](bool on) {
        editCurrent([on](LayerDesign &d) { d.cacheEnabled = on; },
                    on ? tr("Enable the layer cache") : tr("Disable the layer cache"));
    });
    connect(m_ui->modeCombo, &QComboBox::activated, this,
            [this](int index) { setDesignMode(DesignMode(index)); });

    connect(m_ui->layerStackView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                m_currentLayer =
                    current.isValid() ? m_stackModel->layerIndexOfRow(current.row()) : -1;
                refreshLayerEditor();
            });
    connect(m_stackModel, &LayerStackModel::moveRequested, this, &LayerDesignerPage::moveLayer);
    connect(m_ui->addLayerButton, &QPushButton::clicked, this, &LayerDesignerPage::addLayer);
    connect(m_ui->removeLayerButton, &QPushButton::clicked, this,
            &LayerDesignerPage::removeCurrentLayer);
    connect(m_ui->moveLayerUpButton, &QPushButton::clicked, this,
            [this] { moveLayer(m_currentLayer, m_currentLayer + 1); });
    connect(m_ui->moveLayerDownButton, &QPushButton::clicked, this,
            [this] { moveLayer(m_currentLayer, m_currentLayer - 1); });

    connect(m_ui->layerNameEdit, &QLineEdit::textEdited, this, [this] { emit previewsChanged(); });
    connect(m_ui->layerNameEdit, &QLineEdit::editingFinished, this, [this] {
        const int layer = m_currentLayer;
        const QString name = m_ui->layerNameEdit->text().trimmed();
        if (layer < 0)
            return;
        editCurrent(
            [layer, &name](LayerDesign &d) {
                if (layer < d.layers.size())
                    d.layers[layer].name = name;
            },
            tr("Rename layer"));
    });
    connect(m_ui->layerTypeCombo, &QComboBox::activated, this, [this] {
        const int layer = m_currentLayer;
        const auto type = LayerType(m_ui->layerTypeCombo->currentData().toInt());
        if (layer < 0)
            return;
        editCurrent(
            [layer, type](LayerDesign &d) {
                if (layer < d.layers.size()) {
                    d.layers[layer].type = type;
                    d.layers[layer].typeText.clear();
                }
            },
            tr("Change layer type"));
    });
    connect(m_itemEditor, &ItemListEditor::itemsEdited, this, [this](const QStringList &items) {
        const int layer = m_currentLayer;
        if (layer < 0)
            return;
        editCurrent(
            [layer, &items](LayerDesign &d) {
                if (layer < d.layers.size())
                    d.layers[layer].items = items;
            },
            tr("Change layer items"));
    });
}

void LayerDesignerPage::editCurrent(const std::function<void(LayerDesign &)> &change,
                                    const QString &undoText)
{
    const int index = currentImage();
    if (index < 0)
        return;
    const LayerDesign before = designAt(index);
    LayerDesign after = before;
    change(after);
    if (after == before) {
        // A base mode chosen with no base yet changes only the page.
        refreshEditor();
        return;
    }
    m_document->setImage(index, after, undoText);
}

LayerDesign LayerDesignerPage::draftDesign() const
{
    LayerDesign d = designAt(currentImage());
    if (currentImage() < 0)
        return d;
    d.recipeName = m_ui->recipeNameEdit->text().trimmed();
    d.summary = m_ui->summaryEdit->text().trimmed();
    d.description = m_ui->descriptionEdit->text().trimmed();
    d.baseImage = m_ui->baseImageEdit->text().trimmed();
    d.baseImageTag = m_ui->baseImageTagEdit->text().trimmed();
    d.imageInstall = splitWords(m_ui->imageInstallEdit->text());
    d.settings.cmd = m_ui->cmdEdit->text();
    d.settings.entrypoint = m_ui->entrypointEdit->text();
    d.settings.entrypointArgs = m_ui->entrypointArgsEdit->text();
    d.settings.workingDir = m_ui->workingDirEdit->text().trimmed();
    d.settings.runtimeUid = m_ui->userEdit->text().trimmed();
    d.settings.ports = splitWords(m_ui->portsEdit->text());
    d.settings.envVars = splitWords(m_ui->envEdit->text());
    d.settings.labels = splitWords(m_ui->labelsEdit->text());
    d.settings.tag = m_ui->tagEdit->text().trimmed();
    if (m_currentLayer >= 0 && m_currentLayer < d.layers.size())
        d.layers[m_currentLayer].name = m_ui->layerNameEdit->text().trimmed();
    return d;
}

void LayerDesignerPage::addImage()
{
    const auto &images = m_document->project().images;
    QStringList taken;
    for (const auto &image : images)
        taken.append(image.recipeName);
    QString name = QStringLiteral("app-container");
    for (int n = 2; taken.contains(name); ++n)
        name = QStringLiteral("app-container-%1").arg(n);
    LayerDesign design;
    design.recipeName = name;
    design.summary = tr("Application container");
    design.imageInstall = {QStringLiteral("busybox")};
    const int at = int(images.size());
    m_document->insertImage(at, design, tr("Add image %1").arg(name));
    setCurrentImage(at);
}

void LayerDesignerPage::duplicateImage()
{
    const int index = currentImage();
    if (index < 0)
        return;
    LayerDesign copy = designAt(index);
    QStringList taken;
    for (const auto &image : m_document->project().images)
        taken.append(image.recipeName);
    const QString stem = copy.recipeName + QStringLiteral("-copy");
    copy.recipeName = stem;
    for (int n = 2; taken.contains(copy.recipeName); ++n)
        copy.recipeName = stem + QString::number(n);
    m_document->insertImage(index + 1, copy,
                            tr("Duplicate image %1").arg(designAt(index).recipeName));
    setCurrentImage(index + 1);
}

void LayerDesignerPage::removeImage()
{
    const int index = currentImage();
    if (index < 0)
        return;
    m_document->removeImage(index, tr("Remove image %1").arg(designAt(index).recipeName));
}

void LayerDesignerPage::setDesignMode(DesignMode mode)
{
    const bool wantsBase = mode == DesignMode::BaseAndOne || mode == DesignMode::BaseAndMulti;
    const bool multi = mode == DesignMode::Multi || mode == DesignMode::BaseAndMulti;
    m_baseModePending = wantsBase && designAt(currentImage()).baseImage.isEmpty();
    editCurrent(
        [wantsBase, multi](LayerDesign &d) {
            d.mode = multi ? LayerMode::Multi : LayerMode::Single;
            if (!wantsBase)
                d.baseImage.clear();
            // A design switched to multi mode starts from its IMAGE_INSTALL, one layer, so the
            // class's fatal "OCI_LAYERS is empty" never happens on the way.
            if (multi && d.layers.isEmpty()) {
                LayerSpec layer;
                layer.name = QStringLiteral("app");
                layer.type = LayerType::Packages;
                layer.items = d.imageInstall;
                d.layers.append(layer);
            }
        },
        tr("Change layer mode"));
    if (wantsBase)
        m_ui->baseImageEdit->setFocus();
}

void LayerDesignerPage::addLayer()
{
    const LayerDesign current = designAt(currentImage());
    QStringList names;
    for (const auto &layer : current.layers)
        names.append(layer.name);
    QString name = QStringLiteral("layer%1").arg(current.layers.size() + 1);
    for (int n = int(current.layers.size()) + 2; names.contains(name); ++n)
        name = QStringLiteral("layer%1").arg(n);
    const int at = int(current.layers.size());
    editCurrent(
        [&name](LayerDesign &d) {
            LayerSpec layer;
            layer.name = name;
            layer.type = LayerType::Packages;
            d.layers.append(layer);
        },
        tr("Add layer %1").arg(name));
    setCurrentLayer(at);
    m_ui->layerNameEdit->setFocus();
    m_ui->layerNameEdit->selectAll();
}

void LayerDesignerPage::removeCurrentLayer()
{
    const int layer = m_currentLayer;
    const LayerDesign current = designAt(currentImage());
    if (layer < 0 || layer >= current.layers.size())
        return;
    editCurrent([layer](LayerDesign &d) { d.layers.removeAt(layer); },
                tr("Remove layer %1").arg(current.layers.at(layer).name));
    setCurrentLayer(qMin(layer, int(designAt(currentImage()).layers.size()) - 1));
}

void LayerDesignerPage::moveLayer(int from, int to)
{
    const LayerDesign current = designAt(currentImage());
    const int count = int(current.layers.size());
    if (from < 0 || from >= count || to < 0 || to >= count || from == to)
        return;
    editCurrent([from, to](LayerDesign &d) { d.layers.move(from, to); },
                tr("Move layer %1").arg(current.layers.at(from).name));
    setCurrentLayer(to);
}

bool LayerDesignerPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->layerStackView && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        // The stack is drawn top-down, so Up moves a layer higher in the image (later).
        if (key->modifiers() == Qt::ControlModifier && m_currentLayer >= 0) {
            if (key->key() == Qt::Key_Up) {
                moveLayer(m_currentLayer, m_currentLayer + 1);
                return true;
            }
            if (key->key() == Qt::Key_Down) {
                moveLayer(m_currentLayer, m_currentLayer - 1);
                return true;
            }
        }
        if (key->key() == Qt::Key_Delete && m_currentLayer >= 0) {
            removeCurrentLayer();
            return true;
        }
    }
    return WorkbenchPage::eventFilter(watched, event);
}

bool LayerDesignerPage::exportRecipe(QString *error)
{
    const LayerDesign design = designAt(currentImage());
    if (currentImage() < 0) {
        if (error)
            *error = tr("No image design is selected.");
        return false;
    }
    const auto text = generateImageRecipe(design);
    if (!text) {
        if (error)
            *error =
                tr("Cannot generate %1: %2").arg(imageRecipeFileName(design), text.error().message);
        return false;
    }
    const QString startDir = m_document->filePath().isEmpty()
                                 ? QDir::homePath()
                                 : QFileInfo(m_document->filePath()).absolutePath();
    const QString path =
        m_chooseExportPath(this, QDir(startDir).filePath(imageRecipeFileName(design)));
    if (path.isEmpty())
        return false;
    const auto written = writeFileAtomically(path, text->toUtf8(), BackupPolicy::KeepBak);
    if (!written) {
        if (error)
            *error = written.error().message;
        return false;
    }
    return true;
}

void LayerDesignerPage::rebuildImageList()
{
    const int previous = m_ui->imagesList->currentRow();
    const auto &images = m_document->project().images;
    {
        const QSignalBlocker blocker(m_ui->imagesList);
        m_ui->imagesList->clear();
        for (const auto &image : images)
            m_ui->imagesList->addItem(recipeFileOf(image));
        m_ui->imagesList->setCurrentRow(
            images.isEmpty() ? -1 : qBound(0, previous, int(images.size()) - 1));
    }
    refreshEditor();
    refreshDiagnostics();
    emit previewsChanged();
}

void LayerDesignerPage::refreshEditor()
{
    const int index = currentImage();
    const bool has = index >= 0;
    m_ui->designTabs->setEnabled(has);
    m_ui->duplicateImageButton->setEnabled(has);
    m_ui->removeImageButton->setEnabled(has);
    m_ui->exportRecipeButton->setEnabled(has);
    m_exportAction->setEnabled(has);
    const LayerDesign d = designAt(index);
    if (!d.baseImage.isEmpty())
        m_baseModePending = false;

    setTextKeepingCursor(m_ui->recipeNameEdit, d.recipeName);
    setTextKeepingCursor(m_ui->summaryEdit, d.summary);
    setTextKeepingCursor(m_ui->descriptionEdit, d.description);
    setTextKeepingCursor(m_ui->baseImageEdit, d.baseImage);
    setTextKeepingCursor(m_ui->baseImageTagEdit, d.baseImageTag);
    setTextKeepingCursor(m_ui->imageInstallEdit, joinWords(d.imageInstall));
    setTextKeepingCursor(m_ui->cmdEdit, d.settings.cmd);
    setTextKeepingCursor(m_ui->entrypointEdit, d.settings.entrypoint);
    setTextKeepingCursor(m_ui->entrypointArgsEdit, d.settings.entrypointArgs);
    setTextKeepingCursor(m_ui->workingDirEdit, d.settings.workingDir);
    setTextKeepingCursor(m_ui->userEdit, d.settings.runtimeUid);
    setTextKeepingCursor(m_ui->portsEdit, joinWords(d.settings.ports));
    setTextKeepingCursor(m_ui->envEdit, joinWords(d.settings.envVars));
    setTextKeepingCursor(m_ui->labelsEdit, joinWords(d.settings.labels));
    setTextKeepingCursor(m_ui->tagEdit, d.settings.tag);
    m_ui->autoLabelsCheck->setChecked(d.settings.autoLabelsEnabled());
    m_ui->cacheCheck->setChecked(d.cacheEnabled);
    m_ui->modeCombo->setCurrentIndex(int(modeOf(d)));

    const DesignMode mode = modeOf(d);
    const bool base = mode == DesignMode::BaseAndOne || mode == DesignMode::BaseAndMulti;
    const bool multi = d.mode == LayerMode::Multi;
    m_ui->baseImageEdit->setEnabled(base);
    m_ui->baseImageTagEdit->setEnabled(base);
    m_ui->stackGroup->setEnabled(multi);
    m_ui->layerGroup->setEnabled(multi);
    m_ui->cacheCheck->setEnabled(multi);

    const int keep = m_currentLayer;
    m_stackModel->setLayers(multi ? d.layers : LayerSpecs{});
    setCurrentLayer(keep >= 0 ? keep : (d.layers.isEmpty() || !multi ? -1 : 0));
    refreshDerived();
    m_predictions->setDesign(d);
}

void LayerDesignerPage::refreshLayerEditor()
{
    const LayerDesign d = designAt(currentImage());
    const bool has = m_currentLayer >= 0 && m_currentLayer < d.layers.size();
    m_ui->layerNameEdit->setEnabled(has);
    m_ui->layerTypeCombo->setEnabled(has);
    m_itemEditor->setEnabled(has);
    m_ui->removeLayerButton->setEnabled(has);
    m_ui->moveLayerUpButton->setEnabled(has && m_currentLayer + 1 < d.layers.size());
    m_ui->moveLayerDownButton->setEnabled(has && m_currentLayer > 0);
    if (!has) {
        m_ui->layerNameEdit->clear();
        m_itemEditor->setLayer(LayerType::Packages, {});
        return;
    }
    const LayerSpec &layer = d.layers.at(m_currentLayer);
    setTextKeepingCursor(m_ui->layerNameEdit, layer.name);
    const int typeRow = m_ui->layerTypeCombo->findData(int(layer.type));
    if (typeRow < 0) {
        // A type word the class rejects stays visible until the user picks a real one.
        m_ui->layerTypeCombo->setEditable(false);
        m_ui->layerTypeCombo->setCurrentIndex(-1);
        m_ui->layerTypeCombo->setPlaceholderText(layer.typeWord());
    } else {
        m_ui->layerTypeCombo->setCurrentIndex(typeRow);
    }
    m_itemEditor->setLayer(layer.type, layer.items);
}

void LayerDesignerPage::refreshDerived()
{
    if (currentImage() < 0) {
        m_ui->modeReason->clear();
        m_ui->baseImageAdvice->clear();
        m_ui->imageInstallStatus->clear();
        m_ui->runLine->clear();
        m_ui->runArgsLine->clear();
        return;
    }
    const LayerDesign d = draftDesign();
    const BaseImage base = classifyBaseImage(d.baseImage);
    const DesignMode mode = DesignMode(m_ui->modeCombo->currentIndex());
    QString reason;
    switch (mode) {
    case DesignMode::Single:
        reason = tr("One layer holding the whole image rootfs (IMAGE_INSTALL). Simple, but every "
                    "change rebuilds and re-pulls all of it.");
        break;
    case DesignMode::BaseAndOne:
        reason = tr("The base image's layers stay shared between images; this image adds one "
                    "layer with its own rootfs on top.");
        break;
    case DesignMode::Multi:
        reason = tr("One layer per OCI_LAYERS entry, bottom first: rarely changing layers stay "
                    "cached in registries and packages layers can come from the layer cache.");
        break;
    case DesignMode::BaseAndMulti:
        reason = tr("The base image's layers, then one layer per OCI_LAYERS entry on top.");
        break;
    }
    const auto count = predictLayerCount(d.mode, d.layers, base);
    m_ui->modeReason->setText(reason + QLatin1Char(' ') + tr("Result: %1.").arg(count.describe()));

    QString advice;
    const QString deployDir =
        m_document->hasBuildDirectory() && !m_document->buildDirectory().deployedImages.isEmpty()
            ? QFileInfo(m_document->buildDirectory().deployedImages.first().path).absolutePath()
            : QString();
    switch (base.kind) {
    case BaseImage::Kind::None:
        if (mode == DesignMode::BaseAndOne || mode == DesignMode::BaseAndMulti)
            advice = tr("Enter the base image: a recipe name (e.g. container-base) or the "
                        "absolute path of an OCI layout.");
        break;
    case BaseImage::Kind::Remote:
        advice = remoteBaseImageAdvice(d.baseImage);
        break;
    case BaseImage::Kind::Path:
        advice = ociLayoutHasIndex(d.baseImage)
                     ? tr("OCI layout directory (index.json found).")
                     : tr("Base image path not valid: %1 has no index.json.").arg(d.baseImage);
        break;
    case BaseImage::Kind::Recipe:
        advice =
            tr("Recipe: the build depends on %1 and reads %2.")
                .arg(base.dependency(),
                     base.expectedIndexPath(
                         deployDir.isEmpty() ? QStringLiteral("${DEPLOY_DIR_IMAGE}") : deployDir,
                         d.baseImageTag));
        break;
    }
    m_ui->baseImageAdvice->setText(advice);
    m_ui->baseImageAdvice->setVisible(!advice.isEmpty());

    QString install;
    if (d.mode == LayerMode::Multi) {
        const QStringList missing =
            layerPackagesMissingFromImageInstall(joinWords(d.imageInstall), d.layers);
        install = missing.isEmpty()
                      ? tr("Every layer package is in IMAGE_INSTALL.")
                      : tr("Not in IMAGE_INSTALL: %1 — the class appends them (sorted) "
                           "on master; on wrynose they are not built.")
                            .arg(joinWords(missing));
        for (const Diagnostic &dup :
             checkImageInstall(joinWords(d.imageInstall), {}, d.layers, {}, ClassSeries::Master)) {
            if (dup.code == QLatin1String("layers.duplicate-package"))
                install += QLatin1Char('\n') + dup.message;
        }
    }
    m_ui->imageInstallStatus->setText(install);
    m_ui->imageInstallStatus->setVisible(!install.isEmpty());

    const ContainerProcess process = d.settings.process();
    m_ui->runLine->setText(
        tr("docker run IMAGE executes: %1").arg(describeRun(process.runWithoutArgs())));
    const QStringList args = shlexSplit(m_ui->runArgsEdit->text()).tokens;
    m_ui->runArgsLine->setText(tr("docker run IMAGE %1 executes: %2")
                                   .arg(m_ui->runArgsEdit->text().trimmed().isEmpty()
                                            ? tr("ARGS")
                                            : m_ui->runArgsEdit->text().trimmed(),
                                        describeRun(process.runWithArgs(args))));
}

QString LayerDesignerPage::describeRun(const QStringList &argv)
{
    if (argv.isEmpty())
        return tr("nothing — the image has neither ENTRYPOINT nor CMD, docker refuses to start "
                  "it (\"No command specified\")");
    QStringList quoted;
    for (const QString &token : argv)
        quoted.append(shlexQuote(token));
    return quoted.join(QLatin1Char(' '));
}

void LayerDesignerPage::refreshDiagnostics()
{
    Diagnostics all;
    const auto &images = m_document->project().images;
    for (int i = 0; i < images.size(); ++i) {
        Diagnostics ds = validateDesign(images.at(i));
        if (i == currentImage())
            ds += m_predictions->diagnostics();
        // A design is not a file; its recipe's name tells the dock which image it is about.
        for (Diagnostic &d : ds) {
            if (d.location.file.isEmpty())
                d.location.file = recipeFileOf(images.at(i));
        }
        all += ds;
    }
    m_diagnostics = all;
    emit diagnosticsChanged();
}

core::Diagnostics LayerDesignerPage::diagnostics() const
{
    return m_diagnostics;
}

QList<PreviewFile> LayerDesignerPage::previews() const
{
    QList<PreviewFile> files;
    const auto &images = m_document->project().images;
    for (int i = 0; i < images.size(); ++i) {
        const LayerDesign design = i == currentImage() ? draftDesign() : images.at(i);
        const auto text = generateImageRecipe(design);
        files.append(
            {imageRecipeFileName(design),
             text ? *text : tr("# cannot generate this recipe: %1\n").arg(text.error().message)});
    }
    return files;
}

QLineEdit *LayerDesignerPage::fieldForCode(const Diagnostic &diagnostic) const
{
    const QString &code = diagnostic.code;
    const QString &message = diagnostic.message;
    if (code == QLatin1String("design.recipe-name"))
        return m_ui->recipeNameEdit;
    if (code.startsWith(QLatin1String("layers.base-")))
        return m_ui->baseImageEdit;
    if (code == QLatin1String("layers.image-install-missing"))
        return m_ui->imageInstallEdit;
    if (code == QLatin1String("layers.bad-port"))
        return m_ui->portsEdit;
    if (code == QLatin1String("layers.bad-label"))
        return m_ui->labelsEdit;
    if (code == QLatin1String("layers.bad-env") || code == QLatin1String("layers.env-name"))
        return m_ui->envEdit;
    if (code == QLatin1String("layers.workingdir-relative"))
        return m_ui->workingDirEdit;
    if (code.startsWith(QLatin1String("layers.tag-")))
        return m_ui->tagEdit;
    if (code == QLatin1String("layers.shlex") || code == QLatin1String("layers.shlex-quote-char") ||
        code == QLatin1String("layers.cmd-ignored") ||
        code == QLatin1String("layers.entrypoint-default-cmd")) {
        if (message.contains(QLatin1String("ENTRYPOINT_ARGS")))
            return m_ui->entrypointArgsEdit;
        if (message.contains(QLatin1String("ENTRYPOINT")))
            return m_ui->entrypointEdit;
        return m_ui->cmdEdit;
    }
    return nullptr;
}

bool LayerDesignerPage::revealDiagnostic(const Diagnostic &diagnostic)
{
    const bool ours = std::any_of(
        m_diagnostics.cbegin(), m_diagnostics.cend(), [&diagnostic](const Diagnostic &d) {
            return d.code == diagnostic.code && d.message == diagnostic.message &&
                   d.location == diagnostic.location;
        });
    if (!ours)
        return false;
    const auto &images = m_document->project().images;
    for (int i = 0; i < images.size(); ++i) {
        if (recipeFileOf(images.at(i)) == diagnostic.location.file) {
            setCurrentImage(i);
            break;
        }
    }
    if (QLineEdit *field = fieldForCode(diagnostic)) {
        m_ui->designTabs->setCurrentIndex(
            field->window() && m_ui->settingsTab->isAncestorOf(field) ? 1 : 0);
        field->setFocus();
        return true;
    }
    // Layer diagnostics name the layer; select the one named in the message.
    const LayerDesign d = designAt(currentImage());
    for (int layer = int(d.layers.size()) - 1; layer >= 0; --layer) {
        const QString &name = d.layers.at(layer).name;
        if (!name.isEmpty() &&
            (diagnostic.message.contains(QLatin1Char('\'') + name + QLatin1Char('\'')) ||
             diagnostic.message.contains(QLatin1Char('"') + name + QLatin1Char('"')))) {
            m_ui->designTabs->setCurrentIndex(0);
            setCurrentLayer(layer);
            m_ui->layerStackView->setFocus();
            return true;
        }
    }
    m_ui->designTabs->setCurrentIndex(0);
    m_ui->modeCombo->setFocus();
    return true;
}

} // namespace cbw::app

#include "inspectorpage.h"

#include "inspector/inspectortables.h"
#include "inspector/layersizechart.h"
#include "layerdesigner/pkgdatacache.h"
#include "projectdocument.h"
#include "ui_inspectorpage.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonDocument>
#include <QMenu>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace cbw::app {

using core::Diagnostic;
using core::Error;
using core::Result;
using core::oci::ExtractSummary;
using core::oci::ImageLoader;
using core::oci::ImageReference;
using core::oci::LoadedImage;
using core::oci::NodeId;
using inspector::FileTreeModel;
using inspector::formatBytes;
using inspector::TreeMode;
using inspector::TreeViewOptions;

namespace {

namespace codes {
inline constexpr char LoadFailed[] = "inspector.load-failed";
inline constexpr char DiffFailed[] = "inspector.diff-failed";
inline constexpr char ExtractFailed[] = "inspector.extract-failed";
} // namespace codes

constexpr int FilterDelayMs = 250;
// Enough expanded matches to see what the filter found without listing thousands of rows.
constexpr int MaxAutoExpandedMatches = 50;

enum LayerColumn
{
    LayerIndexColumn,
    LayerDigestColumn,
    LayerCompressedColumn,
    LayerSizeColumn,
    LayerCreatedByColumn,
    LayerColumnCount
};

QTableWidgetItem *readOnlyItem(const QString &text, const QString &toolTip = {},
                               bool alignRight = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setToolTip(toolTip.isEmpty() ? text : toolTip);
    if (alignRight)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString colouredWord(core::oci::ChangeKind kind, const QString &word, bool dark)
{
    QString style = QStringLiteral("color:%1").arg(inspector::changeColor(kind, dark).name());
    if (kind == core::oci::ChangeKind::Removed)
        style += QStringLiteral(";text-decoration:line-through");
    return QStringLiteral("<span style=\"%1\">■ %2</span>").arg(style, word.toHtmlEscaped());
}

QString imageName(const QString &sourcePath)
{
    const QFileInfo info(sourcePath);
    return info.fileName().isEmpty() ? sourcePath : info.fileName();
}

} // namespace

InspectorPage::InspectorPage(ProjectDocument *document, QWidget *parent)
    : WorkbenchPage(parent)
    , m_ui(std::make_unique<Ui::InspectorPage>())
    , m_document(document)
    , m_treeModel(new FileTreeModel(this))
    , m_wastedModel(new inspector::WastedPathModel(this))
    , m_diffModel(new inspector::ImageDiffModel(this))
{
    m_ui->setupUi(this);
    m_chooseDirectory = [](QWidget *owner, const QString &caption) {
        return QFileDialog::getExistingDirectory(owner, caption);
    };

    auto *browseMenu = new QMenu(this);
    browseMenu->addAction(tr("OCI layout directory…"), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open OCI layout"));
        if (!dir.isEmpty())
            openImage(dir);
    });
    browseMenu->addAction(tr("Archive (oci-archive, docker-archive)…"), this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Open image archive"), {}, tr("Image archives (*.tar);;All files (*)"));
        if (!file.isEmpty())
            openImage(file);
    });
    m_ui->browseButton->setMenu(browseMenu);
    connect(m_ui->openButton, &QPushButton::clicked, this,
            [this] { openImage(m_ui->referenceEdit->text()); });
    connect(m_ui->referenceEdit, &QLineEdit::returnPressed, this,
            [this] { openImage(m_ui->referenceEdit->text()); });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &InspectorPage::cancelLoad);
    connect(m_ui->deployedList, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        if (item->flags() & Qt::ItemIsEnabled)
            openImage(item->data(Qt::UserRole).toString());
    });

    m_ui->layerTable->setColumnCount(LayerColumnCount);
    m_ui->layerTable->setHorizontalHeaderLabels(
        {tr("#"), tr("Digest"), tr("Compressed"), tr("Size"), tr("Created by")});
    m_ui->layerTable->verticalHeader()->hide();
    m_ui->layerTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->layerTable->horizontalHeader()->setStretchLastSection(true);
    // Header-wide columns while empty, so the table does not scroll sideways before a load.
    for (int column = 0; column < LayerCreatedByColumn; ++column)
        m_ui->layerTable->resizeColumnToContents(column);
    connect(m_ui->layerTable, &QTableWidget::currentCellChanged, this, [this](int row) {
        m_ui->layerChart->setCurrentLayer(row);
        updateViewOptions();
    });
    connect(m_ui->layerChart, &inspector::LayerSizeChart::layerClicked, this,
            &InspectorPage::setCurrentLayer);

    const bool dark = inspector::isDarkPalette();
    m_ui->legendLabel->setText(
        tr("%1 &nbsp; %2 &nbsp; %3")
            .arg(colouredWord(core::oci::ChangeKind::Added, tr("added"), dark),
                 colouredWord(core::oci::ChangeKind::Modified, tr("modified"), dark),
                 colouredWord(core::oci::ChangeKind::Removed, tr("removed / hidden"), dark)));

    setupTree();

    m_ui->wastedTable->setModel(m_wastedModel);
    m_ui->wastedTable->verticalHeader()->hide();
    m_ui->wastedTable->horizontalHeader()->setSectionResizeMode(
        inspector::WastedPathModel::PathColumn, QHeaderView::Stretch);
    connect(m_ui->wastedTable, &QTableView::clicked, this, [this](const QModelIndex &index) {
        revealNode(NodeId(index.data(inspector::WastedPathModel::NodeIdRole).toUInt()));
    });

    m_ui->diffTable->setModel(m_diffModel);
    m_ui->diffTable->verticalHeader()->hide();
    m_ui->diffTable->horizontalHeader()->setSectionResizeMode(inspector::ImageDiffModel::PathColumn,
                                                              QHeaderView::Stretch);
    m_ui->diffLayersTable->setColumnCount(4);
    m_ui->diffLayersTable->setHorizontalHeaderLabels(
        {tr("Only in"), tr("Layer"), tr("Digest"), tr("Compressed")});
    m_ui->diffLayersTable->verticalHeader()->hide();
    m_ui->diffLayersTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->diffButton->setEnabled(false);
    connect(m_ui->diffButton, &QPushButton::clicked, this,
            [this] { compareWith(m_ui->diffCombo->currentText()); });
    connect(m_ui->diffBrowseButton, &QToolButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Image B (OCI layout)"));
        if (!dir.isEmpty())
            m_ui->diffCombo->setCurrentText(dir);
    });

    connect(&m_loadWatcher, &QFutureWatcherBase::progressValueChanged, this, [this](int value) {
        const int maximum = m_loadWatcher.progressMaximum();
        m_ui->loadProgress->setRange(0, std::max(maximum, 1));
        m_ui->loadProgress->setValue(value);
        emit busy(tr("Reading %1").arg(m_loadingName), value, maximum);
    });
    connect(&m_loadWatcher, &QFutureWatcherBase::finished, this, [this] {
        m_ui->loadProgress->hide();
        m_ui->cancelButton->hide();
        emit idle();
        m_loading = false;
        const auto future = m_loadWatcher.future();
        if (m_cancelRequested || future.isCanceled() || future.resultCount() == 0) {
            setStatus(tr("Loading %1 cancelled.").arg(m_loadingName));
            return;
        }
        applyLoaded(future.result());
    });
    connect(&m_diffWatcher, &QFutureWatcherBase::finished, this, &InspectorPage::applyDiff);
    connect(&m_diffWatcher, &QFutureWatcherBase::progressValueChanged, this, [this](int value) {
        const int maximum = m_diffWatcher.progressMaximum();
        if (!m_loading) {
            m_ui->loadProgress->setRange(0, std::max(maximum, 1));
            m_ui->loadProgress->setValue(value);
        }
        emit busy(tr("Reading image B"), value, maximum);
    });
    connect(&m_extractWatcher, &QFutureWatcherBase::finished, this, [this] {
        emit idle();
        const auto future = m_extractWatcher.future();
        if (future.resultCount() == 0)
            return;
        const Result<ExtractSummary> result = future.result();
        if (!result) {
            addDiagnostic(Diagnostic::error(QLatin1String(codes::ExtractFailed),
                                            result.error().message, result.error().location));
            setStatus(result.error().message, true);
            emit extractionFinished(false, result.error().message);
            return;
        }
        const ExtractSummary &summary = result.value();
        QString message = tr("Extracted to %1: %2 files, %3 directories, %4 links, %5.")
                              .arg(m_extractDestination)
                              .arg(summary.files)
                              .arg(summary.directories)
                              .arg(summary.links)
                              .arg(formatBytes(summary.bytes));
        if (!summary.skipped.isEmpty())
            message += QLatin1Char(' ') +
                       tr("Skipped: %1.").arg(summary.skipped.join(QStringLiteral(", ")));
        setStatus(message);
        emit extractionFinished(true, message);
    });

    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(FilterDelayMs);
    connect(&m_filterTimer, &QTimer::timeout, this, &InspectorPage::updateViewOptions);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this] { m_filterTimer.start(); });
    connect(m_ui->mergedRadio, &QRadioButton::toggled, this, [this] {
        m_ui->onlyChangesCheck->setEnabled(m_ui->mergedRadio->isChecked());
        updateViewOptions();
    });
    connect(m_ui->onlyChangesCheck, &QCheckBox::toggled, this, &InspectorPage::updateViewOptions);

    if (m_document) {
        connect(m_document, &ProjectDocument::buildDirectoryChanged, this,
                &InspectorPage::refreshDeployedImages);
        connect(m_document, &ProjectDocument::buildDirectoryChanged, this,
                &InspectorPage::refreshProvenance);
        connect(layerdesigner::PkgdataCache::instance(), &layerdesigner::PkgdataCache::loaded, this,
                &InspectorPage::refreshProvenance);
    }
    refreshDeployedImages();
    refreshProvenance();
    // Rows as tall as the text: the tables are lists, not forms.
    const int rowHeight = fontMetrics().height() + 6;
    for (QTableView *table :
         {static_cast<QTableView *>(m_ui->layerTable),
          static_cast<QTableView *>(m_ui->diffLayersTable), m_ui->wastedTable, m_ui->diffTable})
        table->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_ui->leftLayout->setStretchFactor(m_ui->layerTable, 2);
    m_ui->leftLayout->setStretchFactor(m_ui->layerChart, 1);
    m_ui->mainSplitter->setStretchFactor(0, 1);
    m_ui->mainSplitter->setStretchFactor(1, 2);
    m_ui->mainSplitter->setSizes({420, 860});
    setStatus(tr("Open an OCI image layout or archive, or click a deployed image."));
}

InspectorPage::~InspectorPage()
{
    m_loadWatcher.cancel();
    m_loadWatcher.waitForFinished();
    if (m_diffCancel)
        *m_diffCancel = true;
    m_diffWatcher.waitForFinished();
    if (m_extractCancel)
        *m_extractCancel = true;
    m_extractWatcher.waitForFinished();
}

void InspectorPage::setupTree()
{
    QTreeView *tree = m_ui->fileTree;
    tree->setModel(m_treeModel);
    tree->sortByColumn(FileTreeModel::NameColumn, Qt::AscendingOrder);
    tree->header()->setStretchLastSection(true);
    tree->header()->resizeSection(FileTreeModel::NameColumn, 340);
    tree->header()->resizeSection(FileTreeModel::SizeColumn, 90);
    tree->header()->resizeSection(FileTreeModel::ChangeColumn, 80);
    tree->header()->resizeSection(FileTreeModel::ModeColumn, 95);
    tree->header()->resizeSection(FileTreeModel::OwnerColumn, 70);

    auto *extract = new QAction(tr("E&xtract…"), tree);
    extract->setEnabled(false);
    tree->addAction(extract);
    connect(extract, &QAction::triggered, this, &InspectorPage::extractSelection);
    connect(m_ui->extractButton, &QPushButton::clicked, this, &InspectorPage::extractSelection);

    connect(tree, &QTreeView::expanded, this,
            [this](const QModelIndex &index) { m_expanded.insert(m_treeModel->nodeId(index)); });
    connect(tree, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        if (!m_restoring)
            m_expanded.remove(m_treeModel->nodeId(index));
    });
    connect(tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this, extract](const QModelIndex &current) {
                if (!m_restoring)
                    m_selectedNode =
                        current.isValid() ? m_treeModel->nodeId(current) : core::oci::InvalidNode;
                extract->setEnabled(current.isValid());
                m_ui->extractButton->setEnabled(current.isValid());
            });
    connect(m_treeModel, &FileTreeModel::viewReady, this, &InspectorPage::restoreTreeState);
}

QString InspectorPage::title() const
{
    return tr("Inspector");
}

core::Diagnostics InspectorPage::diagnostics() const
{
    return m_diagnostics;
}

bool InspectorPage::revealDiagnostic(const Diagnostic &diagnostic)
{
    QWidget *field = nullptr;
    if (diagnostic.code == QLatin1String(codes::LoadFailed)) {
        field = m_ui->referenceEdit;
    } else if (diagnostic.code == QLatin1String(codes::DiffFailed)) {
        m_ui->tabs->setCurrentWidget(m_ui->diffTab);
        field = m_ui->diffCombo;
    } else if (diagnostic.code == QLatin1String(codes::ExtractFailed)) {
        m_ui->tabs->setCurrentWidget(m_ui->filesTab);
        field = m_ui->fileTree;
    }
    if (!field)
        return false;
    field->setFocus(Qt::OtherFocusReason);
    return true;
}

int InspectorPage::currentLayer() const
{
    return m_ui->layerTable->currentRow();
}

QString InspectorPage::statusText() const
{
    return m_ui->statusLabel->text();
}

void InspectorPage::refreshProvenance()
{
    const QString pkgdataDir = m_document && m_document->hasBuildDirectory()
                                   ? m_document->buildDirectory().pkgdataDir
                                   : QString();
    auto *cache = layerdesigner::PkgdataCache::instance();
    const auto index = pkgdataDir.isEmpty() ? nullptr : cache->cached(pkgdataDir);
    if (!pkgdataDir.isEmpty() && !index)
        cache->load(pkgdataDir); // loaded() calls this again
    m_treeModel->setProvenance(index);
    m_ui->fileTree->setColumnHidden(FileTreeModel::PackageColumn, !index);
    m_ui->fileTree->viewport()->update();
}

void InspectorPage::refreshDeployedImages()
{
    QListWidget *list = m_ui->deployedList;
    list->clear();
    m_ui->diffCombo->clear();
    if (!m_document || !m_document->hasBuildDirectory() ||
        m_document->buildDirectory().deployedImages.isEmpty()) {
        auto *placeholder =
            new QListWidgetItem(m_document && m_document->hasBuildDirectory()
                                    ? tr("The build directory has no deployed OCI images.")
                                    : tr("No build directory is open."));
        placeholder->setFlags(Qt::NoItemFlags);
        list->addItem(placeholder);
        return;
    }
    for (const core::project::DeployedImage &deployed :
         m_document->buildDirectory().deployedImages) {
        const QString target =
            deployed.resolvedPath.isEmpty() ? deployed.path : deployed.resolvedPath;
        auto *item = new QListWidgetItem(deployed.machine.isEmpty()
                                             ? deployed.name
                                             : tr("%1 (%2)").arg(deployed.name, deployed.machine));
        item->setData(Qt::UserRole, target);
        if (deployed.isSymlink && deployed.resolvedPath.isEmpty()) {
            item->setFlags(Qt::NoItemFlags);
            item->setToolTip(tr("%1 is a dangling link").arg(deployed.path));
        } else {
            item->setToolTip(target);
            m_ui->diffCombo->addItem(deployed.name, target);
        }
        list->addItem(item);
    }
    m_ui->diffCombo->setCurrentIndex(-1);
}

void InspectorPage::openImage(const QString &referenceOrPath)
{
    const QString text = referenceOrPath.trimmed();
    if (text.isEmpty())
        return;
    if (m_ui->referenceEdit->text() != text)
        m_ui->referenceEdit->setText(text);
    clearDiagnostics(QLatin1String(codes::LoadFailed));
    const Result<ImageReference> reference = ImageReference::parse(text);
    if (!reference) {
        addDiagnostic(Diagnostic::error(QLatin1String(codes::LoadFailed), reference.error().message,
                                        {text, 0, 0}));
        setStatus(reference.error().message, true);
        emit loadFailed(reference.error().message);
        return;
    }
    if (m_loadWatcher.isRunning())
        m_loadWatcher.cancel();
    m_loading = true;
    m_cancelRequested = false;
    m_loadingName = imageName(reference->path);
    m_ui->loadProgress->setRange(0, 0);
    m_ui->loadProgress->show();
    m_ui->cancelButton->show();
    setStatus(tr("Reading %1…").arg(reference->toString()));
    emit busy(tr("Reading %1").arg(m_loadingName), 0, 0);
    m_loadWatcher.setFuture(ImageLoader::loadAsync(reference.value(), {}));
}

void InspectorPage::cancelLoad()
{
    if (m_diffWatcher.isRunning() && m_diffCancel)
        *m_diffCancel = true;
    if (!m_loading)
        return;
    m_cancelRequested = true;
    m_loadWatcher.cancel();
}

void InspectorPage::applyLoaded(Result<LoadedImage> result)
{
    if (!result) {
        const Error &error = result.error();
        const core::SourceLocation location =
            error.location.file.isEmpty() ? core::SourceLocation{m_ui->referenceEdit->text(), 0, 0}
                                          : error.location;
        addDiagnostic(Diagnostic::error(QLatin1String(codes::LoadFailed), error.message, location));
        clearImage();
        setStatus(error.message, true);
        emit loadFailed(error.message);
        return;
    }
    m_image = std::make_shared<const LoadedImage>(std::move(result).value());
    showImage();
    emit imageLoaded();
}

void InspectorPage::clearImage()
{
    m_image.reset();
    m_expanded.clear();
    m_selectedNode = core::oci::InvalidNode;
    m_pendingReveal = core::oci::InvalidNode;
    m_ui->layerTable->setRowCount(0);
    m_ui->layerChart->setBars({});
    m_treeModel->setTree(nullptr, {});
    m_wastedModel->setReport(nullptr, {});
    m_diffModel->setDiff(nullptr, nullptr, nullptr);
    m_ui->diffLayersTable->setRowCount(0);
    m_ui->diffSummary->clear();
    m_ui->efficiencySummary->clear();
    m_ui->configText->clear();
    m_ui->diffButton->setEnabled(false);
}

void InspectorPage::showImage()
{
    const LoadedImage &loaded = *m_image;
    const core::oci::Image &image = loaded.image;
    const core::oci::FileTree &tree = *loaded.tree;
    m_expanded.clear();
    m_selectedNode = core::oci::InvalidNode;
    m_pendingReveal = core::oci::InvalidNode;

    QList<inspector::LayerSizeChart::Bar> bars;
    m_restoring = true;
    QTableWidget *table = m_ui->layerTable;
    table->setRowCount(int(image.layers.size()));
    for (int row = 0; row < image.layers.size(); ++row) {
        const core::oci::LayerInfo &layer = image.layers.at(row);
        const core::oci::LayerStatistics &stats = tree.statistics(row);
        table->setItem(row, LayerIndexColumn, readOnlyItem(QString::number(layer.index), {}, true));
        table->setItem(row, LayerDigestColumn,
                       readOnlyItem(layer.blob.digest.shortString(),
                                    layer.blob.digest.toString() + QLatin1Char('\n') +
                                        tr("diff_id %1").arg(layer.diffId.toString()) +
                                        QLatin1Char('\n') +
                                        core::oci::compressionName(layer.compression)));
        table->setItem(row, LayerCompressedColumn,
                       readOnlyItem(formatBytes(layer.blob.size), {}, true));
        table->setItem(row, LayerSizeColumn,
                       readOnlyItem(formatBytes(layer.uncompressedSize), {}, true));
        const QString createdBy = layer.createdBy.simplified();
        table->setItem(row, LayerCreatedByColumn, readOnlyItem(createdBy));
        inspector::LayerSizeChart::Bar bar;
        bar.label = QString::number(row);
        bar.added = stats.addedBytes;
        bar.modified = stats.modifiedBytes;
        bar.removed = stats.removedBytes;
        bar.tooltip = tr("Layer %1 — %2 compressed, %3 uncompressed\n"
                         "added %4 (%5 paths), modified %6 (%7), removed %8 (%9)\n%10")
                          .arg(row)
                          .arg(formatBytes(layer.blob.size), formatBytes(layer.uncompressedSize),
                               formatBytes(stats.addedBytes))
                          .arg(stats.addedCount)
                          .arg(formatBytes(stats.modifiedBytes))
                          .arg(stats.modifiedCount)
                          .arg(formatBytes(stats.removedBytes))
                          .arg(stats.removedCount)
                          .arg(createdBy.isEmpty() ? tr("(no created_by)") : createdBy.left(200));
        bars.append(bar);
    }
    for (int column = 0; column < LayerCreatedByColumn; ++column)
        table->resizeColumnToContents(column);
    m_ui->layerChart->setBars(bars);
    const int top = int(image.layers.size()) - 1;
    table->setCurrentCell(top, 0);
    m_ui->layerChart->setCurrentLayer(top);
    m_restoring = false;

    TreeViewOptions options;
    options.layer = std::max(top, 0);
    options.mode = m_ui->layerOnlyRadio->isChecked() ? TreeMode::LayerOnly : TreeMode::Merged;
    options.onlyChanges = options.mode == TreeMode::Merged && m_ui->onlyChangesCheck->isChecked();
    options.filter = m_ui->filterEdit->text();
    m_treeModel->setTree(loaded.tree, options);

    const core::oci::EfficiencyReport &efficiency = loaded.efficiency;
    m_wastedModel->setReport(loaded.tree, efficiency);
    m_ui->wastedTable->resizeColumnToContents(inspector::WastedPathModel::OccurrencesColumn);
    m_ui->efficiencySummary->setText(
        tr("Efficiency %1 % (dive's score). Shipped in all layers: %2. Wasted: %3 on paths "
           "that a higher layer rewrites or removes (paths: %4; dive's potential waste: %5).")
            .arg(efficiency.score * 100.0, 0, 'f', 1)
            .arg(formatBytes(efficiency.totalBytes), formatBytes(efficiency.wastedBytes))
            .arg(efficiency.wasted.size())
            .arg(formatBytes(efficiency.diveWastedBytes)));

    const QJsonDocument config = QJsonDocument::fromJson(loaded.image.configJson);
    m_ui->configText->setPlainText(config.isNull()
                                       ? QString::fromUtf8(loaded.image.configJson)
                                       : QString::fromUtf8(config.toJson(QJsonDocument::Indented)));
    m_diffModel->setDiff(nullptr, nullptr, nullptr);
    m_ui->diffLayersTable->setRowCount(0);
    m_ui->diffSummary->clear();
    m_ui->diffButton->setEnabled(true);

    setStatus(tr("%1 — layers: %2, compressed: %3, paths: %4, efficiency: %5 %.")
                  .arg(imageName(image.sourcePath))
                  .arg(image.layers.size())
                  .arg(formatBytes(image.compressedSize()))
                  .arg(tree.nodeCount() - 1)
                  .arg(efficiency.score * 100.0, 0, 'f', 1));
}

void InspectorPage::setCurrentLayer(int layer)
{
    if (layer < 0 || layer >= m_ui->layerTable->rowCount())
        return;
    m_ui->layerTable->setCurrentCell(
        layer, m_ui->layerTable->currentColumn() < 0 ? 0 : m_ui->layerTable->currentColumn());
}

void InspectorPage::setTreeMode(TreeMode mode)
{
    (mode == TreeMode::Merged ? m_ui->mergedRadio : m_ui->layerOnlyRadio)->setChecked(true);
}

void InspectorPage::setOnlyChanges(bool on)
{
    m_ui->onlyChangesCheck->setChecked(on);
}

void InspectorPage::setFilterText(const QString &text)
{
    m_ui->filterEdit->setText(text);
    m_filterTimer.stop();
    updateViewOptions();
}

void InspectorPage::updateViewOptions()
{
    if (m_restoring || !m_image)
        return;
    TreeViewOptions options;
    options.layer = std::max(currentLayer(), 0);
    options.mode = m_ui->layerOnlyRadio->isChecked() ? TreeMode::LayerOnly : TreeMode::Merged;
    options.onlyChanges = options.mode == TreeMode::Merged && m_ui->onlyChangesCheck->isChecked();
    options.filter = m_ui->filterEdit->text();
    if (options == m_treeModel->options() && m_treeModel->tree() == m_image->tree.get())
        return;
    m_treeModel->setOptions(options);
}

void InspectorPage::restoreTreeState()
{
    const inspector::TreeViewSnapshot *snapshot = m_treeModel->snapshot();
    if (!snapshot || !snapshot->tree)
        return;
    QTreeView *view = m_ui->fileTree;
    m_restoring = true;
    auto expandTo = [view](const QModelIndex &index) {
        QModelIndexList chain;
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
            chain.prepend(p);
        for (const QModelIndex &p : chain)
            view->setExpanded(p, true);
    };
    QList<NodeId> expanded(m_expanded.begin(), m_expanded.end());
    std::sort(expanded.begin(), expanded.end()); // parents before children (breadth-first ids)
    for (NodeId id : expanded) {
        const QModelIndex index = m_treeModel->indexForNode(id);
        if (index.isValid())
            view->setExpanded(index, true);
    }
    NodeId firstMatch = core::oci::InvalidNode;
    if (!snapshot->options.filter.trimmed().isEmpty()) {
        int shown = 0;
        for (size_t id = 1; id < snapshot->flags.size() && shown < MaxAutoExpandedMatches; ++id) {
            const quint8 flags = snapshot->flags[id];
            if ((flags & inspector::TreeViewSnapshot::Matches) &&
                (flags & inspector::TreeViewSnapshot::Visible)) {
                if (firstMatch == core::oci::InvalidNode)
                    firstMatch = NodeId(id);
                expandTo(m_treeModel->indexForNode(NodeId(id)));
                ++shown;
            }
        }
    }
    NodeId select = m_selectedNode;
    if (m_pendingReveal != core::oci::InvalidNode)
        select = m_pendingReveal;
    QModelIndex target = m_treeModel->indexForNode(select);
    if (!target.isValid() && firstMatch != core::oci::InvalidNode)
        target = m_treeModel->indexForNode(firstMatch);
    if (target.isValid()) {
        expandTo(target);
        view->setCurrentIndex(target);
        view->scrollTo(target);
    }
    m_pendingReveal = core::oci::InvalidNode;
    m_restoring = false;
    // A model reset drops the current index without a currentChanged signal.
    const bool haveSelection = view->currentIndex().isValid();
    m_ui->extractButton->setEnabled(haveSelection);
    for (QAction *action : view->actions())
        action->setEnabled(haveSelection);
}

void InspectorPage::revealNode(NodeId node)
{
    if (!m_image || node == core::oci::InvalidNode || node >= NodeId(m_image->tree->nodeCount()))
        return;
    m_ui->tabs->setCurrentWidget(m_ui->filesTab);
    const inspector::TreeViewSnapshot *snapshot = m_treeModel->snapshot();
    if (snapshot && m_treeModel->isUpToDate() && snapshot->isVisible(node)) {
        m_pendingReveal = node;
        restoreTreeState();
        return;
    }
    const QList<core::oci::FileTree::Event> history = m_image->tree->history(node);
    if (history.isEmpty())
        return;
    // The last layer that touched the path shows it: as written, or struck out as removed.
    const core::oci::FileTree::Event last = history.last();
    m_pendingReveal = node;
    m_restoring = true;
    m_ui->filterEdit->clear();
    m_filterTimer.stop();
    if (!last.entry)
        m_ui->layerOnlyRadio->setChecked(true);
    m_ui->layerTable->setCurrentCell(last.layer(), 0);
    m_ui->layerChart->setCurrentLayer(last.layer());
    m_restoring = false;
    updateViewOptions();
}

void InspectorPage::compareWith(const QString &referenceOrPath)
{
    if (!m_image)
        return;
    clearDiagnostics(QLatin1String(codes::DiffFailed));
    const Result<ImageReference> reference = ImageReference::parse(referenceOrPath.trimmed());
    if (!reference) {
        addDiagnostic(Diagnostic::error(QLatin1String(codes::DiffFailed), reference.error().message,
                                        {referenceOrPath, 0, 0}));
        m_ui->diffSummary->setText(reference.error().message);
        emit diffFinished(false);
        return;
    }
    if (m_diffCancel)
        *m_diffCancel = true;
    m_diffCancel = std::make_shared<std::atomic<bool>>(false);
    m_ui->tabs->setCurrentWidget(m_ui->diffTab);
    m_ui->diffSummary->setText(tr("Reading %1…").arg(reference->toString()));
    emit busy(tr("Comparing with %1").arg(imageName(reference->path)), 0, 0);
    auto imageA = m_image;
    auto cancel = m_diffCancel;
    const ImageReference referenceB = reference.value();
    m_ui->loadProgress->setRange(0, 0);
    m_ui->loadProgress->show();
    m_ui->cancelButton->show();
    m_diffWatcher.setFuture(
        QtConcurrent::run([imageA, referenceB, cancel](QPromise<Result<DiffOutcome>> &promise) {
            // Progress in KiB like ImageLoader::loadAsync, so the bar shares one scale.
            auto progress = [&promise](qint64 done, qint64 total) {
                promise.setProgressRange(0, int(qMin<qint64>(total / 1024, INT_MAX)));
                promise.setProgressValue(int(qMin<qint64>(done / 1024, INT_MAX)));
            };
            Result<LoadedImage> loaded = ImageLoader::load(referenceB, {}, cancel.get(), progress);
            if (!loaded) {
                promise.addResult(Result<DiffOutcome>(loaded.error()));
                return;
            }
            auto imageB = std::make_shared<const LoadedImage>(std::move(loaded).value());
            auto diff = std::make_shared<const core::oci::ImageDiff>(
                core::oci::diffImages(imageA->image, *imageA->tree, imageB->image, *imageB->tree));
            promise.addResult(Result<DiffOutcome>(DiffOutcome{imageB, diff}));
        }));
}

void InspectorPage::applyDiff()
{
    emit idle();
    if (!m_loading) {
        m_ui->loadProgress->hide();
        m_ui->cancelButton->hide();
    }
    const auto future = m_diffWatcher.future();
    if (future.resultCount() == 0 || !m_image)
        return;
    const Result<DiffOutcome> result = future.result();
    if (!result) {
        if (m_diffCancel && *m_diffCancel) {
            m_ui->diffSummary->setText(tr("Comparison cancelled."));
            emit diffFinished(false);
            return;
        }
        addDiagnostic(Diagnostic::error(QLatin1String(codes::DiffFailed), result.error().message,
                                        result.error().location));
        m_ui->diffSummary->setText(result.error().message);
        emit diffFinished(false);
        return;
    }
    const DiffOutcome &outcome = result.value();
    const core::oci::ImageDiff &diff = *outcome.diff;
    m_diffModel->setDiff(m_image->tree, outcome.imageB->tree, outcome.diff);
    for (int column :
         {inspector::ImageDiffModel::KindColumn, inspector::ImageDiffModel::FieldsColumn,
          inspector::ImageDiffModel::BeforeColumn, inspector::ImageDiffModel::AfterColumn})
        m_ui->diffTable->resizeColumnToContents(column);
    QTableWidget *layers = m_ui->diffLayersTable;
    layers->setRowCount(0);
    auto addLayers = [layers](const QString &side, const QList<core::oci::LayerDelta> &deltas) {
        for (const core::oci::LayerDelta &delta : deltas) {
            const int row = layers->rowCount();
            layers->insertRow(row);
            layers->setItem(row, 0, readOnlyItem(side));
            layers->setItem(row, 1, readOnlyItem(QString::number(delta.index), {}, true));
            layers->setItem(row, 2,
                            readOnlyItem(delta.digest.shortString(), delta.digest.toString()));
            layers->setItem(row, 3, readOnlyItem(formatBytes(delta.size), {}, true));
        }
    };
    addLayers(QStringLiteral("A"), diff.onlyInA);
    addLayers(QStringLiteral("B"), diff.onlyInB);
    layers->resizeColumnsToContents();
    m_ui->diffSummary->setText(
        tr("A = %1, B = %2: %3 added, %4 removed, %5 changed paths. Layers only in B: %6; "
           "a device holding A downloads %7.")
            .arg(imageName(m_image->image.sourcePath), imageName(outcome.imageB->image.sourcePath))
            .arg(diff.added())
            .arg(diff.removed())
            .arg(diff.changed())
            .arg(diff.onlyInB.size())
            .arg(formatBytes(diff.downloadBytes)));
    emit diffFinished(true);
}

NodeId InspectorPage::selectedNode() const
{
    const QModelIndex current = m_ui->fileTree->currentIndex();
    return current.isValid() ? m_treeModel->nodeId(current) : core::oci::InvalidNode;
}

void InspectorPage::extractSelection()
{
    const NodeId node = selectedNode();
    if (!m_image || node == core::oci::InvalidNode || m_extractWatcher.isRunning())
        return;
    const QString imagePath = m_image->tree->path(node);
    const QString destination = m_chooseDirectory(this, tr("Extract %1 into").arg(imagePath));
    if (destination.isEmpty())
        return;
    clearDiagnostics(QLatin1String(codes::ExtractFailed));
    core::oci::ExtractRequest request;
    request.imagePath = imagePath;
    request.destination = destination;
    const TreeViewOptions options = m_treeModel->options();
    if (options.mode == TreeMode::LayerOnly)
        request.layer = options.layer;
    m_extractDestination = destination;
    if (options.mode == TreeMode::Merged && options.layer != m_image->tree->layerCount() - 1)
        m_extractDestination += QLatin1Char(' ') + tr("(from the final filesystem)");
    setStatus(tr("Extracting %1…").arg(imagePath));
    emit busy(tr("Extracting %1").arg(imagePath), 0, 0);
    auto image = m_image;
    m_extractCancel = std::make_shared<std::atomic<bool>>(false);
    auto cancel = m_extractCancel;
    m_extractWatcher.setFuture(QtConcurrent::run([image, request, cancel]() {
        return core::oci::extractFromImage(*image, request, cancel.get());
    }));
}

void InspectorPage::setStatus(const QString &text, bool error)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setStyleSheet(
        error ? QStringLiteral("color:%1")
                    .arg(inspector::changeColor(core::oci::ChangeKind::Removed,
                                                inspector::isDarkPalette())
                             .name())
              : QString());
}

void InspectorPage::addDiagnostic(const Diagnostic &diagnostic)
{
    m_diagnostics.append(diagnostic);
    emit diagnosticsChanged();
}

void InspectorPage::clearDiagnostics(const QString &code)
{
    const auto removed = m_diagnostics.removeIf(
        [&code](const Diagnostic &diagnostic) { return diagnostic.code == code; });
    if (removed > 0)
        emit diagnosticsChanged();
}

} // namespace cbw::app

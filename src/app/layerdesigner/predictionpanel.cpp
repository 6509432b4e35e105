#include "predictionpanel.h"

#include "comparisontablemodel.h"
#include "layerstackchart.h"
#include "predictiontablemodel.h"
#include "projectdocument.h"

#include "inspector/filetreemodel.h"
#include "oci/imagereference.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace cbw::app::layerdesigner {

using namespace cbw::core;
using namespace cbw::core::layers;

namespace {

// <tmpdir> of the build: pkgdata lives in <tmpdir>/pkgdata/<machine>.
QString tmpDirOf(const project::BuildDirectoryInfo &build)
{
    if (!build.pkgdataDir.isEmpty())
        return QDir::cleanPath(build.pkgdataDir + QStringLiteral("/../.."));
    return QDir(build.topDir).filePath(QStringLiteral("tmp"));
}

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

PredictionPanel::PredictionPanel(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_tuneEdit(new QLineEdit(this))
    , m_tuneSource(new QLabel(this))
    , m_status(new QLabel(this))
    , m_table(new PredictionTableModel(this))
    , m_tableView(makeTable(m_table, QStringLiteral("predictionTable"), this))
    , m_chart(new LayerStackChart(this))
    , m_log(new QPlainTextEdit(this))
    , m_readButton(new QPushButton(tr("Cancel"), this))
    , m_compareButton(new QPushButton(tr("Compare with built image"), this))
    , m_compareStatus(new QLabel(this))
    , m_comparison(new ComparisonTableModel(this))
    , m_comparisonView(makeTable(m_comparison, QStringLiteral("comparisonTable"), this))
{
    setObjectName(QStringLiteral("predictionPanel"));
    m_tuneEdit->setObjectName(QStringLiteral("tunePkgarchEdit"));
    m_tuneEdit->setToolTip(tr("TUNE_PKGARCH is in no conf file: it is detected from the build "
                              "directory; type a value here to override it"));
    m_tuneEdit->setClearButtonEnabled(true);
    m_tuneSource->setObjectName(QStringLiteral("tuneSourceLabel"));
    m_status->setObjectName(QStringLiteral("predictionStatus"));
    m_status->setWordWrap(true);
    m_log->setObjectName(QStringLiteral("buildLogText"));
    m_log->setReadOnly(true);
    m_log->setToolTip(tr("The layer-cache lines the build will log"));
    m_log->setMaximumBlockCount(1000);
    m_compareButton->setObjectName(QStringLiteral("compareButton"));
    m_compareStatus->setObjectName(QStringLiteral("compareStatus"));
    m_compareStatus->setWordWrap(true);

    m_readButton->setObjectName(QStringLiteral("readPkgdataButton"));
    m_readButton->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("TUNE_&PKGARCH:"), m_tuneEdit);
    form->addRow(QString(), m_tuneSource);

    auto *top = new QWidget(this);
    auto *topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_tableView, 3);
    topLayout->addWidget(m_chart, 1);

    auto *compareRow = new QHBoxLayout;
    compareRow->addWidget(m_compareButton);
    compareRow->addStretch(1);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(compareRow);
    bottomLayout->addWidget(m_compareStatus);
    bottomLayout->addWidget(m_comparisonView);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_log);
    splitter->addWidget(bottom);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_readButton);
    layout->addLayout(statusRow);
    layout->addWidget(splitter, 1);

    connect(m_tuneEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_hasDesign)
            restart();
    });
    connect(&m_predictionWatcher, &QFutureWatcher<PredictionOutcome>::finished, this, [this] {
        const QFuture<PredictionOutcome> future = m_predictionWatcher.future();
        if (future.isCanceled() || future.resultCount() == 0)
            return;
        const PredictionOutcome outcome = future.result();
        // Work for a design that has changed since is dropped; the newer run follows.
        if (outcome.generation != m_generation)
            return;
        showOutcome(outcome);
        emit idle();
    });
    // A rescan can change the cache directory or MACHINE without changing the pkgdata path.
    connect(m_document, &ProjectDocument::buildDirectoryChanged, this, [this] {
        if (m_hasDesign)
            restart();
    });
    connect(m_readButton, &QPushButton::clicked, this, [this] {
        if (m_pkgdataWatcher.isRunning())
            cancelPkgdataRead();
        else if (m_hasDesign)
            restart();
    });
    connect(&m_pkgdataWatcher, &QFutureWatcher<PkgdataPtr>::finished, this, [this] {
        // A successful read continues through PkgdataCache::loaded; only a cancelled one
        // ends here without an index.
        const QFuture<PkgdataPtr> read = m_pkgdataWatcher.future();
        const PkgdataPtr index = read.resultCount() > 0 ? read.result() : PkgdataPtr{};
        if (!index || index->cancelled()) {
            setStatus(tr("Reading pkgdata was cancelled: no predictions."));
            m_readButton->setText(tr("Read pkgdata"));
            m_readButton->show();
            emit idle();
        } else {
            m_readButton->hide();
        }
    });
    connect(m_compareButton, &QPushButton::clicked, this, [this] { compareWithBuilt(); });
    connect(&m_imageWatcher, &QFutureWatcher<Result<oci::LoadedImage>>::progressValueChanged, this,
            [this](int value) {
                emit busy(tr("Reading %1").arg(QFileInfo(m_comparedPath).fileName()), value,
                          m_imageWatcher.progressMaximum());
            });
    connect(&m_imageWatcher, &QFutureWatcher<Result<oci::LoadedImage>>::finished, this,
            &PredictionPanel::showComparison);
    connect(PkgdataCache::instance(), &PkgdataCache::progress, this,
            [this](const QString &dir, int done, int total) {
                if (dir == m_pkgdataDir) {
                    setStatus(tr("Reading pkgdata: %1 of %2 packages…").arg(done).arg(total));
                    emit busy(tr("Reading pkgdata"), done, total);
                }
            });
    connect(PkgdataCache::instance(), &PkgdataCache::loaded, this, [this](const QString &dir) {
        if (dir == m_pkgdataDir && m_hasDesign)
            startPrediction(PkgdataCache::instance()->cached(dir));
    });
    setStatus(tr("Open the build directory of this image to see its predicted layers."));
}

PredictionPanel::~PredictionPanel()
{
    m_predictionWatcher.waitForFinished();
    m_imageWatcher.cancel();
    m_imageWatcher.waitForFinished();
}

void PredictionPanel::setStatus(const QString &text)
{
    m_status->setText(text);
}

void PredictionPanel::setDesign(const LayerDesign &design)
{
    if (m_hasDesign && design == m_design &&
        m_document->buildDirectory().pkgdataDir == m_pkgdataDir)
        return;
    m_design = design;
    m_hasDesign = true;
    restart();
}

void PredictionPanel::restart()
{
    ++m_generation; // anything still running is stale now
    const auto &build = m_document->buildDirectory();
    m_compareButton->setEnabled(!deployedImagePath().isEmpty());
    m_compareStatus->setText(deployedImagePath().isEmpty()
                                 ? tr("No deployed %1 in the build directory.")
                                       .arg(m_design.settings.deployLinkName(m_design.recipeName))
                                 : QString());
    if (!m_document->hasBuildDirectory()) {
        m_pkgdataDir.clear();
        m_hasPrediction = false;
        m_outcome = {};
        m_table->clear();
        m_chart->setSegments({});
        m_log->clear();
        m_tuneSource->clear();
        setStatus(tr("Open the build directory of this image to see its predicted layers."));
        emit predictionChanged();
        return;
    }
    m_pkgdataDir = build.pkgdataDir;
    if (m_pkgdataDir.isEmpty()) {
        startPrediction({});
        return;
    }
    if (const PkgdataPtr cached = PkgdataCache::instance()->cached(m_pkgdataDir)) {
        startPrediction(cached);
        return;
    }
    setStatus(tr("Reading pkgdata of %1…").arg(m_pkgdataDir));
    emit busy(tr("Reading pkgdata"), 0, 0);
    m_readButton->setText(tr("Cancel"));
    m_readButton->show();
    m_pkgdataWatcher.setFuture(PkgdataCache::instance()->load(m_pkgdataDir));
}

void PredictionPanel::startPrediction(const PkgdataPtr &pkgdata)
{
    const auto &build = m_document->buildDirectory();
    const quint64 generation = ++m_generation;
    const LayerDesign design = m_design;
    const QString tmpDir = tmpDirOf(build);
    const QString machine = build.machine;
    const QString override = m_tuneEdit->text().trimmed();
    PredictionContext context;
    context.pkgdata = pkgdata;
    if (!machine.isEmpty())
        context.machine = machine;
    context.cacheDir = build.layerCacheDir;
    emit busy(tr("Predicting layers"), 0, 0);
    setStatus(tr("Predicting layers…"));
    m_predictionWatcher.setFuture(
        QtConcurrent::run([generation, design, tmpDir, machine, override, context]() mutable {
            PredictionOutcome outcome;
            outcome.generation = generation;
            if (!override.isEmpty()) {
                outcome.tune.value = override;
                outcome.tune.source = QStringLiteral("TUNE_PKGARCH field");
            } else {
                outcome.tune = detectTunePkgarch(tmpDir, machine);
            }
            if (!outcome.tune.value.isEmpty())
                context.tunePkgarch = outcome.tune.value;
            outcome.prediction = predictDesign(design, context);
            return outcome;
        }));
}

void PredictionPanel::showOutcome(const PredictionOutcome &outcome)
{
    m_outcome = outcome;
    m_hasPrediction = true;
    m_table->setPrediction(outcome.prediction);
    m_tableView->resizeColumnsToContents();
    QList<LayerStackChart::Segment> segments;
    for (const LayerPrediction &layer : outcome.prediction.layers)
        segments.append({layer.name, layer.predictedSize});
    m_chart->setSegments(segments);
    m_log->setPlainText(outcome.prediction.cache.logLines.join(QLatin1Char('\n')));
    if (outcome.tune.value.isEmpty())
        m_tuneSource->setText(tr("TUNE_PKGARCH could not be detected: cache keys use null."));
    else if (outcome.tune.candidates.size() > 1)
        m_tuneSource->setText(tr("%1 (from %2; also seen: %3)")
                                  .arg(outcome.tune.value, outcome.tune.source,
                                       outcome.tune.candidates.join(QStringLiteral(", "))));
    else
        m_tuneSource->setText(tr("%1 (from %2)").arg(outcome.tune.value, outcome.tune.source));
    m_tuneEdit->setPlaceholderText(outcome.tune.value.isEmpty() ? tr("not detected")
                                                                : outcome.tune.value);
    qint64 total = 0;
    bool allKnown = true;
    for (const LayerPrediction &layer : outcome.prediction.layers) {
        if (layer.predictedSize < 0)
            allKnown = false;
        else
            total += layer.predictedSize;
    }
    const auto &pkgdata = m_pkgdataDir;
    setStatus(pkgdata.isEmpty()
                  ? tr("The build directory has no pkgdata for MACHINE yet: sizes and "
                       "dependencies are unknown until the packages are built.")
                  : tr("%n layer(s), %1%2 predicted from %3.", nullptr,
                       int(outcome.prediction.layers.size()))
                        .arg(inspector::formatBytes(total),
                             allKnown ? QString() : tr(" (plus layers pkgdata cannot size)"),
                             pkgdata));
    emit predictionChanged();
}

void PredictionPanel::cancelPkgdataRead()
{
    if (!m_pkgdataDir.isEmpty())
        PkgdataCache::instance()->cancel(m_pkgdataDir);
}

Diagnostics PredictionPanel::diagnostics() const
{
    return m_hasPrediction ? m_outcome.prediction.diagnostics : Diagnostics{};
}

QHash<int, qint64> PredictionPanel::predictedSizes() const
{
    QHash<int, qint64> sizes;
    if (!m_hasPrediction || m_design.mode != LayerMode::Multi)
        return sizes;
    for (const LayerPrediction &layer : m_outcome.prediction.layers) {
        if (layer.predictedSize >= 0)
            sizes.insert(layer.index, layer.predictedSize);
    }
    return sizes;
}

QHash<int, QString> PredictionPanel::cacheStates() const
{
    QHash<int, QString> states;
    if (!m_hasPrediction || m_design.mode != LayerMode::Multi)
        return states;
    for (const LayerPrediction &layer : m_outcome.prediction.layers) {
        if (layer.cache)
            states.insert(layer.index, PredictionTableModel::cacheWord(layer.cache));
    }
    return states;
}

QStringList PredictionPanel::knownPackages() const
{
    const PkgdataPtr index =
        m_pkgdataDir.isEmpty() ? PkgdataPtr{} : PkgdataCache::instance()->cached(m_pkgdataDir);
    return index ? index->packageNames() : QStringList{};
}

QString PredictionPanel::deployedImagePath() const
{
    if (!m_hasDesign || !m_document->hasBuildDirectory())
        return {};
    const QString wanted = m_design.settings.deployLinkName(m_design.recipeName);
    for (const auto &image : m_document->buildDirectory().deployedImages) {
        if (image.name == wanted && !image.resolvedPath.isEmpty())
            return image.path;
    }
    return {};
}

bool PredictionPanel::compareWithBuilt()
{
    const QString path = deployedImagePath();
    if (path.isEmpty() || !m_hasPrediction)
        return false;
    const auto reference = oci::ImageReference::parse(path);
    if (!reference) {
        m_compareStatus->setText(reference.error().message);
        return false;
    }
    if (m_imageWatcher.isRunning())
        m_imageWatcher.cancel();
    m_comparedPath = path;
    m_comparison->clear();
    m_compareStatus->setText(tr("Reading %1…").arg(path));
    emit busy(tr("Reading %1").arg(QFileInfo(path).fileName()), 0, 0);
    m_imageWatcher.setFuture(oci::ImageLoader::loadAsync(*reference, {}));
    return true;
}

void PredictionPanel::showComparison()
{
    const auto future = m_imageWatcher.future();
    emit idle();
    if (future.isCanceled() || future.resultCount() == 0) {
        m_compareStatus->setText(tr("Comparison cancelled."));
        return;
    }
    const Result<oci::LoadedImage> loaded = future.result();
    if (!loaded) {
        m_compareStatus->setText(loaded.error().message);
        return;
    }
    m_builtComparison = compareDesignWithBuilt(m_outcome.prediction, *loaded, m_comparedPath);
    QStringList names;
    for (const LayerPrediction &layer : m_outcome.prediction.layers)
        names.append(layer.name);
    m_comparison->setComparison(m_builtComparison, names);
    m_comparisonView->resizeColumnsToContents();
    QString text = m_builtComparison.matches()
                       ? tr("The built image matches the design (%1 layers).")
                             .arg(m_builtComparison.imageLayerCount)
                       : tr("The built image differs: %1 designed layer(s), %2 in the image "
                            "(%3 from the base).")
                             .arg(m_builtComparison.designLayerCount)
                             .arg(m_builtComparison.imageLayerCount)
                             .arg(m_builtComparison.baseLayerCount);
    for (const Diagnostic &d : m_builtComparison.diagnostics)
        text += QLatin1Char('\n') + d.message;
    m_compareStatus->setText(text);
    emit comparisonChanged();
}

} // namespace cbw::app::layerdesigner

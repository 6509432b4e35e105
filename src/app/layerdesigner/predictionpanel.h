#pragma once

#include "pkgdatacache.h"

#include "common/diagnostic.h"
#include "common/result.h"
#include "layers/builtcomparison.h"
#include "layers/layerdesign.h"
#include "layers/layerprediction.h"
#include "layers/tunepkgarch.h"
#include "oci/imageloader.h"

#include <QFutureWatcher>
#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace cbw::app {
class ProjectDocument;
}

namespace cbw::app::layerdesigner {

class ComparisonTableModel;
class LayerStackChart;
class PredictionTableModel;

// What predictDesign() and the TUNE_PKGARCH detection gave for one version of the design.
struct PredictionOutcome
{
    quint64 generation = 0;
    core::layers::DesignPrediction prediction;
    core::layers::TunePkgarchDetection tune;
};

// The Predictions tab: with a build directory open, reads its pkgdata once (shared cache,
// progress in the status bar), predicts every layer of the design on the thread pool whenever
// the design changes (results of a superseded design are dropped), and compares the design
// with the deployed image on request.
class PredictionPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit PredictionPanel(ProjectDocument *document, QWidget *parent = nullptr);
    ~PredictionPanel() override;

    void setDesign(const core::layers::LayerDesign &design);

    bool hasPrediction() const { return m_hasPrediction; }
    const core::layers::DesignPrediction &prediction() const { return m_outcome.prediction; }
    const core::layers::TunePkgarchDetection &tunePkgarch() const { return m_outcome.tune; }
    core::Diagnostics diagnostics() const;
    QHash<int, qint64> predictedSizes() const;
    QHash<int, QString> cacheStates() const; // "HIT"/"MISS"/"DISABLED" per layer index
    QStringList knownPackages() const;
    PredictionTableModel *tableModel() const { return m_table; }
    ComparisonTableModel *comparisonModel() const { return m_comparison; }
    const core::layers::BuiltComparison &comparison() const { return m_builtComparison; }
    LayerStackChart *chart() const { return m_chart; }

    // The deployed "<recipe>-<tag>-oci" of the build directory; empty when there is none.
    QString deployedImagePath() const;
    // Loads the deployed image in the background and compares it with the prediction;
    // false when there is nothing to compare with.
    bool compareWithBuilt();

    // The work in flight, for callers that must wait for it (tests).
    QFuture<PkgdataPtr> pkgdataFuture() const { return m_pkgdataWatcher.future(); }
    // Stops reading the pkgdata; the Read button starts it again.
    void cancelPkgdataRead();
    bool isReadingPkgdata() const { return m_pkgdataWatcher.isRunning(); }
    QFuture<PredictionOutcome> predictionFuture() const { return m_predictionWatcher.future(); }
    QFuture<core::Result<core::oci::LoadedImage>> comparisonFuture() const
    {
        return m_imageWatcher.future();
    }

signals:
    void busy(const QString &what, int done, int total);
    void idle();
    void predictionChanged();
    void comparisonChanged();

private:
    void restart();
    void startPrediction(const PkgdataPtr &pkgdata);
    void showOutcome(const PredictionOutcome &outcome);
    void showComparison();
    void setStatus(const QString &text);

    ProjectDocument *m_document;
    core::layers::LayerDesign m_design;
    bool m_hasDesign = false;
    quint64 m_generation = 0;
    bool m_hasPrediction = false;
    PredictionOutcome m_outcome;
    QString m_pkgdataDir;
    QFutureWatcher<PkgdataPtr> m_pkgdataWatcher;
    QFutureWatcher<PredictionOutcome> m_predictionWatcher;
    QFutureWatcher<core::Result<core::oci::LoadedImage>> m_imageWatcher;
    QString m_comparedPath;
    core::layers::BuiltComparison m_builtComparison;

    QLineEdit *m_tuneEdit;
    QLabel *m_tuneSource;
    QLabel *m_status;
    PredictionTableModel *m_table;
    QTableView *m_tableView;
    LayerStackChart *m_chart;
    QPlainTextEdit *m_log;
    QPushButton *m_readButton; // Cancel while reading pkgdata, Read after a cancel
    QPushButton *m_compareButton;
    QLabel *m_compareStatus;
    ComparisonTableModel *m_comparison;
    QTableView *m_comparisonView;
};

} // namespace cbw::app::layerdesigner

Q_DECLARE_METATYPE(cbw::app::layerdesigner::PredictionOutcome)

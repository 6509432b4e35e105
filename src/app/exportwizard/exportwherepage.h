#pragma once

#include "export/exportplan.h"

#include <QHash>
#include <QWizardPage>

#include <memory>

namespace Ui {
class ExportWherePage;
}

namespace cbw::app {

// Page 2: the target (merge into a file, a new file, a layer directory or a .zip), its path
// and, for a new layer, the conf/layer.conf values.
class ExportWherePage final : public QWizardPage
{
    Q_OBJECT

public:
    // `defaultMergeTarget` (the open build's conf/local.conf, may be empty) preselects
    // merging into it.
    explicit ExportWherePage(const QString &defaultMergeTarget, QWidget *parent = nullptr);
    ~ExportWherePage() override;

    core::exporting::ExportTarget target() const;
    void setTarget(core::exporting::ExportTarget target);
    QString targetPath() const;
    void setTargetPath(const QString &path);
    QString layerCollection() const;
    int layerPriority() const;
    QString layerSeriesCompat() const;

    QString problem() const;
    bool isComplete() const override;

private:
    void onTargetChanged();
    void browse();
    void updateState();

    std::unique_ptr<Ui::ExportWherePage> m_ui;
    // The path typed for each target, so switching targets and back keeps it.
    QHash<int, QString> m_pathPerTarget;
    core::exporting::ExportTarget m_shownTarget = core::exporting::ExportTarget::MergeIntoFile;
};

} // namespace cbw::app

#pragma once

#include "export/exportplan.h"

#include <QWizardPage>

#include <memory>
#include <optional>

namespace Ui {
class ExportPreviewPage;
}

namespace cbw::app {

// Page 3: plans the export off the GUI thread (a merge reads the user's files) and shows
// every planned file with its diff or full text, and the validation again. Complete (Finish
// enabled) only for a plan that can be written.
class ExportPreviewPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ExportPreviewPage(QWidget *parent = nullptr);
    ~ExportPreviewPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isPlanning() const { return !m_plan.has_value(); }
    // The plan shown (only once planning finished).
    const std::optional<core::exporting::ExportPlan> &plan() const { return m_plan; }
    // Shows the planned file at `row` in the diff view.
    void showFile(int row);

signals:
    void planReady();

private:
    void startPlanning(const core::exporting::ExportRequest &request);
    void showPlan(const core::exporting::ExportPlan &plan);

    std::unique_ptr<Ui::ExportPreviewPage> m_ui;
    std::optional<core::exporting::ExportPlan> m_plan;
    // Results of plans the user already left behind (Back, then Next again) are dropped.
    quint64 m_generation = 0;
};

} // namespace cbw::app

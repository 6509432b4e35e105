#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class ExportSummaryPage;
}

namespace cbw::app {

// Page 4: what was written, the backups and how to use the result; or which file failed,
// with the assurance that the files that existed are as they were.
class ExportSummaryPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ExportSummaryPage(QWidget *parent = nullptr);
    ~ExportSummaryPage() override;

    void initializePage() override;
    bool succeeded() const { return m_succeeded; }

private:
    std::unique_ptr<Ui::ExportSummaryPage> m_ui;
    bool m_succeeded = false;
};

} // namespace cbw::app

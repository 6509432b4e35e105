#include "exportsummarypage.h"

#include "exportpreviewpage.h"
#include "exportwizard.h"
#include "ui_exportwizardsummary.h"

namespace cbw::app {

ExportSummaryPage::ExportSummaryPage(QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ExportSummaryPage>())
{
    m_ui->setupUi(this);
}

ExportSummaryPage::~ExportSummaryPage() = default;

void ExportSummaryPage::initializePage()
{
    auto *exportWizard = qobject_cast<ExportWizard *>(wizard());
    if (!exportWizard)
        return;
    const core::exporting::ExportWriteReport &report = exportWizard->writeReport();
    m_succeeded = exportWizard->hasWritten() && report.ok();
    m_ui->writtenList->clear();
    m_ui->backupsList->clear();
    m_ui->usageText->clear();

    if (!m_succeeded) {
        setTitle(tr("Export failed"));
        const QString failed =
            report.failedPath.isEmpty() ? tr("(unknown file)") : report.failedPath;
        m_ui->resultLabel->setText(
            tr("<p><b>Writing %1 failed:</b> %2</p><p>Nothing was exported: the files that "
               "existed before are unchanged, and files this export had already created were "
               "removed.</p>")
                .arg(failed.toHtmlEscaped(), report.error.toHtmlEscaped()));
        const QList<QWidget *> successOnly{m_ui->writtenLabel, m_ui->writtenList,
                                           m_ui->backupsLabel, m_ui->backupsList,
                                           m_ui->usageLabel,   m_ui->usageText};
        for (QWidget *w : successOnly)
            w->hide();
        return;
    }

    setTitle(tr("Export written"));
    m_ui->resultLabel->setText(tr("%n file(s) written.", nullptr, int(report.written.size())));
    m_ui->writtenList->addItems(report.written);
    m_ui->backupsList->addItems(report.backups);
    m_ui->writtenLabel->show();
    m_ui->writtenList->show();
    m_ui->backupsLabel->setVisible(!report.backups.isEmpty());
    m_ui->backupsList->setVisible(!report.backups.isEmpty());
    const auto &plan = exportWizard->previewPage()->plan();
    const QStringList usage = plan ? plan->usage : QStringList();
    m_ui->usageText->setPlainText(usage.join(QLatin1Char('\n')));
    m_ui->usageLabel->setVisible(!usage.isEmpty());
    m_ui->usageText->setVisible(!usage.isEmpty());
}

} // namespace cbw::app

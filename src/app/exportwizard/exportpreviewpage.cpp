#include "exportpreviewpage.h"

#include "exportwizard.h"
#include "ui_exportwizardpreview.h"

#include <QFutureWatcher>
#include <QStyle>
#include <QtConcurrent>

namespace cbw::app {

using core::exporting::ExportPlan;
using core::exporting::ExportRequest;
using core::exporting::PlannedFile;

namespace {

QString actionText(PlannedFile::Action action)
{
    switch (action) {
    case PlannedFile::Action::Create:
        return ExportPreviewPage::tr("new");
    case PlannedFile::Action::Modify:
        return ExportPreviewPage::tr("changed");
    case PlannedFile::Action::Unchanged:
        return ExportPreviewPage::tr("unchanged");
    }
    return {};
}

QStyle::StandardPixmap severityIcon(core::Severity severity)
{
    switch (severity) {
    case core::Severity::Error:
        return QStyle::SP_MessageBoxCritical;
    case core::Severity::Warning:
        return QStyle::SP_MessageBoxWarning;
    case core::Severity::Note:
        break;
    }
    return QStyle::SP_MessageBoxInformation;
}

} // namespace

ExportPreviewPage::ExportPreviewPage(QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ExportPreviewPage>())
{
    m_ui->setupUi(this);
    m_ui->filesSplitter->setSizes({260, 620});
    m_ui->previewSplitter->setSizes({420, 110});
    m_ui->diagnosticsList->setWordWrap(true);
    connect(m_ui->filesList, &QListWidget::currentRowChanged, this, &ExportPreviewPage::showFile);
}

ExportPreviewPage::~ExportPreviewPage() = default;

void ExportPreviewPage::initializePage()
{
    if (auto *exportWizard = qobject_cast<ExportWizard *>(wizard()))
        startPlanning(exportWizard->request());
}

void ExportPreviewPage::cleanupPage()
{
    ++m_generation;
    m_plan.reset();
}

bool ExportPreviewPage::isComplete() const
{
    return m_plan && m_plan->canWrite();
}

void ExportPreviewPage::startPlanning(const ExportRequest &request)
{
    const quint64 generation = ++m_generation;
    m_plan.reset();
    m_ui->filesList->clear();
    m_ui->diagnosticsList->clear();
    m_ui->diagnosticsList->hide();
    m_ui->diffView->showMessage(QString());
    m_ui->summaryLabel->setText(tr("Working out what %1 would change…").arg(request.targetPath));
    emit completeChanged();

    auto *watcher = new QFutureWatcher<ExportPlan>(this);
    connect(watcher, &QFutureWatcher<ExportPlan>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation)
            showPlan(watcher->result());
    });
    // Merging reads the user's files, and a layer directory may hold many.
    watcher->setFuture(
        QtConcurrent::run([request] { return core::exporting::planExport(request); }));
}

void ExportPreviewPage::showPlan(const ExportPlan &plan)
{
    m_plan = plan;
    int created = 0;
    int changed = 0;
    int unchanged = 0;
    int firstChange = -1;
    for (int row = 0; row < plan.files.size(); ++row) {
        const PlannedFile &file = plan.files.at(row);
        created += file.action == PlannedFile::Action::Create;
        changed += file.action == PlannedFile::Action::Modify;
        unchanged += file.action == PlannedFile::Action::Unchanged;
        if (firstChange < 0 && file.action != PlannedFile::Action::Unchanged)
            firstChange = row;
        const QString name = file.displayName.isEmpty() ? file.path : file.displayName;
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 — %2").arg(name, actionText(file.action)), m_ui->filesList);
        QString tip = file.path;
        if (!file.changedStatements.isEmpty())
            tip += QLatin1Char('\n') + tr("Changes: %1").arg(file.changedStatements.join(u", "));
        item->setToolTip(tip);
    }

    for (const core::Diagnostic &d : plan.diagnostics) {
        auto *item = new QListWidgetItem(style()->standardIcon(severityIcon(d.severity)),
                                         d.toGccString(), m_ui->diagnosticsList);
        item->setData(Qt::UserRole, int(d.severity));
    }
    m_ui->diagnosticsList->setVisible(!plan.diagnostics.isEmpty());

    const int errors = int(std::count_if(plan.diagnostics.cbegin(), plan.diagnostics.cend(),
                                         [](const core::Diagnostic &d) { return d.isError(); }));
    if (errors > 0) {
        QString text =
            tr("<b>This export cannot be written:</b> %n error(s), listed below. Go back and "
               "change the choices, or fix the design first.",
               nullptr, errors);
        // The core words this for the command line (--what/--bundle); say it in the
        // wizard's terms too.
        const bool severalFiles = std::any_of(
            plan.diagnostics.cbegin(), plan.diagnostics.cend(), [](const core::Diagnostic &d) {
                return d.code == QLatin1String("export.several-files");
            });
        if (severalFiles)
            text += QStringLiteral("<br>") +
                    tr("One file holds one thing: the local.conf fragment (with the host "
                       "image line), one bundle recipe or one image recipe. Narrow the "
                       "selection on the first page, or export a layer directory or .zip.");
        m_ui->summaryLabel->setText(text);
    } else if (!plan.canWrite()) {
        m_ui->summaryLabel->setText(
            tr("Nothing to write: every file already has exactly these contents."));
    } else {
        QStringList counts;
        if (created > 0)
            counts.append(tr("%n new file(s)", nullptr, created));
        if (changed > 0)
            counts.append(tr("%n changed file(s)", nullptr, changed));
        if (unchanged > 0)
            counts.append(tr("%n unchanged", nullptr, unchanged));
        QString text = counts.join(QStringLiteral(", ")) + QStringLiteral(". ");
        if (changed > 0)
            text += tr("Every changed file is kept as <i>file</i>.bak first. ");
        text += tr("Finish writes them.");
        m_ui->summaryLabel->setText(text);
    }

    m_ui->filesList->setCurrentRow(firstChange >= 0 ? firstChange : 0);
    if (plan.files.isEmpty())
        m_ui->diffView->showMessage(tr("No files."));
    emit completeChanged();
    emit planReady();
}

void ExportPreviewPage::showFile(int row)
{
    if (!m_plan || row < 0 || row >= m_plan->files.size())
        return;
    const PlannedFile &file = m_plan->files.at(row);
    switch (file.action) {
    case PlannedFile::Action::Modify:
        m_ui->diffView->showDiff(file.preview());
        break;
    case PlannedFile::Action::Create:
        m_ui->diffView->showFullText(file.preview());
        break;
    case PlannedFile::Action::Unchanged:
        m_ui->diffView->showMessage(
            tr("%1 already has exactly these contents; it is not rewritten.").arg(file.path));
        break;
    }
}

} // namespace cbw::app

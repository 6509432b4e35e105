#include "localconfapplydialog.h"

#include "ui_bundleeditorapplydialog.h"

#include <QFileInfo>
#include <QPushButton>

namespace cbw::app {

void LocalConfApplyRequest::compute()
{
    result = core::project::LocalConfApply::apply(before, path, design, options);
    diff = result.changed() ? core::project::LocalConfApply::preview(before, result) : QByteArray();
}

LocalConfApplyDialog::LocalConfApplyDialog(const LocalConfApplyRequest &request, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LocalConfApplyDialog>())
    , m_request(request)
{
    m_ui->setupUi(this);
    m_ui->fixDistroFeaturesCheck->setChecked(m_request.options.fixDistroFeatures);
    m_ui->fixMulticonfigCheck->setChecked(m_request.options.fixMulticonfig);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Write local.conf"));
    connect(m_ui->fixDistroFeaturesCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_request.options.fixDistroFeatures = on;
        recompute();
    });
    connect(m_ui->fixMulticonfigCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_request.options.fixMulticonfig = on;
        recompute();
    });
    recompute();
}

LocalConfApplyDialog::~LocalConfApplyDialog() = default;

void LocalConfApplyDialog::recompute()
{
    m_request.compute();
    const auto &r = m_request.result;
    const bool refused = core::hasErrors(r.diagnostics);
    m_ui->diffView->showDiff(m_request.diff);
    if (refused) {
        m_ui->summaryLabel->setText(tr("%1 cannot be changed:").arg(m_request.path));
    } else if (!r.changed()) {
        m_ui->summaryLabel->setText(
            tr("%1 already says this; nothing to write.").arg(m_request.path));
    } else {
        m_ui->summaryLabel->setText(
            tr("%n statement(s) of %1 change; every other byte stays. The current file is kept "
               "as %2.",
               nullptr, int(r.changes.size()))
                .arg(m_request.path,
                     QFileInfo(m_request.path).fileName() + QStringLiteral(".bak")));
    }
    m_ui->notesList->clear();
    for (const core::Diagnostic &d : r.diagnostics)
        m_ui->notesList->addItem(core::severityName(d.severity) + QStringLiteral(": ") + d.message);
    m_ui->notesList->setVisible(m_ui->notesList->count() > 0);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!refused && r.changed());
}

} // namespace cbw::app

#include "exportwherepage.h"

#include "exportwizard.h"
#include "ui_exportwizardwhere.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace cbw::app {

using core::exporting::ExportTarget;

ExportWherePage::ExportWherePage(const QString &defaultMergeTarget, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ExportWherePage>())
{
    m_ui->setupUi(this);
    m_pathPerTarget.insert(int(ExportTarget::MergeIntoFile), defaultMergeTarget);
    // Without an open build there is no local.conf to propose; a layer is the safe default.
    m_shownTarget =
        defaultMergeTarget.isEmpty() ? ExportTarget::LayerDirectory : ExportTarget::MergeIntoFile;
    setTarget(m_shownTarget);
    m_ui->pathEdit->setText(m_pathPerTarget.value(int(m_shownTarget)));

    for (QRadioButton *radio :
         {m_ui->mergeRadio, m_ui->newFileRadio, m_ui->layerDirRadio, m_ui->zipRadio})
        connect(radio, &QRadioButton::toggled, this, [this](bool on) {
            if (on)
                onTargetChanged();
        });
    connect(m_ui->pathEdit, &QLineEdit::textChanged, this, &ExportWherePage::updateState);
    connect(m_ui->collectionEdit, &QLineEdit::textChanged, this, &ExportWherePage::updateState);
    connect(m_ui->seriesCompatEdit, &QLineEdit::textChanged, this, &ExportWherePage::updateState);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ExportWherePage::browse);
    onTargetChanged();
}

ExportWherePage::~ExportWherePage() = default;

ExportTarget ExportWherePage::target() const
{
    if (m_ui->newFileRadio->isChecked())
        return ExportTarget::NewFile;
    if (m_ui->layerDirRadio->isChecked())
        return ExportTarget::LayerDirectory;
    if (m_ui->zipRadio->isChecked())
        return ExportTarget::Zip;
    return ExportTarget::MergeIntoFile;
}

void ExportWherePage::setTarget(ExportTarget target)
{
    switch (target) {
    case ExportTarget::MergeIntoFile:
        m_ui->mergeRadio->setChecked(true);
        break;
    case ExportTarget::NewFile:
        m_ui->newFileRadio->setChecked(true);
        break;
    case ExportTarget::LayerDirectory:
        m_ui->layerDirRadio->setChecked(true);
        break;
    case ExportTarget::Zip:
        m_ui->zipRadio->setChecked(true);
        break;
    }
}

QString ExportWherePage::targetPath() const
{
    const QString path = m_ui->pathEdit->text().trimmed();
    return path.isEmpty() ? path : QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

void ExportWherePage::setTargetPath(const QString &path)
{
    m_ui->pathEdit->setText(path);
}

QString ExportWherePage::layerCollection() const
{
    return m_ui->collectionEdit->text().trimmed();
}

int ExportWherePage::layerPriority() const
{
    return m_ui->prioritySpin->value();
}

QString ExportWherePage::layerSeriesCompat() const
{
    return m_ui->seriesCompatEdit->text().simplified();
}

void ExportWherePage::onTargetChanged()
{
    m_pathPerTarget.insert(int(m_shownTarget), m_ui->pathEdit->text());
    m_shownTarget = target();
    m_ui->pathEdit->setText(m_pathPerTarget.value(int(m_shownTarget)));
    switch (m_shownTarget) {
    case ExportTarget::MergeIntoFile:
        m_ui->pathLabel->setText(tr("&File to merge into:"));
        m_ui->pathEdit->setPlaceholderText(tr("an existing local.conf, .conf or .bb"));
        break;
    case ExportTarget::NewFile:
        m_ui->pathLabel->setText(tr("&New file:"));
        m_ui->pathEdit->setPlaceholderText(tr("a file that does not exist yet"));
        break;
    case ExportTarget::LayerDirectory:
        m_ui->pathLabel->setText(tr("&Layer directory:"));
        m_ui->pathEdit->setPlaceholderText(tr("e.g. …/meta-my-containers (created when missing)"));
        break;
    case ExportTarget::Zip:
        m_ui->pathLabel->setText(tr("&Zip file:"));
        m_ui->pathEdit->setPlaceholderText(tr("e.g. …/meta-my-containers.zip"));
        break;
    }
    updateState();
}

void ExportWherePage::browse()
{
    auto *exportWizard = qobject_cast<ExportWizard *>(wizard());
    if (!exportWizard)
        return;
    const QString chosen = exportWizard->choosePath(target(), m_ui->pathEdit->text());
    if (!chosen.isEmpty())
        m_ui->pathEdit->setText(QDir::toNativeSeparators(chosen));
}

QString ExportWherePage::problem() const
{
    const QString path = targetPath();
    if (path.isEmpty())
        return tr("Choose where to write the export.");
    const QFileInfo info(path);
    switch (target()) {
    case ExportTarget::MergeIntoFile:
        if (!info.exists())
            return tr("%1 does not exist; merging needs an existing file.").arg(path);
        if (!info.isFile())
            return tr("%1 is not a file.").arg(path);
        break;
    case ExportTarget::NewFile:
        if (info.exists())
            return tr("%1 exists and a new file never overwrites one; merge into it instead.")
                .arg(path);
        break;
    case ExportTarget::LayerDirectory:
        if (info.exists() && !info.isDir())
            return tr("%1 is not a directory.").arg(path);
        break;
    case ExportTarget::Zip:
        if (!path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
            return tr("The archive's name must end in .zip.");
        if (info.isDir())
            return tr("%1 is a directory.").arg(path);
        break;
    }
    if (target() == ExportTarget::LayerDirectory || target() == ExportTarget::Zip) {
        // BBFILE_COLLECTIONS words end up in variable names (BBFILE_PRIORITY_<name>).
        static const QRegularExpression collection(QStringLiteral("^[A-Za-z0-9_-]*$"));
        if (!collection.match(layerCollection()).hasMatch())
            return tr("The collection name may contain only letters, digits, '_' and '-'.");
        if (layerSeriesCompat().isEmpty())
            return tr("Name at least one release series for LAYERSERIES_COMPAT.");
    }
    return {};
}

bool ExportWherePage::isComplete() const
{
    return problem().isEmpty();
}

void ExportWherePage::updateState()
{
    const ExportTarget current = target();
    // The planner keeps an existing layer's own conf/layer.conf; its fields would do nothing.
    const bool existingLayer =
        current == ExportTarget::LayerDirectory &&
        QFileInfo::exists(QDir(targetPath()).filePath(QStringLiteral("conf/layer.conf")));
    m_ui->layerGroup->setEnabled(
        (current == ExportTarget::LayerDirectory || current == ExportTarget::Zip) &&
        !existingLayer);
    m_ui->layerGroup->setTitle(existingLayer ? tr("Existing layer (its conf/layer.conf is kept)")
                                             : tr("New layer (conf/layer.conf)"));
    m_ui->problemLabel->setText(problem());
    emit completeChanged();
}

} // namespace cbw::app

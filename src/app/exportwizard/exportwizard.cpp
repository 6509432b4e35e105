#include "exportwizard.h"

#include "exportpreviewpage.h"
#include "exportsummarypage.h"
#include "exportwhatpage.h"
#include "exportwherepage.h"

#include <QFileDialog>
#include <QFileInfo>

namespace cbw::app {

using core::exporting::ExportRequest;
using core::exporting::ExportTarget;

namespace {

QString chooseWithDialog(QWidget *parent, ExportTarget target, const QString &current)
{
    switch (target) {
    case ExportTarget::MergeIntoFile:
        return QFileDialog::getOpenFileName(
            parent, ExportWizard::tr("Merge Into"), current,
            ExportWizard::tr("BitBake files (*.conf *.bb *.bbappend *.inc);;All files (*)"));
    case ExportTarget::NewFile:
        return QFileDialog::getSaveFileName(
            parent, ExportWizard::tr("New File"), current,
            ExportWizard::tr("BitBake files (*.conf *.bb *.inc);;All files (*)"));
    case ExportTarget::LayerDirectory:
        return QFileDialog::getExistingDirectory(parent, ExportWizard::tr("Layer Directory"),
                                                 current);
    case ExportTarget::Zip:
        return QFileDialog::getSaveFileName(parent, ExportWizard::tr("Meta-Layer Archive"), current,
                                            ExportWizard::tr("Zip archives (*.zip)"));
    }
    return {};
}

} // namespace

ExportWizard::ExportWizard(const core::project::Project &project, const QString &defaultMergeTarget,
                           QWidget *parent)
    : QWizard(parent)
    , m_project(project)
    , m_defaultMergeTarget(defaultMergeTarget)
    , m_pathChooser(chooseWithDialog)
    , m_whatPage(new ExportWhatPage(m_project, this))
    , m_wherePage(new ExportWherePage(defaultMergeTarget, this))
    , m_previewPage(new ExportPreviewPage(this))
    , m_summaryPage(new ExportSummaryPage(this))
{
    setObjectName(QStringLiteral("exportWizard"));
    setWindowTitle(tr("Export"));
    // Merging takes what one file can hold; for local.conf that is the fragment and the host
    // image's line. Without a build to merge into, a layer takes everything.
    if (!defaultMergeTarget.isEmpty()) {
        core::exporting::ExportContents local = core::exporting::ExportContent::LocalConfFragment;
        if (!m_whatPage->hostImage().isEmpty())
            local |= core::exporting::ExportContent::HostImageAppend;
        m_whatPage->setContents(local);
        if (!m_whatPage->contents())
            m_whatPage->setContents(core::exporting::ExportContent::All);
    }
    setPage(WhatPageId, m_whatPage);
    setPage(WherePageId, m_wherePage);
    setPage(PreviewPageId, m_previewPage);
    setPage(SummaryPageId, m_summaryPage);
    // The preview's commit button is the "Finish" that writes; after it nothing can be
    // undone by going back, and the last page only closes.
    m_previewPage->setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Finish"));
    setButtonText(QWizard::FinishButton, tr("&Close"));
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    resize(900, 680);
}

ExportWizard::~ExportWizard() = default;

ExportRequest ExportWizard::request() const
{
    ExportRequest r;
    r.project = m_project;
    r.projectDirectory = m_projectDirectory;
    r.contents = m_whatPage->contents();
    r.bundleNames = m_whatPage->selectedBundles();
    r.imageNames = m_whatPage->selectedImages();
    r.hostImage = m_whatPage->hostImage();
    r.target = m_wherePage->target();
    r.targetPath = m_wherePage->targetPath();
    r.layerCollection = m_wherePage->layerCollection();
    r.layerPriority = m_wherePage->layerPriority();
    r.layerSeriesCompat = m_wherePage->layerSeriesCompat();
    return r;
}

void ExportWizard::setPathChooser(PathChooser chooser)
{
    m_pathChooser = std::move(chooser);
}

QString ExportWizard::choosePath(ExportTarget target, const QString &current)
{
    return m_pathChooser ? m_pathChooser(this, target, current) : QString();
}

bool ExportWizard::validateCurrentPage()
{
    if (currentId() != PreviewPageId)
        return QWizard::validateCurrentPage();
    const auto &plan = m_previewPage->plan();
    if (!plan || !plan->canWrite())
        return false;
    m_report = core::exporting::writeExport(*plan);
    m_written = true;
    return true;
}

} // namespace cbw::app

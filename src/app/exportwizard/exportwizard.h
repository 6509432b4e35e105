#pragma once

#include "export/exportplan.h"
#include "project/project.h"

#include <QWizard>

#include <functional>

namespace cbw::app {

class ExportPreviewPage;
class ExportSummaryPage;
class ExportWhatPage;
class ExportWherePage;

// File > Export…: what to export, where, a preview of every byte that changes, then the
// write and its summary. The pages only collect choices and show results; planning and
// writing are the core's planExport/writeExport, exactly what `cbw export` runs.
class ExportWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        WhatPageId,
        WherePageId,
        PreviewPageId,
        SummaryPageId
    };

    // Asks for a target path (a file chooser by default; tests answer without a dialog).
    // Empty = cancelled.
    using PathChooser = std::function<QString(QWidget *parent, core::exporting::ExportTarget,
                                              const QString &current)>;

    // `defaultMergeTarget` is what "merge into" proposes: the open build's conf/local.conf.
    ExportWizard(const core::project::Project &project, const QString &defaultMergeTarget,
                 QWidget *parent = nullptr);
    ~ExportWizard() override;

    const core::project::Project &project() const { return m_project; }
    QString defaultMergeTarget() const { return m_defaultMergeTarget; }
    // Where the project's relative paths (custom service files) resolve: the directory of
    // its .cbw.json.
    void setProjectDirectory(const QString &directory) { m_projectDirectory = directory; }

    // The request the pages describe right now.
    core::exporting::ExportRequest request() const;

    void setPathChooser(PathChooser chooser);
    QString choosePath(core::exporting::ExportTarget target, const QString &current);

    ExportWhatPage *whatPage() const { return m_whatPage; }
    ExportWherePage *wherePage() const { return m_wherePage; }
    ExportPreviewPage *previewPage() const { return m_previewPage; }
    ExportSummaryPage *summaryPage() const { return m_summaryPage; }

    // After Finish on the preview page: what writeExport reported.
    bool hasWritten() const { return m_written; }
    const core::exporting::ExportWriteReport &writeReport() const { return m_report; }

protected:
    // Leaving the preview page through its Finish button is the one place that writes.
    bool validateCurrentPage() override;

private:
    core::project::Project m_project;
    QString m_defaultMergeTarget;
    QString m_projectDirectory;
    PathChooser m_pathChooser;
    ExportWhatPage *m_whatPage;
    ExportWherePage *m_wherePage;
    ExportPreviewPage *m_previewPage;
    ExportSummaryPage *m_summaryPage;
    core::exporting::ExportWriteReport m_report;
    bool m_written = false;
};

} // namespace cbw::app

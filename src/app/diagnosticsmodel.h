#pragma once

#include "common/diagnostic.h"

#include <QAbstractTableModel>
#include <QList>

namespace cbw::app {

class WorkbenchPage;

// One row of the diagnostics dock: a diagnostic and who raised it, so activating the row
// can ask that page to reveal the field.
struct DiagnosticEntry
{
    core::Diagnostic diagnostic;
    WorkbenchPage *page = nullptr; // null for project-file and build-directory diagnostics
    QString origin;                // "Bundle", "Project file", "Build directory", ...
};

// The diagnostics dock's table; shows the entries at or above a minimum severity.
class DiagnosticsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SeverityColumn,
        CodeColumn,
        MessageColumn,
        WhereColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(const QList<DiagnosticEntry> &entries);
    void setMinimumSeverity(core::Severity severity);
    core::Severity minimumSeverity() const { return m_minimum; }

    const DiagnosticEntry &entry(int row) const { return m_visible.at(row); }
    const QList<DiagnosticEntry> &allEntries() const { return m_all; }
    int count(core::Severity severity) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString locationText(const core::SourceLocation &location);

private:
    void rebuildVisible();

    QList<DiagnosticEntry> m_all;
    QList<DiagnosticEntry> m_visible;
    core::Severity m_minimum = core::Severity::Note;
};

} // namespace cbw::app

#include "diagnosticsmodel.h"

#include <QApplication>
#include <QFileInfo>
#include <QStyle>

#include <algorithm>

namespace cbw::app {

using namespace cbw::core;

void DiagnosticsModel::setEntries(const QList<DiagnosticEntry> &entries)
{
    beginResetModel();
    m_all = entries;
    // Errors first, then warnings, then notes; the order within a severity is the order
    // the checks found them, which follows the file.
    std::stable_sort(m_all.begin(), m_all.end(),
                     [](const DiagnosticEntry &a, const DiagnosticEntry &b) {
                         return a.diagnostic.severity > b.diagnostic.severity;
                     });
    rebuildVisible();
    endResetModel();
}

void DiagnosticsModel::setMinimumSeverity(Severity severity)
{
    if (severity == m_minimum)
        return;
    beginResetModel();
    m_minimum = severity;
    rebuildVisible();
    endResetModel();
}

void DiagnosticsModel::rebuildVisible()
{
    m_visible.clear();
    for (const DiagnosticEntry &entry : std::as_const(m_all)) {
        if (entry.diagnostic.severity >= m_minimum)
            m_visible.append(entry);
    }
}

int DiagnosticsModel::count(Severity severity) const
{
    return int(std::count_if(m_all.begin(), m_all.end(), [severity](const DiagnosticEntry &e) {
        return e.diagnostic.severity == severity;
    }));
}

int DiagnosticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int DiagnosticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DiagnosticsModel::locationText(const SourceLocation &location)
{
    if (location.file.isEmpty())
        return {};
    QString text = QFileInfo(location.file).fileName();
    if (location.line > 0)
        text += QLatin1Char(':') + QString::number(location.line);
    if (location.column > 0)
        text += QLatin1Char(':') + QString::number(location.column);
    return text;
}

QVariant DiagnosticsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_visible.size())
        return {};
    const DiagnosticEntry &entry = m_visible.at(index.row());
    const Diagnostic &d = entry.diagnostic;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityName(d.severity);
        case CodeColumn:
            return d.code;
        case MessageColumn:
            return d.message;
        case WhereColumn: {
            const QString where = locationText(d.location);
            return where.isEmpty() ? entry.origin : where;
        }
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() != SeverityColumn)
            return {};
        switch (d.severity) {
        case Severity::Error:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        case Severity::Warning:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        case Severity::Note:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == WhereColumn && !d.location.file.isEmpty())
            return d.location.file;
        return d.message;
    default:
        return {};
    }
}

QVariant DiagnosticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case CodeColumn:
        return tr("Code");
    case MessageColumn:
        return tr("Message");
    case WhereColumn:
        return tr("Where");
    default:
        return {};
    }
}

} // namespace cbw::app

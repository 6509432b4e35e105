#include "inspectortables.h"

#include "filetreemodel.h"

namespace cbw::app::inspector {

using core::oci::ChangeKind;
using core::oci::FileEntry;
using core::oci::PathDifference;

void WastedPathModel::setReport(std::shared_ptr<const core::oci::FileTree> tree,
                                const core::oci::EfficiencyReport &report)
{
    beginResetModel();
    m_tree = std::move(tree);
    m_wasted = m_tree ? report.wasted : QList<core::oci::WastedPath>();
    endResetModel();
}

int WastedPathModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_wasted.size());
}

int WastedPathModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WastedPathModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_wasted.size())
        return {};
    const core::oci::WastedPath &wasted = m_wasted.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PathColumn:
            return m_tree->path(wasted.node);
        case OccurrencesColumn:
            return wasted.occurrences;
        case WastedColumn:
            return formatBytes(wasted.wastedBytes());
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() != PathColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (wasted.removed)
            return changeColor(ChangeKind::Removed, isDarkPalette());
        return {};
    case Qt::ToolTipRole:
        return wasted.removed
                   ? tr("%1: layers shipping it: %2 (%3); removed from the final filesystem")
                         .arg(m_tree->path(wasted.node))
                         .arg(wasted.occurrences)
                         .arg(formatBytes(wasted.cumulativeBytes))
                   : tr("%1: layers shipping it: %2 (%3); the final filesystem keeps %4")
                         .arg(m_tree->path(wasted.node))
                         .arg(wasted.occurrences)
                         .arg(formatBytes(wasted.cumulativeBytes), formatBytes(wasted.finalBytes));
    case NodeIdRole:
        return wasted.node;
    }
    return {};
}

QVariant WastedPathModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PathColumn:
        return tr("Path");
    case OccurrencesColumn:
        return tr("Layers");
    case WastedColumn:
        return tr("Wasted");
    }
    return {};
}

void ImageDiffModel::setDiff(std::shared_ptr<const core::oci::FileTree> treeA,
                             std::shared_ptr<const core::oci::FileTree> treeB,
                             std::shared_ptr<const core::oci::ImageDiff> diff)
{
    beginResetModel();
    m_treeA = std::move(treeA);
    m_treeB = std::move(treeB);
    m_diff = std::move(diff);
    endResetModel();
}

int ImageDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_diff ? 0 : int(m_diff->paths.size());
}

int ImageDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QString describe(const FileEntry *entry)
{
    if (!entry)
        return {};
    if (entry->type == core::oci::EntryType::File)
        return QStringLiteral("%1 %2").arg(modeString(*entry), formatBytes(entry->size));
    return modeString(*entry);
}

ChangeKind changeKindOf(PathDifference::Kind kind)
{
    switch (kind) {
    case PathDifference::Kind::Added:
        return ChangeKind::Added;
    case PathDifference::Kind::Removed:
        return ChangeKind::Removed;
    case PathDifference::Kind::Changed:
        break;
    }
    return ChangeKind::Modified;
}

} // namespace

QVariant ImageDiffModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_diff || index.row() >= m_diff->paths.size())
        return {};
    const PathDifference &difference = m_diff->paths.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return pathDifferenceKindName(difference.kind);
        case PathColumn:
            return difference.path;
        case FieldsColumn:
            return difference.changedFields.join(QStringLiteral(", "));
        case BeforeColumn:
            return describe(difference.before);
        case AfterColumn:
            return describe(difference.after);
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == KindColumn || index.column() == PathColumn)
            return changeColor(changeKindOf(difference.kind), isDarkPalette());
        return {};
    case Qt::ToolTipRole:
        return difference.path;
    }
    return {};
}

QVariant ImageDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Change");
    case PathColumn:
        return tr("Path");
    case FieldsColumn:
        return tr("Differs in");
    case BeforeColumn:
        return tr("In A");
    case AfterColumn:
        return tr("In B");
    }
    return {};
}

QString pathDifferenceKindName(PathDifference::Kind kind)
{
    switch (kind) {
    case PathDifference::Kind::Added:
        return QObject::tr("added");
    case PathDifference::Kind::Removed:
        return QObject::tr("removed");
    case PathDifference::Kind::Changed:
        break;
    }
    return QObject::tr("changed");
}

} // namespace cbw::app::inspector

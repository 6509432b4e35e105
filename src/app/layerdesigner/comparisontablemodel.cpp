#include "comparisontablemodel.h"

#include "inspector/filetreemodel.h"

namespace cbw::app::layerdesigner {

using namespace cbw::core::layers;

namespace {

QString listPreview(const QStringList &paths)
{
    if (paths.isEmpty())
        return {};
    QStringList shown = paths.mid(0, 3);
    QString text = shown.join(QStringLiteral(", "));
    if (paths.size() > shown.size())
        text += ComparisonTableModel::tr(" … (%1 in all)").arg(paths.size());
    return text;
}

} // namespace

ComparisonTableModel::ComparisonTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ComparisonTableModel::setComparison(const BuiltComparison &comparison,
                                         const QStringList &designLayerNames)
{
    beginResetModel();
    m_rows = comparison.layers;
    m_names = designLayerNames;
    endResetModel();
}

void ComparisonTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_names.clear();
    endResetModel();
}

int ComparisonTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComparisonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComparisonTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LayerComparison &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case DesignColumn:
            if (row.designIndex < 0)
                return tr("(not designed)");
            return row.designIndex < m_names.size()
                       ? tr("%1. %2").arg(row.designIndex + 1).arg(m_names.at(row.designIndex))
                       : QString::number(row.designIndex + 1);
        case ImageColumn:
            return row.imageIndex < 0 ? tr("(missing)") : QString::number(row.imageIndex + 1);
        case PredictedColumn:
            return row.predictedSize < 0 ? tr("unknown")
                                         : inspector::formatBytes(row.predictedSize);
        case BuiltColumn:
            return row.builtSize < 0 ? QString() : inspector::formatBytes(row.builtSize);
        case OnlyInImageColumn:
            return listPreview(row.onlyInImage);
        case OnlyInDesignColumn:
            return listPreview(row.onlyInDesign);
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == OnlyInImageColumn)
            return row.onlyInImage.join(QLatin1Char('\n'));
        if (index.column() == OnlyInDesignColumn)
            return row.onlyInDesign.join(QLatin1Char('\n'));
    }
    return {};
}

QVariant ComparisonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case DesignColumn:
        return tr("Designed layer");
    case ImageColumn:
        return tr("Image layer");
    case PredictedColumn:
        return tr("Predicted");
    case BuiltColumn:
        return tr("Built");
    case OnlyInImageColumn:
        return tr("Only in the image");
    case OnlyInDesignColumn:
        return tr("Only in the packages");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cbw::app::layerdesigner

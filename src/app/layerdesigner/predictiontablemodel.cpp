#include "predictiontablemodel.h"

#include "inspector/filetreemodel.h"

#include <QBrush>
#include <QColor>

namespace cbw::app::layerdesigner {

using namespace cbw::core::layers;

PredictionTableModel::PredictionTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PredictionTableModel::setPrediction(const DesignPrediction &prediction)
{
    beginResetModel();
    m_layers = prediction.layers;
    endResetModel();
}

void PredictionTableModel::clear()
{
    beginResetModel();
    m_layers.clear();
    endResetModel();
}

int PredictionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_layers.size());
}

int PredictionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PredictionTableModel::cacheWord(const std::optional<CacheState> &state)
{
    return state ? cacheStatusName(state->status) : QString();
}

QVariant PredictionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LayerPrediction &layer = m_layers.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case LayerColumn:
            return tr("%1. %2").arg(layer.index + 1).arg(layer.name);
        case TypeColumn:
            return layerTypeName(layer.type);
        case SizeColumn:
            return layer.predictedSize < 0 ? tr("unknown")
                                           : inspector::formatBytes(layer.predictedSize);
        case FilesColumn:
            return layer.type == LayerType::Packages ? QVariant(int(layer.files.size()))
                                                     : QVariant();
        case UnknownColumn:
            return layer.unknownPackages.join(QStringLiteral(", "));
        case UnresolvedColumn:
            return layer.unresolvedDependencies.join(QStringLiteral(", "));
        case SharedColumn:
            return layer.filesAlsoIn.isEmpty() ? QVariant()
                                               : QVariant(int(layer.filesAlsoIn.size()));
        case CacheColumn:
            if (!layer.cache)
                return {};
            return layer.cache->status == CacheState::Status::Hit
                       ? cacheWord(layer.cache)
                       : cacheWord(layer.cache) + QStringLiteral(": ") + layer.cache->explanation;
        case KeyColumn:
            return layer.cache ? layer.cache->key : QString();
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case SharedColumn: {
            QStringList lines;
            for (auto it = layer.filesAlsoIn.cbegin(); it != layer.filesAlsoIn.cend(); ++it)
                lines.append(tr("%1 (also in layer %2)").arg(it.key()).arg(it.value() + 1));
            return lines.join(QLatin1Char('\n'));
        }
        case CacheColumn:
            if (layer.cache && !layer.cache->details.isEmpty())
                return layer.cache->details.join(QLatin1Char('\n'));
            return layer.cache ? layer.cache->explanation : QString();
        case SizeColumn:
            return layer.predictedSize < 0
                       ? tr("Directories, files and host layers are not in pkgdata")
                       : QVariant();
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == CacheColumn && layer.cache) {
        switch (layer.cache->status) {
        case CacheState::Status::Hit:
            return QBrush(QColor(0x2e, 0x7d, 0x32));
        case CacheState::Status::Miss:
            return QBrush(QColor(0xc6, 0x28, 0x28));
        case CacheState::Status::Disabled:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == SizeColumn || index.column() == FilesColumn ||
         index.column() == SharedColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant PredictionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case LayerColumn:
        return tr("Layer");
    case TypeColumn:
        return tr("Type");
    case SizeColumn:
        return tr("Size");
    case FilesColumn:
        return tr("Files");
    case UnknownColumn:
        return tr("Unknown packages");
    case UnresolvedColumn:
        return tr("Unresolved RDEPENDS");
    case SharedColumn:
        return tr("Files also below");
    case CacheColumn:
        return tr("Cache");
    case KeyColumn:
        return tr("Cache key");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cbw::app::layerdesigner

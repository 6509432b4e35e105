#include "layerstackmodel.h"

#include "inspector/filetreemodel.h"

#include <QBrush>
#include <QColor>
#include <QMimeData>

namespace cbw::app::layerdesigner {

using namespace cbw::core::layers;

LayerStackModel::LayerStackModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void LayerStackModel::setLayers(const LayerSpecs &layers)
{
    beginResetModel();
    m_layers = layers;
    m_sizes.clear();
    m_cacheStates.clear();
    endResetModel();
}

void LayerStackModel::setPredictedSizes(const QHash<int, qint64> &sizes)
{
    m_sizes = sizes;
    if (!m_layers.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

void LayerStackModel::setCacheStates(const QHash<int, QString> &states)
{
    m_cacheStates = states;
    if (!m_layers.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole});
}

int LayerStackModel::layerIndexOfRow(int row) const
{
    return int(m_layers.size()) - 1 - row;
}

int LayerStackModel::rowOfLayerIndex(int layerIndex) const
{
    return int(m_layers.size()) - 1 - layerIndex;
}

int LayerStackModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_layers.size());
}

QVariant LayerStackModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int layerIndex = layerIndexOfRow(index.row());
    const LayerSpec &layer = m_layers.at(layerIndex);
    switch (role) {
    case Qt::DisplayRole: {
        QString text = tr("%1. %2 (%3): %4")
                           .arg(layerIndex + 1)
                           .arg(layer.name.isEmpty() ? tr("(unnamed)") : layer.name,
                                layer.typeWord(), layer.items.join(QStringLiteral(", ")));
        if (const auto size = m_sizes.constFind(layerIndex); size != m_sizes.cend())
            text += QStringLiteral(" — ") + inspector::formatBytes(*size);
        if (const auto cache = m_cacheStates.constFind(layerIndex); cache != m_cacheStates.cend())
            text += tr(", cache %1").arg(*cache);
        return text;
    }
    case Qt::ToolTipRole:
        return layerIndex == 0
                   ? tr("Bottom layer (first OCI_LAYERS entry): %1").arg(layer.toEntry())
                   : tr("Layer %1 of %2: %3")
                         .arg(layerIndex + 1)
                         .arg(m_layers.size())
                         .arg(layer.toEntry());
    case Qt::BackgroundRole: {
        // One hue per layer type so the stack reads at a glance; light enough for black text.
        switch (layer.type) {
        case LayerType::Packages:
            return QBrush(QColor(0xd6, 0xe9, 0xf8));
        case LayerType::Directories:
            return QBrush(QColor(0xdf, 0xf2, 0xd8));
        case LayerType::Files:
            return QBrush(QColor(0xf8, 0xef, 0xd0));
        case LayerType::Host:
            return QBrush(QColor(0xf6, 0xdc, 0xdc));
        case LayerType::Unknown:
            return {};
        }
        return {};
    }
    case Qt::ForegroundRole:
        return layer.type == LayerType::Unknown ? QVariant() : QBrush(Qt::black);
    case LayerIndexRole:
        return layerIndex;
    case LayerTypeRole:
        return int(layer.type);
    default:
        return {};
    }
}

Qt::ItemFlags LayerStackModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractListModel::flags(index);
    // Dropping *between* rows only: a drop onto a row would mean "into the layer".
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base | Qt::ItemIsDropEnabled;
}

Qt::DropActions LayerStackModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList LayerStackModel::mimeTypes() const
{
    return {QString::fromLatin1(kLayerMimeType)};
}

QMimeData *LayerStackModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty() || !indexes.first().isValid())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(kLayerMimeType),
                  QByteArray::number(layerIndexOfRow(indexes.first().row())));
    return mime;
}

int LayerStackModel::draggedLayer(const QMimeData *data) const
{
    if (!data || !data->hasFormat(QString::fromLatin1(kLayerMimeType)))
        return -1;
    bool ok = false;
    const int layer = data->data(QString::fromLatin1(kLayerMimeType)).toInt(&ok);
    return ok && layer >= 0 && layer < m_layers.size() ? layer : -1;
}

bool LayerStackModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                      int column, const QModelIndex &parent) const
{
    Q_UNUSED(row);
    Q_UNUSED(column);
    return action == Qt::MoveAction && !parent.isValid() && draggedLayer(data) >= 0;
}

bool LayerStackModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                   int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const int from = draggedLayer(data);
    const int count = int(m_layers.size());
    // `row` is the gap the drop lands in (row count or -1 = below the last row, which is the
    // bottom of the stack). The gap above display row r sits above layer index count-1-r.
    const int gap = row < 0 || row > count ? count : row;
    int to = count - gap; // layer index the dragged layer would get before it is taken out
    if (to > from)
        --to;
    to = qBound(0, to, count - 1);
    if (to != from)
        emit moveRequested(from, to);
    // The view must not remove the source row itself: the document change resets the model.
    return false;
}

} // namespace cbw::app::layerdesigner

#pragma once

#include "layers/layerspec.h"

#include <QAbstractListModel>
#include <QHash>

namespace cbw::app::layerdesigner {

// The OCI_LAYERS of one design as the stack the image will be: the top row is the last
// (topmost) layer and the bottom row the first, so the list reads like the image. The model
// never edits the design itself: a drag or a move key asks for the move through
// moveRequested(), the page turns it into one undo step on the document, and the document's
// change comes back through setLayers().
class LayerStackModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        LayerIndexRole = Qt::UserRole + 1, // 0 = bottom (first) layer
        LayerTypeRole,                     // int(core::layers::LayerType)
    };

    explicit LayerStackModel(QObject *parent = nullptr);

    void setLayers(const core::layers::LayerSpecs &layers);
    const core::layers::LayerSpecs &layers() const { return m_layers; }
    // Predicted bytes per layer index, shown next to the name; cleared by an empty hash.
    void setPredictedSizes(const QHash<int, qint64> &sizes);
    // "HIT", "MISS" or "DISABLED" per layer index (packages layers in multi mode).
    void setCacheStates(const QHash<int, QString> &states);

    int layerIndexOfRow(int row) const;
    int rowOfLayerIndex(int layerIndex) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    // Move the layer at layer index `from` so that it ends up at layer index `to`.
    void moveRequested(int from, int to);

private:
    int draggedLayer(const QMimeData *data) const;

    core::layers::LayerSpecs m_layers;
    QHash<int, qint64> m_sizes;
    QHash<int, QString> m_cacheStates;
};

inline constexpr char kLayerMimeType[] = "application/x-cbw-oci-layer-index";

} // namespace cbw::app::layerdesigner

#pragma once

#include "layers/layerprediction.h"

#include <QAbstractTableModel>

namespace cbw::app::layerdesigner {

// One row per predicted layer, bottom (first) layer first: what pkgdata says it will hold and
// what the layer cache will do with it.
class PredictionTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LayerColumn,
        TypeColumn,
        SizeColumn,
        CacheColumn,
        KeyColumn,
        FilesColumn,
        UnknownColumn,
        UnresolvedColumn,
        SharedColumn,
        ColumnCount
    };

    explicit PredictionTableModel(QObject *parent = nullptr);

    void setPrediction(const core::layers::DesignPrediction &prediction);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "HIT", "MISS", "DISABLED", or empty for layers the cache never handles.
    static QString cacheWord(const std::optional<core::layers::CacheState> &state);

private:
    QList<core::layers::LayerPrediction> m_layers;
};

} // namespace cbw::app::layerdesigner

#pragma once

#include "layers/builtcomparison.h"

#include <QAbstractTableModel>

namespace cbw::app::layerdesigner {

// Designed vs built, one row per layer pair of compareDesignWithBuilt().
class ComparisonTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DesignColumn,
        ImageColumn,
        PredictedColumn,
        BuiltColumn,
        OnlyInImageColumn,
        OnlyInDesignColumn,
        ColumnCount
    };

    explicit ComparisonTableModel(QObject *parent = nullptr);

    void setComparison(const core::layers::BuiltComparison &comparison,
                       const QStringList &designLayerNames);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<core::layers::LayerComparison> m_rows;
    QStringList m_names;
};

} // namespace cbw::app::layerdesigner

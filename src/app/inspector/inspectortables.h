#pragma once

#include "oci/efficiency.h"
#include "oci/imagediff.h"

#include <QAbstractTableModel>

#include <memory>

namespace cbw::app::inspector {

// The efficiency report's wasted paths: path, occurrences, wasted bytes.
class WastedPathModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PathColumn,
        OccurrencesColumn,
        WastedColumn,
        ColumnCount
    };
    static constexpr int NodeIdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;
    void setReport(std::shared_ptr<const core::oci::FileTree> tree,
                   const core::oci::EfficiencyReport &report);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const core::oci::FileTree> m_tree;
    QList<core::oci::WastedPath> m_wasted;
};

// The paths two images' final filesystems disagree on.
class ImageDiffModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        KindColumn,
        PathColumn,
        FieldsColumn,
        BeforeColumn,
        AfterColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;
    // The trees own the entries the differences point at; they are kept alive here.
    void setDiff(std::shared_ptr<const core::oci::FileTree> treeA,
                 std::shared_ptr<const core::oci::FileTree> treeB,
                 std::shared_ptr<const core::oci::ImageDiff> diff);
    const core::oci::ImageDiff *diff() const { return m_diff.get(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const core::oci::FileTree> m_treeA;
    std::shared_ptr<const core::oci::FileTree> m_treeB;
    std::shared_ptr<const core::oci::ImageDiff> m_diff;
};

QString pathDifferenceKindName(core::oci::PathDifference::Kind kind);

} // namespace cbw::app::inspector

#pragma once

#include "project/builddirectory.h"

#include <QAbstractListModel>

namespace cbw::app {

// The containers an opened build directory offers: image-oci recipes of its layers and the
// -oci directories already deployed. Items drag into the container table as
// ContainerTableModel::SourceMimeType.
class SourceListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        SourceNameRole = Qt::UserRole + 1, // what goes into the container table
        PathRole,                          // recipe file or OCI directory
    };

    using QAbstractListModel::QAbstractListModel;

    void setBuildDirectory(const core::project::BuildDirectoryInfo &info);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

private:
    struct Source
    {
        QString name;
        QString path;
        bool deployed = false;
    };
    QList<Source> m_sources;
};

} // namespace cbw::app

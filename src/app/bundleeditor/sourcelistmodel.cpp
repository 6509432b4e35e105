#include "sourcelistmodel.h"

#include "containertablemodel.h"

#include <QMimeData>

#include <algorithm>

namespace cbw::app {

void SourceListModel::setBuildDirectory(const core::project::BuildDirectoryInfo &info)
{
    beginResetModel();
    m_sources.clear();
    for (const core::project::RecipeSource &r : info.recipes) {
        if (r.kind == core::project::RecipeSource::Kind::ContainerImage)
            m_sources.append({r.name, r.file, false});
    }
    std::sort(m_sources.begin(), m_sources.end(),
              [](const Source &a, const Source &b) { return a.name < b.name; });
    QList<Source> deployed;
    for (const core::project::DeployedImage &image : info.deployedImages)
        deployed.append({image.name, image.path, true});
    std::sort(deployed.begin(), deployed.end(),
              [](const Source &a, const Source &b) { return a.name < b.name; });
    m_sources += deployed;
    endResetModel();
}

int SourceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sources.size());
}

QVariant SourceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Source &s = m_sources.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return s.deployed ? tr("%1 (deployed)").arg(s.name) : s.name;
    case SourceNameRole:
        return s.name;
    case PathRole:
        return s.path;
    case Qt::ToolTipRole:
        return s.deployed ? tr("OCI directory in DEPLOY_DIR_IMAGE: %1\nDrag it into the table, "
                               "or press Enter, to add it by this name")
                                .arg(s.path)
                          : tr("Container image recipe (inherits image-oci): %1\nDrag it into the "
                               "table, or press Enter, to add it")
                                .arg(s.path);
    default:
        return {};
    }
}

Qt::ItemFlags SourceListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList SourceListModel::mimeTypes() const
{
    return {QString::fromLatin1(ContainerTableModel::SourceMimeType)};
}

QMimeData *SourceListModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList names;
    for (const QModelIndex &index : indexes) {
        const QString name = data(index, SourceNameRole).toString();
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    }
    if (names.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(ContainerTableModel::SourceMimeType),
                  names.join(QLatin1Char('\n')).toUtf8());
    mime->setText(names.join(QLatin1Char(' ')));
    return mime;
}

Qt::DropActions SourceListModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

} // namespace cbw::app

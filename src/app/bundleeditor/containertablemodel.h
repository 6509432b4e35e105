#pragma once

#include "bundle/bundledesign.h"
#include "common/diagnostic.h"
#include "containercolumns.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

namespace cbw::app {

class ProjectDocument;

// The containers of one bundle of the open project. The model never changes the project
// itself: every edit computes the new design and hands it to ProjectDocument::setBundle, and
// the model follows the document's signals, so undo and redo refresh it the same way.
class ContainerTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Drag payload of the build-directory sources: one container source per line.
    static constexpr char SourceMimeType[] = "application/x-cbw-container-source";

    explicit ContainerTableModel(ProjectDocument *document, QObject *parent = nullptr);

    // -1 = no bundle (empty model).
    void setBundleIndex(int index);
    int bundleIndex() const { return m_bundleIndex; }
    const core::bundle::BundleDesign &design() const { return m_design; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Adds containers named `sources` before `row` (row == rowCount() appends) as one step.
    bool insertContainers(int row, const QStringList &sources);
    // A fresh container with a unique placeholder name, for the Insert key.
    bool insertNewContainer(int row);
    bool removeContainers(QList<int> rows);
    // Moves one container by `delta` rows (-1 up, +1 down).
    bool moveContainer(int row, int delta);

    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // Diagnostics the core raises for this bundle, attributed to the cells they are about.
    core::Diagnostics cellDiagnostics(int row, ContainerColumn column) const;
    // The BitBake variable and field a column writes, for tooltips ("BUNDLED_CONTAINERS:
    // restart policy field (name:runtime:policy)").
    QString fieldDescription(ContainerColumn column, int row = -1) const;
    // Runtime choices for the delegate: "" stands for "the bundle's runtime".
    QStringList runtimeChoices() const;
    static QStringList policyChoices();
    static QString policyLabel(core::bundle::RestartPolicy policy);

private:
    void followDocument(int changedBundle);
    void takeDesign(const core::bundle::BundleDesign &design);
    void recomputeDiagnostics();
    bool commit(const core::bundle::BundleDesign &design, const QString &undoText);
    bool isBundleRecipe() const;
    QString uniqueSource(const QString &base) const;

    ProjectDocument *m_document;
    int m_bundleIndex = -1;
    core::bundle::BundleDesign m_design;
    QHash<quint64, core::Diagnostics> m_cellDiagnostics;
    // Set while the model itself changes rows, so the document's signal does not replay
    // the change as a reset.
    bool m_ownStructuralEdit = false;
};

} // namespace cbw::app

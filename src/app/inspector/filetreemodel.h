#pragma once

#include "layers/pkgdataindex.h"
#include "oci/filetree.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QFutureWatcher>
#include <QString>

#include <atomic>
#include <memory>
#include <unordered_map>
#include <vector>

namespace cbw::app::inspector {

enum class TreeMode
{
    Merged,    // the filesystem after layers 0..layer
    LayerOnly, // what the layer itself wrote or removed, with the directories above it
};

struct TreeViewOptions
{
    int layer = 0;
    TreeMode mode = TreeMode::Merged;
    bool onlyChanges = false; // merged mode: only paths the layer wrote or removed
    QString filter;           // case-insensitive; matches names, or whole paths when it has '/'

    friend bool operator==(const TreeViewOptions &, const TreeViewOptions &) = default;
};

// Which nodes one view shows, computed in one pass over every node of the tree. Node ids
// are breadth-first (a parent's id is below its children's), so walking the ids downwards
// visits every child before its parent: subtree sizes and "has a matching descendant" are
// then one addition per node instead of a recursive walk per directory.
struct TreeViewSnapshot
{
    // No fixed underlying type: lupdate loses the class scope after "enum X : type".
    enum Flag
    {
        Visible = 1,
        HasVisibleChildren = 2,
        Matches = 4, // the node itself matches the filter (only set when there is one)
    };

    std::shared_ptr<const core::oci::FileTree> tree;
    TreeViewOptions options;
    std::vector<quint8> flags;  // per node
    std::vector<qint64> bytes;  // per node: regular-file bytes at and below it in this view
    qsizetype visibleCount = 0; // without the root
    qsizetype matchCount = 0;   // nodes matching the filter

    bool isVisible(core::oci::NodeId id) const { return flags[id] & Visible; }

    // Null when `cancel` was raised before the pass finished.
    static std::shared_ptr<const TreeViewSnapshot>
    compute(std::shared_ptr<const core::oci::FileTree> tree, const TreeViewOptions &options,
            const std::atomic<bool> *cancel = nullptr);
};

// A lazy item model over a FileTree: a directory's rows are listed the first time a view
// asks for them, from the node's contiguous child id range filtered by the snapshot, so an
// image with 200k paths costs only the rows somebody has expanded. Changing the options
// computes a new snapshot on the thread pool and swaps it in with a model reset.
class FileTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        SizeColumn,
        ChangeColumn,
        ModeColumn,
        OwnerColumn,
        TargetColumn,
        PackageColumn, // provenance: which package (and recipe) of the build ships the file
        ColumnCount
    };
    enum Role
    {
        NodeIdRole = Qt::UserRole + 1,
        PathRole,
        ChangeKindRole, // int(core::oci::ChangeKind)
        SortRole,       // what the column sorts by: name bytes or qint64 size
    };

    explicit FileTreeModel(QObject *parent = nullptr);
    ~FileTreeModel() override;

    // Starts over with a new image (null clears the model); the view is computed right away.
    void setTree(std::shared_ptr<const core::oci::FileTree> tree, const TreeViewOptions &options);
    // Recomputes the visible set on a worker; viewReady() once it is swapped in.
    void setOptions(const TreeViewOptions &options);
    TreeViewOptions options() const { return m_options; }
    const core::oci::FileTree *tree() const { return m_tree.get(); }
    // True once the snapshot for the current options and tree has been swapped in.
    bool isUpToDate() const
    {
        return m_snapshot && m_snapshot->tree == m_tree && m_snapshot->options == m_options;
    }
    const TreeViewSnapshot *snapshot() const { return m_snapshot.get(); }

    // The open build directory's package data: fills the Package column (null empties it).
    void setProvenance(std::shared_ptr<const core::layers::PkgdataIndex> pkgdata);
    bool hasProvenance() const { return bool(m_provenance); }

    // Materialises the rows from the root down to the node; invalid when the view hides it.
    QModelIndex indexForNode(core::oci::NodeId id);
    core::oci::NodeId nodeId(const QModelIndex &index) const;

    // How many nodes have been listed as rows and how many directories have been listed,
    // since the last reset: the laziness the tests hold us to.
    qsizetype materializedRowCount() const { return m_rowOf.size(); }
    int fetchCount() const { return m_fetchCount; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void viewReady();

private:
    void applySnapshot(std::shared_ptr<const TreeViewSnapshot> snapshot);
    const std::vector<core::oci::NodeId> &childrenOf(core::oci::NodeId id) const;
    void sortChildren(std::vector<core::oci::NodeId> &children) const;
    const core::oci::FileEntry *entryFor(core::oci::NodeId id) const;
    core::oci::ChangeKind changeFor(core::oci::NodeId id) const;
    QString provenanceOf(core::oci::NodeId id) const;

    std::shared_ptr<const core::oci::FileTree> m_tree;
    std::shared_ptr<const TreeViewSnapshot> m_snapshot;
    std::shared_ptr<const core::layers::PkgdataIndex> m_provenance;
    TreeViewOptions m_options;
    int m_sortColumn = NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    // Listed directories only; filled on demand from const accessors.
    mutable std::unordered_map<core::oci::NodeId, std::vector<core::oci::NodeId>> m_children;
    mutable std::unordered_map<core::oci::NodeId, int> m_rowOf;
    mutable int m_fetchCount = 0;

    QFutureWatcher<std::shared_ptr<const TreeViewSnapshot>> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

QString formatBytes(qint64 bytes);
QString modeString(const core::oci::FileEntry &entry); // "drwxr-xr-x"
// Green / amber / red that stay readable on light and dark backgrounds.
QColor changeColor(core::oci::ChangeKind kind, bool darkBackground);
bool isDarkPalette();

} // namespace cbw::app::inspector

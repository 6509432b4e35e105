#include "filetreemodel.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QStyle>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace cbw::app::inspector {

using core::oci::ChangeKind;
using core::oci::EntryType;
using core::oci::FileEntry;
using core::oci::FileTree;
using core::oci::NodeId;
using core::oci::RootNode;

namespace {

// Internal to the pass: some descendant matches the filter.
constexpr quint8 DescendantMatches = 8;
constexpr NodeId CancelCheckInterval = 8192;

void appendLower(QByteArray &out, QByteArrayView bytes)
{
    for (char c : bytes)
        out.append((c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c);
}

} // namespace

std::shared_ptr<const TreeViewSnapshot>
TreeViewSnapshot::compute(std::shared_ptr<const FileTree> tree, const TreeViewOptions &options,
                          const std::atomic<bool> *cancel)
{
    auto snapshot = std::make_shared<TreeViewSnapshot>();
    snapshot->tree = tree;
    snapshot->options = options;
    if (!tree)
        return snapshot;
    const NodeId count = NodeId(tree->nodeCount());
    const int layer = std::clamp(options.layer, 0, std::max(0, tree->layerCount() - 1));
    const bool haveLayers = tree->layerCount() > 0;
    snapshot->options.layer = layer;
    std::vector<quint8> &flags = snapshot->flags;
    std::vector<qint64> &bytes = snapshot->bytes;
    flags.assign(count, 0);
    bytes.assign(count, 0);
    if (count == 0)
        return snapshot;
    flags[RootNode] = TreeViewSnapshot::Visible;

    // Lower-case ASCII only: names are bytes, usually ASCII, and a locale-aware fold of every
    // name would cost more than the whole pass.
    QByteArray filter;
    appendLower(filter, options.filter.trimmed().toUtf8());
    const bool pathFilter = filter.contains('/');
    std::vector<QByteArray> lowerPaths;
    if (pathFilter)
        lowerPaths.resize(count);

    // Downwards: which nodes the mode shows at all (a node needs its parent), and filter hits.
    QByteArray lowered;
    for (NodeId id = 1; id < count && haveLayers; ++id) {
        if (cancel && id % CancelCheckInterval == 0 && cancel->load())
            return nullptr;
        const FileTree::Node &node = tree->node(id);
        bool shown = false;
        switch (options.mode) {
        case TreeMode::Merged: {
            const FileEntry *entry = tree->visibleEntry(id, layer);
            shown = entry != nullptr;
            if (options.onlyChanges) {
                shown = tree->subtreeTouchedInLayer(id, layer) &&
                        (entry || tree->changeInLayer(id, layer) == ChangeKind::Removed);
            }
            if (entry && entry->type == EntryType::File)
                bytes[id] = entry->size;
            break;
        }
        case TreeMode::LayerOnly: {
            shown = tree->subtreeTouchedInLayer(id, layer);
            const FileEntry *entry = tree->eventInLayer(id, layer).entry;
            if (entry && entry->type == EntryType::File)
                bytes[id] = entry->size;
            break;
        }
        }
        if (!(flags[node.parent] & TreeViewSnapshot::Visible))
            shown = false;
        if (shown)
            flags[id] = TreeViewSnapshot::Visible;
        if (filter.isEmpty())
            continue;
        const QByteArrayView name = tree->names().view(node.name);
        if (pathFilter) {
            QByteArray &path = lowerPaths[id];
            path = node.parent == RootNode ? QByteArray() : lowerPaths[node.parent];
            path.append('/');
            appendLower(path, name);
            if (shown && path.contains(filter))
                flags[id] |= TreeViewSnapshot::Matches;
        } else {
            lowered.clear();
            appendLower(lowered, name);
            if (shown && lowered.contains(filter))
                flags[id] |= TreeViewSnapshot::Matches;
        }
    }
    lowerPaths.clear();

    // Upwards: subtree bytes and "something below matches".
    for (NodeId id = count - 1; id >= 1; --id) {
        if (cancel && id % CancelCheckInterval == 0 && cancel->load())
            return nullptr;
        const NodeId parent = tree->node(id).parent;
        bytes[parent] += bytes[id];
        if (flags[id] & (TreeViewSnapshot::Matches | DescendantMatches))
            flags[parent] |= DescendantMatches;
    }

    // Final visibility, then which visible nodes have visible children (cheap hasChildren).
    for (NodeId id = 1; id < count; ++id) {
        quint8 &f = flags[id];
        if (f & TreeViewSnapshot::Matches)
            ++snapshot->matchCount;
        if (!filter.isEmpty() && !(f & (TreeViewSnapshot::Matches | DescendantMatches)))
            f &= quint8(~TreeViewSnapshot::Visible);
        if (!(flags[tree->node(id).parent] & TreeViewSnapshot::Visible))
            f &= quint8(~TreeViewSnapshot::Visible);
        if (f & TreeViewSnapshot::Visible) {
            ++snapshot->visibleCount;
            flags[tree->node(id).parent] |= TreeViewSnapshot::HasVisibleChildren;
        }
    }
    return snapshot;
}

FileTreeModel::FileTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const auto future = m_watcher.future();
        if (future.isCanceled() || future.resultCount() == 0)
            return;
        auto snapshot = future.result();
        // A result computed for options or a tree that have since changed is dropped.
        if (snapshot && snapshot->tree == m_tree && snapshot->options == m_options)
            applySnapshot(std::move(snapshot));
    });
}

FileTreeModel::~FileTreeModel()
{
    if (m_cancel)
        *m_cancel = true;
    m_watcher.waitForFinished();
}

void FileTreeModel::setTree(std::shared_ptr<const FileTree> tree, const TreeViewOptions &options)
{
    beginResetModel();
    m_tree = std::move(tree);
    m_snapshot.reset();
    m_children.clear();
    m_rowOf.clear();
    m_fetchCount = 0;
    endResetModel();
    setOptions(options);
}

void FileTreeModel::setOptions(const TreeViewOptions &options)
{
    m_options = options;
    if (m_tree)
        m_options.layer = std::clamp(options.layer, 0, std::max(0, m_tree->layerCount() - 1));
    if (m_cancel)
        *m_cancel = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    if (!m_tree) {
        applySnapshot(nullptr);
        return;
    }
    auto cancel = m_cancel;
    auto tree = m_tree;
    const TreeViewOptions wanted = m_options;
    m_watcher.setFuture(QtConcurrent::run(
        [tree, wanted, cancel] { return TreeViewSnapshot::compute(tree, wanted, cancel.get()); }));
}

void FileTreeModel::applySnapshot(std::shared_ptr<const TreeViewSnapshot> snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_children.clear();
    m_rowOf.clear();
    m_fetchCount = 0;
    endResetModel();
    emit viewReady();
}

const std::vector<NodeId> &FileTreeModel::childrenOf(NodeId id) const
{
    auto found = m_children.find(id);
    if (found != m_children.end())
        return found->second;
    std::vector<NodeId> children;
    const FileTree::Node &node = m_tree->node(id);
    for (quint32 i = 0; i < node.childCount; ++i) {
        const NodeId child = node.firstChild + i;
        if (m_snapshot->isVisible(child))
            children.push_back(child);
    }
    sortChildren(children);
    for (size_t row = 0; row < children.size(); ++row)
        m_rowOf[children[row]] = int(row);
    ++m_fetchCount;
    return m_children.emplace(id, std::move(children)).first->second;
}

void FileTreeModel::sortChildren(std::vector<NodeId> &children) const
{
    // Child id ranges are already in name order, the tie-breaker of every other column.
    std::sort(children.begin(), children.end());
    auto byKey = [&children](auto key) {
        std::stable_sort(children.begin(), children.end(),
                         [&key](NodeId a, NodeId b) { return key(a) < key(b); });
    };
    switch (m_sortColumn) {
    case SizeColumn:
        byKey([this](NodeId id) { return m_snapshot->bytes[id]; });
        break;
    case ChangeColumn:
        byKey([this](NodeId id) { return int(changeFor(id)); });
        break;
    case ModeColumn:
        byKey([this](NodeId id) {
            const FileEntry *entry = entryFor(id);
            return entry ? std::pair(int(entry->type), entry->mode) : std::pair(-1, 0u);
        });
        break;
    case OwnerColumn:
        byKey([this](NodeId id) {
            const FileEntry *entry = entryFor(id);
            return entry ? std::pair(qint64(entry->uid), entry->gid) : std::pair(qint64(-1), 0u);
        });
        break;
    default:
        break;
    }
    if (m_sortOrder == Qt::DescendingOrder)
        std::reverse(children.begin(), children.end());
}

QModelIndex FileTreeModel::indexForNode(NodeId id)
{
    if (!m_snapshot || !m_tree || id == RootNode || id >= NodeId(m_tree->nodeCount()) ||
        !m_snapshot->isVisible(id))
        return {};
    QList<NodeId> chain;
    for (NodeId n = id; n != RootNode; n = m_tree->node(n).parent)
        chain.prepend(n);
    QModelIndex current;
    for (NodeId n : chain) {
        childrenOf(m_tree->node(n).parent);
        current = index(m_rowOf.at(n), 0, current);
    }
    return current;
}

NodeId FileTreeModel::nodeId(const QModelIndex &index) const
{
    return index.isValid() ? NodeId(index.internalId()) : RootNode;
}

QModelIndex FileTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_snapshot || row < 0 || column < 0 || column >= ColumnCount ||
        (parent.isValid() && parent.column() != 0))
        return {};
    const std::vector<NodeId> &children = childrenOf(nodeId(parent));
    if (size_t(row) >= children.size())
        return {};
    return createIndex(row, column, quintptr(children[size_t(row)]));
}

QModelIndex FileTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !m_snapshot)
        return {};
    const NodeId parentId = m_tree->node(nodeId(child)).parent;
    if (parentId == RootNode || parentId == core::oci::InvalidNode)
        return {};
    auto row = m_rowOf.find(parentId);
    if (row == m_rowOf.end()) {
        childrenOf(m_tree->node(parentId).parent);
        row = m_rowOf.find(parentId);
        if (row == m_rowOf.end())
            return {};
    }
    return createIndex(row->second, 0, quintptr(parentId));
}

int FileTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_snapshot || (parent.isValid() && parent.column() != 0))
        return 0;
    const NodeId id = nodeId(parent);
    if (!(m_snapshot->flags[id] & TreeViewSnapshot::HasVisibleChildren))
        return 0;
    return int(childrenOf(id).size());
}

int FileTreeModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent);
    return ColumnCount;
}

bool FileTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (!m_snapshot || (parent.isValid() && parent.column() != 0))
        return false;
    return m_snapshot->flags[nodeId(parent)] & TreeViewSnapshot::HasVisibleChildren;
}

const FileEntry *FileTreeModel::entryFor(NodeId id) const
{
    const int layer = m_snapshot->options.layer;
    if (m_snapshot->options.mode == TreeMode::Merged) {
        if (const FileEntry *entry = m_tree->visibleEntry(id, layer))
            return entry;
    } else if (const FileEntry *entry = m_tree->eventInLayer(id, layer).entry) {
        return entry;
    }
    // Removed here (or an untouched directory above a change): describe what was below.
    return layer > 0 ? m_tree->visibleEntry(id, layer - 1) : nullptr;
}

ChangeKind FileTreeModel::changeFor(NodeId id) const
{
    if (m_tree->layerCount() == 0)
        return ChangeKind::Unchanged;
    return m_tree->changeInLayer(id, m_snapshot->options.layer);
}

QVariant FileTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_snapshot)
        return {};
    const NodeId id = nodeId(index);
    const ChangeKind change = changeFor(id);
    const FileEntry *entry = entryFor(id);
    const int layer = m_snapshot->options.layer;
    qint64 bytes = m_snapshot->bytes[id];
    if (change == ChangeKind::Removed) {
        if (const core::oci::Removal *removal = m_tree->eventInLayer(id, layer).removal)
            bytes = removal->bytes;
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return m_tree->names().string(m_tree->node(id).name);
        case SizeColumn:
            if (entry && entry->type != EntryType::File && entry->type != EntryType::Directory)
                return QString();
            return formatBytes(bytes);
        case ChangeColumn:
            return change == ChangeKind::Unchanged ? QString() : core::oci::changeKindName(change);
        case ModeColumn:
            return entry ? modeString(*entry) : QString();
        case OwnerColumn:
            return entry ? QStringLiteral("%1:%2").arg(entry->uid).arg(entry->gid) : QString();
        case TargetColumn:
            return entry && entry->linkTarget != core::oci::NoName ? m_tree->linkTarget(*entry)
                                                                   : QString();
        case PackageColumn:
            return provenanceOf(id);
        }
        return {};
    case Qt::DecorationRole: {
        if (index.column() != NameColumn ||
            !qobject_cast<QApplication *>(QCoreApplication::instance()))
            return {};
        QStyle *style = QApplication::style();
        if (!entry || entry->type == EntryType::Directory)
            return style->standardIcon(QStyle::SP_DirIcon);
        if (entry->type == EntryType::Symlink || entry->type == EntryType::Hardlink)
            return style->standardIcon(QStyle::SP_FileLinkIcon);
        return style->standardIcon(QStyle::SP_FileIcon);
    }
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (change == ChangeKind::Unchanged)
            return {};
        return changeColor(change, isDarkPalette());
    case Qt::FontRole: {
        const bool match =
            index.column() == NameColumn && (m_snapshot->flags[id] & TreeViewSnapshot::Matches);
        if (change != ChangeKind::Removed && !match)
            return {};
        QFont font;
        font.setStrikeOut(change == ChangeKind::Removed);
        font.setBold(match);
        return font;
    }
    case Qt::ToolTipRole: {
        QStringList lines{m_tree->path(id)};
        for (const FileTree::Event &event : m_tree->history(id)) {
            if (event.entry)
                lines.append(tr("layer %1: %2, %3")
                                 .arg(event.layer())
                                 .arg(core::oci::changeKindName(event.entry->change),
                                      event.entry->type == EntryType::File
                                          ? formatBytes(event.entry->size)
                                          : modeString(*event.entry)));
            else
                lines.append(
                    tr("layer %1: removed%2")
                        .arg(event.layer())
                        .arg(event.removal->byOpaque ? tr(" (opaque directory)") : QString()));
        }
        return lines.join(QLatin1Char('\n'));
    }
    case NodeIdRole:
        return id;
    case PathRole:
        return m_tree->path(id);
    case ChangeKindRole:
        return int(change);
    case SortRole:
        if (index.column() == SizeColumn)
            return bytes;
        return m_tree->names().string(m_tree->node(id).name);
    }
    return {};
}

void FileTreeModel::setProvenance(std::shared_ptr<const core::layers::PkgdataIndex> pkgdata)
{
    m_provenance = std::move(pkgdata);
    // Deeper rows are asked again when a view repaints (InspectorPage updates its viewport).
    if (rowCount() > 0)
        emit dataChanged(index(0, PackageColumn), index(rowCount() - 1, PackageColumn),
                         {Qt::DisplayRole});
}

QString FileTreeModel::provenanceOf(NodeId id) const
{
    const FileEntry *entry = entryFor(id);
    if (!m_provenance || !entry || entry->type == EntryType::Directory)
        return {};
    QStringList shipping;
    for (const QString &package : m_provenance->packagesShipping(m_tree->path(id))) {
        const core::layers::PackageInfo *info = m_provenance->package(package);
        shipping.append(info && !info->recipe.isEmpty() && info->recipe != package
                            ? QStringLiteral("%1 (%2)").arg(package, info->recipe)
                            : package);
    }
    return shipping.join(QStringLiteral(", "));
}

QVariant FileTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Size");
    case ChangeColumn:
        return tr("Change");
    case ModeColumn:
        return tr("Mode");
    case OwnerColumn:
        return tr("Owner");
    case TargetColumn:
        return tr("Link target");
    case PackageColumn:
        return tr("Package");
    }
    return {};
}

void FileTreeModel::sort(int column, Qt::SortOrder order)
{
    const int sortColumn =
        column == TargetColumn || column == PackageColumn || column < 0 ? NameColumn : column;
    if (sortColumn == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = sortColumn;
    m_sortOrder = order;
    if (!m_snapshot)
        return;
    // Re-sort the listed directories in place so expanded rows and the selection survive.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    for (auto &[parentId, children] : m_children) {
        sortChildren(children);
        for (size_t row = 0; row < children.size(); ++row)
            m_rowOf[children[row]] = int(row);
    }
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before) {
        const NodeId id = nodeId(index);
        after.append(createIndex(m_rowOf.at(id), index.column(), quintptr(id)));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QString formatBytes(qint64 bytes)
{
    if (bytes < 0)
        return QStringLiteral("?");
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString modeString(const FileEntry &entry)
{
    QString text;
    text.reserve(10);
    switch (entry.type) {
    case EntryType::Directory:
        text.append(QLatin1Char('d'));
        break;
    case EntryType::Symlink:
        text.append(QLatin1Char('l'));
        break;
    case EntryType::CharDevice:
        text.append(QLatin1Char('c'));
        break;
    case EntryType::BlockDevice:
        text.append(QLatin1Char('b'));
        break;
    case EntryType::Fifo:
        text.append(QLatin1Char('p'));
        break;
    case EntryType::File:
    case EntryType::Hardlink:
        text.append(QLatin1Char('-'));
        break;
    }
    const quint32 mode = entry.mode;
    const char *const letters = "rwxrwxrwx";
    for (int bit = 0; bit < 9; ++bit)
        text.append((mode & (0400u >> bit)) ? QLatin1Char(letters[bit]) : QLatin1Char('-'));
    auto special = [&text](int position, bool set, char lower, char upper) {
        if (!set)
            return;
        const bool exec = text.at(position) != QLatin1Char('-');
        text[position] = QLatin1Char(exec ? lower : upper);
    };
    special(3, mode & 04000u, 's', 'S');
    special(6, mode & 02000u, 's', 'S');
    special(9, mode & 01000u, 't', 'T');
    return text;
}

QColor changeColor(ChangeKind kind, bool darkBackground)
{
    switch (kind) {
    case ChangeKind::Added:
        return darkBackground ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
    case ChangeKind::Modified:
        return darkBackground ? QColor(0xff, 0xb7, 0x4d) : QColor(0xa0, 0x60, 0x00);
    case ChangeKind::Removed:
        return darkBackground ? QColor(0xef, 0x75, 0x75) : QColor(0xc6, 0x28, 0x28);
    case ChangeKind::Unchanged:
        break;
    }
    return darkBackground ? QColor(0xe0, 0xe0, 0xe0) : QColor(0x20, 0x20, 0x20);
}

bool isDarkPalette()
{
    return QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
}

} // namespace cbw::app::inspector

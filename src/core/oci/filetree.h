#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <cstdint>
#include <vector>

namespace cbw::core::oci {

using NodeId = quint32;
inline constexpr NodeId InvalidNode = 0xffffffffu;
inline constexpr NodeId RootNode = 0;
using NameId = quint32;
inline constexpr NameId NoName = 0xffffffffu;

// Interned byte strings (path components and link targets): one arena plus an open-addressing
// table of offsets, so a name repeated in every layer costs its bytes once.
class NameTable
{
public:
    NameTable();
    NameId intern(const char *data, qsizetype size);
    NameId intern(const QByteArray &bytes) { return intern(bytes.constData(), bytes.size()); }
    QByteArrayView view(NameId id) const; // valid until the next intern()
    QByteArray bytes(NameId id) const;    // shares nothing; copies the bytes out
    QString string(NameId id) const;      // UTF-8 decoded
    qsizetype count() const { return qsizetype(m_offsets.size()) - 1; }
    size_t heapBytes() const;
    // Frees the lookup index and spare capacity once the table is complete; a later intern()
    // rebuilds the index.
    void squeeze();

private:
    void rehash(size_t buckets);
    std::vector<char> m_arena;
    std::vector<quint32> m_offsets; // m_offsets[id]..m_offsets[id + 1] is name `id`
    std::vector<quint32> m_buckets; // id + 1, 0 = empty
};

enum class EntryType : quint8
{
    File,
    Directory,
    Symlink,
    Hardlink,
    CharDevice,
    BlockDevice,
    Fifo,
};
QChar entryTypeLetter(EntryType type); // f d l h c b p

enum class ChangeKind : quint8
{
    Unchanged,
    Added,    // absent after the layer below
    Modified, // present after the layer below (content, metadata or type may differ)
    Removed,  // whiteout, opaque directory, or replaced ancestor
};
QString changeKindName(ChangeKind kind); // "unchanged", "added", "modified", "removed"

// One tar entry of one layer, after whiteouts have been turned into removals.
struct FileEntry
{
    NodeId node = InvalidNode;
    NameId linkTarget = NoName; // symlink target, or hardlink target path (absolute, from "/")
    quint32 mode = 0;           // permission bits incl. setuid/setgid/sticky (07777)
    quint32 uid = 0;
    quint32 gid = 0;
    quint16 layer = 0;
    EntryType type = EntryType::File;
    ChangeKind change = ChangeKind::Added; // Added or Modified relative to the layer below
    bool implicit = false;   // a parent directory the tar did not list; synthesised as 0755 root
    qint64 size = 0;         // bytes of content for regular files, 0 otherwise
    qint64 mtime = 0;        // seconds since the epoch
    quint64 contentHash = 0; // fast 64-bit hash of the content (files only), for diffs
};

// A path that a layer took away from the filesystem below it.
struct Removal
{
    NodeId node = InvalidNode;
    quint16 layer = 0;
    bool byOpaque = false; // hidden by an opaque directory rather than by an explicit whiteout
    qint64 bytes = 0;      // size of the entry that disappeared (files; 0 for others)
};

struct LayerStatistics
{
    qint64 entries = 0; // tar entries of the layer, without whiteout markers
    qint64 addedCount = 0;
    qint64 modifiedCount = 0;
    qint64 removedCount = 0;
    qint64 addedBytes = 0;
    qint64 modifiedBytes = 0;
    qint64 removedBytes = 0; // bytes of lower-layer files this layer hides
    qint64 contentBytes = 0; // sum of regular-file sizes in the layer
};

// Every path of every layer in one tree of nodes with interned names. Node ids are numbered
// breadth-first with children sorted by name, so a node's children are a contiguous id range —
// cheap for a lazy item model. Per node the tree keeps the ordered history of what each layer
// did to the path (an entry or a removal); "the filesystem after layer N" is then a lookup of
// the last event at or below N, with no per-layer copies of the tree.
class FileTree
{
public:
    struct Node
    {
        NodeId parent = InvalidNode;
        NameId name = NoName;
        NodeId firstChild = InvalidNode; // children are firstChild .. firstChild + childCount - 1
        quint32 childCount = 0;
    };

    // One thing a layer did to a node: the entry it wrote, or a removal.
    struct Event
    {
        const FileEntry *entry = nullptr; // non-null when the layer wrote the path
        const Removal *removal = nullptr; // non-null when the layer removed it
        int layer() const
        {
            if (entry)
                return entry->layer;
            return removal ? removal->layer : -1;
        }
    };

    int layerCount() const { return int(m_layerEntryBegin.size()) - 1; }
    qsizetype nodeCount() const { return qsizetype(m_nodes.size()); }
    const Node &node(NodeId id) const { return m_nodes[id]; }
    QByteArray name(NodeId id) const;       // raw bytes of the last component ("" for the root)
    QString path(NodeId id) const;          // absolute, "/" for the root
    NodeId find(const QString &path) const; // InvalidNode when no layer has the path
    const NameTable &names() const { return m_names; }

    // Entries and removals of one layer, in tar order / in removal order.
    const FileEntry *layerEntriesBegin(int layer) const;
    const FileEntry *layerEntriesEnd(int layer) const;
    qsizetype layerEntryCount(int layer) const;
    QList<const Removal *> layerRemovals(int layer) const;
    const LayerStatistics &statistics(int layer) const { return m_statistics[size_t(layer)]; }

    // What layer `layer` did to the node: null entry and removal when it did nothing.
    Event eventInLayer(NodeId id, int layer) const;
    ChangeKind changeInLayer(NodeId id, int layer) const;
    // True when the layer wrote or removed the node or anything below it ("this layer only").
    bool subtreeTouchedInLayer(NodeId id, int layer) const;
    // The full history of a node, bottom layer first.
    QList<Event> history(NodeId id) const;

    // The entry visible at `id` after applying layers 0..upToLayer; null when absent.
    const FileEntry *visibleEntry(NodeId id, int upToLayer) const;
    QString linkTarget(const FileEntry &entry) const;

    size_t heapBytes() const; // what this tree holds on the heap, for the memory budget
    qint64 totalEntryCount() const
    {
        return m_layerEntryBegin.empty() ? 0 : qint64(m_layerEntryBegin.back());
    }

private:
    friend class FileTreeBuilder;
    // Entry `index` counts through all layers, bottom first.
    const FileEntry &entryAt(quint32 index) const;
    FileEntry &entryAt(quint32 index);

    std::vector<Node> m_nodes;
    NameTable m_names;
    // One exactly sized array per layer: growing one array for all layers held the old and the
    // new copy at once, the peak of a large load.
    std::vector<std::vector<FileEntry>> m_layerEntries;
    std::vector<Removal> m_removals;          // all layers, layer by layer
    std::vector<quint32> m_layerEntryBegin;   // layerCount + 1
    std::vector<quint32> m_layerRemovalBegin; // layerCount + 1
    std::vector<quint32> m_eventBegin;        // nodeCount + 1, into m_events
    std::vector<quint32> m_events; // per node, by layer: entry index, or removal index | high bit
    std::vector<std::vector<NodeId>> m_touched; // per layer, sorted: nodes with activity below
    std::vector<LayerStatistics> m_statistics;
};

// A filesystem snapshot: the tree after layers 0..upToLayer, as a container would see it when
// upToLayer is the top layer. Cheap to create and copy; it does not copy the tree.
class MergedView
{
public:
    MergedView(const FileTree &tree, int upToLayer);

    int upToLayer() const { return m_layer; }
    const FileTree &tree() const { return *m_tree; }
    const FileEntry *entry(NodeId id) const { return m_tree->visibleEntry(id, m_layer); }
    bool contains(NodeId id) const { return id == RootNode || entry(id) != nullptr; }
    // Present children of a present node, sorted by name.
    QList<NodeId> children(NodeId id) const;
    // Every present node below `id` (excluding it) in path order.
    QList<NodeId> descendants(NodeId id) const;
    // Total bytes of regular files present below and at `id`.
    qint64 subtreeBytes(NodeId id) const;

private:
    const FileTree *m_tree;
    int m_layer;
};

} // namespace cbw::core::oci

#include "filetree.h"

#include "filetreebuilder_p.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace cbw::core::oci {

namespace {

constexpr quint32 kNone = 0xffffffffu;
constexpr quint32 kRemovalBit = 0x80000000u;

size_t hashBytes(const char *data, qsizetype size)
{
    // FNV-1a: names are short, and this runs once per tar entry component.
    quint64 hash = 1469598103934665603ull;
    for (qsizetype i = 0; i < size; ++i) {
        hash ^= static_cast<unsigned char>(data[i]);
        hash *= 1099511628211ull;
    }
    return size_t(hash ^ (hash >> 29));
}

template<typename T> size_t vectorBytes(const std::vector<T> &v)
{
    return v.capacity() * sizeof(T);
}

} // namespace

// ---- NameTable -------------------------------------------------------------------------------

NameTable::NameTable()
    : m_offsets{0}
    , m_buckets(1024, 0)
{}

QByteArrayView NameTable::view(NameId id) const
{
    return QByteArrayView(m_arena.data() + m_offsets[id], m_offsets[id + 1] - m_offsets[id]);
}

QByteArray NameTable::bytes(NameId id) const
{
    if (id == NoName)
        return {};
    return view(id).toByteArray();
}

QString NameTable::string(NameId id) const
{
    if (id == NoName)
        return {};
    const QByteArrayView v = view(id);
    return QString::fromUtf8(v.data(), v.size());
}

NameId NameTable::intern(const char *data, qsizetype size)
{
    if (m_buckets.empty()) {
        size_t buckets = 1024;
        while (size_t(count()) * 2 >= buckets)
            buckets *= 2;
        rehash(buckets);
    }
    size_t mask = m_buckets.size() - 1;
    size_t slot = hashBytes(data, size) & mask;
    while (m_buckets[slot] != 0) {
        const NameId id = m_buckets[slot] - 1;
        const QByteArrayView existing = view(id);
        if (existing.size() == size && std::memcmp(existing.data(), data, size_t(size)) == 0)
            return id;
        slot = (slot + 1) & mask;
    }
    const NameId id = NameId(m_offsets.size() - 1);
    m_arena.insert(m_arena.end(), data, data + size);
    m_offsets.push_back(quint32(m_arena.size()));
    m_buckets[slot] = id + 1;
    if (size_t(count()) * 2 > m_buckets.size())
        rehash(m_buckets.size() * 2);
    return id;
}

void NameTable::rehash(size_t buckets)
{
    m_buckets.assign(buckets, 0);
    const size_t mask = buckets - 1;
    for (NameId id = 0; id < NameId(count()); ++id) {
        const QByteArrayView v = view(id);
        size_t slot = hashBytes(v.data(), v.size()) & mask;
        while (m_buckets[slot] != 0)
            slot = (slot + 1) & mask;
        m_buckets[slot] = id + 1;
    }
}

void NameTable::squeeze()
{
    m_buckets = {};
    m_arena.shrink_to_fit();
    m_offsets.shrink_to_fit();
}

size_t NameTable::heapBytes() const
{
    return vectorBytes(m_arena) + vectorBytes(m_offsets) + vectorBytes(m_buckets);
}

QChar entryTypeLetter(EntryType type)
{
    switch (type) {
    case EntryType::File:
        return QLatin1Char('f');
    case EntryType::Directory:
        return QLatin1Char('d');
    case EntryType::Symlink:
        return QLatin1Char('l');
    case EntryType::Hardlink:
        return QLatin1Char('h');
    case EntryType::CharDevice:
        return QLatin1Char('c');
    case EntryType::BlockDevice:
        return QLatin1Char('b');
    case EntryType::Fifo:
        return QLatin1Char('p');
    }
    return QLatin1Char('?');
}

QString changeKindName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Unchanged:
        return QStringLiteral("unchanged");
    case ChangeKind::Added:
        return QStringLiteral("added");
    case ChangeKind::Modified:
        return QStringLiteral("modified");
    case ChangeKind::Removed:
        return QStringLiteral("removed");
    }
    return {};
}

// ---- FileTree --------------------------------------------------------------------------------

QByteArray FileTree::name(NodeId id) const
{
    return m_names.bytes(m_nodes[id].name);
}

QString FileTree::path(NodeId id) const
{
    if (id == RootNode)
        return QStringLiteral("/");
    QList<NodeId> chain;
    for (NodeId n = id; n != RootNode && n != InvalidNode; n = m_nodes[n].parent)
        chain.prepend(n);
    QByteArray bytes;
    for (NodeId n : chain) {
        bytes.append('/');
        const QByteArrayView v = m_names.view(m_nodes[n].name);
        bytes.append(v.data(), v.size());
    }
    return QString::fromUtf8(bytes);
}

NodeId FileTree::find(const QString &path) const
{
    NodeId current = RootNode;
    const QByteArray bytes = path.toUtf8();
    for (const QByteArray &component : bytes.split('/')) {
        if (component.isEmpty() || component == ".")
            continue;
        if (component == "..")
            return InvalidNode;
        const Node &node = m_nodes[current];
        const NodeId begin = node.firstChild;
        NodeId lo = 0;
        NodeId hi = node.childCount;
        const QByteArrayView wanted(component);
        while (lo < hi) {
            const NodeId mid = lo + (hi - lo) / 2;
            if (m_names.view(m_nodes[begin + mid].name).compare(wanted) < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo == node.childCount || m_names.view(m_nodes[begin + lo].name) != wanted)
            return InvalidNode;
        current = begin + lo;
    }
    return current;
}

const FileEntry &FileTree::entryAt(quint32 index) const
{
    // The last layer that begins at or before `index`; while a layer is being built it is the
    // one after the last recorded begin.
    const auto after = std::upper_bound(m_layerEntryBegin.begin(), m_layerEntryBegin.end(), index);
    const size_t layer = size_t(after - m_layerEntryBegin.begin()) - 1;
    return m_layerEntries[layer][index - m_layerEntryBegin[layer]];
}

FileEntry &FileTree::entryAt(quint32 index)
{
    return const_cast<FileEntry &>(std::as_const(*this).entryAt(index));
}

const FileEntry *FileTree::layerEntriesBegin(int layer) const
{
    return m_layerEntries[size_t(layer)].data();
}

const FileEntry *FileTree::layerEntriesEnd(int layer) const
{
    const std::vector<FileEntry> &entries = m_layerEntries[size_t(layer)];
    return entries.data() + entries.size();
}

qsizetype FileTree::layerEntryCount(int layer) const
{
    return qsizetype(m_layerEntryBegin[size_t(layer) + 1] - m_layerEntryBegin[size_t(layer)]);
}

QList<const Removal *> FileTree::layerRemovals(int layer) const
{
    QList<const Removal *> list;
    for (quint32 i = m_layerRemovalBegin[size_t(layer)]; i < m_layerRemovalBegin[size_t(layer) + 1];
         ++i)
        list.append(&m_removals[i]);
    return list;
}

QList<FileTree::Event> FileTree::history(NodeId id) const
{
    QList<Event> events;
    for (quint32 i = m_eventBegin[id]; i < m_eventBegin[id + 1]; ++i) {
        const quint32 code = m_events[i];
        Event event;
        if (code & kRemovalBit)
            event.removal = &m_removals[code & ~kRemovalBit];
        else
            event.entry = &entryAt(code);
        events.append(event);
    }
    return events;
}

FileTree::Event FileTree::eventInLayer(NodeId id, int layer) const
{
    Event found;
    for (quint32 i = m_eventBegin[id]; i < m_eventBegin[id + 1]; ++i) {
        const quint32 code = m_events[i];
        Event event;
        if (code & kRemovalBit)
            event.removal = &m_removals[code & ~kRemovalBit];
        else
            event.entry = &entryAt(code);
        if (event.layer() == layer)
            found = event;
        else if (event.layer() > layer)
            break;
    }
    return found;
}

ChangeKind FileTree::changeInLayer(NodeId id, int layer) const
{
    const Event event = eventInLayer(id, layer);
    if (event.entry)
        return event.entry->change;
    if (event.removal)
        return ChangeKind::Removed;
    return ChangeKind::Unchanged;
}

bool FileTree::subtreeTouchedInLayer(NodeId id, int layer) const
{
    const std::vector<NodeId> &touched = m_touched[size_t(layer)];
    return std::binary_search(touched.begin(), touched.end(), id);
}

const FileEntry *FileTree::visibleEntry(NodeId id, int upToLayer) const
{
    const FileEntry *visible = nullptr;
    for (quint32 i = m_eventBegin[id]; i < m_eventBegin[id + 1]; ++i) {
        const quint32 code = m_events[i];
        if (code & kRemovalBit) {
            if (m_removals[code & ~kRemovalBit].layer > upToLayer)
                break;
            visible = nullptr;
        } else {
            const FileEntry &entry = entryAt(code);
            if (entry.layer > upToLayer)
                break;
            visible = &entry;
        }
    }
    return visible;
}

QString FileTree::linkTarget(const FileEntry &entry) const
{
    return m_names.string(entry.linkTarget);
}

size_t FileTree::heapBytes() const
{
    size_t total = vectorBytes(m_nodes) + m_names.heapBytes() + vectorBytes(m_layerEntries) +
                   vectorBytes(m_removals) + vectorBytes(m_layerEntryBegin) +
                   vectorBytes(m_layerRemovalBegin) + vectorBytes(m_eventBegin) +
                   vectorBytes(m_events) + vectorBytes(m_touched) + vectorBytes(m_statistics);
    for (const auto &touched : m_touched)
        total += vectorBytes(touched);
    for (const auto &entries : m_layerEntries)
        total += vectorBytes(entries);
    return total;
}

// ---- MergedView ------------------------------------------------------------------------------

MergedView::MergedView(const FileTree &tree, int upToLayer)
    : m_tree(&tree)
    , m_layer(upToLayer)
{}

QList<NodeId> MergedView::children(NodeId id) const
{
    QList<NodeId> list;
    const FileTree::Node &node = m_tree->node(id);
    for (quint32 i = 0; i < node.childCount; ++i) {
        if (entry(node.firstChild + i))
            list.append(node.firstChild + i);
    }
    return list;
}

QList<NodeId> MergedView::descendants(NodeId id) const
{
    QList<NodeId> list;
    QList<NodeId> stack{id};
    while (!stack.isEmpty()) {
        const NodeId current = stack.takeLast();
        if (current != id)
            list.append(current);
        const QList<NodeId> kids = children(current);
        for (auto it = kids.rbegin(); it != kids.rend(); ++it)
            stack.append(*it);
    }
    return list;
}

qint64 MergedView::subtreeBytes(NodeId id) const
{
    qint64 total = 0;
    if (const FileEntry *own = entry(id); own && own->type == EntryType::File)
        total += own->size;
    for (NodeId child : descendants(id)) {
        if (const FileEntry *e = entry(child); e && e->type == EntryType::File)
            total += e->size;
    }
    return total;
}

// ---- ScannedLayer ----------------------------------------------------------------------------

namespace {

void putVarint(std::vector<unsigned char> &out, quint64 value)
{
    while (value >= 0x80) {
        out.push_back(static_cast<unsigned char>(value | 0x80));
        value >>= 7;
    }
    out.push_back(static_cast<unsigned char>(value));
}

quint64 getVarint(const std::vector<unsigned char> &in, size_t &position)
{
    quint64 value = 0;
    for (int shift = 0; position < in.size() && shift < 64; shift += 7) {
        const unsigned char byte = in[position++];
        value |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            break;
    }
    return value;
}

quint64 zigzag(qint64 value)
{
    return (quint64(value) << 1) ^ quint64(value >> 63);
}

qint64 unzigzag(quint64 value)
{
    return qint64(value >> 1) ^ -qint64(value & 1);
}

} // namespace

void ScannedLayer::add(const RawTarEntry &raw, quint64 contentHash)
{
    qsizetype shared = 0;
    const qsizetype limit = qMin(raw.path.size(), m_lastPath.size());
    while (shared < limit && raw.path[shared] == m_lastPath[shared])
        ++shared;
    putVarint(m_bytes, quint64(shared));
    putVarint(m_bytes, quint64(raw.path.size() - shared));
    m_bytes.insert(m_bytes.end(), raw.path.begin() + shared, raw.path.end());
    m_bytes.push_back(static_cast<unsigned char>(raw.type));
    putVarint(m_bytes, raw.mode);
    putVarint(m_bytes, raw.uid);
    putVarint(m_bytes, raw.gid);
    putVarint(m_bytes, quint64(raw.size));
    // Deltas: a layer's entries mostly share one mtime, written once.
    putVarint(m_bytes, zigzag(raw.mtime - m_lastMtime));
    putVarint(m_bytes, quint64(raw.linkTarget.size()));
    m_bytes.insert(m_bytes.end(), raw.linkTarget.begin(), raw.linkTarget.end());
    if (raw.type == EntryType::File) {
        for (int i = 0; i < 8; ++i)
            m_bytes.push_back(static_cast<unsigned char>(contentHash >> (8 * i)));
    }
    m_lastPath = raw.path;
    m_lastMtime = raw.mtime;
    ++m_count;
}

bool ScannedLayer::Reader::next(Entry &entry)
{
    const std::vector<unsigned char> &in = m_layer->m_bytes;
    if (m_position >= in.size())
        return false;
    const auto shared = qsizetype(getVarint(in, m_position));
    const auto suffix = size_t(getVarint(in, m_position));
    m_path.truncate(shared);
    m_path.append(reinterpret_cast<const char *>(in.data() + m_position), qsizetype(suffix));
    m_position += suffix;
    entry.path = m_path;
    entry.type = static_cast<EntryType>(in[m_position++]);
    entry.mode = quint32(getVarint(in, m_position));
    entry.uid = quint32(getVarint(in, m_position));
    entry.gid = quint32(getVarint(in, m_position));
    entry.size = qint64(getVarint(in, m_position));
    m_mtime += unzigzag(getVarint(in, m_position));
    entry.mtime = m_mtime;
    const auto linkSize = size_t(getVarint(in, m_position));
    entry.link =
        QByteArrayView(reinterpret_cast<const char *>(in.data() + m_position), qsizetype(linkSize));
    m_position += linkSize;
    entry.contentHash = 0;
    if (entry.type == EntryType::File) {
        for (int i = 0; i < 8; ++i)
            entry.contentHash |= quint64(in[m_position++]) << (8 * i);
    }
    entry.tarIndex = m_index++;
    return true;
}

// ---- FileTreeBuilder -------------------------------------------------------------------------

struct FileTreeBuilder::Private
{
    struct BuildNode
    {
        NodeId parent = InvalidNode;
        NameId name = NoName;
        NodeId firstChild = InvalidNode;
        NodeId nextSibling = InvalidNode;
    };

    std::unique_ptr<FileTree> tree = std::make_unique<FileTree>();
    std::vector<BuildNode> nodes;
    std::vector<NodeId> lookup = std::vector<NodeId>(4096, InvalidNode); // (parent, name) → node
    std::vector<quint32> state;        // visible entry index per node, kNone when absent
    std::vector<quint16> writtenStamp; // layer + 1 when the current layer writes the node
    std::vector<quint16> touchedStamp; // layer + 1 once the node is in the layer's touched list
    std::vector<std::pair<NodeId, quint32>> events;
    int layer = 0;
    LayerStatistics *stats = nullptr;
    std::vector<NodeId> touched;

    Private()
    {
        nodes.push_back(BuildNode{InvalidNode, NoName, InvalidNode, InvalidNode});
        state.push_back(kNone);
        writtenStamp.push_back(0);
        touchedStamp.push_back(0);
        tree->m_layerEntryBegin.push_back(0);
        tree->m_layerRemovalBegin.push_back(0);
    }

    static size_t slotHash(NodeId parent, NameId name)
    {
        quint64 key = (quint64(parent) << 32) | name;
        key ^= key >> 31;
        key *= 0x7fb5d329728ea185ull;
        key ^= key >> 27;
        return size_t(key);
    }

    NodeId child(NodeId parent, NameId name, bool create)
    {
        size_t mask = lookup.size() - 1;
        size_t slot = slotHash(parent, name) & mask;
        while (lookup[slot] != InvalidNode) {
            const BuildNode &candidate = nodes[lookup[slot]];
            if (candidate.parent == parent && candidate.name == name)
                return lookup[slot];
            slot = (slot + 1) & mask;
        }
        if (!create)
            return InvalidNode;
        const NodeId id = NodeId(nodes.size());
        nodes.push_back(BuildNode{parent, name, InvalidNode, nodes[parent].firstChild});
        nodes[parent].firstChild = id;
        state.push_back(kNone);
        writtenStamp.push_back(0);
        touchedStamp.push_back(0);
        lookup[slot] = id;
        if (nodes.size() * 2 > lookup.size()) {
            lookup.assign(lookup.size() * 2, InvalidNode);
            mask = lookup.size() - 1;
            for (NodeId n = 1; n < NodeId(nodes.size()); ++n) {
                size_t s = slotHash(nodes[n].parent, nodes[n].name) & mask;
                while (lookup[s] != InvalidNode)
                    s = (s + 1) & mask;
                lookup[s] = n;
            }
        }
        return id;
    }

    // The node of a normalised path; InvalidNode when !create and it does not exist.
    NodeId nodeForPath(QByteArrayView path, bool create)
    {
        NodeId current = RootNode;
        qsizetype start = 0;
        while (start < path.size()) {
            qsizetype end = start;
            while (end < path.size() && path[end] != '/')
                ++end;
            const NameId name = tree->m_names.intern(path.data() + start, end - start);
            current = child(current, name, create);
            if (current == InvalidNode)
                return InvalidNode;
            start = end + 1;
        }
        return current;
    }

    QString pathOf(NodeId id) const
    {
        QByteArray bytes;
        for (NodeId n = id; n != RootNode && n != InvalidNode; n = nodes[n].parent)
            bytes.prepend(tree->m_names.view(nodes[n].name).toByteArray()).prepend('/');
        return bytes.isEmpty() ? QStringLiteral("/") : QString::fromUtf8(bytes);
    }

    bool present(NodeId id) const { return id == RootNode || state[id] != kNone; }
    const FileEntry *visible(NodeId id) const
    {
        return state[id] == kNone ? nullptr : &tree->entryAt(state[id]);
    }

    void touch(NodeId id)
    {
        const quint16 stamp = quint16(layer + 1);
        for (NodeId n = id; n != InvalidNode && touchedStamp[n] != stamp; n = nodes[n].parent) {
            touchedStamp[n] = stamp;
            touched.push_back(n);
        }
    }

    void recordRemoval(NodeId id, bool byOpaque)
    {
        const FileEntry *gone = visible(id);
        Removal removal;
        removal.node = id;
        removal.layer = quint16(layer);
        removal.byOpaque = byOpaque;
        removal.bytes = gone && gone->type == EntryType::File ? gone->size : 0;
        const quint32 index = quint32(tree->m_removals.size());
        tree->m_removals.push_back(removal);
        events.emplace_back(id, index | kRemovalBit);
        state[id] = kNone;
        ++stats->removedCount;
        stats->removedBytes += removal.bytes;
        touch(id);
    }

    // Calls `visit` for the present nodes below `top`, children before their parent, then for
    // `top`. Not recursive: a hostile layer nests directories deeper than any stack.
    template<typename Visit> void forPresentPostOrder(NodeId top, const Visit &visit)
    {
        struct Frame
        {
            NodeId node;
            NodeId nextChild;
        };
        std::vector<Frame> stack{Frame{top, nodes[top].firstChild}};
        while (!stack.empty()) {
            NodeId child = stack.back().nextChild;
            while (child != InvalidNode && !present(child))
                child = nodes[child].nextSibling;
            if (child != InvalidNode) {
                stack.back().nextChild = nodes[child].nextSibling;
                stack.push_back(Frame{child, nodes[child].firstChild});
                continue;
            }
            const NodeId done = stack.back().node;
            stack.pop_back();
            visit(done);
        }
    }

    // Removes what is visible at and below `id`; a node this layer writes again keeps its
    // place (it is replaced, not removed), but what lay below it still goes.
    void removeSubtree(NodeId id, bool byOpaque)
    {
        const quint16 stamp = quint16(layer + 1);
        forPresentPostOrder(id, [&](NodeId node) {
            if (node != RootNode && writtenStamp[node] != stamp)
                recordRemoval(node, byOpaque);
        });
    }

    void removeDescendants(NodeId id)
    {
        forPresentPostOrder(id, [&](NodeId node) {
            if (node != id)
                recordRemoval(node, false);
        });
    }

    void write(NodeId id, FileEntry entry)
    {
        entry.node = id;
        entry.layer = quint16(layer);
        const quint32 previous = state[id];
        if (previous != kNone && tree->entryAt(previous).layer == layer) {
            // The same path twice in one tar: the later entry wins, as on extraction.
            FileEntry &existing = tree->entryAt(previous);
            if (existing.type == EntryType::Directory && entry.type != EntryType::Directory)
                removeDescendants(id);
            entry.change = existing.change;
            existing = entry;
            return;
        }
        if (previous != kNone && tree->entryAt(previous).type == EntryType::Directory &&
            entry.type != EntryType::Directory)
            removeDescendants(id);
        entry.change = previous != kNone ? ChangeKind::Modified : ChangeKind::Added;
        if (entry.change == ChangeKind::Added) {
            ++stats->addedCount;
            stats->addedBytes += entry.size;
        } else {
            ++stats->modifiedCount;
            stats->modifiedBytes += entry.size;
        }
        const quint32 index =
            quint32(tree->m_layerEntryBegin.back() + tree->m_layerEntries.back().size());
        tree->m_layerEntries.back().push_back(entry);
        events.emplace_back(id, index);
        state[id] = index;
        touch(id);
    }
};

FileTreeBuilder::FileTreeBuilder()
    : d(std::make_unique<Private>())
{}

FileTreeBuilder::~FileTreeBuilder() = default;

VoidResult FileTreeBuilder::addLayer(const ScannedLayer &scan, const QString &blobName)
{
    FileTree &tree = *d->tree;
    tree.m_statistics.emplace_back();
    tree.m_layerEntries.emplace_back();
    d->stats = &tree.m_statistics.back();
    d->touched.clear();
    const quint16 stamp = quint16(d->layer + 1);

    // The node each written entry goes to; whiteout markers write nothing.
    std::vector<NodeId> writes;
    std::vector<NodeId> opaqueDirs;
    std::vector<NodeId> whiteouts;
    writes.reserve(size_t(scan.count()));

    ScannedLayer::Entry scanned;
    for (ScannedLayer::Reader reader(scan); reader.next(scanned);) {
        const QByteArrayView path = scanned.path;
        const qsizetype slash = path.lastIndexOf('/');
        const QByteArrayView parent = slash < 0 ? QByteArrayView() : path.first(slash);
        const QByteArrayView base = slash < 0 ? path : path.sliced(slash + 1);
        if (base.startsWith(".wh.")) {
            if (base == QByteArrayView(".wh..wh..opq")) {
                opaqueDirs.push_back(d->nodeForPath(parent, true));
            } else if (!base.startsWith(".wh..wh.")) {
                // AUFS bookkeeping (".wh..wh.plnk" and friends) means nothing to OCI.
                const QByteArray target =
                    slash < 0 ? base.sliced(4).toByteArray()
                              : parent.toByteArray() + '/' + base.sliced(4).toByteArray();
                if (base.size() == 4)
                    return Error(QStringLiteral("%1: tar entry %2 '%3': whiteout without a name")
                                     .arg(blobName)
                                     .arg(scanned.tarIndex)
                                     .arg(QString::fromUtf8(path.data(), path.size())));
                const NodeId node = d->nodeForPath(target, false);
                if (node != InvalidNode)
                    whiteouts.push_back(node);
            }
            writes.push_back(InvalidNode);
            continue;
        }
        const NodeId node = d->nodeForPath(path, true);
        d->writtenStamp[node] = stamp;
        writes.push_back(node);
    }

    // Room for the implicit parents too, which are rare in real layers.
    tree.m_layerEntries.back().reserve(writes.size() + writes.size() / 16 + 16);

    // Whiteouts only ever hide what lower layers left, so they go first.
    for (NodeId dir : opaqueDirs) {
        if (!d->present(dir))
            continue;
        for (NodeId c = d->nodes[dir].firstChild; c != InvalidNode; c = d->nodes[c].nextSibling) {
            if (d->present(c))
                d->removeSubtree(c, true);
        }
    }
    for (NodeId node : whiteouts) {
        if (d->present(node))
            d->removeSubtree(node, false);
    }

    ScannedLayer::Reader reader(scan);
    std::vector<NodeId> chain;
    for (const NodeId node : writes) {
        ScannedLayer::Entry raw;
        reader.next(raw);
        if (node == InvalidNode)
            continue;
        // Parents the tar does not list are created like tar does: plain directories.
        chain.clear();
        for (NodeId n = d->nodes[node].parent; n != RootNode && n != InvalidNode;
             n = d->nodes[n].parent)
            chain.push_back(n);
        for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
            const FileEntry *ancestor = d->visible(*it);
            if (!ancestor) {
                FileEntry implicit;
                implicit.type = EntryType::Directory;
                implicit.mode = 0755;
                implicit.implicit = true;
                d->write(*it, implicit);
            } else if (ancestor->type != EntryType::Directory) {
                const QByteArrayView path = raw.path;
                return Error(QStringLiteral("%1: tar entry %2 '%3' lies below '%4', which is not a "
                                            "directory (%5); refused, it would be written "
                                            "through a link or over a file")
                                 .arg(blobName)
                                 .arg(raw.tarIndex)
                                 .arg(QString::fromUtf8(path.data(), path.size()), d->pathOf(*it))
                                 .arg(entryTypeLetter(ancestor->type)));
            }
        }
        FileEntry entry;
        entry.type = raw.type;
        entry.mode = raw.mode;
        entry.uid = raw.uid;
        entry.gid = raw.gid;
        entry.size = raw.size;
        entry.mtime = raw.mtime;
        entry.contentHash = raw.contentHash;
        if (raw.type == EntryType::Symlink) {
            entry.linkTarget = tree.m_names.intern(raw.link.data(), raw.link.size());
        } else if (raw.type == EntryType::Hardlink) {
            const QByteArray link = '/' + raw.link.toByteArray();
            entry.linkTarget = tree.m_names.intern(link);
        }
        ++d->stats->entries;
        if (raw.type == EntryType::File)
            d->stats->contentBytes += raw.size;
        if (node == RootNode) {
            // "./" describes the root itself; it is kept as an entry but never removed.
            d->write(RootNode, entry);
            continue;
        }
        d->write(node, entry);
    }

    std::sort(d->touched.begin(), d->touched.end());
    tree.m_touched.push_back(d->touched);
    // Shrinking copies the whole layer; only worth it when the implicit parents outgrew the
    // reservation and the array doubled.
    std::vector<FileEntry> &layerEntries = tree.m_layerEntries.back();
    if (layerEntries.capacity() > writes.size() + writes.size() / 16 + 16)
        layerEntries.shrink_to_fit();
    tree.m_layerEntryBegin.push_back(
        quint32(tree.m_layerEntryBegin.back() + tree.m_layerEntries.back().size()));
    tree.m_layerRemovalBegin.push_back(quint32(tree.m_removals.size()));
    ++d->layer;
    return Success{};
}

std::shared_ptr<const FileTree> FileTreeBuilder::finish()
{
    FileTree &tree = *d->tree;
    const size_t count = d->nodes.size();
    // The end of a load is its memory peak: what only the merge needed goes first.
    d->lookup = {};
    d->state = {};
    d->writtenStamp = {};
    d->touchedStamp = {};
    d->touched = {};
    tree.m_names.squeeze();
    // Breadth-first renumbering with children sorted by name: contiguous child ranges.
    std::vector<NodeId> newId(count, InvalidNode);
    std::vector<NodeId> order;
    order.reserve(count);
    order.push_back(RootNode);
    newId[RootNode] = 0;
    tree.m_nodes.assign(count, FileTree::Node{});
    std::vector<NodeId> kids;
    for (size_t i = 0; i < order.size(); ++i) {
        const NodeId old = order[i];
        kids.clear();
        for (NodeId c = d->nodes[old].firstChild; c != InvalidNode; c = d->nodes[c].nextSibling)
            kids.push_back(c);
        std::sort(kids.begin(), kids.end(), [&](NodeId a, NodeId b) {
            return tree.m_names.view(d->nodes[a].name)
                       .compare(tree.m_names.view(d->nodes[b].name)) < 0;
        });
        FileTree::Node &node = tree.m_nodes[i];
        node.name = d->nodes[old].name;
        node.parent = old == RootNode ? InvalidNode : newId[d->nodes[old].parent];
        node.firstChild = NodeId(order.size());
        node.childCount = quint32(kids.size());
        for (NodeId c : kids) {
            newId[c] = NodeId(order.size());
            order.push_back(c);
        }
    }
    order = {};
    kids = {};
    d->nodes = {};
    for (auto &entries : tree.m_layerEntries) {
        for (FileEntry &entry : entries)
            entry.node = newId[entry.node];
    }
    for (Removal &removal : tree.m_removals)
        removal.node = newId[removal.node];
    for (auto &touched : tree.m_touched) {
        for (NodeId &n : touched)
            n = newId[n];
        std::sort(touched.begin(), touched.end());
        touched.shrink_to_fit();
    }
    tree.m_eventBegin.assign(count + 1, 0);
    for (const auto &event : d->events)
        ++tree.m_eventBegin[newId[event.first] + 1];
    for (size_t i = 1; i <= count; ++i)
        tree.m_eventBegin[i] += tree.m_eventBegin[i - 1];
    tree.m_events.assign(d->events.size(), 0);
    {
        std::vector<quint32> cursor(tree.m_eventBegin.begin(), tree.m_eventBegin.end() - 1);
        for (const auto &event : d->events)
            tree.m_events[cursor[newId[event.first]]++] = event.second;
    }
    d->events = {};
    newId = {};
    tree.m_removals.shrink_to_fit();
    std::shared_ptr<const FileTree> result(std::move(d->tree));
    d = std::make_unique<Private>();
    return result;
}

} // namespace cbw::core::oci

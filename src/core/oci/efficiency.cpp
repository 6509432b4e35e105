#include "efficiency.h"

#include <algorithm>
#include <vector>

namespace cbw::core::oci {

namespace {

struct DiveAccumulator
{
    qint64 cumulative = 0;
    qint64 minimum = -1;
    int occurrences = 0;
};

} // namespace

EfficiencyReport computeEfficiency(const FileTree &tree)
{
    EfficiencyReport report;
    const size_t nodeCount = size_t(tree.nodeCount());
    std::vector<DiveAccumulator> dive(nodeCount);
    std::vector<quint16> parentStamp(nodeCount, 0);  // layer + 1: a node has children in it
    std::vector<quint16> removedStamp(nodeCount, 0); // layer + 1: the layer removed the node
    std::vector<qint64> hiddenBytes(nodeCount, 0);
    std::vector<NodeId> topOf(nodeCount, InvalidNode); // valid where topStamp is the layer's
    std::vector<quint16> topStamp(nodeCount, 0);
    std::vector<NodeId> climbed;

    auto occur = [&](NodeId node, qint64 bytes) {
        DiveAccumulator &acc = dive[node];
        acc.cumulative += bytes;
        if (acc.minimum < 0 || bytes < acc.minimum)
            acc.minimum = bytes;
        ++acc.occurrences;
    };

    for (int layer = 0; layer < tree.layerCount(); ++layer) {
        const quint16 stamp = quint16(layer + 1);
        const QList<const Removal *> removals = tree.layerRemovals(layer);
        for (const Removal *removal : removals)
            removedStamp[removal->node] = stamp;
        // dive sees whiteout files only; what a file replacing a directory takes away, and
        // what lies below a removed directory, is not one of them.
        auto isTop = [&](const Removal *removal) {
            const NodeId parent = tree.node(removal->node).parent;
            if (parent == InvalidNode)
                return true;
            if (removedStamp[parent] == stamp)
                return false;
            const FileTree::Event replaced = tree.eventInLayer(parent, layer);
            return !(replaced.entry && replaced.entry->type != EntryType::Directory);
        };
        for (const FileEntry *e = tree.layerEntriesBegin(layer); e != tree.layerEntriesEnd(layer);
             ++e) {
            if (tree.node(e->node).parent != InvalidNode)
                parentStamp[tree.node(e->node).parent] = stamp;
        }
        for (const Removal *removal : removals) {
            if (!isTop(removal))
                continue;
            if (tree.node(removal->node).parent != InvalidNode)
                parentStamp[tree.node(removal->node).parent] = stamp;
            hiddenBytes[removal->node] = 0;
        }
        // A removed directory is one whiteout in dive's tree, sized by everything below it.
        // The highest removed ancestor is remembered for every node climbed through: climbing
        // from each node of a deeply nested removed chain was quadratic in its depth.
        for (const Removal *removal : removals) {
            NodeId top = removal->node;
            climbed.clear();
            while (topStamp[top] != stamp && tree.node(top).parent != InvalidNode &&
                   removedStamp[tree.node(top).parent] == stamp) {
                climbed.push_back(top);
                top = tree.node(top).parent;
            }
            if (topStamp[top] == stamp)
                top = topOf[top];
            for (NodeId node : climbed) {
                topOf[node] = top;
                topStamp[node] = stamp;
            }
            if (top != removal->node)
                hiddenBytes[top] += removal->bytes;
        }
        for (const FileEntry *e = tree.layerEntriesBegin(layer); e != tree.layerEntriesEnd(layer);
             ++e) {
            if (e->type == EntryType::Directory && parentStamp[e->node] == stamp)
                continue;
            if (e->node == RootNode)
                continue;
            occur(e->node, e->type == EntryType::File ? e->size : 0);
        }
        for (const Removal *removal : removals) {
            if (!isTop(removal))
                continue;
            const FileEntry *before =
                layer > 0 ? tree.visibleEntry(removal->node, layer - 1) : nullptr;
            const bool wasDirectory = before && before->type == EntryType::Directory;
            occur(removal->node, wasDirectory ? hiddenBytes[removal->node] : 0);
        }
    }

    for (size_t node = 0; node < nodeCount; ++node) {
        const DiveAccumulator &acc = dive[node];
        if (acc.occurrences == 0)
            continue;
        report.totalBytes += acc.cumulative;
        report.minimumBytes += acc.minimum;
        if (acc.occurrences >= 2)
            report.diveWastedBytes += acc.cumulative;
    }
    report.score =
        report.totalBytes == 0 ? 1.0 : double(report.minimumBytes) / double(report.totalBytes);

    // Our list: bytes shipped for a path that the final filesystem does not show.
    const int top = tree.layerCount() - 1;
    for (NodeId node = 0; node < NodeId(nodeCount); ++node) {
        WastedPath wasted;
        wasted.node = node;
        for (const FileTree::Event &event : tree.history(node)) {
            if (event.entry) {
                ++wasted.occurrences;
                if (event.entry->type == EntryType::File)
                    wasted.cumulativeBytes += event.entry->size;
            }
        }
        if (wasted.occurrences == 0)
            continue;
        const FileEntry *final = top >= 0 ? tree.visibleEntry(node, top) : nullptr;
        wasted.removed = final == nullptr;
        wasted.finalBytes = final && final->type == EntryType::File ? final->size : 0;
        if (wasted.wastedBytes() <= 0)
            continue;
        report.wastedBytes += wasted.wastedBytes();
        report.wasted.append(wasted);
    }
    std::sort(report.wasted.begin(), report.wasted.end(),
              [](const WastedPath &a, const WastedPath &b) {
                  if (a.wastedBytes() != b.wastedBytes())
                      return a.wastedBytes() > b.wastedBytes();
                  return a.node < b.node;
              });
    return report;
}

} // namespace cbw::core::oci

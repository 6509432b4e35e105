#include "imagediff.h"

#include <QSet>

#include <vector>

namespace cbw::core::oci {

namespace {

QStringList changedFields(const FileTree &treeA, const FileEntry &a, const FileTree &treeB,
                          const FileEntry &b)
{
    QStringList fields;
    if (a.type != b.type)
        fields.append(QStringLiteral("type"));
    if (a.mode != b.mode)
        fields.append(QStringLiteral("mode"));
    if (a.uid != b.uid)
        fields.append(QStringLiteral("uid"));
    if (a.gid != b.gid)
        fields.append(QStringLiteral("gid"));
    if (a.size != b.size)
        fields.append(QStringLiteral("size"));
    if (treeA.linkTarget(a) != treeB.linkTarget(b))
        fields.append(QStringLiteral("target"));
    if (a.type == EntryType::File && b.type == EntryType::File && a.size == b.size &&
        a.contentHash != b.contentHash)
        fields.append(QStringLiteral("content"));
    return fields;
}

struct Walker
{
    const FileTree &treeA;
    const FileTree &treeB;
    MergedView viewA;
    MergedView viewB;
    QList<PathDifference> &out;

    // Pre-order with an explicit stack: a hostile image can nest directories deeper than any
    // thread's stack (fuzz_oci_layer found 100k levels in one layer).
    void addSubtree(const MergedView &view, NodeId root, PathDifference::Kind kind)
    {
        std::vector<NodeId> pending{root};
        while (!pending.empty()) {
            const NodeId node = pending.back();
            pending.pop_back();
            PathDifference difference;
            difference.kind = kind;
            difference.path = view.tree().path(node);
            (kind == PathDifference::Kind::Added ? difference.after : difference.before) =
                view.entry(node);
            out.append(difference);
            const QList<NodeId> children = view.children(node);
            for (auto it = children.rbegin(); it != children.rend(); ++it)
                pending.push_back(*it);
        }
    }

    // Both trees keep children sorted by name bytes, so one merge pass per directory pairs
    // them up; directories present in both are descended with an explicit stack.
    void walk(NodeId rootA, NodeId rootB)
    {
        struct Frame
        {
            QList<NodeId> kidsA;
            QList<NodeId> kidsB;
            qsizetype i = 0;
            qsizetype j = 0;
        };
        std::vector<Frame> frames;
        frames.push_back({viewA.children(rootA), viewB.children(rootB)});
        while (!frames.empty()) {
            Frame &frame = frames.back();
            if (frame.i == frame.kidsA.size() && frame.j == frame.kidsB.size()) {
                frames.pop_back();
                continue;
            }
            int order;
            if (frame.i == frame.kidsA.size())
                order = 1;
            else if (frame.j == frame.kidsB.size())
                order = -1;
            else
                order = treeA.names()
                            .view(treeA.node(frame.kidsA[frame.i]).name)
                            .compare(treeB.names().view(treeB.node(frame.kidsB[frame.j]).name));
            if (order < 0) {
                addSubtree(viewA, frame.kidsA[frame.i++], PathDifference::Kind::Removed);
                continue;
            }
            if (order > 0) {
                addSubtree(viewB, frame.kidsB[frame.j++], PathDifference::Kind::Added);
                continue;
            }
            const NodeId a = frame.kidsA[frame.i++];
            const NodeId b = frame.kidsB[frame.j++];
            const FileEntry *ea = viewA.entry(a);
            const FileEntry *eb = viewB.entry(b);
            const QStringList fields = changedFields(treeA, *ea, treeB, *eb);
            if (!fields.isEmpty()) {
                PathDifference difference;
                difference.kind = PathDifference::Kind::Changed;
                difference.path = treeB.path(b);
                difference.before = ea;
                difference.after = eb;
                difference.changedFields = fields;
                out.append(difference);
            }
            // `frame` dangles once the vector grows; nothing below uses it.
            frames.push_back({viewA.children(a), viewB.children(b)});
        }
    }
};

} // namespace

int ImageDiff::added() const
{
    return int(std::count_if(paths.begin(), paths.end(), [](const PathDifference &d) {
        return d.kind == PathDifference::Kind::Added;
    }));
}

int ImageDiff::removed() const
{
    return int(std::count_if(paths.begin(), paths.end(), [](const PathDifference &d) {
        return d.kind == PathDifference::Kind::Removed;
    }));
}

int ImageDiff::changed() const
{
    return int(std::count_if(paths.begin(), paths.end(), [](const PathDifference &d) {
        return d.kind == PathDifference::Kind::Changed;
    }));
}

ImageDiff diffImages(const Image &imageA, const FileTree &treeA, const Image &imageB,
                     const FileTree &treeB)
{
    ImageDiff diff;
    Walker walker{treeA, treeB, MergedView(treeA, treeA.layerCount() - 1),
                  MergedView(treeB, treeB.layerCount() - 1), diff.paths};
    walker.walk(RootNode, RootNode);

    QSet<Digest> digestsA;
    QSet<Digest> digestsB;
    for (const LayerInfo &layer : imageA.layers)
        digestsA.insert(layer.blob.digest);
    for (const LayerInfo &layer : imageB.layers)
        digestsB.insert(layer.blob.digest);
    for (const LayerInfo &layer : imageA.layers) {
        if (!digestsB.contains(layer.blob.digest))
            diff.onlyInA.append(LayerDelta{layer.index, layer.blob.digest, layer.blob.size});
    }
    QSet<Digest> counted;
    for (const LayerInfo &layer : imageB.layers) {
        if (digestsA.contains(layer.blob.digest))
            continue;
        diff.onlyInB.append(LayerDelta{layer.index, layer.blob.digest, layer.blob.size});
        // The same blob twice in B is downloaded once.
        if (!counted.contains(layer.blob.digest)) {
            counted.insert(layer.blob.digest);
            diff.downloadBytes += layer.blob.size;
        }
    }
    return diff;
}

} // namespace cbw::core::oci

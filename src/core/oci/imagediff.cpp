#include "imagediff.h"

#include <QSet>

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

    void addSubtree(const MergedView &view, NodeId node, PathDifference::Kind kind)
    {
        PathDifference difference;
        difference.kind = kind;
        difference.path = view.tree().path(node);
        (kind == PathDifference::Kind::Added ? difference.after : difference.before) =
            view.entry(node);
        out.append(difference);
        for (NodeId child : view.children(node))
            addSubtree(view, child, kind);
    }

    // Both trees keep children sorted by name bytes, so one merge pass pairs them up.
    void walk(NodeId a, NodeId b)
    {
        const QList<NodeId> kidsA = viewA.children(a);
        const QList<NodeId> kidsB = viewB.children(b);
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < kidsA.size() || j < kidsB.size()) {
            int order;
            if (i == kidsA.size())
                order = 1;
            else if (j == kidsB.size())
                order = -1;
            else
                order = treeA.names()
                            .view(treeA.node(kidsA[i]).name)
                            .compare(treeB.names().view(treeB.node(kidsB[j]).name));
            if (order < 0) {
                addSubtree(viewA, kidsA[i++], PathDifference::Kind::Removed);
            } else if (order > 0) {
                addSubtree(viewB, kidsB[j++], PathDifference::Kind::Added);
            } else {
                const FileEntry *ea = viewA.entry(kidsA[i]);
                const FileEntry *eb = viewB.entry(kidsB[j]);
                const QStringList fields = changedFields(treeA, *ea, treeB, *eb);
                if (!fields.isEmpty()) {
                    PathDifference difference;
                    difference.kind = PathDifference::Kind::Changed;
                    difference.path = treeB.path(kidsB[j]);
                    difference.before = ea;
                    difference.after = eb;
                    difference.changedFields = fields;
                    out.append(difference);
                }
                walk(kidsA[i++], kidsB[j++]);
            }
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

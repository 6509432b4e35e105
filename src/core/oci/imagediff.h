#pragma once

#include "filetree.h"
#include "image.h"

#include <QList>
#include <QString>

namespace cbw::core::oci {

struct PathDifference
{
    enum class Kind
    {
        Added,   // only in B
        Removed, // only in A
        Changed, // in both, with a different type, mode, owner, size, link target or content
    };
    Kind kind = Kind::Changed;
    QString path;
    const FileEntry *before = nullptr; // in A's final filesystem; null when added
    const FileEntry *after = nullptr;  // in B's final filesystem; null when removed
    QStringList changedFields;         // "type", "mode", "uid", "gid", "size", "target", "content"
};

// A layer of one image whose blob the other image does not have.
struct LayerDelta
{
    int index = 0;
    Digest digest;
    qint64 size = 0;
};

struct ImageDiff
{
    QList<PathDifference> paths; // sorted by path
    QList<LayerDelta> onlyInA;
    QList<LayerDelta> onlyInB;
    qint64 downloadBytes = 0; // Σ compressed sizes of onlyInB: what a device holding A fetches
    int added() const;
    int removed() const;
    int changed() const;
};

// Compares the final filesystems. Modification times are not compared: rebuilding the same
// content with another timestamp is not a change a device cares about.
ImageDiff diffImages(const Image &imageA, const FileTree &treeA, const Image &imageB,
                     const FileTree &treeB);

} // namespace cbw::core::oci

#pragma once

#include "filetree.h"
#include "layerreader.h"

#include "common/result.h"

#include <memory>

namespace cbw::core::oci {

// A layer's tar entries as a worker thread read them: compact, paths in one arena, waiting
// for the (sequential) merge into the tree.
struct ScannedLayer
{
    struct Entry
    {
        quint32 pathOffset = 0;
        quint32 pathLength = 0;
        quint32 linkOffset = 0;
        quint32 linkLength = 0;
        quint32 mode = 0;
        quint32 uid = 0;
        quint32 gid = 0;
        EntryType type = EntryType::File;
        qint64 size = 0;
        qint64 mtime = 0;
        quint64 contentHash = 0;
        qint64 tarIndex = 0;
    };
    std::vector<char> arena;
    std::vector<Entry> entries;

    void add(const RawTarEntry &raw, quint64 contentHash);
    QByteArrayView path(const Entry &entry) const
    {
        return QByteArrayView(arena.data() + entry.pathOffset, entry.pathLength);
    }
    QByteArrayView link(const Entry &entry) const
    {
        return QByteArrayView(arena.data() + entry.linkOffset, entry.linkLength);
    }
};

// Applies layers bottom-up: whiteouts and opaque markers remove from what the layers below
// left (never from the same layer, as the OCI image spec says), then the layer's entries are
// written in tar order.
class FileTreeBuilder
{
public:
    FileTreeBuilder();
    ~FileTreeBuilder();
    VoidResult addLayer(const ScannedLayer &layer, const QString &blobName);
    std::shared_ptr<const FileTree> finish();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cbw::core::oci

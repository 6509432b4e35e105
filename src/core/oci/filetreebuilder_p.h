#pragma once

#include "filetree.h"
#include "layerreader.h"

#include "common/result.h"

#include <memory>

namespace cbw::core::oci {

// A layer's tar entries as a worker thread read them, waiting for the (sequential) merge into
// the tree. Layers finish out of order and wait for the ones below, so a scan is stored as a
// compact byte stream (paths share their prefix with the previous entry, numbers are varints):
// about 30 bytes per entry instead of ~150 for a struct per entry plus its path.
class ScannedLayer
{
public:
    // One decoded entry; `path` and `link` stay valid until the next Reader::next().
    struct Entry
    {
        QByteArrayView path;
        QByteArrayView link;
        EntryType type = EntryType::File;
        quint32 mode = 0;
        quint32 uid = 0;
        quint32 gid = 0;
        qint64 size = 0;
        qint64 mtime = 0;
        quint64 contentHash = 0;
        qint64 tarIndex = 0;
    };

    class Reader
    {
    public:
        explicit Reader(const ScannedLayer &layer)
            : m_layer(&layer)
        {}
        bool next(Entry &entry);

    private:
        const ScannedLayer *m_layer;
        size_t m_position = 0;
        qint64 m_index = 0;
        qint64 m_mtime = 0;
        QByteArray m_path;
    };

    void add(const RawTarEntry &raw, quint64 contentHash);
    void squeeze() { m_bytes.shrink_to_fit(); }
    qint64 count() const { return m_count; }

private:
    std::vector<unsigned char> m_bytes;
    QByteArray m_lastPath;
    qint64 m_lastMtime = 0;
    qint64 m_count = 0;
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

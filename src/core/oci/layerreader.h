#pragma once

#include "filetree.h"
#include "image.h"
#include "imagesource.h"

#include <atomic>
#include <functional>

struct archive;

namespace cbw::core::oci {

// A tar entry as the layer stores it, path normalised ("./a/b/" → "a/b"; "" is the root).
struct RawTarEntry
{
    qint64 index = 0; // 0-based position in the tar, for messages
    QByteArray path;
    EntryType type = EntryType::File;
    quint32 mode = 0;
    quint32 uid = 0;
    quint32 gid = 0;
    qint64 size = 0;
    qint64 mtime = 0;
    QByteArray linkTarget; // symlink target as stored; hardlink target normalised like `path`
};

// Access to the content of the current entry; reading it is optional.
class EntryData
{
public:
    explicit EntryData(archive *tar)
        : m_tar(tar)
    {}
    // Next chunk of the content: empty at the end, error on a corrupt or truncated stream.
    Result<QByteArray> read(qsizetype maxBytes = 256 * 1024);

private:
    archive *m_tar;
};

struct LayerDigests
{
    Digest compressed;
    qint64 compressedSize = 0;
    Digest uncompressed; // the diff_id
    qint64 uncompressedSize = 0;
    Compression compression = Compression::None;
};

// What the manifest and config promise; invalid digests / negative sizes are not checked.
struct LayerExpectation
{
    QString blobName; // for messages, e.g. "layer 2 (blobs/sha256/ab12…)"
    Digest digest;
    qint64 size = -1;
    Digest diffId;
};

using EntryVisitor = std::function<VoidResult(const RawTarEntry &entry, EntryData &data)>;
using ByteProgress = std::function<void(qint64 compressedBytesDelta)>;

// One streaming pass over a layer blob: hashes the compressed bytes as they leave the disk,
// decompresses (gzip, zstd or none, detected from the bytes), hashes the uncompressed tar
// stream and hands every tar entry to `visitor`. Verifies the expectation at the end; a
// mismatch, a truncated stream, a ".." path or an absurd header is an error naming the blob
// and the entry.
Result<LayerDigests> readLayerBlob(const BlobLocation &blob, const LayerExpectation &expect,
                                   const EntryVisitor &visitor,
                                   const std::atomic<bool> *cancel = nullptr,
                                   const ByteProgress &progress = {});

} // namespace cbw::core::oci

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
    // Hands the content to `sink` block by block, without copying; an error on a corrupt or
    // truncated stream.
    VoidResult forEachBlock(const std::function<void(const char *data, size_t size)> &sink);
    bool consumed() const { return m_consumed; }

private:
    archive *m_tar;
    bool m_consumed = false;
};

struct LayerDigests
{
    Digest compressed;
    qint64 compressedSize = 0;
    Digest uncompressed; // the diff_id
    qint64 uncompressedSize = 0;
    Compression compression = Compression::None;
};

// A fast non-cryptographic 64-bit hash of file contents (for diffs, not for trust).
class ContentHasher
{
public:
    void update(const char *data, size_t size);
    quint64 finish() const;

private:
    quint64 m_lanes[4] = {0x9e3779b185ebca87ull, 0xc2b2ae3d27d4eb4full, 0x165667b19e3779f9ull,
                          0x27d4eb2f165667c5ull};
    unsigned char m_tail[32] = {};
    size_t m_tailSize = 0;
    quint64 m_total = 0;
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

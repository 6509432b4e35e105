#include "layerreader.h"

#include <QFile>

#include <archive.h>
#include <archive_entry.h>

#include <condition_variable>
#include <cstring>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

namespace cbw::core::oci {

namespace {

constexpr qint64 kReadChunk = 128 * 1024;
// No layer file is larger than 64 TiB; a header that says so is corrupt or hostile.
constexpr qint64 kMaxEntrySize = qint64(1) << 46;
constexpr qint64 kMaxEntries = 20000000;

quint64 rotl(quint64 value, int bits)
{
    return (value << bits) | (value >> (64 - bits));
}

constexpr quint64 kPrime1 = 0x9e3779b185ebca87ull;
constexpr quint64 kPrime2 = 0xc2b2ae3d27d4eb4full;

quint64 readWord(const unsigned char *p)
{
    quint64 word;
    std::memcpy(&word, p, sizeof word);
    return word;
}

// SHA-256 on its own thread: both digests together cost about as much as inflate, and inflate
// cannot start the next block while the hash of the last one runs. Chunks come from a small
// pool (a few hundred KiB per stream, so a large layer costs no more memory than a small one):
// a producer either fills a chunk itself and submits it (no copy), or copies blocks that are
// only valid until its next call in with update().
class BackgroundHasher
{
public:
    BackgroundHasher(size_t chunkSize, size_t chunkCount)
        : m_chunkSize(chunkSize)
        , m_chunkCount(chunkCount)
        , m_thread([this] { run(); })
    {}
    ~BackgroundHasher() { stop(); }
    BackgroundHasher(const BackgroundHasher &) = delete;
    BackgroundHasher &operator=(const BackgroundHasher &) = delete;

    size_t chunkSize() const { return m_chunkSize; }

    // A chunk of chunkSize() bytes for the producer; it waits while all are queued or hashed.
    char *acquire()
    {
        std::unique_lock lock(m_mutex);
        m_chunkFreed.wait(lock, [this] { return !m_free.empty() || m_allocated < m_chunkCount; });
        if (m_free.empty()) {
            ++m_allocated;
            m_chunks.emplace_back(new char[m_chunkSize]); // not zeroed: untouched pages cost no RSS
            return m_chunks.back().get();
        }
        char *chunk = m_free.back();
        m_free.pop_back();
        return chunk;
    }

    // Queues `size` bytes of an acquired chunk. The producer may keep reading the chunk until
    // it acquires the next one: the pool only hands a chunk out again after it was hashed.
    void submit(char *chunk, size_t size)
    {
        m_bytes += qint64(size);
        std::lock_guard lock(m_mutex);
        m_queue.push_back(Pending{chunk, size});
        m_workAvailable.notify_one();
    }

    void update(const void *data, size_t size)
    {
        const char *bytes = static_cast<const char *>(data);
        while (size > 0) {
            if (!m_current)
                m_current = acquire();
            const size_t take = qMin(size, m_chunkSize - m_filled);
            std::memcpy(m_current + m_filled, bytes, take);
            m_filled += take;
            bytes += take;
            size -= take;
            if (m_filled == m_chunkSize)
                submitCurrent();
        }
    }

    Digest finish()
    {
        if (m_filled > 0)
            submitCurrent();
        stop();
        return m_hasher.finish();
    }

    qint64 bytesHashed() const { return m_bytes; }

private:
    struct Pending
    {
        char *chunk;
        size_t size;
    };

    void submitCurrent()
    {
        submit(m_current, m_filled);
        m_current = nullptr;
        m_filled = 0;
    }

    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_workAvailable.notify_one();
        if (m_thread.joinable())
            m_thread.join();
    }

    void run()
    {
        for (;;) {
            Pending pending{};
            {
                std::unique_lock lock(m_mutex);
                m_workAvailable.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
                if (m_queue.empty())
                    return;
                pending = m_queue.front();
                m_queue.pop_front();
            }
            m_hasher.update(pending.chunk, pending.size);
            std::lock_guard lock(m_mutex);
            m_free.push_back(pending.chunk);
            m_chunkFreed.notify_one();
        }
    }

    const size_t m_chunkSize;
    const size_t m_chunkCount;
    Sha256Hasher m_hasher; // touched by the worker only, until it has been joined
    char *m_current = nullptr;
    size_t m_filled = 0;
    qint64 m_bytes = 0;
    std::mutex m_mutex;
    std::condition_variable m_workAvailable;
    std::condition_variable m_chunkFreed;
    std::deque<Pending> m_queue;
    std::vector<char *> m_free;
    std::vector<std::unique_ptr<char[]>> m_chunks;
    size_t m_allocated = 0;
    bool m_stopping = false;
    std::thread m_thread;
};

// Reads the blob's byte range from disk straight into the hasher's chunks: the compressed
// digest, hashed while libarchive inflates the same chunk.
struct BlobStream
{
    QFile file;
    qint64 remaining = 0;
    // One chunk being hashed while libarchive inflates the other: enough to overlap the two.
    BackgroundHasher hasher{size_t(kReadChunk), 2};
    const std::atomic<bool> *cancel = nullptr;
    const ByteProgress *progress = nullptr;
    bool cancelled = false;
    QString ioError;

    la_ssize_t next(const void **data)
    {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            cancelled = true;
            return -1;
        }
        if (remaining <= 0)
            return 0;
        // libarchive is done with the previous chunk once it asks for the next one.
        char *chunk = hasher.acquire();
        const qint64 got = file.read(chunk, qMin(remaining, kReadChunk));
        if (got <= 0) {
            hasher.submit(chunk, 0);
            ioError = got < 0 ? file.errorString() : QStringLiteral("unexpected end of file");
            return -1;
        }
        remaining -= got;
        hasher.submit(chunk, size_t(got));
        if (progress && *progress)
            (*progress)(got);
        *data = chunk;
        return la_ssize_t(got);
    }

    void drain()
    {
        const void *ignored = nullptr;
        while (!cancelled && ioError.isEmpty() && next(&ignored) > 0) {
        }
    }
};

la_ssize_t readBlob(archive *, void *context, const void **data)
{
    return static_cast<BlobStream *>(context)->next(data);
}

// The decompressed tar stream, taken from the outer (raw) archive and hashed: the diff_id.
struct InflatedStream
{
    archive *outer = nullptr;
    // One chunk being hashed while the next one fills.
    BackgroundHasher hasher{64 * 1024, 2};
    bool failed = false;
    QString error;

    la_ssize_t next(const void **data)
    {
        size_t size = 0;
        la_int64_t offset = 0;
        const int status = archive_read_data_block(outer, data, &size, &offset);
        if (status == ARCHIVE_EOF)
            return 0;
        if (status < ARCHIVE_WARN) {
            failed = true;
            error = QString::fromUtf8(archive_error_string(outer));
            return -1;
        }
        hasher.update(*data, size);
        return la_ssize_t(size);
    }

    void drain()
    {
        const void *ignored = nullptr;
        while (!failed && next(&ignored) > 0) {
        }
    }
};

la_ssize_t readInflated(archive *, void *context, const void **data)
{
    return static_cast<InflatedStream *>(context)->next(data);
}

struct ArchiveDeleter
{
    void operator()(archive *a) const { archive_read_free(a); }
};
using ArchivePtr = std::unique_ptr<archive, ArchiveDeleter>;

// "./usr//bin/" → "usr/bin"; nullopt when a component is "..".
std::optional<QByteArray> normalizeEntryPath(const char *raw)
{
    QByteArray normalized;
    const char *p = raw;
    while (*p) {
        while (*p == '/')
            ++p;
        const char *start = p;
        while (*p && *p != '/')
            ++p;
        const qsizetype length = p - start;
        if (length == 0 || (length == 1 && start[0] == '.'))
            continue;
        if (length == 2 && start[0] == '.' && start[1] == '.')
            return std::nullopt;
        if (!normalized.isEmpty())
            normalized.append('/');
        normalized.append(start, length);
    }
    return normalized;
}

} // namespace

void ContentHasher::update(const char *data, size_t size)
{
    m_total += size;
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    if (m_tailSize > 0) {
        const size_t take = qMin(size, 32 - m_tailSize);
        std::memcpy(m_tail + m_tailSize, p, take);
        m_tailSize += take;
        p += take;
        size -= take;
        if (m_tailSize < 32)
            return;
        for (int lane = 0; lane < 4; ++lane)
            m_lanes[lane] =
                rotl(m_lanes[lane] + readWord(m_tail + 8 * lane) * kPrime2, 31) * kPrime1;
        m_tailSize = 0;
    }
    while (size >= 32) {
        for (int lane = 0; lane < 4; ++lane)
            m_lanes[lane] = rotl(m_lanes[lane] + readWord(p + 8 * lane) * kPrime2, 31) * kPrime1;
        p += 32;
        size -= 32;
    }
    std::memcpy(m_tail, p, size);
    m_tailSize = size;
}

quint64 ContentHasher::finish() const
{
    quint64 hash = rotl(m_lanes[0], 1) + rotl(m_lanes[1], 7) + rotl(m_lanes[2], 12) +
                   rotl(m_lanes[3], 18) + m_total;
    for (size_t i = 0; i < m_tailSize; ++i)
        hash = rotl(hash ^ (m_tail[i] * kPrime1), 11) * kPrime2;
    hash ^= hash >> 33;
    hash *= kPrime2;
    hash ^= hash >> 29;
    return hash;
}

VoidResult EntryData::forEachBlock(const std::function<void(const char *, size_t)> &sink)
{
    m_consumed = true;
    for (;;) {
        const void *block = nullptr;
        size_t size = 0;
        la_int64_t offset = 0;
        const int status = archive_read_data_block(m_tar, &block, &size, &offset);
        if (status == ARCHIVE_EOF)
            return Success{};
        if (status < ARCHIVE_WARN)
            return Error(QString::fromUtf8(archive_error_string(m_tar)));
        sink(static_cast<const char *>(block), size);
    }
}

Result<LayerDigests> readLayerBlob(const BlobLocation &blob, const LayerExpectation &expect,
                                   const EntryVisitor &visitor, const std::atomic<bool> *cancel,
                                   const ByteProgress &progress)
{
    const QString &name = expect.blobName;
    if (expect.size >= 0 && blob.length != expect.size)
        return Error(
            QStringLiteral("%1: size mismatch: the blob has %2 bytes, the manifest says %3")
                .arg(name)
                .arg(blob.length)
                .arg(expect.size));

    BlobStream input;
    input.file.setFileName(blob.file);
    if (!input.file.open(QIODevice::ReadOnly) || !input.file.seek(blob.offset))
        return Error(QStringLiteral("%1: cannot read: %2").arg(name, input.file.errorString()));
    input.remaining = blob.length;
    input.cancel = cancel;
    input.progress = &progress;

    ArchivePtr outer(archive_read_new());
    archive_read_support_filter_gzip(outer.get());
    archive_read_support_filter_zstd(outer.get());
    archive_read_support_format_raw(outer.get());
    InflatedStream inflated;
    inflated.outer = outer.get();
    ArchivePtr tar(archive_read_new());
    archive_read_support_format_tar(tar.get());

    // Whatever went wrong, a digest mismatch is the more useful report: a corrupt stream is
    // usually a tampered or truncated blob.
    auto failure = [&](const QString &what) -> Error {
        if (input.cancelled)
            return Error(QStringLiteral("%1: cancelled").arg(name));
        input.drain();
        if (input.ioError.isEmpty()) {
            const Digest actual = input.hasher.finish();
            if (expect.digest.isValid() && !(actual == expect.digest))
                return Error(QStringLiteral("%1: digest mismatch: content hashes to %2, the "
                                            "manifest says %3 (%4)")
                                 .arg(name, actual.toString(), expect.digest.toString(), what));
        }
        return Error(QStringLiteral("%1: %2").arg(name, what));
    };

    if (archive_read_open(outer.get(), &input, nullptr, readBlob, nullptr) != ARCHIVE_OK)
        return failure(input.ioError.isEmpty()
                           ? QString::fromUtf8(archive_error_string(outer.get()))
                           : input.ioError);
    archive_entry *rawEntry = nullptr;
    if (archive_read_next_header(outer.get(), &rawEntry) != ARCHIVE_OK)
        return failure(QStringLiteral("not a layer: %1")
                           .arg(QString::fromUtf8(archive_error_string(outer.get()))));
    LayerDigests digests;
    switch (archive_filter_code(outer.get(), 0)) {
    case ARCHIVE_FILTER_GZIP:
        digests.compression = Compression::Gzip;
        break;
    case ARCHIVE_FILTER_ZSTD:
        digests.compression = Compression::Zstd;
        break;
    default:
        digests.compression = Compression::None;
        break;
    }

    if (archive_read_open(tar.get(), &inflated, nullptr, readInflated, nullptr) != ARCHIVE_OK)
        return failure(inflated.failed
                           ? QStringLiteral("decompression failed: %1").arg(inflated.error)
                           : QStringLiteral("not a tar stream: %1")
                                 .arg(QString::fromUtf8(archive_error_string(tar.get()))));
    qint64 index = 0;
    archive_entry *entry = nullptr;
    for (;;) {
        const int status = archive_read_next_header(tar.get(), &entry);
        if (status == ARCHIVE_EOF)
            break;
        const QString where = QStringLiteral("tar entry %1").arg(index);
        if (status < ARCHIVE_WARN) {
            if (inflated.failed)
                return failure(
                    QStringLiteral("%1: decompression failed: %2").arg(where, inflated.error));
            return failure(QStringLiteral("%1: %2").arg(
                where, QString::fromUtf8(archive_error_string(tar.get()))));
        }
        if (index >= kMaxEntries)
            return failure(QStringLiteral("more than %1 entries; refusing").arg(kMaxEntries));
        RawTarEntry raw;
        raw.index = index;
        const char *pathname = archive_entry_pathname(entry);
        if (!pathname)
            return failure(where + QStringLiteral(": entry without a path"));
        const auto path = normalizeEntryPath(pathname);
        if (!path)
            return failure(QStringLiteral("%1 '%2': path traversal (\"..\"); refused")
                               .arg(where, QString::fromUtf8(pathname)));
        raw.path = *path;
        const QString entryName = QStringLiteral("%1 '%2'").arg(where, QString::fromUtf8(pathname));
        const char *hardlink = archive_entry_hardlink(entry);
        const mode_t fileType = archive_entry_filetype(entry);
        if (hardlink) {
            const auto target = normalizeEntryPath(hardlink);
            if (!target || target->isEmpty())
                return failure(QStringLiteral("%1: hardlink target '%2' leaves the layer; refused")
                                   .arg(entryName, QString::fromUtf8(hardlink)));
            raw.type = EntryType::Hardlink;
            raw.linkTarget = *target;
        } else {
            switch (fileType) {
            case AE_IFREG:
                raw.type = EntryType::File;
                break;
            case AE_IFDIR:
                raw.type = EntryType::Directory;
                break;
            case AE_IFLNK: {
                raw.type = EntryType::Symlink;
                const char *target = archive_entry_symlink(entry);
                raw.linkTarget = target ? QByteArray(target) : QByteArray();
                break;
            }
            case AE_IFCHR:
                raw.type = EntryType::CharDevice;
                break;
            case AE_IFBLK:
                raw.type = EntryType::BlockDevice;
                break;
            case AE_IFIFO:
                raw.type = EntryType::Fifo;
                break;
            default:
                return failure(QStringLiteral("%1: unsupported entry type %2")
                                   .arg(entryName)
                                   .arg(fileType, 0, 8));
            }
        }
        raw.mode = quint32(archive_entry_perm(entry)) & 07777u;
        const la_int64_t uid = archive_entry_uid(entry);
        const la_int64_t gid = archive_entry_gid(entry);
        if (uid < 0 || uid > 0xffffffffll || gid < 0 || gid > 0xffffffffll)
            return failure(
                QStringLiteral("%1: absurd owner %2:%3").arg(entryName).arg(uid).arg(gid));
        raw.uid = quint32(uid);
        raw.gid = quint32(gid);
        const la_int64_t size = archive_entry_size_is_set(entry) ? archive_entry_size(entry) : 0;
        if (size < 0 || size > kMaxEntrySize)
            return failure(QStringLiteral("%1: absurd size %2").arg(entryName).arg(size));
        raw.size = raw.type == EntryType::File ? qint64(size) : 0;
        raw.mtime = qint64(archive_entry_mtime(entry));

        EntryData data(tar.get());
        if (visitor) {
            const VoidResult visited = visitor(raw, data);
            if (!visited) {
                if (input.cancelled)
                    return failure(QString());
                return failure(QStringLiteral("%1: %2").arg(entryName, visited.error().message));
            }
        }
        if (!data.consumed()) {
            // Reading through is what moves the stream (and both hashes) forward.
            const VoidResult skipped = data.forEachBlock([](const char *, size_t) {});
            if (!skipped)
                return failure(QStringLiteral("%1: %2").arg(entryName, skipped.error().message));
        }
        ++index;
    }
    // Tar ends at its two zero blocks; the diff_id covers the whole stream, padding included,
    // and the blob digest covers every byte of the file.
    inflated.drain();
    if (inflated.failed)
        return failure(
            QStringLiteral("decompression failed after the last entry: %1").arg(inflated.error));
    input.drain();
    if (input.cancelled)
        return failure(QString());
    if (!input.ioError.isEmpty())
        return Error(QStringLiteral("%1: cannot read: %2").arg(name, input.ioError));

    digests.compressed = input.hasher.finish();
    digests.compressedSize = input.hasher.bytesHashed();
    digests.uncompressed = inflated.hasher.finish();
    digests.uncompressedSize = inflated.hasher.bytesHashed();
    if (expect.digest.isValid() && !(digests.compressed == expect.digest))
        return Error(
            QStringLiteral("%1: digest mismatch: content hashes to %2, the manifest says %3")
                .arg(name, digests.compressed.toString(), expect.digest.toString()));
    if (expect.diffId.isValid() && !(digests.uncompressed == expect.diffId))
        return Error(QStringLiteral("%1: diff_id mismatch: the uncompressed tar hashes to %2, the "
                                    "config says %3")
                         .arg(name, digests.uncompressed.toString(), expect.diffId.toString()));
    return digests;
}

} // namespace cbw::core::oci

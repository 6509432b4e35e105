// libFuzzer target for the OCI reader on hostile input. Every input is tried as:
//  - a layer blob, as stored and gzip-compressed, with the blob digest computed from the input
//    so that the tar, whiteout and tree logic is reached; a successful read is merged twice (so
//    the second copy's whiteouts and opaque markers act on the first) into a FileTree, walked
//    through every MergedView and scored by computeEfficiency;
//  - the index.json, the manifest and the config of an otherwise valid layout.
// Invariants: no crash, ASan/UBSan clean, a read that succeeds reports the digest and size it
// was given, every node of a tree has an absolute path without empty, "." or ".." components,
// and the efficiency score stays within 0..1.
#include "oci/efficiency.h"
#include "oci/filetreebuilder_p.h"
#include "oci/imagesource.h"
#include "oci/layerreader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <archive.h>
#include <archive_entry.h>

#include <cstdint>
#include <cstdlib>

using namespace cbw::core;
using namespace cbw::core::oci;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

QTemporaryDir &workDir()
{
    static QTemporaryDir dir;
    check(dir.isValid());
    return dir;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    check(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    check(file.write(bytes) == bytes.size());
}

la_ssize_t appendToByteArray(archive *, void *context, const void *buffer, size_t length)
{
    static_cast<QByteArray *>(context)->append(static_cast<const char *>(buffer),
                                               qsizetype(length));
    return la_ssize_t(length);
}

QByteArray gzip(const QByteArray &bytes)
{
    QByteArray out;
    archive *a = archive_write_new();
    archive_write_add_filter_gzip(a);
    archive_write_set_format_raw(a);
    archive_write_set_bytes_in_last_block(a, 1);
    archive_write_open(a, &out, nullptr, appendToByteArray, nullptr);
    archive_entry *entry = archive_entry_new();
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_size(entry, bytes.size());
    archive_write_header(a, entry);
    archive_write_data(a, bytes.constData(), size_t(bytes.size()));
    archive_entry_free(entry);
    archive_write_close(a);
    archive_write_free(a);
    return out;
}

// A path is its node's name after its parent's path, so checking every name (and that parents
// come first, which also rules out cycles) checks every path in linear time; a layer of one
// deeply nested entry would make building each path quadratic. The full path() is compared for
// the first nodes only.
void checkTree(const FileTree &tree)
{
    check(tree.path(RootNode) == QLatin1String("/"));
    for (NodeId id = 1; id < NodeId(tree.nodeCount()); ++id) {
        const FileTree::Node &node = tree.node(id);
        check(node.parent < id);
        const QByteArray name = tree.name(id);
        check(!name.isEmpty() && name != "." && name != ".." && !name.contains('/'));
        if (id < 256) {
            const QString path = tree.path(id);
            check(path.startsWith(QLatin1Char('/')));
            const QStringList components = path.mid(1).split(QLatin1Char('/'));
            for (const QString &component : components)
                check(!component.isEmpty() && component != QLatin1String(".") &&
                      component != QLatin1String(".."));
        }
        for (int layer = 0; layer < tree.layerCount(); ++layer) {
            (void)tree.changeInLayer(id, layer);
            (void)tree.subtreeTouchedInLayer(id, layer);
        }
        (void)tree.history(id);
    }
    for (int layer = 0; layer < tree.layerCount(); ++layer) {
        const MergedView view(tree, layer);
        for (const NodeId id : view.descendants(RootNode)) {
            check(view.contains(id));
            if (const FileEntry *entry = view.entry(id); entry && entry->linkTarget != NoName)
                (void)tree.linkTarget(*entry);
        }
        check(view.subtreeBytes(RootNode) >= 0);
    }
    const EfficiencyReport report = computeEfficiency(tree);
    check(report.score >= 0.0 && report.score <= 1.0);
    check(report.minimumBytes <= report.totalBytes);
    check(report.wastedBytes >= 0);
}

void readLayer(const QByteArray &blob)
{
    const QString file = workDir().filePath(QStringLiteral("layer"));
    writeFile(file, blob);
    BlobLocation location;
    location.file = file;
    location.length = blob.size();
    location.displayName = QStringLiteral("fuzz");
    LayerExpectation expect;
    expect.blobName = QStringLiteral("layer 0 (fuzz)");
    expect.digest = Digest::ofData(blob);
    expect.size = blob.size();

    ScannedLayer scan;
    auto visitor = [&scan](const RawTarEntry &raw, EntryData &data) -> VoidResult {
        ContentHasher hasher;
        if (raw.type == EntryType::File && raw.size > 0) {
            const VoidResult read = data.forEachBlock(
                [&hasher](const char *bytes, size_t size) { hasher.update(bytes, size); });
            if (!read)
                return read;
        }
        check(!raw.path.startsWith('/') && !raw.path.split('/').contains(".."));
        scan.add(raw, raw.type == EntryType::File ? hasher.finish() : 0);
        return Success{};
    };
    const auto digests = readLayerBlob(location, expect, visitor);
    if (!digests)
        return;
    check(digests->compressed == expect.digest);
    check(digests->compressedSize == blob.size());

    FileTreeBuilder builder;
    if (!builder.addLayer(scan, expect.blobName))
        return;
    if (!builder.addLayer(scan, QStringLiteral("layer 1 (fuzz)")))
        return;
    checkTree(*builder.finish());
}

// A layout whose index, manifest or config is the input; the rest is valid and points at it.
class Layout
{
public:
    Layout()
        : m_dir(workDir().filePath(QStringLiteral("layout")))
    {
        QDir().mkpath(m_dir + QStringLiteral("/blobs/sha256"));
        writeFile(m_dir + QStringLiteral("/oci-layout"), R"({"imageLayoutVersion":"1.0.0"})");
    }

    void tryIndex(const QByteArray &index)
    {
        writeFile(m_dir + QStringLiteral("/index.json"), index);
        resolve();
    }

    void tryManifest(const QByteArray &manifest)
    {
        writeIndex(descriptor(QLatin1String(MediaType::OciManifest), manifest));
        const QString blob = writeBlob(manifest);
        resolve();
        QFile::remove(blob);
    }

    void tryConfig(const QByteArray &config)
    {
        const QString configBlob = writeBlob(config);
        const QJsonObject manifest{
            {QStringLiteral("schemaVersion"), 2},
            {QStringLiteral("mediaType"), QLatin1String(MediaType::OciManifest)},
            {QStringLiteral("config"), descriptor(QLatin1String(MediaType::OciConfig), config)},
            {QStringLiteral("layers"), QJsonArray()}};
        const QByteArray manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
        const QString manifestBlob = writeBlob(manifestBytes);
        writeIndex(descriptor(QLatin1String(MediaType::OciManifest), manifestBytes));
        resolve();
        QFile::remove(configBlob);
        QFile::remove(manifestBlob);
    }

private:
    static QJsonObject descriptor(const QString &mediaType, const QByteArray &blob)
    {
        return QJsonObject{{QStringLiteral("mediaType"), mediaType},
                           {QStringLiteral("digest"), Digest::ofData(blob).toString()},
                           {QStringLiteral("size"), blob.size()}};
    }

    QString writeBlob(const QByteArray &bytes)
    {
        const QString path =
            m_dir + QLatin1Char('/') + ImageSource::memberForDigest(Digest::ofData(bytes));
        writeFile(path, bytes);
        return path;
    }

    void writeIndex(const QJsonObject &manifest)
    {
        const QJsonObject index{{QStringLiteral("schemaVersion"), 2},
                                {QStringLiteral("mediaType"), QLatin1String(MediaType::OciIndex)},
                                {QStringLiteral("manifests"), QJsonArray{manifest}}};
        writeFile(m_dir + QStringLiteral("/index.json"),
                  QJsonDocument(index).toJson(QJsonDocument::Compact));
    }

    void resolve()
    {
        const auto source = ImageSource::open(m_dir);
        check(source.ok());
        (void)(*source)->listImages();
        bool selectionFailed = false;
        const auto image = (*source)->resolve(ResolveOptions{}, &selectionFailed);
        if (!image)
            return;
        for (const LayerInfo &layer : image->layers)
            (void)(*source)->locate(layer.member);
    }

    QString m_dir;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    readLayer(bytes);
    readLayer(gzip(bytes));
    static Layout layout;
    layout.tryIndex(bytes);
    layout.tryManifest(bytes);
    layout.tryConfig(bytes);
    return 0;
}

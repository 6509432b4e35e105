#pragma once

// Builds OCI layouts, OCI archives and docker archives inside a test, with libarchive, so that
// every case (whiteouts, tampering, platforms) is a few lines of the test itself.

#include "oci/digest.h"
#include "oci/image.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <archive.h>
#include <archive_entry.h>

namespace cbw::test {

using cbw::core::oci::Compression;
using cbw::core::oci::Digest;

struct TarItem
{
    QByteArray path;
    char type = 'f'; // f d l h c b p
    QByteArray content;
    QByteArray link;
    int mode = -1; // -1: 0644 for files, 0755 for dirs, 0777 for links
    int uid = 0;
    int gid = 0;
    qint64 mtime = 1700000000;
};

inline TarItem file(QByteArray path, QByteArray content, int mode = -1)
{
    TarItem item;
    item.path = std::move(path);
    item.content = std::move(content);
    item.mode = mode;
    return item;
}

inline TarItem dir(QByteArray path, int mode = -1)
{
    TarItem item;
    item.path = std::move(path);
    item.type = 'd';
    item.mode = mode;
    return item;
}

inline TarItem slink(QByteArray path, QByteArray target)
{
    TarItem item;
    item.path = std::move(path);
    item.type = 'l';
    item.link = std::move(target);
    return item;
}

inline TarItem hardlink(QByteArray path, QByteArray target)
{
    TarItem item;
    item.path = std::move(path);
    item.type = 'h';
    item.link = std::move(target);
    return item;
}

inline TarItem special(QByteArray path, char type)
{
    TarItem item;
    item.path = std::move(path);
    item.type = type;
    item.mode = 0600;
    return item;
}

inline TarItem whiteout(const QByteArray &parent, const QByteArray &name)
{
    const QByteArray path =
        parent.isEmpty() ? QByteArray(".wh." + name) : QByteArray(parent + "/.wh." + name);
    return file(path, {}, 0);
}

inline TarItem opaque(const QByteArray &dirPath)
{
    return file(dirPath + "/.wh..wh..opq", {}, 0);
}

namespace detail {

inline la_ssize_t appendToByteArray(archive *, void *context, const void *buffer, size_t length)
{
    static_cast<QByteArray *>(context)->append(static_cast<const char *>(buffer),
                                               qsizetype(length));
    return la_ssize_t(length);
}

} // namespace detail

// A tar (pax) of `items`, optionally compressed.
inline QByteArray makeTar(const QList<TarItem> &items, Compression compression = Compression::None)
{
    QByteArray out;
    archive *a = archive_write_new();
    archive_write_set_format_pax_restricted(a);
    if (compression == Compression::Gzip)
        archive_write_add_filter_gzip(a);
    else if (compression == Compression::Zstd)
        archive_write_add_filter_zstd(a);
    archive_write_set_bytes_in_last_block(a, 1);
    archive_write_open(a, &out, nullptr, detail::appendToByteArray, nullptr);
    for (const TarItem &item : items) {
        archive_entry *e = archive_entry_new();
        archive_entry_set_pathname(e, item.path.constData());
        archive_entry_set_uid(e, item.uid);
        archive_entry_set_gid(e, item.gid);
        archive_entry_set_mtime(e, item.mtime, 0);
        int mode = item.mode;
        switch (item.type) {
        case 'd':
            archive_entry_set_filetype(e, AE_IFDIR);
            mode = mode < 0 ? 0755 : mode;
            break;
        case 'l':
            archive_entry_set_filetype(e, AE_IFLNK);
            archive_entry_set_symlink(e, item.link.constData());
            mode = mode < 0 ? 0777 : mode;
            break;
        case 'h':
            archive_entry_set_filetype(e, AE_IFREG);
            archive_entry_set_hardlink(e, item.link.constData());
            mode = mode < 0 ? 0644 : mode;
            break;
        case 'c':
            archive_entry_set_filetype(e, AE_IFCHR);
            archive_entry_set_rdev(e, 0x0501);
            break;
        case 'b':
            archive_entry_set_filetype(e, AE_IFBLK);
            archive_entry_set_rdev(e, 0x0801);
            break;
        case 'p':
            archive_entry_set_filetype(e, AE_IFIFO);
            break;
        default:
            archive_entry_set_filetype(e, AE_IFREG);
            archive_entry_set_size(e, item.content.size());
            mode = mode < 0 ? 0644 : mode;
            break;
        }
        archive_entry_set_perm(e, mode_t(mode));
        archive_write_header(a, e);
        if (item.type == 'f' && !item.content.isEmpty())
            archive_write_data(a, item.content.constData(), size_t(item.content.size()));
        archive_entry_free(e);
    }
    archive_write_close(a);
    archive_write_free(a);
    return out;
}

inline QByteArray uncompressedTar(const QList<TarItem> &items)
{
    return makeTar(items, Compression::None);
}

struct TestLayer
{
    QByteArray blob;
    Digest digest;
    Digest diffId;
    QString mediaType;
    QString createdBy;
};

inline TestLayer makeLayer(const QList<TarItem> &items, Compression compression = Compression::Gzip,
                           const QString &createdBy = {})
{
    TestLayer layer;
    const QByteArray tar = makeTar(items, Compression::None);
    layer.diffId = Digest::ofData(tar);
    layer.blob = compression == Compression::None ? tar : makeTar(items, compression);
    layer.digest = Digest::ofData(layer.blob);
    layer.mediaType = compression == Compression::Gzip
                          ? QStringLiteral("application/vnd.oci.image.layer.v1.tar+gzip")
                      : compression == Compression::Zstd
                          ? QStringLiteral("application/vnd.oci.image.layer.v1.tar+zstd")
                          : QStringLiteral("application/vnd.oci.image.layer.v1.tar");
    layer.createdBy = createdBy;
    return layer;
}

struct TestImage
{
    QList<TestLayer> layers;
    QString os = QStringLiteral("linux");
    QString architecture = QStringLiteral("amd64");
    QString variant;
    QStringList entrypoint{QStringLiteral("/bin/app")};
    QStringList cmd{QStringLiteral("--serve")};
    QStringList env{QStringLiteral("PATH=/usr/bin:/bin")};
    QJsonObject labels{{QStringLiteral("org.example.name"), QStringLiteral("demo")}};
    bool emptyHistoryFirst = true; // an ENV-style history entry without a layer
    QJsonObject overrides;         // replaces top-level keys of the config (malformed configs)

    QByteArray configJson() const
    {
        QJsonArray diffIds;
        QJsonArray history;
        if (emptyHistoryFirst)
            history.append(QJsonObject{{QStringLiteral("created_by"), QStringLiteral("ENV A=1")},
                                       {QStringLiteral("empty_layer"), true}});
        for (const TestLayer &layer : layers) {
            diffIds.append(layer.diffId.toString());
            history.append(QJsonObject{{QStringLiteral("created_by"), layer.createdBy}});
        }
        QJsonObject config{{QStringLiteral("Entrypoint"), QJsonArray::fromStringList(entrypoint)},
                           {QStringLiteral("Cmd"), QJsonArray::fromStringList(cmd)},
                           {QStringLiteral("Env"), QJsonArray::fromStringList(env)},
                           {QStringLiteral("Labels"), labels}};
        QJsonObject root{{QStringLiteral("architecture"), architecture},
                         {QStringLiteral("os"), os},
                         {QStringLiteral("config"), config},
                         {QStringLiteral("rootfs"),
                          QJsonObject{{QStringLiteral("type"), QStringLiteral("layers")},
                                      {QStringLiteral("diff_ids"), diffIds}}},
                         {QStringLiteral("history"), history}};
        if (!variant.isEmpty())
            root.insert(QStringLiteral("variant"), variant);
        for (auto it = overrides.begin(); it != overrides.end(); ++it)
            root.insert(it.key(), it.value());
        return QJsonDocument(root).toJson(QJsonDocument::Compact);
    }
};

inline QJsonObject descriptorJson(const QString &mediaType, const QByteArray &blob)
{
    return QJsonObject{{QStringLiteral("mediaType"), mediaType},
                       {QStringLiteral("digest"), Digest::ofData(blob).toString()},
                       {QStringLiteral("size"), blob.size()}};
}

// Writes blobs into an OCI layout directory and builds its index.json.
class LayoutWriter
{
public:
    explicit LayoutWriter(QString directory)
        : m_dir(std::move(directory))
    {
        QDir().mkpath(m_dir + QStringLiteral("/blobs/sha256"));
        writeFile(QStringLiteral("oci-layout"), R"({"imageLayoutVersion":"1.0.0"})");
    }

    QString blobPath(const Digest &digest) const
    {
        return m_dir + QStringLiteral("/blobs/sha256/") + QString::fromLatin1(digest.hex);
    }

    Digest writeBlob(const QByteArray &bytes)
    {
        const Digest digest = Digest::ofData(bytes);
        QFile f(blobPath(digest));
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return digest;
    }

    void writeFile(const QString &relative, const QByteArray &bytes)
    {
        QFile f(m_dir + QLatin1Char('/') + relative);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(bytes);
    }

    // The manifest of `image` as a descriptor (not yet in the index).
    QJsonObject addImage(const TestImage &image)
    {
        QJsonArray layers;
        for (const TestLayer &layer : image.layers) {
            writeBlob(layer.blob);
            layers.append(descriptorJson(layer.mediaType, layer.blob));
        }
        const QByteArray config = image.configJson();
        writeBlob(config);
        const QJsonObject manifest{
            {QStringLiteral("schemaVersion"), 2},
            {QStringLiteral("mediaType"),
             QStringLiteral("application/vnd.oci.image.manifest.v1+json")},
            {QStringLiteral("config"),
             descriptorJson(QStringLiteral("application/vnd.oci.image.config.v1+json"), config)},
            {QStringLiteral("layers"), layers}};
        const QByteArray manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
        writeBlob(manifestBytes);
        QJsonObject descriptor = descriptorJson(
            QStringLiteral("application/vnd.oci.image.manifest.v1+json"), manifestBytes);
        QJsonObject platform{{QStringLiteral("os"), image.os},
                             {QStringLiteral("architecture"), image.architecture}};
        if (!image.variant.isEmpty())
            platform.insert(QStringLiteral("variant"), image.variant);
        descriptor.insert(QStringLiteral("platform"), platform);
        return descriptor;
    }

    static QJsonObject tagged(QJsonObject descriptor, const QString &tag)
    {
        descriptor.insert(QStringLiteral("annotations"),
                          QJsonObject{{QStringLiteral("org.opencontainers.image.ref.name"), tag}});
        return descriptor;
    }

    // A nested image index blob listing `manifests`, as a descriptor for the top index.
    QJsonObject addIndex(const QJsonArray &manifests)
    {
        const QJsonObject index{{QStringLiteral("schemaVersion"), 2},
                                {QStringLiteral("mediaType"),
                                 QStringLiteral("application/vnd.oci.image.index.v1+json")},
                                {QStringLiteral("manifests"), manifests}};
        const QByteArray bytes = QJsonDocument(index).toJson(QJsonDocument::Compact);
        writeBlob(bytes);
        return descriptorJson(QStringLiteral("application/vnd.oci.image.index.v1+json"), bytes);
    }

    void writeIndex(const QJsonArray &manifests)
    {
        const QJsonObject index{{QStringLiteral("schemaVersion"), 2},
                                {QStringLiteral("manifests"), manifests}};
        writeFile(QStringLiteral("index.json"), QJsonDocument(index).toJson());
    }

    // The usual case: one image, one tag.
    static void writeSingle(const QString &directory, const TestImage &image,
                            const QString &tag = QStringLiteral("latest"))
    {
        LayoutWriter writer(directory);
        writer.writeIndex(QJsonArray{tagged(writer.addImage(image), tag)});
    }

private:
    QString m_dir;
};

// Tars a directory tree (e.g. a layout) into `archivePath`, like skopeo's oci-archive.
inline void tarDirectory(const QString &directory, const QString &archivePath)
{
    QList<TarItem> items;
    QDir root(directory);
    QList<QString> stack{QString()};
    while (!stack.isEmpty()) {
        const QString relative = stack.takeLast();
        const QDir current(relative.isEmpty() ? directory : root.filePath(relative));
        const auto infos = current.entryInfoList(
            QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
        for (const QFileInfo &info : infos) {
            const QString path = relative.isEmpty() ? info.fileName()
                                                    : relative + QLatin1Char('/') + info.fileName();
            if (info.isDir()) {
                items.append(dir(path.toUtf8()));
                stack.append(path);
            } else {
                QFile f(info.filePath());
                f.open(QIODevice::ReadOnly);
                items.append(file(path.toUtf8(), f.readAll()));
            }
        }
    }
    QFile out(archivePath);
    out.open(QIODevice::WriteOnly);
    out.write(uncompressedTar(items));
}

// `docker save` format: manifest.json, <hex>.json config, <id>/layer.tar (uncompressed).
inline void writeDockerArchive(const QString &archivePath, const TestImage &image,
                               const QString &repoTag, const QStringList &layerNames = {})
{
    QList<TarItem> items;
    const QByteArray config = image.configJson();
    const QString configName =
        QString::fromLatin1(Digest::ofData(config).hex) + QStringLiteral(".json");
    items.append(file(configName.toUtf8(), config));
    QJsonArray layers;
    for (qsizetype i = 0; i < image.layers.size(); ++i) {
        const QByteArray id = QByteArray::number(qlonglong(i)).rightJustified(4, '0');
        items.append(dir(id));
        items.append(file(id + "/layer.tar", image.layers[i].blob));
        layers.append(layerNames.value(i, QString::fromLatin1(id + "/layer.tar")));
    }
    const QJsonArray manifest{QJsonObject{{QStringLiteral("Config"), configName},
                                          {QStringLiteral("RepoTags"), QJsonArray{repoTag}},
                                          {QStringLiteral("Layers"), layers}}};
    items.append(file("manifest.json", QJsonDocument(manifest).toJson()));
    QFile out(archivePath);
    out.open(QIODevice::WriteOnly);
    out.write(uncompressedTar(items));
}

} // namespace cbw::test

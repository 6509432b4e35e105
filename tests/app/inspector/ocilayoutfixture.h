#pragma once

// Writes small OCI image layouts for the inspector tests: uncompressed tar layers built with
// libarchive, config / manifest / index JSON with correct digests, so ImageLoader verifies them.

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

#include <archive.h>
#include <archive_entry.h>

namespace cbw::test {

struct FixtureEntry
{
    FixtureEntry(QByteArray entryPath, char entryType = 'f', QByteArray entryContent = {},
                 unsigned entryMode = 0644, QByteArray target = {})
        : path(std::move(entryPath))
        , type(entryType)
        , content(std::move(entryContent))
        , mode(entryMode)
        , linkTarget(std::move(target))
    {}

    QByteArray path;       // "etc/os-release", "tmp/.wh.big.bin", "usr/"
    char type = 'f';       // f file, d directory, l symlink
    QByteArray content;    // files
    unsigned mode = 0644;  // permission bits
    QByteArray linkTarget; // symlinks
};

struct FixtureLayer
{
    QList<FixtureEntry> entries;
    QString createdBy;
};

inline QByteArray fixtureTar(const QList<FixtureEntry> &entries)
{
    QByteArray out;
    archive *tar = archive_write_new();
    archive_write_set_format_pax_restricted(tar);
    archive_write_set_bytes_in_last_block(tar, 1);
    archive_write_open(
        tar, &out, nullptr,
        [](archive *, void *data, const void *buffer, size_t length) -> la_ssize_t {
            static_cast<QByteArray *>(data)->append(static_cast<const char *>(buffer),
                                                    qsizetype(length));
            return la_ssize_t(length);
        },
        nullptr);
    for (const FixtureEntry &fixture : entries) {
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, fixture.path.constData());
        archive_entry_set_mtime(entry, 1700000000, 0);
        archive_entry_set_uid(entry, 0);
        archive_entry_set_gid(entry, 0);
        switch (fixture.type) {
        case 'd':
            archive_entry_set_filetype(entry, AE_IFDIR);
            archive_entry_set_perm(entry, fixture.mode == 0644 ? 0755 : fixture.mode);
            break;
        case 'l':
            archive_entry_set_filetype(entry, AE_IFLNK);
            archive_entry_set_perm(entry, 0777);
            archive_entry_set_symlink(entry, fixture.linkTarget.constData());
            break;
        default:
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_set_perm(entry, fixture.mode);
            archive_entry_set_size(entry, fixture.content.size());
            break;
        }
        archive_write_header(tar, entry);
        if (fixture.type == 'f' && !fixture.content.isEmpty())
            archive_write_data(tar, fixture.content.constData(), size_t(fixture.content.size()));
        archive_entry_free(entry);
    }
    archive_write_close(tar);
    archive_write_free(tar);
    return out;
}

inline QString fixtureDigest(const QByteArray &data)
{
    return QStringLiteral("sha256:") +
           QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

// Writes `bytes` as a blob of the layout and returns its descriptor.
inline QJsonObject fixtureBlob(const QString &layout, const QString &mediaType,
                               const QByteArray &bytes)
{
    const QString digest = fixtureDigest(bytes);
    QDir().mkpath(layout + QStringLiteral("/blobs/sha256"));
    QFile file(layout + QStringLiteral("/blobs/sha256/") + digest.mid(7));
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return QJsonObject{{QStringLiteral("mediaType"), mediaType},
                       {QStringLiteral("digest"), digest},
                       {QStringLiteral("size"), qint64(bytes.size())}};
}

// Returns the blob paths of the layers, bottom first (for tampering).
inline QStringList writeFixtureLayout(const QString &layout, const QList<FixtureLayer> &layers,
                                      const QString &tag = QStringLiteral("latest"))
{
    QDir().mkpath(layout);
    QJsonArray layerDescriptors;
    QJsonArray diffIds;
    QJsonArray history;
    QStringList blobPaths;
    for (const FixtureLayer &layer : layers) {
        const QByteArray tar = fixtureTar(layer.entries);
        const QJsonObject descriptor =
            fixtureBlob(layout, QStringLiteral("application/vnd.oci.image.layer.v1.tar"), tar);
        layerDescriptors.append(descriptor);
        diffIds.append(fixtureDigest(tar));
        history.append(QJsonObject{{QStringLiteral("created_by"), layer.createdBy}});
        blobPaths.append(layout + QStringLiteral("/blobs/sha256/") +
                         descriptor.value(QStringLiteral("digest")).toString().mid(7));
    }
    const QJsonObject config{
        {QStringLiteral("architecture"), QStringLiteral("amd64")},
        {QStringLiteral("os"), QStringLiteral("linux")},
        {QStringLiteral("config"),
         QJsonObject{{QStringLiteral("Cmd"), QJsonArray{QStringLiteral("/bin/sh")}}}},
        {QStringLiteral("rootfs"), QJsonObject{{QStringLiteral("type"), QStringLiteral("layers")},
                                               {QStringLiteral("diff_ids"), diffIds}}},
        {QStringLiteral("history"), history}};
    const QJsonObject configDescriptor =
        fixtureBlob(layout, QStringLiteral("application/vnd.oci.image.config.v1+json"),
                    QJsonDocument(config).toJson(QJsonDocument::Compact));
    const QJsonObject manifest{
        {QStringLiteral("schemaVersion"), 2},
        {QStringLiteral("mediaType"), QStringLiteral("application/vnd.oci.image.manifest.v1+json")},
        {QStringLiteral("config"), configDescriptor},
        {QStringLiteral("layers"), layerDescriptors}};
    QJsonObject manifestDescriptor =
        fixtureBlob(layout, QStringLiteral("application/vnd.oci.image.manifest.v1+json"),
                    QJsonDocument(manifest).toJson(QJsonDocument::Compact));
    manifestDescriptor.insert(
        QStringLiteral("annotations"),
        QJsonObject{{QStringLiteral("org.opencontainers.image.ref.name"), tag}});
    const QJsonObject index{{QStringLiteral("schemaVersion"), 2},
                            {QStringLiteral("manifests"), QJsonArray{manifestDescriptor}}};
    QFile indexFile(layout + QStringLiteral("/index.json"));
    if (indexFile.open(QIODevice::WriteOnly))
        indexFile.write(QJsonDocument(index).toJson());
    QFile layoutFile(layout + QStringLiteral("/oci-layout"));
    if (layoutFile.open(QIODevice::WriteOnly))
        layoutFile.write(R"({"imageLayoutVersion":"1.0.0"})");
    return blobPaths;
}

} // namespace cbw::test

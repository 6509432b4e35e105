#pragma once

#include "digest.h"
#include "platform.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace cbw::core::oci {

namespace MediaType {
inline constexpr char OciLayout[] = "application/vnd.oci.image.layout.v1+json";
inline constexpr char OciIndex[] = "application/vnd.oci.image.index.v1+json";
inline constexpr char OciManifest[] = "application/vnd.oci.image.manifest.v1+json";
inline constexpr char OciConfig[] = "application/vnd.oci.image.config.v1+json";
inline constexpr char OciLayerTar[] = "application/vnd.oci.image.layer.v1.tar";
inline constexpr char OciLayerGzip[] = "application/vnd.oci.image.layer.v1.tar+gzip";
inline constexpr char OciLayerZstd[] = "application/vnd.oci.image.layer.v1.tar+zstd";
inline constexpr char DockerManifestList[] =
    "application/vnd.docker.distribution.manifest.list.v2+json";
inline constexpr char DockerManifest[] = "application/vnd.docker.distribution.manifest.v2+json";
inline constexpr char DockerConfig[] = "application/vnd.docker.container.image.v1+json";
inline constexpr char DockerLayerGzip[] = "application/vnd.docker.image.rootfs.diff.tar.gzip";
inline constexpr char DockerLayerTar[] = "application/vnd.docker.image.rootfs.diff.tar";
} // namespace MediaType

inline constexpr char RefNameAnnotation[] = "org.opencontainers.image.ref.name";

// Where a blob is and what it must hash to.
struct Descriptor
{
    QString mediaType;
    Digest digest;
    qint64 size = -1; // -1: unknown (docker-archive blobs have no declared size)
    QMap<QString, QString> annotations;
    std::optional<Platform> platform;
};

enum class SourceKind
{
    OciLayout,
    OciArchive,
    DockerArchive,
};
QString sourceKindName(SourceKind kind); // "oci-layout", "oci-archive", "docker-archive"

enum class Compression
{
    None,
    Gzip,
    Zstd,
};
QString compressionName(Compression compression); // "tar", "tar+gzip", "tar+zstd"

struct HistoryEntry
{
    QString created;
    QString createdBy;
    QString comment;
    bool emptyLayer = false;
};

// The parts of the image configuration a person looks at; the raw JSON is kept in
// Image::configJson for everything else.
struct ImageConfig
{
    QString architecture;
    QString os;
    QString variant;
    QString created;
    QString author;
    QString user;
    QString workingDir;
    QStringList entrypoint;
    QStringList cmd;
    QStringList env;
    QStringList exposedPorts;
    QStringList volumes;
    QString stopSignal;
    QMap<QString, QString> labels;
    QList<Digest> diffIds; // rootfs.diff_ids, one per layer
    QList<HistoryEntry> history;

    Platform platform() const { return {os, architecture, variant}; }
};

struct LayerInfo
{
    int index = 0;   // 0 = bottom layer
    Descriptor blob; // compressed digest and size as the manifest declares them; for a
                     // docker-archive the digest is unknown (invalid) until the layer is read
    QString member;  // where the blob is inside the source, for ImageSource::locate
    Compression compression = Compression::None;
    Digest diffId;                // from the config
    qint64 uncompressedSize = -1; // known once the layer has been read
    QString createdBy;            // history entry of this layer (empty layers skipped)
    QString created;
    QString comment;
};

// One manifest listed by an index, so the user can see what --platform can choose.
struct ManifestChoice
{
    Descriptor descriptor;
    QString tag; // ref.name annotation, may be empty
};

// A resolved image: index → manifest → config → layers, with the manifest and config already
// verified against their digests. Layer blobs are verified when they are read.
struct Image
{
    SourceKind sourceKind = SourceKind::OciLayout;
    QString sourcePath;
    QString tag;
    Descriptor manifest; // for docker-archive: synthesised, digest of manifest.json's entry
    Descriptor config;
    ImageConfig imageConfig;
    QByteArray configJson;
    QList<LayerInfo> layers;
    QList<ManifestChoice> available; // every manifest the index offered (all tags, platforms)

    qint64 compressedSize() const;
};

} // namespace cbw::core::oci

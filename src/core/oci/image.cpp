#include "image.h"

namespace cbw::core::oci {

QString sourceKindName(SourceKind kind)
{
    switch (kind) {
    case SourceKind::OciLayout:
        return QStringLiteral("oci-layout");
    case SourceKind::OciArchive:
        return QStringLiteral("oci-archive");
    case SourceKind::DockerArchive:
        return QStringLiteral("docker-archive");
    }
    return {};
}

QString compressionName(Compression compression)
{
    switch (compression) {
    case Compression::None:
        return QStringLiteral("tar");
    case Compression::Gzip:
        return QStringLiteral("tar+gzip");
    case Compression::Zstd:
        return QStringLiteral("tar+zstd");
    }
    return {};
}

qint64 Image::compressedSize() const
{
    qint64 total = 0;
    for (const LayerInfo &layer : layers)
        total += qMax<qint64>(0, layer.blob.size);
    return total;
}

} // namespace cbw::core::oci

#include "baseimage.h"

#include "common/atomicwrite.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cbw::core::layers {

QString BaseImage::dependency() const
{
    return kind == Kind::Recipe ? value + QStringLiteral(":do_build") : QString();
}

QString BaseImage::expectedIndexPath(const QString &deployDirImage, const QString &tag) const
{
    switch (kind) {
    case Kind::Recipe:
        return deployDirImage + QLatin1Char('/') + value + QLatin1Char('-') + tag +
               QStringLiteral("-oci/index.json");
    case Kind::Path:
        return value + QStringLiteral("/index.json");
    case Kind::None:
    case Kind::Remote:
        break;
    }
    return {};
}

BaseImage classifyBaseImage(const QString &value)
{
    BaseImage base;
    base.value = value;
    if (value.isEmpty())
        base.kind = BaseImage::Kind::None;
    else if (value.startsWith(QLatin1Char('/')))
        base.kind = BaseImage::Kind::Path;
    else if (value.contains(QLatin1Char('/')) ||
             value.section(QLatin1Char(':'), 0, 0).contains(QLatin1Char('.')))
        base.kind = BaseImage::Kind::Remote;
    else
        base.kind = BaseImage::Kind::Recipe;
    return base;
}

QString remoteBaseImageAdvice(const QString &url)
{
    QString key = url;
    key.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char(':'), QLatin1Char('_'));
    return QStringLiteral("Remote base images cannot be used directly: %1\n\n"
                          "Create a container-bundle recipe to fetch the external image:\n\n"
                          "  # recipes-containers/oci-base-images/my-base.bb\n"
                          "  inherit container-bundle\n"
                          "  CONTAINER_BUNDLES = \"%1\"\n"
                          "  CONTAINER_DIGESTS[%2] = \"sha256:...\"\n"
                          "  CONTAINER_BUNDLE_DEPLOY = \"1\"\n\n"
                          "Get digest with: skopeo inspect docker://%1 | jq -r '.Digest'\n\n"
                          "Then use: OCI_BASE_IMAGE = \"my-base\"")
        .arg(url, key);
}

Diagnostics validateBaseImage(const QString &value, const ValueLocation &location)
{
    Diagnostics out;
    const BaseImage base = classifyBaseImage(value);
    if (base.kind == BaseImage::Kind::Remote) {
        out.append(Diagnostic::error(QStringLiteral("layers.base-remote"),
                                     remoteBaseImageAdvice(value), location.locate(0)));
    } else if (base.kind == BaseImage::Kind::Recipe && value.contains(QLatin1Char(':'))) {
        out.append(Diagnostic::warning(
            QStringLiteral("layers.base-recipe-colon"),
            QStringLiteral("OCI_BASE_IMAGE '%1' has no '/' and no '.' before its first ':', so "
                           "the class takes it for a recipe name (dependency '%2'); a registry "
                           "image has to come from a container-bundle recipe with "
                           "CONTAINER_BUNDLE_DEPLOY = \"1\", and the tag goes into "
                           "OCI_BASE_IMAGE_TAG")
                .arg(value, base.dependency()),
            location.locate(0)));
    }
    return out;
}

bool ociLayoutHasIndex(const QString &dir)
{
    return QFileInfo(dir).isDir() && QFileInfo(dir + QStringLiteral("/index.json")).isFile();
}

Diagnostics checkBaseImageOnDisk(const BaseImage &base, const QString &deployDirImage,
                                 const QString &tag, const ValueLocation &location)
{
    Diagnostics out;
    if (base.kind == BaseImage::Kind::Path && !ociLayoutHasIndex(base.value)) {
        out.append(Diagnostic::error(
            QStringLiteral("layers.base-path-invalid"),
            QStringLiteral("OCI: Base image path not valid: %1 (no index.json there)")
                .arg(base.value),
            location.locate(0)));
    } else if (base.kind == BaseImage::Kind::Recipe) {
        const QString dir = deployDirImage + QLatin1Char('/') + base.value + QLatin1Char('-') +
                            tag + QStringLiteral("-oci");
        if (!ociLayoutHasIndex(dir)) {
            out.append(Diagnostic::warning(
                QStringLiteral("layers.base-not-built"),
                QStringLiteral("Base image '%1' is not built yet (no %2/index.json); the "
                               "dependency %3 builds it first, and the build stops with "
                               "\"Base image '%1' not found at expected path\" if it still is "
                               "not there (check OCI_BASE_IMAGE_TAG = \"%4\")")
                    .arg(base.value, dir, base.dependency(), tag),
                location.locate(0)));
        }
    }
    return out;
}

static Result<QJsonObject> readJsonObject(const QString &path)
{
    auto bytes = readWholeFile(path);
    if (!bytes)
        return bytes.error();
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error(QStringLiteral("%1 is not a JSON object: %2").arg(path, err.errorString()),
                     {path});
    return doc.object();
}

Result<int> countOciLayoutLayers(const QString &dir, const QString &tag)
{
    auto index = readJsonObject(dir + QStringLiteral("/index.json"));
    if (!index)
        return index.error();
    const QJsonArray manifests = index->value(QLatin1String("manifests")).toArray();
    for (const QJsonValue &m : manifests) {
        const QJsonObject manifest = m.toObject();
        const QString ref = manifest.value(QLatin1String("annotations"))
                                .toObject()
                                .value(QLatin1String("org.opencontainers.image.ref.name"))
                                .toString();
        if (ref != tag)
            continue;
        const QString digest = manifest.value(QLatin1String("digest")).toString();
        const qsizetype colon = digest.indexOf(QLatin1Char(':'));
        if (colon < 0)
            return Error(QStringLiteral("manifest digest '%1' in %2/index.json has no algorithm")
                             .arg(digest, dir));
        const QString blob = dir + QStringLiteral("/blobs/") + digest.left(colon) +
                             QLatin1Char('/') + digest.mid(colon + 1);
        auto body = readJsonObject(blob);
        if (!body)
            return body.error();
        const QJsonValue layersValue = body->value(QLatin1String("layers"));
        if (!layersValue.isArray())
            return Error(QStringLiteral("manifest %1 has no layers array").arg(blob), {blob});
        return int(layersValue.toArray().size());
    }
    return Error(QStringLiteral("no manifest tagged '%1' in %2/index.json").arg(tag, dir));
}

Diagnostics validateBackend(const QString &backend, const QString &layerModeValue,
                            const QString &baseImageValue, const ValueLocation &location)
{
    Diagnostics out;
    const QString effectiveMode =
        layerModeValue.isEmpty() ? QStringLiteral("single") : layerModeValue;
    if (backend == QLatin1String("sloci-image")) {
        if (effectiveMode != QLatin1String("single") || !baseImageValue.isEmpty()) {
            out.append(Diagnostic::error(
                QStringLiteral("layers.backend-sloci"),
                QStringLiteral("Multi-layer OCI requires umoci backend. Set OCI_IMAGE_BACKEND = "
                               "'umoci' or remove OCI_BASE_IMAGE"),
                location.locate(0)));
        }
    } else if (backend != QLatin1String("umoci")) {
        out.append(Diagnostic::error(
            QStringLiteral("layers.unknown-backend"),
            QStringLiteral("OCI_IMAGE_BACKEND '%1' is not 'umoci' or 'sloci-image': the class "
                           "includes image-oci-%1.inc, which meta-virtualization does not have")
                .arg(backend),
            location.locate(0)));
    }
    return out;
}

int LayerCountPrediction::total() const
{
    if (!hasBase)
        return ownLayers;
    return baseLayers < 0 ? -1 : ownLayers + baseLayers;
}

QString LayerCountPrediction::describe() const
{
    const QString own =
        ownLayers == 1 ? QStringLiteral("1 layer") : QStringLiteral("%1 layers").arg(ownLayers);
    if (!hasBase)
        return own;
    if (baseLayers < 0)
        return own + QStringLiteral(" on top of the base image's layers");
    return QStringLiteral("%1 layers (%2 base + %3)").arg(total()).arg(baseLayers).arg(ownLayers);
}

LayerCountPrediction predictLayerCount(LayerMode mode, const LayerSpecs &layers,
                                       const BaseImage &base, int baseLayers)
{
    LayerCountPrediction p;
    p.ownLayers = mode == LayerMode::Multi ? int(layers.size()) : 1;
    p.hasBase = base.kind == BaseImage::Kind::Recipe || base.kind == BaseImage::Kind::Path;
    p.baseLayers = p.hasBase ? baseLayers : 0;
    return p;
}

} // namespace cbw::core::layers

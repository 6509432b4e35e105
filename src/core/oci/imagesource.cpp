#include "imagesource.h"

#include "jsonreader_p.h"
#include "tarindex_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace cbw::core::oci {

namespace {

constexpr qint64 kMaxLayoutFile = 64 * 1024;
constexpr qint64 kMaxIndex = 8 * 1024 * 1024;
constexpr qint64 kMaxManifest = 8 * 1024 * 1024;
constexpr qint64 kMaxConfig = 32 * 1024 * 1024;
constexpr int kMaxIndexDepth = 4;
constexpr int kMaxLayers = 4096;

bool isIndexMediaType(const QString &mediaType)
{
    return mediaType == QLatin1String(MediaType::OciIndex) ||
           mediaType == QLatin1String(MediaType::DockerManifestList);
}

bool isManifestMediaType(const QString &mediaType)
{
    return mediaType == QLatin1String(MediaType::OciManifest) ||
           mediaType == QLatin1String(MediaType::DockerManifest);
}

// Layer media types by their tail, so that non-distributable and foreign variants work too.
std::optional<Compression> compressionForMediaType(const QString &mediaType)
{
    if (mediaType.endsWith(QLatin1String("tar+gzip")) ||
        mediaType.endsWith(QLatin1String("tar.gzip")))
        return Compression::Gzip;
    if (mediaType.endsWith(QLatin1String("tar+zstd")))
        return Compression::Zstd;
    if (mediaType.endsWith(QLatin1String(".tar")) || mediaType.endsWith(QLatin1String("v1.tar")))
        return Compression::None;
    return std::nullopt;
}

Result<Descriptor> parseDescriptor(const JsonReader &json, const QJsonValue &value,
                                   const QString &where)
{
    auto object = json.object(value, where);
    if (!object)
        return object.error();
    Descriptor descriptor;
    auto mediaType = json.optionalString(*object, QStringLiteral("mediaType"), where);
    if (!mediaType)
        return mediaType.error();
    descriptor.mediaType = mediaType->value_or(QString());
    auto digestText = json.requiredString(*object, QStringLiteral("digest"), where);
    if (!digestText)
        return digestText.error();
    auto digest = Digest::parse(*digestText);
    if (!digest)
        return json.error(where + QStringLiteral(".digest"), digest.error().message);
    descriptor.digest = *digest;
    auto size = json.optionalInteger(*object, QStringLiteral("size"), where);
    if (!size)
        return size.error();
    if (!size->has_value())
        return json.error(where + QStringLiteral(".size"), QStringLiteral("missing"));
    descriptor.size = **size;
    auto annotations = json.stringMap(*object, QStringLiteral("annotations"), where);
    if (!annotations)
        return annotations.error();
    descriptor.annotations = *annotations;
    const QJsonValue platformValue = object->value(QStringLiteral("platform"));
    if (!platformValue.isUndefined() && !platformValue.isNull()) {
        const QString platformWhere = where + QStringLiteral(".platform");
        auto platformObject = json.object(platformValue, platformWhere);
        if (!platformObject)
            return platformObject.error();
        Platform platform;
        auto os = json.requiredString(*platformObject, QStringLiteral("os"), platformWhere);
        if (!os)
            return os.error();
        auto arch =
            json.requiredString(*platformObject, QStringLiteral("architecture"), platformWhere);
        if (!arch)
            return arch.error();
        auto variant =
            json.optionalString(*platformObject, QStringLiteral("variant"), platformWhere);
        if (!variant)
            return variant.error();
        platform.os = *os;
        platform.architecture = *arch;
        platform.variant = variant->value_or(QString());
        descriptor.platform = platform;
    }
    return descriptor;
}

Result<ImageConfig> parseConfig(const JsonReader &json, const QByteArray &bytes)
{
    auto root = json.parse(bytes);
    if (!root)
        return root.error();
    auto object = json.object(*root, {});
    if (!object)
        return object.error();
    ImageConfig config;
    struct StringField
    {
        const char *key;
        QString *target;
    };
    for (const StringField &field :
         {StringField{"architecture", &config.architecture}, StringField{"os", &config.os},
          StringField{"variant", &config.variant}, StringField{"created", &config.created},
          StringField{"author", &config.author}}) {
        auto value = json.optionalString(*object, QLatin1String(field.key), {});
        if (!value)
            return value.error();
        *field.target = value->value_or(QString());
    }
    const QJsonValue runValue = object->value(QStringLiteral("config"));
    if (!runValue.isUndefined() && !runValue.isNull()) {
        const QString where = QStringLiteral("config");
        auto run = json.object(runValue, where);
        if (!run)
            return run.error();
        for (const StringField &field :
             {StringField{"User", &config.user}, StringField{"WorkingDir", &config.workingDir},
              StringField{"StopSignal", &config.stopSignal}}) {
            auto value = json.optionalString(*run, QLatin1String(field.key), where);
            if (!value)
                return value.error();
            *field.target = value->value_or(QString());
        }
        struct ListField
        {
            const char *key;
            QStringList *target;
        };
        for (const ListField &field :
             {ListField{"Entrypoint", &config.entrypoint}, ListField{"Cmd", &config.cmd},
              ListField{"Env", &config.env}}) {
            auto value = json.stringList(*run, QLatin1String(field.key), where);
            if (!value)
                return value.error();
            *field.target = *value;
        }
        auto ports = json.objectKeys(*run, QStringLiteral("ExposedPorts"), where);
        if (!ports)
            return ports.error();
        config.exposedPorts = *ports;
        auto volumes = json.objectKeys(*run, QStringLiteral("Volumes"), where);
        if (!volumes)
            return volumes.error();
        config.volumes = *volumes;
        auto labels = json.stringMap(*run, QStringLiteral("Labels"), where);
        if (!labels)
            return labels.error();
        config.labels = *labels;
    }
    auto rootfs = json.object(object->value(QStringLiteral("rootfs")), QStringLiteral("rootfs"));
    if (!rootfs)
        return rootfs.error();
    auto diffIds = json.stringList(*rootfs, QStringLiteral("diff_ids"), QStringLiteral("rootfs"));
    if (!diffIds)
        return diffIds.error();
    for (qsizetype i = 0; i < diffIds->size(); ++i) {
        auto digest = Digest::parse(diffIds->at(i));
        if (!digest)
            return json.error(QStringLiteral("rootfs.diff_ids[%1]").arg(i), digest.error().message);
        config.diffIds.append(*digest);
    }
    const QJsonValue historyValue = object->value(QStringLiteral("history"));
    if (!historyValue.isUndefined() && !historyValue.isNull()) {
        auto history = json.array(historyValue, QStringLiteral("history"));
        if (!history)
            return history.error();
        for (qsizetype i = 0; i < history->size(); ++i) {
            const QString where = QStringLiteral("history[%1]").arg(i);
            auto item = json.object(history->at(i), where);
            if (!item)
                return item.error();
            HistoryEntry entry;
            for (const StringField &field : {StringField{"created", &entry.created},
                                             StringField{"created_by", &entry.createdBy},
                                             StringField{"comment", &entry.comment}}) {
                auto value = json.optionalString(*item, QLatin1String(field.key), where);
                if (!value)
                    return value.error();
                *field.target = value->value_or(QString());
            }
            const QJsonValue empty = item->value(QStringLiteral("empty_layer"));
            if (!empty.isUndefined() && !empty.isNull() && !empty.isBool())
                return json.error(
                    where + QStringLiteral(".empty_layer"),
                    QStringLiteral("expected a boolean, found %1").arg(describeJsonType(empty)));
            entry.emptyLayer = empty.toBool(false);
            config.history.append(entry);
        }
    }
    return config;
}

// Gives each layer the history entry that created it (empty-layer entries create none).
void attachHistory(Image &image)
{
    int layer = 0;
    for (const HistoryEntry &entry : std::as_const(image.imageConfig.history)) {
        if (entry.emptyLayer)
            continue;
        if (layer >= image.layers.size())
            break;
        image.layers[layer].createdBy = entry.createdBy;
        image.layers[layer].created = entry.created;
        image.layers[layer].comment = entry.comment;
        ++layer;
    }
}

Result<QString> checkedMemberPath(const QString &member)
{
    if (member.isEmpty() || member.startsWith(QLatin1Char('/')) ||
        member.contains(QLatin1Char('\\')))
        return Error(QStringLiteral("'%1' is not a relative path inside the image").arg(member));
    const QStringList parts = member.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part == QLatin1String(".."))
            return Error(QStringLiteral("'%1' leaves the image (\"..\")").arg(member));
    }
    return member;
}

} // namespace

QString ImageSource::memberForDigest(const Digest &digest)
{
    return QStringLiteral("blobs/sha256/") + QString::fromLatin1(digest.hex);
}

Result<std::shared_ptr<const ImageSource>> ImageSource::open(const QString &path)
{
    ImageReference reference;
    reference.path = path;
    return open(reference);
}

Result<std::shared_ptr<const ImageSource>> ImageSource::open(const ImageReference &reference)
{
    const QFileInfo info(reference.path);
    if (!info.exists())
        return Error(QStringLiteral("%1: no such file or directory").arg(reference.path));
    std::shared_ptr<ImageSource> source(new ImageSource);
    source->m_path = reference.path;
    if (info.isDir()) {
        if (reference.transport == ImageReference::Transport::OciArchive ||
            reference.transport == ImageReference::Transport::DockerArchive)
            return Error(QStringLiteral("%1: is a directory, not an archive").arg(reference.path));
        if (!QFileInfo(QDir(reference.path).filePath(QStringLiteral("oci-layout"))).isFile() ||
            !QFileInfo(QDir(reference.path).filePath(QStringLiteral("index.json"))).isFile())
            return Error(
                QStringLiteral("%1: not an OCI image layout (no oci-layout and index.json)")
                    .arg(reference.path));
        source->m_kind = SourceKind::OciLayout;
        return std::shared_ptr<const ImageSource>(std::move(source));
    }
    if (reference.transport == ImageReference::Transport::OciLayout)
        return Error(QStringLiteral("%1: oci: expects a layout directory").arg(reference.path));
    QFile file(reference.path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("%1: cannot open: %2").arg(reference.path, file.errorString()));
    const QByteArray magic = file.read(4);
    if (magic.startsWith("\x1f\x8b") || magic == QByteArray("\x28\xb5\x2f\xfd", 4))
        return Error(QStringLiteral("%1: a compressed archive; decompress it first (blobs are "
                                    "read in place from an uncompressed tar)")
                         .arg(reference.path));
    auto members = indexTarFile(reference.path);
    if (!members)
        return members.error();
    for (auto it = members->cbegin(); it != members->cend(); ++it)
        source->m_members.insert(it.key(), Member{it->offset, it->length});
    const bool hasOci = members->contains(QStringLiteral("oci-layout")) &&
                        members->contains(QStringLiteral("index.json"));
    const bool hasDocker = members->contains(QStringLiteral("manifest.json"));
    switch (reference.transport) {
    case ImageReference::Transport::OciArchive:
        if (!hasOci)
            return Error(QStringLiteral("%1: not an OCI archive (no oci-layout and index.json)")
                             .arg(reference.path));
        source->m_kind = SourceKind::OciArchive;
        break;
    case ImageReference::Transport::DockerArchive:
        if (!hasDocker)
            return Error(
                QStringLiteral("%1: not a docker archive (no manifest.json)").arg(reference.path));
        source->m_kind = SourceKind::DockerArchive;
        break;
    default:
        // Newer `docker save` writes both; the OCI index carries more (platforms, annotations).
        if (hasOci)
            source->m_kind = SourceKind::OciArchive;
        else if (hasDocker)
            source->m_kind = SourceKind::DockerArchive;
        else
            return Error(QStringLiteral("%1: neither an OCI archive (oci-layout, index.json) nor a "
                                        "docker archive (manifest.json)")
                             .arg(reference.path));
    }
    return std::shared_ptr<const ImageSource>(std::move(source));
}

Result<BlobLocation> ImageSource::locate(const QString &member) const
{
    auto checked = checkedMemberPath(member);
    if (!checked)
        return Error(m_path + QStringLiteral(": ") + checked.error().message);
    if (m_kind == SourceKind::OciLayout) {
        const QString filePath = QDir(m_path).filePath(member);
        const QFileInfo info(filePath);
        if (!info.exists())
            return Error(QStringLiteral("%1: missing blob").arg(filePath));
        // A blob may be a symlink (deduplicating tools do that) but never to outside the layout.
        const QString root = QFileInfo(m_path).canonicalFilePath();
        const QString resolved = info.canonicalFilePath();
        if (resolved.isEmpty() || !resolved.startsWith(root + QLatin1Char('/')))
            return Error(QStringLiteral("%1: blob resolves to '%2', outside the layout; refused")
                             .arg(filePath, resolved));
        if (!QFileInfo(resolved).isFile())
            return Error(QStringLiteral("%1: blob is not a regular file").arg(filePath));
        return BlobLocation{resolved, 0, info.size(), filePath};
    }
    const auto found = m_members.constFind(member);
    if (found == m_members.cend())
        return Error(QStringLiteral("%1: missing member %2").arg(m_path, member));
    return BlobLocation{m_path, found->offset, found->length, m_path + QLatin1Char(':') + member};
}

Result<QByteArray> ImageSource::readMember(const QString &member, qint64 maxSize) const
{
    auto location = locate(member);
    if (!location)
        return location.error();
    if (location->length > maxSize)
        return Error(QStringLiteral("%1: %2 bytes, more than the %3 this file may have; refused")
                         .arg(location->displayName)
                         .arg(location->length)
                         .arg(maxSize));
    QFile file(location->file);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(location->offset))
        return Error(
            QStringLiteral("%1: cannot read: %2").arg(location->displayName, file.errorString()));
    QByteArray data = file.read(location->length);
    if (data.size() != location->length)
        return Error(QStringLiteral("%1: truncated").arg(location->displayName));
    return data;
}

Result<Image> ImageSource::resolve(const ResolveOptions &options, bool *selectionFailed) const
{
    bool selection = false;
    auto image = m_kind == SourceKind::DockerArchive ? resolveDocker(options, selection)
                                                     : resolveOci(options, selection);
    if (selectionFailed)
        *selectionFailed = selection;
    if (!image)
        return image;
    if (image->layers.size() > kMaxLayers)
        return Error(QStringLiteral("%1: %2 layers; refusing more than %3")
                         .arg(m_path)
                         .arg(image->layers.size())
                         .arg(kMaxLayers));
    if (options.platform && !options.platform->accepts(image->imageConfig.platform())) {
        if (selectionFailed)
            *selectionFailed = true;
        return Error(QStringLiteral("%1: the image is for %2, not %3")
                         .arg(m_path, image->imageConfig.platform().toString(),
                              options.platform->toString()));
    }
    attachHistory(*image);
    return image;
}

namespace {

// A blob fetched by descriptor and checked against it before anything parses it.
Result<QByteArray> readVerified(const ImageSource &source, const Descriptor &descriptor,
                                qint64 maxSize)
{
    const QString member = ImageSource::memberForDigest(descriptor.digest);
    if (descriptor.size > maxSize)
        return Error(QStringLiteral("%1: declared size %2 exceeds the limit of %3 bytes")
                         .arg(member)
                         .arg(descriptor.size)
                         .arg(maxSize));
    auto data = source.readMember(member, maxSize);
    if (!data)
        return data.error();
    if (descriptor.size >= 0 && data->size() != descriptor.size)
        return Error(QStringLiteral("%1: size mismatch: %2 bytes, the descriptor says %3")
                         .arg(member)
                         .arg(data->size())
                         .arg(descriptor.size));
    const Digest actual = Digest::ofData(*data);
    if (!(actual == descriptor.digest))
        return Error(QStringLiteral("%1: digest mismatch: content hashes to %2")
                         .arg(member, actual.toString()));
    return data;
}

struct Candidate
{
    Descriptor descriptor;
    QString tag;
};

Result<QList<Candidate>> collectManifests(const ImageSource &source, const QByteArray &bytes,
                                          const QString &fileName, const QString &inheritedTag,
                                          int depth)
{
    if (depth > kMaxIndexDepth)
        return Error(fileName + QStringLiteral(": image indexes nested too deeply"));
    JsonReader json(fileName);
    auto root = json.parse(bytes);
    if (!root)
        return root.error();
    auto object = json.object(*root, {});
    if (!object)
        return object.error();
    auto manifests =
        json.array(object->value(QStringLiteral("manifests")), QStringLiteral("manifests"));
    if (!manifests)
        return manifests.error();
    QList<Candidate> candidates;
    for (qsizetype i = 0; i < manifests->size(); ++i) {
        auto descriptor =
            parseDescriptor(json, manifests->at(i), QStringLiteral("manifests[%1]").arg(i));
        if (!descriptor)
            return descriptor.error();
        QString tag = descriptor->annotations.value(QLatin1String(RefNameAnnotation));
        if (tag.isEmpty())
            tag = inheritedTag;
        if (isIndexMediaType(descriptor->mediaType)) {
            auto nested = readVerified(source, *descriptor, kMaxIndex);
            if (!nested)
                return nested.error();
            auto inner = collectManifests(
                source, *nested, ImageSource::memberForDigest(descriptor->digest), tag, depth + 1);
            if (!inner)
                return inner.error();
            candidates += *inner;
        } else {
            candidates.append(Candidate{*descriptor, tag});
        }
    }
    return candidates;
}

QString describeCandidates(const QList<Candidate> &candidates)
{
    QStringList parts;
    for (const Candidate &candidate : candidates) {
        QString text = candidate.tag.isEmpty() ? QStringLiteral("(untagged)") : candidate.tag;
        if (candidate.descriptor.platform)
            text += QLatin1Char(' ') + candidate.descriptor.platform->toString();
        parts.append(text);
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

Result<QList<ManifestChoice>> ImageSource::listImages() const
{
    QList<ManifestChoice> choices;
    if (m_kind == SourceKind::DockerArchive) {
        auto bytes = readMember(QStringLiteral("manifest.json"), kMaxIndex);
        if (!bytes)
            return bytes.error();
        JsonReader json(QStringLiteral("manifest.json"));
        auto root = json.parse(*bytes);
        if (!root)
            return root.error();
        auto entries = json.array(*root, {});
        if (!entries)
            return entries.error();
        for (qsizetype i = 0; i < entries->size(); ++i) {
            const QString where = QStringLiteral("[%1]").arg(i);
            auto object = json.object(entries->at(i), where);
            if (!object)
                return object.error();
            auto tags = json.stringList(*object, QStringLiteral("RepoTags"), where);
            if (!tags)
                return tags.error();
            Descriptor descriptor;
            descriptor.digest = Digest::ofData(*bytes);
            descriptor.size = bytes->size();
            choices.append(ManifestChoice{descriptor, tags->value(0)});
        }
        return choices;
    }
    auto indexBytes = readMember(QStringLiteral("index.json"), kMaxIndex);
    if (!indexBytes)
        return indexBytes.error();
    auto all = collectManifests(*this, *indexBytes, QStringLiteral("index.json"), {}, 0);
    if (!all)
        return all.error();
    QSet<Digest> seen;
    for (const Candidate &candidate : std::as_const(*all)) {
        if (seen.contains(candidate.descriptor.digest))
            continue;
        seen.insert(candidate.descriptor.digest);
        choices.append(ManifestChoice{candidate.descriptor, candidate.tag});
    }
    return choices;
}

Result<Image> ImageSource::resolveOci(const ResolveOptions &options, bool &selectionFailed) const
{
    auto layoutBytes = readMember(QStringLiteral("oci-layout"), kMaxLayoutFile);
    if (!layoutBytes)
        return layoutBytes.error();
    JsonReader layoutJson(QStringLiteral("oci-layout"));
    auto layoutRoot = layoutJson.parse(*layoutBytes);
    if (!layoutRoot)
        return layoutRoot.error();
    auto layoutObject = layoutJson.object(*layoutRoot, {});
    if (!layoutObject)
        return layoutObject.error();
    auto version =
        layoutJson.requiredString(*layoutObject, QStringLiteral("imageLayoutVersion"), {});
    if (!version)
        return version.error();

    auto indexBytes = readMember(QStringLiteral("index.json"), kMaxIndex);
    if (!indexBytes)
        return indexBytes.error();
    auto all = collectManifests(*this, *indexBytes, QStringLiteral("index.json"), {}, 0);
    if (!all)
        return all.error();
    if (all->isEmpty())
        return Error(m_path + QStringLiteral(": index.json lists no image"));

    QList<Candidate> candidates = *all;
    if (options.manifest.isValid()) {
        candidates.removeIf(
            [&](const Candidate &c) { return !(c.descriptor.digest == options.manifest); });
        selectionFailed = candidates.isEmpty();
        if (candidates.isEmpty())
            return Error(QStringLiteral("%1: the index lists no manifest %2")
                             .arg(m_path, options.manifest.toString()));
        candidates = {candidates.first()};
    } else if (!options.tag.isEmpty()) {
        candidates.removeIf([&](const Candidate &c) { return c.tag != options.tag; });
        selectionFailed = candidates.isEmpty();
        if (candidates.isEmpty())
            return Error(QStringLiteral("%1: no image tagged '%2' (available: %3)")
                             .arg(m_path, options.tag, describeCandidates(*all)));
    }
    if (candidates.size() > 1) {
        const Platform wanted = options.platform.value_or(Platform::host());
        QList<Candidate> matching = candidates;
        matching.removeIf([&](const Candidate &c) {
            return !c.descriptor.platform || !wanted.accepts(*c.descriptor.platform);
        });
        if (matching.size() > 1) {
            // Several variants may match a variant-less request; an exact match wins.
            QList<Candidate> exact = matching;
            exact.removeIf([&](const Candidate &c) { return !(*c.descriptor.platform == wanted); });
            if (exact.size() == 1)
                matching = exact;
        }
        selectionFailed = matching.size() != 1;
        if (matching.size() != 1)
            return Error(QStringLiteral("%1: %2 images match; choose one with PATH:TAG or "
                                        "--platform (available: %3)")
                             .arg(m_path)
                             .arg(matching.isEmpty() ? candidates.size() : matching.size())
                             .arg(describeCandidates(matching.isEmpty() ? candidates : matching)));
        candidates = matching;
    }
    const Candidate chosen = candidates.first();

    Image image;
    image.sourceKind = m_kind;
    image.sourcePath = m_path;
    image.tag = chosen.tag;
    image.manifest = chosen.descriptor;
    for (const Candidate &candidate : std::as_const(*all))
        image.available.append(ManifestChoice{candidate.descriptor, candidate.tag});

    const QString manifestName = memberForDigest(chosen.descriptor.digest);
    auto manifestBytes = readVerified(*this, chosen.descriptor, kMaxManifest);
    if (!manifestBytes)
        return manifestBytes.error();
    JsonReader json(manifestName);
    auto manifestRoot = json.parse(*manifestBytes);
    if (!manifestRoot)
        return manifestRoot.error();
    auto manifest = json.object(*manifestRoot, {});
    if (!manifest)
        return manifest.error();
    auto mediaType = json.optionalString(*manifest, QStringLiteral("mediaType"), {});
    if (!mediaType)
        return mediaType.error();
    if (mediaType->has_value() && !isManifestMediaType(**mediaType))
        return json.error(QStringLiteral("mediaType"),
                          QStringLiteral("'%1' is not an image manifest").arg(**mediaType));
    auto config =
        parseDescriptor(json, manifest->value(QStringLiteral("config")), QStringLiteral("config"));
    if (!config)
        return config.error();
    image.config = *config;
    auto layers = json.array(manifest->value(QStringLiteral("layers")), QStringLiteral("layers"));
    if (!layers)
        return layers.error();
    for (qsizetype i = 0; i < layers->size(); ++i) {
        const QString where = QStringLiteral("layers[%1]").arg(i);
        auto descriptor = parseDescriptor(json, layers->at(i), where);
        if (!descriptor)
            return descriptor.error();
        const auto compression = compressionForMediaType(descriptor->mediaType);
        if (!compression)
            return json.error(
                where + QStringLiteral(".mediaType"),
                QStringLiteral("unsupported layer media type '%1'").arg(descriptor->mediaType));
        LayerInfo layer;
        layer.index = int(i);
        layer.blob = *descriptor;
        layer.compression = *compression;
        layer.member = memberForDigest(descriptor->digest);
        image.layers.append(layer);
    }

    auto configBytes = readVerified(*this, image.config, kMaxConfig);
    if (!configBytes)
        return configBytes.error();
    image.configJson = *configBytes;
    auto parsedConfig = parseConfig(JsonReader(memberForDigest(image.config.digest)), *configBytes);
    if (!parsedConfig)
        return parsedConfig.error();
    image.imageConfig = *parsedConfig;
    if (image.imageConfig.diffIds.size() != image.layers.size())
        return Error(QStringLiteral("%1: the config lists %2 diff_ids for %3 layers")
                         .arg(memberForDigest(image.config.digest))
                         .arg(image.imageConfig.diffIds.size())
                         .arg(image.layers.size()));
    for (qsizetype i = 0; i < image.layers.size(); ++i)
        image.layers[i].diffId = image.imageConfig.diffIds[i];
    return image;
}

Result<Image> ImageSource::resolveDocker(const ResolveOptions &options, bool &selectionFailed) const
{
    const QString fileName = QStringLiteral("manifest.json");
    auto bytes = readMember(fileName, kMaxIndex);
    if (!bytes)
        return bytes.error();
    JsonReader json(fileName);
    auto root = json.parse(*bytes);
    if (!root)
        return root.error();
    auto entries = json.array(*root, {});
    if (!entries)
        return entries.error();
    if (entries->isEmpty())
        return Error(m_path + QStringLiteral(": manifest.json lists no image"));

    struct Entry
    {
        QString config;
        QStringList tags;
        QStringList layers;
    };
    QList<Entry> all;
    for (qsizetype i = 0; i < entries->size(); ++i) {
        const QString where = QStringLiteral("[%1]").arg(i);
        auto object = json.object(entries->at(i), where);
        if (!object)
            return object.error();
        Entry entry;
        auto config = json.requiredString(*object, QStringLiteral("Config"), where);
        if (!config)
            return config.error();
        entry.config = *config;
        auto tags = json.stringList(*object, QStringLiteral("RepoTags"), where);
        if (!tags)
            return tags.error();
        entry.tags = *tags;
        auto layers = json.stringList(*object, QStringLiteral("Layers"), where);
        if (!layers)
            return layers.error();
        entry.layers = *layers;
        all.append(entry);
    }
    // "demo:1", "docker.io/library/demo:1" and plain "1" all name docker.io/library/demo:1.
    auto shortName = [](QString name) {
        for (const char *prefix : {"docker.io/library/", "docker.io/"}) {
            if (name.startsWith(QLatin1String(prefix)))
                return name.mid(qsizetype(qstrlen(prefix)));
        }
        return name;
    };
    auto tagMatches = [&](const Entry &entry) {
        return std::any_of(entry.tags.begin(), entry.tags.end(), [&](const QString &repoTag) {
            return repoTag == options.tag || shortName(repoTag) == shortName(options.tag) ||
                   (!options.tag.contains(QLatin1Char(':')) &&
                    repoTag.section(QLatin1Char(':'), -1) == options.tag);
        });
    };
    auto describe = [&]() {
        QStringList tags;
        for (const Entry &entry : std::as_const(all))
            tags += entry.tags.isEmpty() ? QStringList{QStringLiteral("(untagged)")} : entry.tags;
        return tags.join(QStringLiteral(", "));
    };
    QList<Entry> candidates = all;
    if (!options.tag.isEmpty()) {
        candidates.removeIf([&](const Entry &entry) { return !tagMatches(entry); });
        selectionFailed = candidates.isEmpty();
        if (candidates.isEmpty())
            return Error(QStringLiteral("%1: no image tagged '%2' (available: %3)")
                             .arg(m_path, options.tag, describe()));
    }
    selectionFailed = candidates.size() > 1;
    if (candidates.size() > 1)
        return Error(QStringLiteral("%1: %2 images; choose one with PATH:TAG (available: %3)")
                         .arg(m_path)
                         .arg(candidates.size())
                         .arg(describe()));
    const Entry chosen = candidates.first();

    Image image;
    image.sourceKind = m_kind;
    image.sourcePath = m_path;
    image.tag = chosen.tags.value(0);
    image.manifest.mediaType = QStringLiteral("application/x-docker-archive-manifest+json");
    image.manifest.digest = Digest::ofData(*bytes);
    image.manifest.size = bytes->size();
    for (const Entry &entry : std::as_const(all))
        image.available.append(ManifestChoice{image.manifest, entry.tags.value(0)});

    auto configPath = checkedMemberPath(chosen.config);
    if (!configPath)
        return json.error(QStringLiteral("Config"), configPath.error().message);
    auto configBytes = readMember(chosen.config, kMaxConfig);
    if (!configBytes)
        return configBytes.error();
    // Docker names the config after its digest ("<hex>.json" or "blobs/sha256/<hex>"); when it
    // does, the name is a promise we can check.
    static const QRegularExpression hexName(QStringLiteral("([0-9a-f]{64})(\\.json)?$"));
    const QRegularExpressionMatch match = hexName.match(chosen.config);
    const Digest configDigest = Digest::ofData(*configBytes);
    if (match.hasMatch() && configDigest.hex != match.captured(1).toLatin1())
        return Error(QStringLiteral("%1:%2: digest mismatch: content hashes to %3")
                         .arg(m_path, chosen.config, configDigest.toString()));
    image.config.mediaType = QLatin1String(MediaType::DockerConfig);
    image.config.digest = configDigest;
    image.config.size = configBytes->size();
    image.configJson = *configBytes;
    auto parsedConfig = parseConfig(JsonReader(chosen.config), *configBytes);
    if (!parsedConfig)
        return parsedConfig.error();
    image.imageConfig = *parsedConfig;
    if (image.imageConfig.diffIds.size() != chosen.layers.size())
        return Error(QStringLiteral("%1: the config lists %2 diff_ids for %3 layers")
                         .arg(chosen.config)
                         .arg(image.imageConfig.diffIds.size())
                         .arg(chosen.layers.size()));
    for (qsizetype i = 0; i < chosen.layers.size(); ++i) {
        auto member = checkedMemberPath(chosen.layers[i]);
        if (!member)
            return json.error(QStringLiteral("Layers[%1]").arg(i), member.error().message);
        auto location = locate(*member);
        if (!location)
            return location.error();
        LayerInfo layer;
        layer.index = int(i);
        layer.member = *member;
        layer.blob.mediaType = QLatin1String(MediaType::DockerLayerTar);
        layer.blob.size = location->length;
        layer.diffId = image.imageConfig.diffIds[i];
        image.layers.append(layer);
    }
    return image;
}

} // namespace cbw::core::oci

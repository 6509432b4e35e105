#include "ocilayers.h"

#include "ocilayers_p.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace cbw::core::layers {

using detail::Piece;
using detail::RawLayerEntry;

namespace detail {

QList<RawLayerEntry> parseRawLayers(const QString &value)
{
    QList<RawLayerEntry> entries;
    for (const Piece &piece : splitWhitespace(value)) {
        RawLayerEntry e;
        e.entry = piece;
        e.fields = splitOn(piece.text, QLatin1Char(':'), piece.offset);
        e.spec.valueOffset = piece.offset;
        e.spec.name = e.fields.at(0).text;
        if (e.fields.size() >= 2) {
            e.spec.typeText = e.fields.at(1).text;
            e.spec.type = layerTypeFromName(e.spec.typeText);
        } else {
            e.spec.type = LayerType::Unknown;
        }
        if (e.fields.size() >= 3) {
            e.contentOffset = e.fields.at(2).offset;
            e.content = piece.text.mid(e.contentOffset - piece.offset);
            e.rawItems = splitOn(e.content, QLatin1Char('+'), e.contentOffset);
            for (const Piece &item : std::as_const(e.rawItems)) {
                if (item.text.isEmpty())
                    continue;
                e.spec.items.append(item.text);
                e.spec.itemOffsets.append(item.offset);
            }
        }
        entries.append(e);
    }
    return entries;
}

} // namespace detail

LayerMode layerModeFromValue(const QString &value)
{
    return value == QLatin1String("multi") ? LayerMode::Multi : LayerMode::Single;
}

QString layerModeName(LayerMode mode)
{
    return mode == LayerMode::Multi ? QStringLiteral("multi") : QStringLiteral("single");
}

LayerSpecs parseOciLayers(const QString &value)
{
    LayerSpecs specs;
    for (const RawLayerEntry &e : detail::parseRawLayers(value))
        specs.append(e.spec);
    return specs;
}

QString serializeOciLayers(const LayerSpecs &layers)
{
    QStringList entries;
    for (const LayerSpec &layer : layers)
        entries.append(layer.toEntry());
    return entries.join(QLatin1Char(' '));
}

static bool isAbsolute(const QString &path)
{
    return path.startsWith(QLatin1Char('/'));
}

Diagnostics validateOciLayers(const QString &value, const ValueLocation &location,
                              const QString &layerModeValue, const ValueLocation &modeLocation)
{
    Diagnostics out;
    const bool blank = detail::pyStrip(value).isEmpty();
    if (layerModeFromValue(layerModeValue) != LayerMode::Multi) {
        if (!blank) {
            const SourceLocation where =
                modeLocation.isValid()
                    ? modeLocation.locate(0)
                    : location.locate(detail::splitWhitespace(value).value(0).offset);
            out.append(Diagnostic::warning(
                QStringLiteral("layers.mode-not-multi"),
                QStringLiteral("OCI_LAYERS is set but OCI_LAYER_MODE is '%1', not exactly 'multi': "
                               "the class builds a single layer from the image rootfs and "
                               "silently ignores OCI_LAYERS")
                    .arg(layerModeValue),
                where));
        }
        return out;
    }
    if (blank) {
        out.append(Diagnostic::error(
            QStringLiteral("layers.empty"),
            QStringLiteral("OCI_LAYER_MODE = 'multi' requires OCI_LAYERS to be defined"),
            location.locate(0)));
        return out;
    }

    const QList<RawLayerEntry> entries = detail::parseRawLayers(value);
    QStringList hostLines;
    SourceLocation firstHost;
    QHash<QString, QString> packageLayer; // package → first layer that lists it
    QSet<QString> names;

    for (const RawLayerEntry &e : entries) {
        const QString def = e.entry.text;
        const SourceLocation at = location.locate(e.entry.offset);
        if (detail::hasExpansion(def)) {
            out.append(Diagnostic::note(
                QStringLiteral("layers.inline-python"),
                QStringLiteral("'%1' contains a ${...} expression: BitBake expands it before the "
                               "class reads the entry; it is checked here as written")
                    .arg(def),
                at));
        }
        if (e.fields.size() < 3) {
            out.append(Diagnostic::error(
                QStringLiteral("layers.bad-entry"),
                QStringLiteral("Invalid OCI_LAYERS entry '%1': format is 'name:type:content'")
                    .arg(def),
                at));
            continue;
        }
        const LayerSpec &spec = e.spec;
        if (spec.type == LayerType::Unknown) {
            out.append(Diagnostic::error(
                QStringLiteral("layers.unknown-type"),
                QStringLiteral("Invalid layer type '%1' in '%2': must be 'packages', "
                               "'directories', 'files', or 'host'")
                    .arg(spec.typeText, def),
                location.locate(e.fields.at(1).offset)));
            continue;
        }
        if (spec.name.isEmpty()) {
            out.append(Diagnostic::warning(
                QStringLiteral("layers.empty-name"),
                QStringLiteral("OCI_LAYERS entry '%1' has an empty layer name").arg(def), at));
        } else if (names.contains(spec.name)) {
            out.append(Diagnostic::warning(
                QStringLiteral("layers.duplicate-name"),
                QStringLiteral("layer name '%1' is used by more than one OCI_LAYERS entry")
                    .arg(spec.name),
                at));
        }
        names.insert(spec.name);

        if (spec.items.isEmpty()) {
            out.append(Diagnostic::warning(
                QStringLiteral("layers.empty-layer"),
                QStringLiteral("layer '%1' has no content: the class still creates an empty layer")
                    .arg(spec.name),
                at));
        } else {
            for (const Piece &item : e.rawItems) {
                if (!item.text.isEmpty())
                    continue;
                out.append(Diagnostic::warning(
                    QStringLiteral("layers.empty-item"),
                    QStringLiteral("empty item in '%1' (leading, trailing or doubled '+'); the "
                                   "class skips it")
                        .arg(def),
                    location.locate(item.offset)));
            }
        }

        for (int i = 0; i < spec.items.size(); ++i) {
            const QString &item = spec.items.at(i);
            const int itemOffset = spec.itemOffsets.at(i);
            const SourceLocation itemAt = location.locate(itemOffset);
            const qsizetype semicolon = item.indexOf(QLatin1Char(';'));
            if (semicolon >= 0 && !detail::hasExpansion(item)) {
                out.append(Diagnostic::warning(
                    QStringLiteral("layers.semicolon"),
                    QStringLiteral("'%1' in layer '%2' uses ';' as a separator: the class "
                                   "separates items with '+' only, so this is one item named "
                                   "'%1'")
                        .arg(item, spec.name),
                    location.locate(itemOffset + int(semicolon))));
            }
            switch (spec.type) {
            case LayerType::Packages: {
                const auto prev = packageLayer.constFind(item);
                if (prev != packageLayer.constEnd()) {
                    out.append(Diagnostic::warning(
                        QStringLiteral("layers.duplicate-package"),
                        *prev == spec.name
                            ? QStringLiteral("package '%1' is listed twice in layer '%2'")
                                  .arg(item, spec.name)
                            : QStringLiteral("package '%1' is in layers '%2' and '%3': each "
                                             "packages layer is installed into its own rootfs, "
                                             "so its files are stored in both layers")
                                  .arg(item, *prev, spec.name),
                        itemAt));
                } else {
                    packageLayer.insert(item, spec.name);
                }
                break;
            }
            case LayerType::Directories:
            case LayerType::Files:
                if (!isAbsolute(item) && !detail::hasExpansion(item)) {
                    const bool dirs = spec.type == LayerType::Directories;
                    out.append(Diagnostic::warning(
                        QStringLiteral("layers.relative-path"),
                        QStringLiteral("'%1' in %2 layer '%3' is not an absolute path: the class "
                                       "looks for ${IMAGE_ROOTFS}%1, will not find it and only "
                                       "warns at build time (\"%4 not found in IMAGE_ROOTFS\"); "
                                       "this check is ours, not the class's")
                            .arg(item, layerTypeName(spec.type), spec.name,
                                 dirs ? QStringLiteral("Directory") : QStringLiteral("File")),
                        itemAt));
                }
                break;
            case LayerType::Host: {
                const qsizetype colon = item.lastIndexOf(QLatin1Char(':'));
                if (colon < 0) {
                    out.append(Diagnostic::error(
                        QStringLiteral("layers.host-pair"),
                        QStringLiteral("Invalid host layer content '%1' in '%2': format is "
                                       "'source_path:dest_path'")
                            .arg(item, def),
                        itemAt));
                    break;
                }
                const QString src = item.left(colon);
                const QString dst = item.mid(colon + 1);
                if (hostLines.isEmpty())
                    firstHost = at;
                hostLines.append(QStringLiteral("  Layer '%1': %2").arg(spec.name, src));
                if (!isAbsolute(dst) && !detail::hasExpansion(dst)) {
                    out.append(Diagnostic::warning(
                        QStringLiteral("layers.relative-path"),
                        QStringLiteral("host destination '%1' in layer '%2' is not an absolute "
                                       "path inside the image; this check is ours, not the "
                                       "class's")
                            .arg(dst, spec.name),
                        location.locate(itemOffset + int(colon) + 1)));
                }
                break;
            }
            case LayerType::Unknown:
                break;
            }
        }
    }

    if (!hostLines.isEmpty()) {
        out.append(Diagnostic::warning(
            QStringLiteral("layers.host-content"),
            QStringLiteral("OCI image includes content from build machine filesystem (host "
                           "layers).\nThis content is NOT part of the Yocto build and affects "
                           "reproducibility.\nThe build output will depend on the state of the "
                           "build machine.\nHost paths used:\n") +
                hostLines.join(QLatin1Char('\n')),
            firstHost));
    }
    return out;
}

Diagnostics checkLayerContentOnDisk(const QString &value, const ValueLocation &location,
                                    const QString &imageRootfs)
{
    Diagnostics out;
    for (const RawLayerEntry &e : detail::parseRawLayers(value)) {
        const LayerSpec &spec = e.spec;
        for (int i = 0; i < spec.items.size(); ++i) {
            const QString &item = spec.items.at(i);
            if (detail::hasExpansion(item))
                continue;
            const SourceLocation at = location.locate(spec.itemOffsets.at(i));
            if (spec.type == LayerType::Host) {
                const qsizetype colon = item.lastIndexOf(QLatin1Char(':'));
                if (colon < 0)
                    continue;
                const QString src = item.left(colon);
                if (!QFileInfo::exists(src)) {
                    out.append(Diagnostic::error(
                        QStringLiteral("layers.host-missing"),
                        QStringLiteral("OCI: Host path not found: %1").arg(src), at));
                }
            } else if ((spec.type == LayerType::Directories || spec.type == LayerType::Files) &&
                       !imageRootfs.isEmpty()) {
                // The class concatenates without a separator: ${IMAGE_ROOTFS}$item.
                const QFileInfo target(imageRootfs + item);
                const bool dirs = spec.type == LayerType::Directories;
                if (dirs ? !target.isDir() : !target.exists()) {
                    out.append(Diagnostic::warning(
                        QStringLiteral("layers.rootfs-missing"),
                        QStringLiteral("OCI: %1 not found in IMAGE_ROOTFS: %2")
                            .arg(dirs ? QStringLiteral("Directory") : QStringLiteral("File"), item),
                        at));
                }
            }
        }
    }
    return out;
}

} // namespace cbw::core::layers

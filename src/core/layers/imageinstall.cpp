#include "imageinstall.h"

#include "pytext_p.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace cbw::core::layers {

QStringList layerPackagesMissingFromImageInstall(const QString &imageInstall,
                                                 const LayerSpecs &layers)
{
    QSet<QString> installed;
    for (const detail::Piece &p : detail::splitWhitespace(imageInstall))
        installed.insert(p.text);
    QSet<QString> missing;
    for (const LayerSpec &layer : layers) {
        if (layer.type != LayerType::Packages)
            continue;
        for (const QString &pkg : layer.items) {
            if (!installed.contains(pkg))
                missing.insert(pkg);
        }
    }
    QStringList out(missing.begin(), missing.end());
    std::sort(out.begin(), out.end(), detail::pyLess);
    return out;
}

Diagnostics checkImageInstall(const QString &imageInstall,
                              const ValueLocation &imageInstallLocation, const LayerSpecs &layers,
                              const ValueLocation &layersLocation, ClassSeries series)
{
    Diagnostics out;
    const QStringList missing = layerPackagesMissingFromImageInstall(imageInstall, layers);
    if (!missing.isEmpty()) {
        const QString list = missing.join(QLatin1Char(' '));
        if (series == ClassSeries::Master) {
            out.append(Diagnostic::note(
                QStringLiteral("layers.image-install-missing"),
                QStringLiteral("OCI_LAYERS packages not in IMAGE_INSTALL: %1; the master class "
                               "appends them to IMAGE_INSTALL (sorted) so they get built")
                    .arg(list),
                imageInstallLocation.locate(0)));
        } else {
            out.append(Diagnostic::warning(
                QStringLiteral("layers.image-install-missing"),
                QStringLiteral("OCI_LAYERS packages not in IMAGE_INSTALL: %1; the wrynose class "
                               "does not add them, so nothing builds them and the layer "
                               "install fails: add them to IMAGE_INSTALL")
                    .arg(list),
                imageInstallLocation.locate(0)));
        }
    }

    QHash<QString, QString> firstLayer;
    for (const LayerSpec &layer : layers) {
        if (layer.type != LayerType::Packages)
            continue;
        QSet<QString> seenHere;
        for (int i = 0; i < layer.items.size(); ++i) {
            const QString &pkg = layer.items.at(i);
            const int offset = i < layer.itemOffsets.size() ? layer.itemOffsets.at(i)
                                                            : std::max(layer.valueOffset, 0);
            if (seenHere.contains(pkg))
                continue;
            seenHere.insert(pkg);
            const auto prev = firstLayer.constFind(pkg);
            if (prev == firstLayer.constEnd()) {
                firstLayer.insert(pkg, layer.name);
                continue;
            }
            out.append(Diagnostic::warning(
                QStringLiteral("layers.duplicate-package"),
                QStringLiteral("package '%1' is in layers '%2' and '%3': each packages layer is "
                               "installed into its own rootfs, so its files are stored in both "
                               "layers")
                    .arg(pkg, *prev, layer.name),
                layersLocation.locate(offset)));
        }
    }
    return out;
}

} // namespace cbw::core::layers

#include "builtcomparison.h"

#include <algorithm>

namespace cbw::core::layers {

bool BuiltComparison::matches() const
{
    return std::none_of(diagnostics.begin(), diagnostics.end(),
                        [](const Diagnostic &d) { return d.severity != Severity::Note; });
}

namespace {

// FILES_INFO lists every non-directory entry, so the layer's own entries are compared the
// same way: what the layer wrote that is not a directory.
QMap<QString, qint64> layerFiles(const oci::FileTree &tree, int layer)
{
    QMap<QString, qint64> files;
    for (const oci::FileEntry *e = tree.layerEntriesBegin(layer); e != tree.layerEntriesEnd(layer);
         ++e) {
        if (e->type == oci::EntryType::Directory)
            continue;
        files.insert(tree.path(e->node), e->size);
    }
    return files;
}

QString sample(const QStringList &paths)
{
    QString text = paths.mid(0, 3).join(QStringLiteral(", "));
    if (paths.size() > 3)
        text += QStringLiteral(" and %1 more").arg(paths.size() - 3);
    return text;
}

} // namespace

BuiltComparison compareDesignWithBuilt(const DesignPrediction &prediction,
                                       const oci::LoadedImage &image, const QString &imagePath)
{
    BuiltComparison out;
    out.imagePath = imagePath;
    out.designLayerCount = int(prediction.layers.size());
    const oci::FileTree *tree = image.tree.get();
    out.imageLayerCount = tree ? tree->layerCount() : 0;
    out.baseLayerCount = std::max(0, out.imageLayerCount - out.designLayerCount);
    const SourceLocation where{imagePath, 0, 0};

    if (out.imageLayerCount < out.designLayerCount) {
        out.diagnostics.append(Diagnostic::warning(
            QStringLiteral("layers.built-count-differs"),
            QStringLiteral("the design has %1 layers, the built image only %2: it was built "
                           "from another design (rebuild the image)")
                .arg(out.designLayerCount)
                .arg(out.imageLayerCount),
            where));
    }

    for (int j = 0; j < out.baseLayerCount; ++j) {
        LayerComparison base;
        base.imageIndex = j;
        base.builtSize = tree->statistics(j).contentBytes;
        out.layers.append(base);
    }
    for (int i = 0; i < out.designLayerCount; ++i) {
        const LayerPrediction &designed = prediction.layers.at(i);
        LayerComparison c;
        c.designIndex = i;
        c.predictedSize = designed.predictedSize;
        const int imageIndex = out.baseLayerCount + i;
        if (!tree || imageIndex >= out.imageLayerCount) {
            out.layers.append(c);
            continue;
        }
        c.imageIndex = imageIndex;
        c.builtSize = tree->statistics(imageIndex).contentBytes;
        // Only packages layers have a predicted file list; the others come from the rootfs.
        if (designed.type == LayerType::Packages && designed.predictedSize >= 0) {
            const QMap<QString, qint64> built = layerFiles(*tree, imageIndex);
            for (auto it = built.cbegin(); it != built.cend(); ++it) {
                if (!designed.files.contains(it.key()))
                    c.onlyInImage.append(it.key());
            }
            for (auto it = designed.files.cbegin(); it != designed.files.cend(); ++it) {
                if (!built.contains(it.key()))
                    c.onlyInDesign.append(it.key());
            }
            if (!c.onlyInDesign.isEmpty()) {
                out.diagnostics.append(Diagnostic::warning(
                    QStringLiteral("layers.built-missing-files"),
                    QStringLiteral("layer %1 '%2' of the built image lacks %3 file(s) its "
                                   "packages ship: %4")
                        .arg(imageIndex)
                        .arg(designed.name)
                        .arg(c.onlyInDesign.size())
                        .arg(sample(c.onlyInDesign)),
                    where));
            }
            if (!c.onlyInImage.isEmpty()) {
                out.diagnostics.append(Diagnostic::note(
                    QStringLiteral("layers.built-extra-files"),
                    QStringLiteral("layer %1 '%2' of the built image has %3 file(s) its "
                                   "packages do not ship (package database, files made by "
                                   "scripts, pulled-in dependencies): %4")
                        .arg(imageIndex)
                        .arg(designed.name)
                        .arg(c.onlyInImage.size())
                        .arg(sample(c.onlyInImage)),
                    where));
            }
        }
        out.layers.append(c);
    }
    return out;
}

} // namespace cbw::core::layers

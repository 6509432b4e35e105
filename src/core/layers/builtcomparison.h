#pragma once

#include "layers/layerprediction.h"
#include "oci/imageloader.h"

namespace cbw::core::layers {

// Designed vs built: the deployed <recipe>-latest-oci image compared layer by layer with the
// prediction. The image's own layers are the top `prediction.layers.size()` ones (a base
// image contributes the rest at the bottom).
struct LayerComparison
{
    int designIndex = -1; // -1: a layer the design does not have
    int imageIndex = -1;  // -1: a designed layer the image does not have
    qint64 predictedSize = -1;
    qint64 builtSize = -1;    // uncompressed size of the layer's regular files
    QStringList onlyInImage;  // files the layer has that its packages do not ship
    QStringList onlyInDesign; // files the packages ship that the layer lacks
};

struct BuiltComparison
{
    QString imagePath;
    int designLayerCount = 0;
    int imageLayerCount = 0;
    int baseLayerCount = 0; // image layers below the design's own
    QList<LayerComparison> layers;
    Diagnostics diagnostics; // layers.built-count-differs (warning), ...
    bool matches() const;
};

// `image` is the loaded deployed image (oci::ImageLoader); its per-layer events give each
// layer's own files.
BuiltComparison compareDesignWithBuilt(const DesignPrediction &prediction,
                                       const oci::LoadedImage &image, const QString &imagePath);

} // namespace cbw::core::layers

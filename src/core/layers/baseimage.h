#pragma once

#include "layers/ocilayers.h"

#include "common/diagnostic.h"
#include "common/result.h"
#include "common/valuelocation.h"

#include <QString>

namespace cbw::core::layers {

// OCI_BASE_IMAGE classified exactly like oci_resolve_base_image() in image-oci.bbclass.
struct BaseImage
{
    enum class Kind
    {
        None,
        Path,
        Remote,
        Recipe
    };
    Kind kind = Kind::None;
    QString value;

    // "<recipe>:do_build" for Recipe, empty otherwise.
    QString dependency() const;
    // Recipe: "<deployDirImage>/<recipe>-<tag>-oci/index.json"; Path: "<path>/index.json".
    QString expectedIndexPath(const QString &deployDirImage, const QString &tag) const;
};

BaseImage classifyBaseImage(const QString &value);

// The class's fatal text for a remote base image (multi-line, with the container-bundle recipe
// to write, the CONTAINER_DIGESTS key with '/' and ':' mangled to '_').
QString remoteBaseImageAdvice(const QString &url);

// Parse-time checks of OCI_BASE_IMAGE: layers.base-remote (error) with the class's advice;
// layers.base-recipe-colon (warning) for a "recipe" with ':' such as "alpine:3.19", which the
// class takes for a recipe name (no '/', no '.' before the first ':').
Diagnostics validateBaseImage(const QString &value, const ValueLocation &location);

// True when `dir` is a directory holding an `index.json` file.
bool ociLayoutHasIndex(const QString &dir);

// Build-time checks against the disk: Path without index.json → layers.base-path-invalid
// (error, "Base image path not valid"); Recipe whose deploy link lacks index.json →
// layers.base-not-built (warning: the dependency builds it first, but it is not there now).
Diagnostics checkBaseImageOnDisk(const BaseImage &base, const QString &deployDirImage,
                                 const QString &tag, const ValueLocation &location = {});

// Layers of the manifest tagged `tag` (org.opencontainers.image.ref.name) in an OCI layout.
Result<int> countOciLayoutLayers(const QString &dir, const QString &tag);

// OCI_IMAGE_BACKEND against mode and base image:
//   layers.backend-sloci (error) "Multi-layer OCI requires umoci backend..." when the backend is
//     "sloci-image" and the mode is not "single" (the class tests `!= 'single'`) or a base is set;
//   layers.unknown-backend (error) backend neither "umoci" nor "sloci-image" (the class includes
//     image-oci-<backend>.inc, which does not exist).
Diagnostics validateBackend(const QString &backend, const QString &layerModeValue,
                            const QString &baseImageValue, const ValueLocation &location = {});

// How many layers the image gets. baseLayers < 0 = unknown.
struct LayerCountPrediction
{
    int ownLayers = 1;
    bool hasBase = false;
    int baseLayers = -1;

    // ownLayers + baseLayers, or -1 when a base is used and its count is unknown.
    int total() const;
    // "1 layer", "3 layers", "1 layer on top of the base image's layers",
    // "3 layers (2 base + 1)".
    QString describe() const;
};

// Single mode: 1 own layer; multi mode: one per OCI_LAYERS entry.
LayerCountPrediction predictLayerCount(LayerMode mode, const LayerSpecs &layers,
                                       const BaseImage &base, int baseLayers = -1);

} // namespace cbw::core::layers

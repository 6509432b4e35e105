#pragma once

#include "bundle/bundledesign.h"
#include "layers/layerdesign.h"

#include <QList>
#include <QString>

namespace cbw::core::project {

// A workbench project: the bundles a user designs (BUNDLED_CONTAINERS for local.conf or an
// image recipe, and container-bundle recipes) and the OCI images (image-oci recipes) they
// design with the layer designer. Stored as `*.cbw.json`.
struct Project
{
    QString name;
    QString description;
    QString buildDirectory; // a Yocto build directory the project belongs to (may be empty)
    QList<bundle::BundleDesign> bundles;
    QList<layers::LayerDesign> images;

    friend bool operator==(const Project &, const Project &) = default;

    // The BUNDLED_CONTAINERS-mode bundles and the bundle-recipe-mode bundles.
    QList<bundle::BundleDesign> bundlesOfMode(bundle::BundleDesign::Mode mode) const;
};

} // namespace cbw::core::project

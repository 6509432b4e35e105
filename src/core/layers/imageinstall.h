#pragma once

#include "layers/layerspec.h"

#include "common/diagnostic.h"
#include "common/valuelocation.h"

#include <QString>
#include <QStringList>

namespace cbw::core::layers {

// Which meta-virtualization branch the recipe is built with; they differ in whether
// OCI_LAYERS packages are auto-appended to IMAGE_INSTALL.
enum class ClassSeries
{
    Master,
    Wrynose
};

// Packages of `packages` layers that are not words of IMAGE_INSTALL, sorted, no duplicates.
QStringList layerPackagesMissingFromImageInstall(const QString &imageInstall,
                                                 const LayerSpecs &layers);

// layers.image-install-missing: note on master (the class appends them, sorted), warning on
// wrynose (they are not built). layers.duplicate-package (warning) for a package in two layers.
Diagnostics checkImageInstall(const QString &imageInstall,
                              const ValueLocation &imageInstallLocation, const LayerSpecs &layers,
                              const ValueLocation &layersLocation,
                              ClassSeries series = ClassSeries::Master);

} // namespace cbw::core::layers

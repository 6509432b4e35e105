#pragma once

#include "layers/imageinstall.h"
#include "layers/layervariables.h"

#include "common/diagnostic.h"

namespace cbw::core::layers {

// Every parse-time check of this area on the variables of a recipe that inherits image-oci,
// with locations from the variables: OCI_LAYERS against OCI_LAYER_MODE, OCI_BASE_IMAGE,
// OCI_IMAGE_BACKEND, the OCI_IMAGE_* settings and, in multi mode, IMAGE_INSTALL against the
// packages layers. Variables not in the map take the class defaults. Nothing is read from disk.
Diagnostics validateImageVariables(const LayerVariables &vars,
                                   ClassSeries series = ClassSeries::Master);

} // namespace cbw::core::layers

#pragma once

#include "layers/layerdesign.h"

#include "common/result.h"

#include <QString>

namespace cbw::core::layers {

// Writes the `.bb` text of an image-oci recipe for a design, in BitBake's safe subset (one
// statement per line, `NAME = "value"`, list values as `"\` + four-space items + `"`), laid out
// like meta-virtualization's app-container-multilayer.bb. Fails (naming the variable) when a
// value contains both quote kinds or a newline, which no BitBake assignment can carry.
Result<QString> generateImageRecipe(const LayerDesign &design);

// "<recipeName>.bb".
QString imageRecipeFileName(const LayerDesign &design);

} // namespace cbw::core::layers

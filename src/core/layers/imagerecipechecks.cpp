#include "imagerecipechecks.h"

#include "layers/baseimage.h"
#include "layers/imagesettings.h"
#include "layers/ocilayers.h"

namespace cbw::core::layers {

Diagnostics validateImageVariables(const LayerVariables &vars, ClassSeries series)
{
    const QString layersName = QStringLiteral("OCI_LAYERS");
    const QString modeName = QStringLiteral("OCI_LAYER_MODE");
    const QString baseName = QStringLiteral("OCI_BASE_IMAGE");
    const QString backendName = QStringLiteral("OCI_IMAGE_BACKEND");
    const QString installName = QStringLiteral("IMAGE_INSTALL");

    const QString layers = variableValue(vars, layersName);
    const QString mode = variableValue(vars, modeName, QStringLiteral("single"));
    const QString base = variableValue(vars, baseName);

    Diagnostics out = validateOciLayers(layers, variableLocation(vars, layersName), mode,
                                        variableLocation(vars, modeName));
    out += validateBaseImage(base, variableLocation(vars, baseName));
    // The sloci error is about the backend choice, so it points at OCI_IMAGE_BACKEND.
    out += validateBackend(variableValue(vars, backendName, QStringLiteral("umoci")), mode, base,
                           variableLocation(vars, backendName));
    out += validateImageSettings(ImageSettings::fromVariables(vars), vars);
    if (layerModeFromValue(mode) == LayerMode::Multi) {
        const Diagnostics install =
            checkImageInstall(variableValue(vars, installName), variableLocation(vars, installName),
                              parseOciLayers(layers), variableLocation(vars, layersName), series);
        // validateOciLayers already reported packages that are in two layers.
        for (const Diagnostic &d : install) {
            if (d.code != QLatin1String("layers.duplicate-package"))
                out.append(d);
        }
    }
    return out;
}

} // namespace cbw::core::layers

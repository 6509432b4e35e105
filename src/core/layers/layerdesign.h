#pragma once

#include "layers/imageinstall.h"
#include "layers/imagesettings.h"
#include "layers/layerspec.h"
#include "layers/layervariables.h"
#include "layers/ocilayers.h"

#include "common/diagnostic.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace cbw::core::layers {

// Everything the workbench lets a user design about one `inherit image image-oci` recipe.
struct LayerDesign
{
    QString recipeName; // file name without ".bb"
    QString summary;
    QString description;
    QString license = QStringLiteral("MIT");
    LayerMode mode = LayerMode::Single;
    QString baseImage; // OCI_BASE_IMAGE
    QString baseImageTag = QStringLiteral("latest");
    LayerSpecs layers; // OCI_LAYERS
    QStringList imageInstall;
    ImageSettings settings;
    bool cacheEnabled = true;                  // OCI_LAYER_CACHE = "1"
    QString backend = QStringLiteral("umoci"); // OCI_IMAGE_BACKEND

    friend bool operator==(const LayerDesign &, const LayerDesign &) = default;

    // Stable JSON (keys: recipe, summary, description, license, mode, baseImage, baseImageTag,
    // layers [{name, type, items}], imageInstall, settings {...}, cache, backend).
    QJsonObject toJson() const;
    // Missing keys keep defaults; every wrong type/value is a `design.*` diagnostic whose file
    // is `path` and whose message names the JSON path (e.g. "layers[1].items[0]"). Never throws.
    static LayerDesign fromJson(const QJsonObject &json, const QString &path,
                                Diagnostics *diagnostics);

    // Variable values as the recipe would set them (class defaults included for the
    // OCI_LAYER_* / OCI_BASE_* / backend variables; settings only when not default).
    QMap<QString, QString> toVariables() const;
    // From a recipe's variables; recipeName is not a variable and must be given.
    static LayerDesign fromVariables(const LayerVariables &vars, const QString &recipeName);
};

// Every check of this area on a design: OCI_LAYERS grammar (from the serialised value), base
// image, backend, image settings, IMAGE_INSTALL consistency (multi mode only), plus:
//   design.recipe-name (error)  empty, or characters other than letters, digits, '+', '.', '-'
//                               ('_' would split the file name into PN and PV)
//   design.bad-layer-name (error) empty, or containing ':' or whitespace
//   design.bad-item (error)     empty item, or one containing whitespace or '+'
// Locations carry no file (a design is not a file); messages name the layer/item.
Diagnostics validateDesign(const LayerDesign &design, ClassSeries series = ClassSeries::Master);

} // namespace cbw::core::layers

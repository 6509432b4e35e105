#pragma once

#include "common/valuelocation.h"

#include <QMap>
#include <QString>

namespace cbw::core::layers {

// A variable's logical value as the BitBake engine hands it over, with where it was written.
// Absent from a LayerVariables map = not set in the recipe (the class's `?=` default applies).
struct LayerVariable
{
    QString value;
    ValueLocation location;
};

using LayerVariables = QMap<QString, LayerVariable>;

// Value of `name`, or `fallback` when the map does not contain it.
QString variableValue(const LayerVariables &vars, const QString &name,
                      const QString &fallback = {});
// Location of `name`, or an invalid ValueLocation.
ValueLocation variableLocation(const LayerVariables &vars, const QString &name);

} // namespace cbw::core::layers

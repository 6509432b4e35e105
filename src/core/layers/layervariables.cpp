#include "layervariables.h"

namespace cbw::core::layers {

QString variableValue(const LayerVariables &vars, const QString &name, const QString &fallback)
{
    const auto it = vars.constFind(name);
    return it == vars.constEnd() ? fallback : it->value;
}

ValueLocation variableLocation(const LayerVariables &vars, const QString &name)
{
    const auto it = vars.constFind(name);
    return it == vars.constEnd() ? ValueLocation() : it->location;
}

} // namespace cbw::core::layers

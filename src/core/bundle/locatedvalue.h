#pragma once

#include "common/valuelocation.h"

#include <QMap>
#include <QString>

namespace cbw::core::bundle {

// A variable's (or flag's) logical value as the BitBake engine hands it over, plus where
// it was written so diagnostics can point at the offending entry. `isSet` distinguishes
// an unset variable from one set to "".
struct LocatedValue
{
    QString value;
    ValueLocation location;
    bool isSet = false;

    LocatedValue() = default;
    LocatedValue(QString v, ValueLocation loc = {})
        : value(std::move(v))
        , location(std::move(loc))
        , isSet(true)
    {}
};

// Varflags of one variable (e.g. CONTAINER_DIGESTS), keyed by flag name as written.
using LocatedFlags = QMap<QString, LocatedValue>;

} // namespace cbw::core::bundle

#pragma once

#include <QString>
#include <QStringList>

namespace cbw::core::bitbake {

// What a variable (or flag) reads as after one file's statements are applied in BitBake
// order. `${NAME}` of variables set in the same file is expanded; other references and
// inline python `${@...}` are left in the text as BitBake leaves undefined ones.
struct EvaluatedValue
{
    bool isSet = false; // false: no value (never set, or unset)
    QString value;
    bool fromWeakDefault = false; // the value is a `??=` default
    bool exported = false;        // export flag set (`export NAME` or `export NAME = ...`)
    bool needsExpansion = false;  // value still contains `${` (not expanded here)
    QStringList references;       // variables referenced, directly or through expansion,
                                  // in order of first appearance (no duplicates)
    bool hasInlinePython = false; // the value contains `${@`
};

} // namespace cbw::core::bitbake

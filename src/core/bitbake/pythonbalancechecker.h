#pragma once

#include "common/diagnostic.h"

#include <QString>

namespace cbw::core::bitbake {

// A bracket and string-literal balance check for python `def` bodies: the subset of
// Python's tokenizer errors that BitBake reports as "Error in compiling python function"
// and that need no Python to find ('(' was never closed, unmatched ')', mismatched
// brackets, unterminated string literals).
class PythonBalanceChecker final
{
public:
    // `code` starts at physical line `firstLine` of `file`. Returns the first problem
    // (code "bitbake.python-syntax"), or nothing.
    static Diagnostics check(const QString &code, const QString &file, int firstLine);
};

} // namespace cbw::core::bitbake

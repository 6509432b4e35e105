#pragma once

#include "bitbake/syntax.h"
#include "common/valuelocation.h"

#include <QChar>
#include <QString>
#include <QStringList>

namespace cbw::core::bitbake {

// One assignment statement `[export ]NAME[[flag]] op "value"`, decomposed.
// Override syntax: NAME = base[:variant...][:append|:prepend|:remove[:condition...]].
//   A:o:append  -> variantOverrides {o}, operation Append (appends to the variant A:o)
//   A:append:o  -> conditionOverrides {o}, operation Append (append to A when o is active)
struct Assignment
{
    int statementIndex = -1; // index into Document::statements()
    QString name;            // full name as written, e.g. "BUNDLED_CONTAINERS:append:pn-foo"
    QString baseVariable;    // "BUNDLED_CONTAINERS"
    OverrideOperation operation = OverrideOperation::None;
    QStringList variantOverrides;   // overrides before the operation (selects a variant)
    QStringList conditionOverrides; // overrides after the operation (condition for it)
    QString flag;                   // varflag name; empty for a value assignment
    AssignOperator op = AssignOperator::Set;
    bool exported = false;       // `export` prefix
    QString value;               // logical value: continuations joined exactly as BitBake does
    QChar quote;                 // '"' or '\''
    int firstLine = 0;           // first physical line of the statement (1-based)
    int lastLine = 0;            // last physical line (the one BitBake reports)
    ValueLocation valueLocation; // value offset -> file line/column

    bool isFlag() const { return !flag.isEmpty(); }
    // No variant and no condition overrides: applies whatever OVERRIDES is.
    bool isUnconditional() const
    {
        return variantOverrides.isEmpty() && conditionOverrides.isEmpty();
    }
    // All overrides in the order written (variant ones, then condition ones).
    QStringList overrides() const { return variantOverrides + conditionOverrides; }
};

} // namespace cbw::core::bitbake

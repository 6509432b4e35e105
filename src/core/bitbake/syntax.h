#pragma once

#include <QString>

#include <optional>

namespace cbw::core::bitbake {

// BitBake has two line grammars; which one applies depends only on the file name.
enum class Grammar
{
    Configuration, // .conf
    Recipe,        // .bb, .bbappend, .bbclass, .inc (a superset of Configuration)
};

// Grammar for a file name by its last extension; nullopt for names BitBake would refuse
// to include ("not a BitBake file").
std::optional<Grammar> grammarForFileName(const QString &fileName);

// Like grammarForFileName, but never fails: template names such as "local.conf.sample"
// use the grammar of the BitBake extension inside the name; anything else is read as
// configuration.
Grammar grammarForPath(const QString &filePath);

// True for names `include`/`require` accept (.conf, .inc, .bb, .bbclass).
bool isIncludableFileName(const QString &fileName);

enum class StatementKind
{
    Blank,           // empty or whitespace-only line
    Comment,         // '#' at column 0, possibly continued with '\' onto further '#' lines
    Assignment,      // [export ]NAME[[flag]] op "value"
    Export,          // export NAME
    Unset,           // unset NAME
    UnsetFlag,       // unset NAME[flag]
    Include,         // include F...
    Require,         // require F...
    IncludeAll,      // include_all F
    Inherit,         // inherit C...          (recipe grammar)
    InheritDefer,    // inherit_defer C...    (recipe grammar)
    AddTask,         // addtask ...           (recipe grammar)
    DelTask,         // deltask ...           (recipe grammar)
    AddHandler,      // addhandler ...        (recipe grammar)
    ExportFunctions, // EXPORT_FUNCTIONS ...  (recipe grammar)
    AddPylib,        // addpylib DIR NS       (bblayers.conf / layer.conf only)
    AddFragments,    // addfragments ...
    Function,        // [python|fakeroot] [NAME]() { ... }   (recipe grammar)
    PythonDef,       // def NAME(...): + indented body    (recipe grammar)
    Unparsed,        // text BitBake rejects; a diagnostic says why
};

QString statementKindName(StatementKind kind);

enum class AssignOperator
{
    Set,          // =
    SoftDefault,  // ?=
    WeakDefault,  // ??=
    Immediate,    // :=
    AppendSpace,  // +=
    PrependSpace, // =+
    AppendDot,    // .=
    PrependDot,   // =.
};

QString operatorText(AssignOperator op);

// The :append / :prepend / :remove part of a variable name.
enum class OverrideOperation
{
    None,
    Append,
    Prepend,
    Remove
};

QString operationName(OverrideOperation op);

} // namespace cbw::core::bitbake

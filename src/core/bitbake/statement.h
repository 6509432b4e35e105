#pragma once

#include "bitbake/assignment.h"
#include "bitbake/syntax.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cbw::core::bitbake {

// One node of a document: a statement, comment or blank line, owning its exact bytes.
// Concatenating `raw` of all statements in order gives the file back byte for byte.
struct Statement
{
    StatementKind kind = StatementKind::Blank;
    QByteArray raw;       // every byte of its physical lines, line endings included
    qsizetype offset = 0; // byte offset of raw in the file
    int firstLine = 0;    // 1-based physical line numbers
    int lastLine = 0;
    QString logicalText; // continuations joined, trailing whitespace stripped (for blocks:
                         // the header line)

    // Kind-specific fields.
    Assignment assignment; // kind == Assignment
    QString name;          // Export/Unset/UnsetFlag: variable; Function/PythonDef: function
                           // name ("" for anonymous python); Assignment: full name
    QString flag;          // UnsetFlag: the flag
    QStringList arguments; // Include/Require/IncludeAll/Inherit/...: the words after the
                           // keyword (unexpanded)
    bool python = false;   // Function: `python` keyword (or anonymous)
    bool fakeroot = false; // Function: `fakeroot` keyword
    QString body;          // Function/PythonDef: body text, lines joined with '\n'

    // Assignment value position in the file (bytes, absolute): between the quotes.
    qsizetype valueBegin = -1;
    qsizetype valueEnd = -1;
};

} // namespace cbw::core::bitbake

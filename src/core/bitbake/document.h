#pragma once

#include "bitbake/assignment.h"
#include "bitbake/evaluatedvalue.h"
#include "bitbake/statement.h"
#include "bitbake/syntax.h"
#include "common/diagnostic.h"
#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace cbw::core::bitbake {

// A lossless BitBake file: a list of statements that own every byte of the input, so
// toBytes() of an unmodified document is the input, byte for byte. Parsing never fails;
// what BitBake would reject is reported in diagnostics() (codes "bitbake.*").
//
// Edits change the smallest possible byte range, re-parse the result and refuse (Error,
// document unchanged) anything that would not be valid BitBake.
class Document final
{
public:
    Document() = default;

    // Grammar from the file name (grammarForPath).
    static Document parse(const QByteArray &bytes, const QString &filePath);
    static Document parse(const QByteArray &bytes, const QString &filePath, Grammar grammar);

    QString filePath() const { return m_filePath; }
    Grammar grammar() const { return m_grammar; }
    QByteArray toBytes() const;

    const QList<Statement> &statements() const { return m_statements; }
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    bool hasErrors() const;

    // Index of the statement that holds physical line `line` (1-based), or -1.
    int statementIndexAtLine(int line) const;

    // Line ending new lines get: the most common one in the file ("\n" for none).
    QByteArray lineEnding() const;
    bool endsWithNewline() const;

    // --- queries -------------------------------------------------------------------
    // Value assignments (no varflags) whose base variable is `variable`, in file order,
    // including :append/:prepend/:remove and override variants.
    QList<Assignment> assignments(const QString &variable) const;
    // Varflag assignments of `variable` (exact name, no overrides); all flags when `flag`
    // is empty.
    QList<Assignment> flagAssignments(const QString &variable, const QString &flag = {}) const;
    // Every assignment statement in file order.
    QList<Assignment> allAssignments() const;
    // Base variable names with a value or flag assignment, in order of first appearance.
    QStringList variableNames() const;
    // Flag names set on `variable` (ever, in order of first appearance).
    QStringList flagNames(const QString &variable) const;

    // Value after this one file is applied (spec: BitBake order). `overrides` is the
    // active OVERRIDES list, left to right (empty: only unconditional entries apply).
    EvaluatedValue evaluate(const QString &variable, const QStringList &overrides = {}) const;
    EvaluatedValue evaluateFlag(const QString &variable, const QString &flag,
                                const QStringList &overrides = {}) const;

    // --- edits ---------------------------------------------------------------------
    // Change the value of the assignment that determines `variable`'s plain value (the
    // last unconditional =/:= one, else the first effective ?=, else the last ??=),
    // keeping its operator, quote style (switched only when needed) and multi-line
    // layout (a value continued with one item per line gets the new words one per line in
    // the same indentation; continued prose is rewritten on one line). Without one, add
    // `VAR = "value"` after the variable's last statement or at the end of the file.
    VoidResult setValue(const QString &variable, const QString &value);
    // Add words to the last unconditional `VAR:append` (skipping words it already has),
    // or add `VAR:append = " words"` after the variable's last statement / at the end.
    VoidResult appendValue(const QString &variable, const QStringList &words);
    // Delete every statement that sets the variable's value (all operators, :append/
    // :prepend/:remove, override variants); varflags, `export VAR` and `unset VAR` stay.
    // Nothing to delete is success.
    VoidResult removeVariable(const QString &variable);
    // Delete one assignment statement (as returned by the queries of this document).
    VoidResult removeAssignment(const Assignment &assignment);
    // Set or add `VAR[flag] = "value"`.
    VoidResult setFlag(const QString &variable, const QString &flag, const QString &value);
    // Delete every `VAR[flag] op ...` statement (nothing to delete is success).
    VoidResult removeFlag(const QString &variable, const QString &flag);

    // Validation used by the edits (Error explains why).
    static VoidResult checkVariableName(const QString &variable);
    static VoidResult checkFlagName(const QString &flag);
    static VoidResult checkValue(const QString &value);

private:
    VoidResult replaceBytes(qsizetype begin, qsizetype end, const QByteArray &replacement);
    VoidResult applyEdit(QByteArray newBytes);
    VoidResult rewriteValue(const Statement &statement, const QString &value,
                            const QStringList &words);
    VoidResult insertLine(const QString &variable, const QString &line);
    VoidResult removeStatements(const QList<int> &indexes);

    QString m_filePath;
    Grammar m_grammar = Grammar::Configuration;
    QList<Statement> m_statements;
    Diagnostics m_diagnostics;
};

} // namespace cbw::core::bitbake

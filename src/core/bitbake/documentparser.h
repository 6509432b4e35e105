#pragma once

#include "bitbake/statement.h"
#include "bitbake/syntax.h"
#include "common/diagnostic.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace cbw::core::bitbake::detail {

struct ParseOutput
{
    QList<Statement> statements;
    Diagnostics diagnostics;
};

// Splits bytes into statements that cover every byte exactly once, following BitBake's
// ConfHandler/BBHandler line handling, and reports what BitBake would reject.
ParseOutput parseDocument(const QByteArray &bytes, const QString &filePath, Grammar grammar);

// A variable name split the way BitBake's datastore reads it.
struct NameParts
{
    QString base;
    OverrideOperation operation = OverrideOperation::None;
    QStringList variant;   // overrides before the operation
    QStringList condition; // overrides after the operation
};
NameParts decomposeName(const QString &name);

// Python's str.isspace / str.rstrip, which BitBake applies to every physical line.
bool isPythonSpace(QChar c);
QString pythonRstrip(const QString &s);
// Python's repr() of a str, used in BitBake's messages.
QString pythonRepr(const QString &s);

} // namespace cbw::core::bitbake::detail

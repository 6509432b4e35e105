#include "syntax.h"

#include <QFileInfo>

namespace cbw::core::bitbake {

namespace {

std::optional<Grammar> grammarForSuffix(const QString &name)
{
    if (name.endsWith(QLatin1String(".conf")))
        return Grammar::Configuration;
    if (name.endsWith(QLatin1String(".bb")) || name.endsWith(QLatin1String(".bbappend")) ||
        name.endsWith(QLatin1String(".bbclass")) || name.endsWith(QLatin1String(".inc")))
        return Grammar::Recipe;
    return std::nullopt;
}

} // namespace

std::optional<Grammar> grammarForFileName(const QString &fileName)
{
    return grammarForSuffix(QFileInfo(fileName).fileName());
}

Grammar grammarForPath(const QString &filePath)
{
    const QString name = QFileInfo(filePath).fileName();
    if (const auto g = grammarForSuffix(name))
        return *g;
    // Templates ("local.conf.sample", "bblayers.conf.sample.extended") are copied to a
    // name without the extra suffix before BitBake reads them.
    QString stem = name;
    while (true) {
        const qsizetype dot = stem.lastIndexOf(QLatin1Char('.'));
        if (dot <= 0)
            break;
        stem.truncate(dot);
        if (const auto g = grammarForSuffix(stem))
            return *g;
    }
    return Grammar::Configuration;
}

bool isIncludableFileName(const QString &fileName)
{
    return fileName.endsWith(QLatin1String(".conf")) || fileName.endsWith(QLatin1String(".inc")) ||
           fileName.endsWith(QLatin1String(".bb")) || fileName.endsWith(QLatin1String(".bbclass"));
}

QString statementKindName(StatementKind kind)
{
    switch (kind) {
    case StatementKind::Blank:
        return QStringLiteral("blank");
    case StatementKind::Comment:
        return QStringLiteral("comment");
    case StatementKind::Assignment:
        return QStringLiteral("assignment");
    case StatementKind::Export:
        return QStringLiteral("export");
    case StatementKind::Unset:
        return QStringLiteral("unset");
    case StatementKind::UnsetFlag:
        return QStringLiteral("unset-flag");
    case StatementKind::Include:
        return QStringLiteral("include");
    case StatementKind::Require:
        return QStringLiteral("require");
    case StatementKind::IncludeAll:
        return QStringLiteral("include_all");
    case StatementKind::Inherit:
        return QStringLiteral("inherit");
    case StatementKind::InheritDefer:
        return QStringLiteral("inherit_defer");
    case StatementKind::AddTask:
        return QStringLiteral("addtask");
    case StatementKind::DelTask:
        return QStringLiteral("deltask");
    case StatementKind::AddHandler:
        return QStringLiteral("addhandler");
    case StatementKind::ExportFunctions:
        return QStringLiteral("EXPORT_FUNCTIONS");
    case StatementKind::AddPylib:
        return QStringLiteral("addpylib");
    case StatementKind::AddFragments:
        return QStringLiteral("addfragments");
    case StatementKind::Function:
        return QStringLiteral("function");
    case StatementKind::PythonDef:
        return QStringLiteral("def");
    case StatementKind::Unparsed:
        return QStringLiteral("unparsed");
    }
    return {};
}

QString operatorText(AssignOperator op)
{
    switch (op) {
    case AssignOperator::Set:
        return QStringLiteral("=");
    case AssignOperator::SoftDefault:
        return QStringLiteral("?=");
    case AssignOperator::WeakDefault:
        return QStringLiteral("?"
                              "?=");
    case AssignOperator::Immediate:
        return QStringLiteral(":=");
    case AssignOperator::AppendSpace:
        return QStringLiteral("+=");
    case AssignOperator::PrependSpace:
        return QStringLiteral("=+");
    case AssignOperator::AppendDot:
        return QStringLiteral(".=");
    case AssignOperator::PrependDot:
        return QStringLiteral("=.");
    }
    return {};
}

QString operationName(OverrideOperation op)
{
    switch (op) {
    case OverrideOperation::None:
        return {};
    case OverrideOperation::Append:
        return QStringLiteral("append");
    case OverrideOperation::Prepend:
        return QStringLiteral("prepend");
    case OverrideOperation::Remove:
        return QStringLiteral("remove");
    }
    return {};
}

} // namespace cbw::core::bitbake

#include "commandlineparsing.h"

#include <QCoreApplication>

namespace cbw::cli {

std::optional<int> parseOrExplain(QCommandLineParser &parser, const QStringList &arguments,
                                  CliStreams io)
{
    if (!parser.parse(arguments)) {
        io.err << arguments.value(0) << ": " << parser.errorText() << "\n"
               << "Try 'cbw " << arguments.value(0) << " --help'.\n";
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // helpText() names the program by argv[0] (a build path); users type "cbw <command>".
        QString help = parser.helpText();
        const QString programUsage =
            QStringLiteral("Usage: ") + QCoreApplication::arguments().value(0);
        if (help.startsWith(programUsage))
            help.replace(0, programUsage.size(),
                         QStringLiteral("Usage: cbw ") + arguments.value(0));
        io.out << help;
        return ExitOk;
    }
    return std::nullopt;
}

std::optional<std::pair<QString, QString>> splitAssignment(const QString &text)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return std::nullopt;
    return std::pair(text.left(eq), text.mid(eq + 1));
}

QJsonObject diagnosticJson(const core::Diagnostic &d)
{
    return {{QStringLiteral("file"), d.location.file},
            {QStringLiteral("line"), d.location.line},
            {QStringLiteral("column"), d.location.column},
            {QStringLiteral("severity"), core::severityName(d.severity)},
            {QStringLiteral("code"), d.code},
            {QStringLiteral("message"), d.message}};
}

} // namespace cbw::cli

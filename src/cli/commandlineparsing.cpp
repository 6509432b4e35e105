#include "commandlineparsing.h"

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
        io.out << parser.helpText();
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

} // namespace cbw::cli

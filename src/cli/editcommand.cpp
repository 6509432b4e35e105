#include "editcommand.h"

#include "bitbake/document.h"
#include "commandlineparsing.h"
#include "common/atomicwrite.h"

#include <QRegularExpression>

namespace cbw::cli {

using namespace cbw::core;

namespace {

struct EditStep
{
    QString option; // set, append, unset, set-flag, unset-flag
    QString argument;
};

// QCommandLineParser groups values per option and loses their interleaving; edits must be
// applied in the order the user wrote them, so walk the raw arguments once more.
QList<EditStep> editsInOrder(const QStringList &arguments)
{
    static const QStringList kEditOptions = {QStringLiteral("set"), QStringLiteral("append"),
                                             QStringLiteral("unset"), QStringLiteral("set-flag"),
                                             QStringLiteral("unset-flag")};
    QList<EditStep> steps;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--"))
            break;
        if (!arg.startsWith(QLatin1String("--")))
            continue;
        const QString body = arg.mid(2);
        const qsizetype eq = body.indexOf(QLatin1Char('='));
        const QString option = eq < 0 ? body : body.left(eq);
        if (!kEditOptions.contains(option))
            continue;
        if (eq >= 0)
            steps.append({option, body.mid(eq + 1)});
        else if (i + 1 < arguments.size())
            steps.append({option, arguments.at(++i)});
    }
    return steps;
}

// "VAR[FLAG]" -> {VAR, FLAG}.
std::optional<std::pair<QString, QString>> splitFlagReference(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^([^\[\]=]+)\[([^\[\]]+)\]$)"));
    const auto match = re.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return std::pair(match.captured(1), match.captured(2));
}

VoidResult applyStep(bitbake::Document &document, const EditStep &step)
{
    const auto usage = [&](const QString &expected) {
        return Error(
            QStringLiteral("--%1 %2: expected %3").arg(step.option, step.argument, expected));
    };
    if (step.option == QLatin1String("set") || step.option == QLatin1String("append")) {
        const auto assignment = splitAssignment(step.argument);
        if (!assignment)
            return usage(QStringLiteral("VAR=VALUE"));
        if (step.option == QLatin1String("set"))
            return document.setValue(assignment->first, assignment->second);
        const QStringList words = assignment->second.split(
            QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (words.isEmpty())
            return usage(QStringLiteral("VAR=WORDS with at least one word"));
        return document.appendValue(assignment->first, words);
    }
    if (step.option == QLatin1String("unset"))
        return document.removeVariable(step.argument);
    if (step.option == QLatin1String("set-flag")) {
        const auto assignment = splitAssignment(step.argument);
        const auto reference = assignment ? splitFlagReference(assignment->first) : std::nullopt;
        if (!reference)
            return usage(QStringLiteral("VAR[FLAG]=VALUE"));
        return document.setFlag(reference->first, reference->second, assignment->second);
    }
    const auto reference = splitFlagReference(step.argument);
    if (!reference)
        return usage(QStringLiteral("VAR[FLAG]"));
    return document.removeFlag(reference->first, reference->second);
}

} // namespace

int EditCommand::run(const QStringList &arguments, CliStreams io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Edits a BitBake file with the smallest possible text change: only the "
                       "statements of the named variables change, every other byte (comments, "
                       "layout, line endings) stays as it was. Without an edit option the output "
                       "is a byte-identical copy. Edits are applied in the order given."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("set"),
                      QStringLiteral("Set the value of VAR (keeps operator, quoting and layout)."),
                      QStringLiteral("VAR=VALUE")});
    parser.addOption(
        {QStringLiteral("append"),
         QStringLiteral("Add words to VAR through its VAR:append (updated, not duplicated)."),
         QStringLiteral("VAR=VALUE")});
    parser.addOption({QStringLiteral("unset"),
                      QStringLiteral("Delete every statement that sets VAR's value (flags stay)."),
                      QStringLiteral("VAR")});
    parser.addOption({QStringLiteral("set-flag"), QStringLiteral("Set the varflag VAR[FLAG]."),
                      QStringLiteral("VAR[FLAG]=VALUE")});
    parser.addOption({QStringLiteral("unset-flag"), QStringLiteral("Delete the varflag VAR[FLAG]."),
                      QStringLiteral("VAR[FLAG]")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QStringLiteral("Write the result to OUT."),
                      QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("in-place"),
                      QStringLiteral("Replace FILE, keeping the original as FILE.bak.")});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The file to edit."),
                                 QStringLiteral("FILE"));
    if (auto exit = parseOrExplain(parser, arguments, io))
        return *exit;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        io.err << "edit: exactly one FILE expected\nTry 'cbw edit --help'.\n";
        return ExitUsage;
    }
    const bool inPlace = parser.isSet(QStringLiteral("in-place"));
    const bool toOutput = parser.isSet(QStringLiteral("output"));
    if (inPlace == toOutput) {
        io.err << "edit: give exactly one of -o OUT and --in-place\n";
        return ExitUsage;
    }

    const QString path = positional.first();
    auto bytes = readWholeFile(path);
    if (!bytes) {
        io.err << "edit: " << bytes.error().message << "\n";
        return ExitUsage;
    }
    bitbake::Document document = bitbake::Document::parse(*bytes, path);
    for (const Diagnostic &d : document.diagnostics()) {
        if (d.isError())
            io.err << d.toGccString() << "\n";
    }

    for (const EditStep &step : editsInOrder(arguments)) {
        const VoidResult result = applyStep(document, step);
        if (!result) {
            io.err << path << ": error: --" << step.option << " " << step.argument << ": "
                   << result.error().message << "\n";
            return ExitFindings;
        }
    }

    const QString target = inPlace ? path : parser.value(QStringLiteral("output"));
    const VoidResult written = writeFileAtomically(
        target, document.toBytes(), inPlace ? BackupPolicy::KeepBak : BackupPolicy::None);
    if (!written) {
        io.err << "edit: " << written.error().message << "\n";
        return ExitUsage;
    }
    return ExitOk;
}

} // namespace cbw::cli

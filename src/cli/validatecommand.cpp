#include "validatecommand.h"

#include "commandlineparsing.h"
#include "project/filechecker.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cbw::cli {

using namespace cbw::core;

int ValidateCommand::run(const QStringList &arguments, CliStreams io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Parses .conf/.bb/.bbappend/.inc/.bbclass files the way BitBake does and "
                       "checks BUNDLED_CONTAINERS, CONTAINER_BUNDLES, CONTAINER_DIGESTS, "
                       "OCI_LAYERS, OCI_BASE_IMAGE, OCI_IMAGE_* and the DISTRO_FEATURES / "
                       "BBMULTICONFIG prerequisites.\n"
                       "Exit status: 0 no error (warnings allowed), 1 errors found, "
                       "2 usage or I/O error."));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("json"),
         QStringLiteral("Print a JSON array of {file,line,column,severity,code,message}.")});
    parser.addOption({QStringLiteral("bbpath"),
                      QStringLiteral("Colon-separated directories to resolve include/require "
                                     "names (like BBPATH)."),
                      QStringLiteral("dirs")});
    parser.addOption({QStringLiteral("overrides"),
                      QStringLiteral("Colon-separated active OVERRIDES, left to right "
                                     "(default: none)."),
                      QStringLiteral("list")});
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Files to check."),
                                 QStringLiteral("FILE..."));
    if (auto exit = parseOrExplain(parser, arguments, io))
        return *exit;

    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        io.err << "validate: no file given\nTry 'cbw validate --help'.\n";
        return ExitUsage;
    }

    project::FileCheckOptions options;
    if (parser.isSet(QStringLiteral("bbpath")))
        options.bbpath =
            parser.value(QStringLiteral("bbpath")).split(QLatin1Char(':'), Qt::SkipEmptyParts);
    if (parser.isSet(QStringLiteral("overrides")))
        options.overrides =
            parser.value(QStringLiteral("overrides")).split(QLatin1Char(':'), Qt::SkipEmptyParts);

    bool anyError = false;
    bool ioError = false;
    QJsonArray json;
    for (const QString &file : files) {
        const Diagnostics diagnostics = project::FileChecker::checkFile(file, options);
        for (const Diagnostic &d : diagnostics) {
            if (d.code == QLatin1String("io.read"))
                ioError = true;
            else if (d.isError())
                anyError = true;
            if (parser.isSet(QStringLiteral("json"))) {
                json.append(diagnosticJson(d));
            } else {
                io.out << d.toGccString() << "\n";
            }
        }
    }
    if (parser.isSet(QStringLiteral("json")))
        io.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    if (ioError)
        return ExitUsage;
    return anyError ? ExitFindings : ExitOk;
}

} // namespace cbw::cli

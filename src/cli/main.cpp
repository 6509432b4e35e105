#include "cachekeycommand.h"
#include "diffcommand.h"
#include "editcommand.h"
#include "exportcommand.h"
#include "extractcommand.h"
#include "generatecommand.h"
#include "inspectcommand.h"
#include "layerscommand.h"
#include "lscommand.h"
#include "scancommand.h"
#include "validatecommand.h"
#include "verifycommand.h"
#include "vmcommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <memory>
#include <vector>

using namespace cbw::cli;

namespace {

void printUsage(QTextStream &stream, const std::vector<std::unique_ptr<CliCommand>> &commands)
{
    stream << "Usage: cbw <command> [options]\n\n"
              "Container Bundle Workbench: design, check and export Yocto meta-virtualization\n"
              "container bundles and OCI layer designs.\n\nCommands:\n";
    for (const auto &command : commands)
        stream << "  " << command->name().leftJustified(12) << command->summary() << "\n";
    stream << "\nRun 'cbw <command> --help' for the options of a command.\n"
              "Options: -h, --help   this text;  -v, --version   the version.\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cbw"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CBW_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);

    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<ValidateCommand>());
    commands.push_back(std::make_unique<EditCommand>());
    commands.push_back(std::make_unique<GenerateCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<CacheKeyCommand>());
    commands.push_back(std::make_unique<LayersCommand>());
    commands.push_back(std::make_unique<InspectCommand>());
    commands.push_back(std::make_unique<LsCommand>());
    commands.push_back(std::make_unique<VerifyCommand>());
    commands.push_back(std::make_unique<DiffCommand>());
    commands.push_back(std::make_unique<ExtractCommand>());
    commands.push_back(std::make_unique<ScanCommand>());
    commands.push_back(std::make_unique<VmCommand>());

    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty()) {
        printUsage(err, commands);
        return ExitUsage;
    }
    const QString first = arguments.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("help")) {
        printUsage(out, commands);
        return ExitOk;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << "cbw " << QCoreApplication::applicationVersion() << "\n";
        return ExitOk;
    }
    for (const auto &command : commands) {
        if (command->name() == first)
            return command->run(arguments, CliStreams{out, err});
    }
    err << "cbw: unknown command '" << first << "'\n";
    printUsage(err, commands);
    return ExitUsage;
}

#include "extractcommand.h"

#include "commandlineparsing.h"
#include "ociimageloading.h"

#include "oci/extractor.h"

#include <QDir>

namespace cbw::cli {

using namespace cbw::core::oci;

int ExtractCommand::run(const QStringList &arguments, CliStreams io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes PATH (a file or a folder of the image, '/' for all) into DIR as DIR/<name of "
        "PATH>, from the merged filesystem or, with --layer, from that layer's tar only. "
        "Refuses '..' in PATH, never writes through a symlink (from the image or already in "
        "DIR) and never overwrites a file. Permission bits are kept without setuid/setgid; "
        "device nodes and hardlinks to files not extracted are skipped with a note.\n"
        "Exit status: 0 extracted, 1 broken image or refused write, 2 usage or unreadable "
        "image."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("to"),
                      QStringLiteral("Destination folder (created if "
                                     "missing)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("layer"), QStringLiteral("Extract from layer N only."),
                      QStringLiteral("N")});
    addPlatformOption(parser);
    parser.addPositionalArgument(QStringLiteral("image"), QStringLiteral("The image."),
                                 QStringLiteral("IMAGE"));
    parser.addPositionalArgument(QStringLiteral("path"), QStringLiteral("Path in the image."),
                                 QStringLiteral("PATH"));
    if (auto exit = parseOrExplain(parser, arguments, io))
        return *exit;
    if (parser.positionalArguments().size() != 2 || !parser.isSet(QStringLiteral("to"))) {
        io.err << "extract: expected IMAGE PATH --to DIR\nTry 'cbw extract --help'.\n";
        return ExitUsage;
    }
    ExtractRequest request;
    request.imagePath = parser.positionalArguments().at(1);
    request.destination = parser.value(QStringLiteral("to"));
    if (parser.isSet(QStringLiteral("layer"))) {
        bool ok = false;
        const int layer = parser.value(QStringLiteral("layer")).toInt(&ok);
        if (!ok || layer < 0) {
            io.err << "extract: --layer expects a layer number (0 = bottom)\n";
            return ExitUsage;
        }
        request.layer = layer;
    }
    if (!QDir().mkpath(request.destination)) {
        io.err << "cbw extract: " << request.destination << ": cannot create the folder\n";
        return ExitUsage;
    }
    auto loaded = loadImageForCommand(name(), parser.positionalArguments().first(), parser, io);
    if (const int *exit = std::get_if<int>(&loaded))
        return *exit;
    const auto summary = extractFromImage(std::get<LoadedImage>(loaded), request);
    if (!summary) {
        io.err << "cbw extract: " << summary.error().message << "\n";
        return ExitFindings;
    }
    for (const QString &note : summary->skipped)
        io.err << "cbw extract: note: skipped " << note << "\n";
    io.out << "extracted " << summary->files << " files, " << summary->directories
           << " directories, " << summary->links << " links (" << humanBytes(summary->bytes)
           << ") into " << request.destination << "\n";
    return ExitOk;
}

} // namespace cbw::cli

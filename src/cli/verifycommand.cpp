#include "verifycommand.h"

#include "commandlineparsing.h"
#include "ociimageloading.h"

namespace cbw::cli {

using namespace cbw::core::oci;

int VerifyCommand::run(const QStringList &arguments, CliStreams io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Reads the chosen image completely: index, manifest and config against their digests "
        "and sizes, every layer blob against its digest and size, and every uncompressed layer "
        "against the config's diff_id; layer tars are parsed too (path traversal, truncation).\n"
        "Exit status: 0 everything matches, 1 a mismatch or a broken image (the message names "
        "the blob), 2 usage or unreadable image."));
    parser.addHelpOption();
    addPlatformOption(parser);
    parser.addPositionalArgument(QStringLiteral("image"), QStringLiteral("The image."),
                                 QStringLiteral("IMAGE"));
    if (auto exit = parseOrExplain(parser, arguments, io))
        return *exit;
    if (parser.positionalArguments().size() != 1) {
        io.err << "verify: expected exactly one IMAGE\nTry 'cbw verify --help'.\n";
        return ExitUsage;
    }
    const QString imageText = parser.positionalArguments().first();
    auto loaded = loadImageForCommand(name(), imageText, parser, io);
    if (const int *exit = std::get_if<int>(&loaded))
        return *exit;
    const LoadedImage &image = std::get<LoadedImage>(loaded);
    io.out << imageText << ": ok (" << image.image.layers.size() << " layers, "
           << image.image.layers.size() + 2 << " blobs verified, "
           << image.image.imageConfig.platform().toString() << ")\n";
    return ExitOk;
}

} // namespace cbw::cli

#include "verifycommand.h"

#include "commandlineparsing.h"
#include "ociimageloading.h"

namespace cbw::cli {

using namespace cbw::core::oci;

namespace {

int verifyAll(const QString &imageText, const QCommandLineParser &parser, CliStreams io)
{
    if (parser.isSet(QStringLiteral("platform"))) {
        io.err << "verify: --all and --platform exclude each other\n";
        return ExitUsage;
    }
    auto reference = ImageReference::parse(imageText);
    if (!reference) {
        io.err << "cbw verify: " << reference.error().message << "\n";
        return ExitUsage;
    }
    auto source = ImageSource::open(*reference);
    if (!source) {
        io.err << "cbw verify: " << source.error().message << "\n";
        return ExitUsage;
    }
    auto choices = (*source)->listImages();
    if (!choices) {
        io.err << "cbw verify: " << choices.error().message << "\n";
        return ExitFindings;
    }
    int failures = 0;
    for (const ManifestChoice &choice : std::as_const(*choices)) {
        LoadOptions options;
        if ((*source)->kind() == SourceKind::DockerArchive)
            options.resolve.tag = choice.tag;
        else
            options.resolve.manifest = choice.descriptor.digest;
        QString name = choice.tag.isEmpty() ? QStringLiteral("(untagged)") : choice.tag;
        if (choice.descriptor.platform)
            name += QLatin1Char(' ') + choice.descriptor.platform->toString();
        auto loaded = ImageLoader::load(*source, options);
        if (!loaded) {
            ++failures;
            io.err << "cbw verify: " << name << ": " << loaded.error().message << "\n";
            continue;
        }
        io.out << imageText << " " << name << " " << choice.descriptor.digest.shortString()
               << ": ok (" << loaded->image.layers.size() << " layers)\n";
    }
    return failures > 0 ? ExitFindings : ExitOk;
}

} // namespace

int VerifyCommand::run(const QStringList &arguments, CliStreams io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Reads the chosen image completely: index, manifest and config against their digests "
        "and sizes, every layer blob against its digest and size, and every uncompressed layer "
        "against the config's diff_id; layer tars are parsed too (path traversal, truncation).\n"
        "With --all every image the index lists is verified (all tags and platforms).\n"
        "Exit status: 0 everything matches, 1 a mismatch or a broken image (the message names "
        "the blob), 2 usage or unreadable image."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("all"),
                      QStringLiteral("Verify every image of the index, not only the chosen one.")});
    addPlatformOption(parser);
    if (auto exit = parseSingleImageArguments(parser, arguments, name(), io))
        return *exit;
    const QString imageText = parser.positionalArguments().first();
    if (parser.isSet(QStringLiteral("all")))
        return verifyAll(imageText, parser, io);
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

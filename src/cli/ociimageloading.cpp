#include "ociimageloading.h"

#include "commandlineparsing.h"

namespace cbw::cli {

using namespace cbw::core;
using namespace cbw::core::oci;

void addPlatformOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("platform"),
                      QStringLiteral("Choose the image for os/arch[/variant] in a multi-platform "
                                     "index (default: the host's, or the only image)."),
                      QStringLiteral("os/arch[/variant]")});
}

std::variant<LoadedImage, int> loadImageForCommand(const QString &command, const QString &imageText,
                                                   const QCommandLineParser &parser, CliStreams io)
{
    auto fail = [&](const QString &message, int code) -> std::variant<LoadedImage, int> {
        io.err << "cbw " << command << ": " << message << "\n";
        return code;
    };
    auto reference = ImageReference::parse(imageText);
    if (!reference)
        return fail(reference.error().message, ExitUsage);
    LoadOptions options;
    options.resolve.tag = reference->tag;
    if (parser.isSet(QStringLiteral("platform"))) {
        auto platform = Platform::parse(parser.value(QStringLiteral("platform")));
        if (!platform)
            return fail(platform.error().message, ExitUsage);
        options.resolve.platform = *platform;
    }
    auto source = ImageSource::open(*reference);
    if (!source)
        return fail(source.error().message, ExitUsage);
    bool selectionFailed = false;
    auto resolved = (*source)->resolve(options.resolve, &selectionFailed);
    if (!resolved)
        return fail(resolved.error().message, selectionFailed ? ExitUsage : ExitFindings);
    auto loaded = ImageLoader::load(*source, options);
    if (!loaded)
        return fail(loaded.error().message, ExitFindings);
    return std::move(loaded).value();
}

QString humanBytes(qint64 bytes)
{
    static const char *const units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    double value = double(bytes);
    int unit = 0;
    while (value >= 1024.0 && unit < 4) {
        value /= 1024.0;
        ++unit;
    }
    if (unit == 0)
        return QStringLiteral("%1 B").arg(bytes);
    return QStringLiteral("%1 %2").arg(value, 0, 'f', 1).arg(QLatin1String(units[unit]));
}

QString octalMode(quint32 mode)
{
    return QStringLiteral("%1").arg(mode & 07777u, 4, 8, QLatin1Char('0'));
}

std::optional<int> parseSingleImageArguments(QCommandLineParser &parser,
                                             const QStringList &arguments, const QString &command,
                                             CliStreams io)
{
    parser.addPositionalArgument(QStringLiteral("image"), QStringLiteral("The image."),
                                 QStringLiteral("IMAGE"));
    if (auto exit = parseOrExplain(parser, arguments, io))
        return exit;
    if (parser.positionalArguments().size() != 1) {
        io.err << command << ": expected exactly one IMAGE\nTry 'cbw " << command << " --help'.\n";
        return ExitUsage;
    }
    return std::nullopt;
}

} // namespace cbw::cli

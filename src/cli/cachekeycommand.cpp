#include "cachekeycommand.h"

#include "commandlineparsing.h"
#include "layers/cachekey.h"

#include <QDir>
#include <QFileInfo>

namespace cbw::cli {

using namespace cbw::core;

int CacheKeyCommand::run(const QStringList &arguments, CliStreams io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Computes the 16-hex-digit key under which image-oci caches a `packages` layer in "
        "OCI_LAYER_CACHE_DIR (<key>-<layer>/). Package versions are read from "
        "DIR/runtime/<pkg> (PKGV) exactly as the class reads them; without --pkgdata, or for "
        "a package without pkgdata, the package has no version in the key."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("layer"), QStringLiteral("Layer name (OCI_LAYERS field 1)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("packages"),
                      QStringLiteral("Layer content, packages separated by '+'."),
                      QStringLiteral("a+b+c")});
    parser.addOption({QStringLiteral("machine"), QStringLiteral("MACHINE."), QStringLiteral("M")});
    parser.addOption(
        {QStringLiteral("tune-pkgarch"), QStringLiteral("TUNE_PKGARCH."), QStringLiteral("T")});
    parser.addOption({QStringLiteral("pkgdata"),
                      QStringLiteral("PKGDATA_DIR (tmp/pkgdata/<MACHINE>)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("show-json"),
                      QStringLiteral("Also print the canonical JSON the key is the hash of.")});
    if (auto exit = parseOrExplain(parser, arguments, io))
        return *exit;

    for (const QString &required : {QStringLiteral("layer"), QStringLiteral("packages")}) {
        if (!parser.isSet(required)) {
            io.err << "cache-key: --" << required << " is required\n";
            return ExitUsage;
        }
    }
    if (!parser.positionalArguments().isEmpty()) {
        io.err << "cache-key: unexpected argument " << parser.positionalArguments().first() << "\n";
        return ExitUsage;
    }

    layers::CacheKeyInput input;
    input.layerName = parser.value(QStringLiteral("layer"));
    input.packages = layers::packagesFromContent(parser.value(QStringLiteral("packages")));
    if (parser.isSet(QStringLiteral("machine")))
        input.machine = parser.value(QStringLiteral("machine"));
    if (parser.isSet(QStringLiteral("tune-pkgarch")))
        input.tunePkgarch = parser.value(QStringLiteral("tune-pkgarch"));
    if (parser.isSet(QStringLiteral("pkgdata"))) {
        const QString dir = parser.value(QStringLiteral("pkgdata"));
        if (!QFileInfo(dir + QStringLiteral("/runtime")).isDir()) {
            io.err << "cache-key: " << dir << " has no runtime/ directory; is it PKGDATA_DIR?\n";
            return ExitUsage;
        }
        input.pkgVersions = layers::readCacheKeyPkgvs(dir, input.packages);
    }

    if (parser.isSet(QStringLiteral("show-json")))
        io.out << layers::canonicalCacheJson(input) << "\n";
    io.out << layers::layerCacheKey(input) << "\n";
    return ExitOk;
}

} // namespace cbw::cli

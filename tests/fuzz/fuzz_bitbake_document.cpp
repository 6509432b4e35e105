// libFuzzer target for the lossless BitBake engine. Invariants checked on every input:
//  - parsing never crashes and toBytes() gives the input back byte for byte, in both grammars;
//  - every variable evaluates;
//  - an edit either is refused or yields a document that re-parses to the same bytes;
//  - the bundling grammars accept any value the engine hands them.
#include "bitbake/document.h"
#include "bundle/bundlevalidator.h"
#include "layers/ocilayers.h"

#include <cstdint>
#include <cstdlib>

using namespace cbw::core;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

void exercise(const QByteArray &bytes, const QString &path)
{
    bitbake::Document document = bitbake::Document::parse(bytes, path);
    check(document.toBytes() == bytes);
    for (const QString &name : document.variableNames()) {
        const auto value = document.evaluate(name);
        for (const QString &flag : document.flagNames(name))
            (void)document.evaluateFlag(name, flag);
        if (name == QLatin1String("BUNDLED_CONTAINERS")) {
            bundle::BundledContainersInput input;
            input.bundledContainers = bundle::LocatedValue(value.value);
            (void)bundle::BundleValidator::validateBundledContainers(input);
        } else if (name == QLatin1String("CONTAINER_BUNDLES")) {
            bundle::ContainerBundlesInput input;
            input.bundles = bundle::LocatedValue(value.value);
            (void)bundle::BundleValidator::validateContainerBundles(input);
        } else if (name == QLatin1String("OCI_LAYERS")) {
            (void)layers::validateOciLayers(value.value, {}, QStringLiteral("multi"));
        }
    }
    const QStringList names = document.variableNames();
    if (!names.isEmpty()) {
        bitbake::Document edited = document;
        if (edited.setValue(names.first(), QStringLiteral("fuzz value")).ok()) {
            const QByteArray after = edited.toBytes();
            check(bitbake::Document::parse(after, path).toBytes() == after);
            check(edited.evaluate(names.first()).isSet);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    exercise(bytes, QStringLiteral("fuzz.conf"));
    exercise(bytes, QStringLiteral("fuzz.bb"));
    return 0;
}

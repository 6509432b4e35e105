#pragma once

#include "bundledesign.h"
#include "common/diagnostic.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cbw::core::bundle {

// A file to place next to the generated one (e.g. files/<x>.service beside a recipe).
struct CompanionFile
{
    QString relativePath; // relative to the generated file's directory
    QString sourcePath;   // where to copy it from (the design's custom service file)
};

struct GeneratedText
{
    QString fileName; // suggested file name ("local.conf fragment" has none)
    QString text;
    QList<CompanionFile> companions;
    Diagnostics diagnostics; // errors mean the text was not generated (text is empty)
};

// Text generators in the safe BitBake subset (bitbake-syntax-facts §15).
class ConfGenerator final
{
public:
    // DISTRO_FEATURES / BBMULTICONFIG prerequisites + BUNDLED_CONTAINERS +
    // CONTAINER_SERVICE_FILE[...] lines. Needs a BundledContainers design.
    static GeneratedText localConfFragment(const BundleDesign &design);

    // `<name>_<version>.bb` for a BundleRecipe design.
    static GeneratedText bundleRecipe(const BundleDesign &design);

    // `NAME = "value"`, or the multi-line list form for two or more items.
    static QString assignment(const QString &name, const QStringList &items,
                              const QString &op = QStringLiteral("="));
};

} // namespace cbw::core::bundle

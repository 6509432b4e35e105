#pragma once

#include "export/exportplan.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace cbw::core::exporting {

// A file that travels with a generated one (a custom service file under files/).
struct CompanionBytes
{
    QString relativePath; // relative to the directory of the unit's file
    QByteArray bytes;
};

// One logical file of an export, independent of where it goes.
struct ExportUnit
{
    enum class Kind
    {
        LocalConf,    // local.conf statements: the fragment and/or IMAGE_INSTALL:append:pn-...
        BundleRecipe, // <name>_<version>.bb
        ImageRecipe   // <image>.bb
    };
    Kind kind = Kind::LocalConf;
    QString layerPath; // where it lives in a layer ("recipes-containers/bundles/x_1.0.bb")
    QString label;     // for messages ("bundle recipe x_1.0.bb")
    QByteArray text;   // the content of a new file
    // LocalConf merges: the BUNDLED_CONTAINERS design (through LocalConfApply) and the host
    // image lines (through StatementMerger).
    std::optional<bundle::BundleDesign> bundledContainers;
    QByteArray hostImageLines;
    QList<CompanionBytes> companions;
};

struct ExportUnits
{
    QList<ExportUnit> units;
    Diagnostics diagnostics;
    QStringList hostImages;   // images the bundle recipes go into (for the usage lines)
    QStringList imageRecipes; // container image recipes exported
    QString machine;          // a MACHINE named by a design, for the usage lines
};

// Generates the text of everything the request selects (no I/O except reading custom
// service files) and validates the designs; errors are diagnostics, never exceptions.
ExportUnits buildExportUnits(const ExportRequest &request);

// Brings one unit into an existing file's bytes (lossless): the merged bytes and the
// statements that changed, or error diagnostics and the input.
struct UnitMerge
{
    QByteArray bytes;
    QStringList changed;
    Diagnostics diagnostics;
};
UnitMerge mergeUnit(const ExportUnit &unit, const QByteArray &existing, const QString &path);

// Statements of a newly created unit, for the summary.
QStringList statementsOf(const QByteArray &text, const QString &path);

} // namespace cbw::core::exporting

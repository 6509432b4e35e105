#include "scancommand.h"

#include "commandlineparsing.h"
#include "project/builddirectory.h"
#include "project/prerequisites.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cbw::cli {

using namespace cbw::core;
using project::BuildDirectoryInfo;
using project::RecipeSource;

namespace {

QString kindName(RecipeSource::Kind kind)
{
    return kind == RecipeSource::Kind::ContainerImage ? QStringLiteral("container-image")
                                                      : QStringLiteral("container-bundle");
}

QJsonObject toJson(const BuildDirectoryInfo &info,
                   const QList<project::Prerequisite> &prerequisites)
{
    QJsonArray recipes;
    for (const RecipeSource &r : info.recipes)
        recipes.append(QJsonObject{{QStringLiteral("kind"), kindName(r.kind)},
                                   {QStringLiteral("name"), r.name},
                                   {QStringLiteral("file"), r.file},
                                   {QStringLiteral("layerDir"), r.layerDir}});
    QJsonArray images;
    for (const project::DeployedImage &d : info.deployedImages)
        images.append(QJsonObject{{QStringLiteral("name"), d.name},
                                  {QStringLiteral("path"), d.path},
                                  {QStringLiteral("resolvedPath"), d.resolvedPath},
                                  {QStringLiteral("machine"), d.machine},
                                  {QStringLiteral("isSymlink"), d.isSymlink}});
    QJsonArray missing;
    for (const project::Prerequisite &p : prerequisites)
        missing.append(QJsonObject{{QStringLiteral("variable"), p.variable},
                                   {QStringLiteral("code"), p.diagnostic.code},
                                   {QStringLiteral("message"), p.diagnostic.message},
                                   {QStringLiteral("fix"), p.fixText}});
    QJsonArray diagnostics;
    for (const Diagnostic &d : info.diagnostics)
        diagnostics.append(diagnosticJson(d));
    return {{QStringLiteral("topDir"), info.topDir},
            {QStringLiteral("localConf"), info.localConfPath},
            {QStringLiteral("bblayers"), info.bblayersPath},
            {QStringLiteral("machine"), info.machine},
            {QStringLiteral("distro"), info.distro},
            {QStringLiteral("distroFeatures"), QJsonArray::fromStringList(info.distroFeatures)},
            {QStringLiteral("multiconfigs"), QJsonArray::fromStringList(info.multiconfigs)},
            {QStringLiteral("bundledContainers"), info.bundledContainers},
            {QStringLiteral("layers"), QJsonArray::fromStringList(info.layers)},
            {QStringLiteral("layerCacheDir"), info.layerCacheDir},
            {QStringLiteral("pkgdataDir"), info.pkgdataDir},
            {QStringLiteral("recipes"), recipes},
            {QStringLiteral("deployedImages"), images},
            {QStringLiteral("missingPrerequisites"), missing},
            {QStringLiteral("diagnostics"), diagnostics}};
}

QString orNone(const QString &text, const QString &none = QStringLiteral("(not set)"))
{
    return text.isEmpty() ? none : text;
}

void printText(QTextStream &out, const BuildDirectoryInfo &info,
               const QList<project::Prerequisite> &prerequisites)
{
    out << "Build directory:    " << info.topDir << "\n"
        << "MACHINE:            " << orNone(info.machine) << "\n"
        << "DISTRO:             " << orNone(info.distro) << "\n"
        << "DISTRO_FEATURES:    " << orNone(info.distroFeatures.join(QLatin1Char(' ')))
        << "  (local.conf only)\n"
        << "BBMULTICONFIG:      " << orNone(info.multiconfigs.join(QLatin1Char(' '))) << "\n"
        << "BUNDLED_CONTAINERS: " << orNone(info.bundledContainers.simplified()) << "\n"
        << "Layer cache:        " << orNone(info.layerCacheDir) << "\n"
        << "Package data:       " << orNone(info.pkgdataDir, QStringLiteral("(not found)")) << "\n";
    out << "Layers (" << info.layers.size() << "):\n";
    for (const QString &layer : info.layers)
        out << "  " << layer << "\n";
    for (const RecipeSource::Kind kind :
         {RecipeSource::Kind::ContainerImage, RecipeSource::Kind::ContainerBundle}) {
        QStringList lines;
        for (const RecipeSource &r : info.recipes) {
            if (r.kind == kind)
                lines.append(QStringLiteral("  %1  %2").arg(r.name, r.file));
        }
        out << (kind == RecipeSource::Kind::ContainerImage ? "Container image recipes ("
                                                           : "Container bundle recipes (")
            << lines.size() << "):\n";
        for (const QString &line : std::as_const(lines))
            out << line << "\n";
    }
    out << "Deployed OCI images (" << info.deployedImages.size() << "):\n";
    for (const project::DeployedImage &d : info.deployedImages) {
        out << "  " << d.machine << "  " << d.name;
        if (d.isSymlink)
            out << " -> "
                << (d.resolvedPath.isEmpty() ? QStringLiteral("(dangling)") : d.resolvedPath);
        out << "\n";
    }
    out << "Missing prerequisites (" << prerequisites.size() << "):\n";
    for (const project::Prerequisite &p : prerequisites)
        out << "  " << (p.isFixable() ? QStringLiteral("add: ") + p.fixText : p.diagnostic.message)
            << "\n";
    out << "Diagnostics (" << info.diagnostics.size() << "):\n";
    for (const Diagnostic &d : info.diagnostics)
        out << "  " << d.toGccString() << "\n";
}

} // namespace

int ScanCommand::run(const QStringList &arguments, CliStreams io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Reads BUILDDIR/conf/local.conf and conf/bblayers.conf (nothing is executed), lists the "
        "recipes of the layers that inherit image-oci or container-bundle and the OCI "
        "directories under tmp*/deploy/images/<machine>/, and checks the container "
        "cross-install prerequisites. Exit status: 0 without errors, 1 when the scan found "
        "errors (missing prerequisites are listed, not counted), 2 when BUILDDIR cannot be read "
        "as a build directory."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("BUILDDIR"),
                                 QStringLiteral("The BitBake build directory (TOPDIR)."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object.")});
    parser.addOption({QStringLiteral("arch"),
                      QStringLiteral("Target arch for the BBMULTICONFIG check (default: from "
                                     "MACHINE)."),
                      QStringLiteral("ARCH")});
    if (auto exit = parseOrExplain(parser, arguments, io))
        return *exit;
    if (parser.positionalArguments().size() != 1) {
        io.err << "scan: exactly one BUILDDIR is required\n";
        return ExitUsage;
    }

    const BuildDirectoryInfo info =
        project::BuildDirectoryScanner::scan(parser.positionalArguments().first());
    const QList<project::Prerequisite> prerequisites =
        project::Prerequisites::missing(info, parser.value(QStringLiteral("arch")));
    if (parser.isSet(QStringLiteral("json")))
        io.out << QString::fromUtf8(
            QJsonDocument(toJson(info, prerequisites)).toJson(QJsonDocument::Indented));
    else
        printText(io.out, info, prerequisites);

    for (const Diagnostic &d : info.diagnostics) {
        const bool unreadable =
            d.code == project::codes::NotABuildDirectory ||
            d.code == project::codes::LocalConfMissing ||
            (d.code == project::codes::UnreadableFile && d.location.file == info.localConfPath);
        if (unreadable)
            return ExitUsage;
    }
    return hasErrors(info.diagnostics) ? ExitFindings : ExitOk;
}

} // namespace cbw::cli

#include "exportcommand.h"

#include "commandlineparsing.h"
#include "export/exportplan.h"
#include "project/projectfile.h"

#include <QFileInfo>

#include <optional>

namespace cbw::cli {

using namespace cbw::core;
using exporting::ExportContent;
using exporting::ExportContents;
using exporting::ExportTarget;
using exporting::PlannedFile;

namespace {

std::optional<ExportContents> parseWhat(const QString &text)
{
    ExportContents contents;
    for (const QString &word : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (word == QLatin1String("fragment"))
            contents |= ExportContent::LocalConfFragment;
        else if (word == QLatin1String("bundle-recipe"))
            contents |= ExportContent::BundleRecipe;
        else if (word == QLatin1String("image-recipe"))
            contents |= ExportContent::ImageRecipes;
        else if (word == QLatin1String("host-append"))
            contents |= ExportContent::HostImageAppend;
        else if (word == QLatin1String("all"))
            contents |= ExportContent::All;
        else
            return std::nullopt;
    }
    if (contents == ExportContents())
        return std::nullopt;
    return contents;
}

QString actionName(PlannedFile::Action action)
{
    switch (action) {
    case PlannedFile::Action::Create:
        return QStringLiteral("create");
    case PlannedFile::Action::Modify:
        return QStringLiteral("modify");
    case PlannedFile::Action::Unchanged:
        break;
    }
    return QStringLiteral("unchanged");
}

void printPreview(const exporting::ExportPlan &plan, CliStreams io)
{
    for (const PlannedFile &f : plan.files) {
        io.out << actionName(f.action) << " " << f.displayName;
        if (f.action == PlannedFile::Action::Modify && !f.changedStatements.isEmpty())
            io.out << " (" << f.changedStatements.join(QStringLiteral(", ")) << ")";
        io.out << "\n";
        const QByteArray text = f.preview();
        io.out << QString::fromUtf8(text);
        if (!text.isEmpty() && !text.endsWith('\n'))
            io.out << "\n";
    }
}

} // namespace

int ExportCommand::run(const QStringList &arguments, CliStreams io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Exports a project into the files a Yocto build uses. Nothing is written with\n"
        "--dry-run; otherwise existing files get a .bak and a failure leaves them unchanged.\n"
        "  --what     fragment (local.conf: prerequisites + BUNDLED_CONTAINERS),\n"
        "             bundle-recipe, image-recipe, host-append (IMAGE_INSTALL:append:pn-<image>),\n"
        "             all; several separated by commas\n"
        "In a layer directory or zip the local.conf statements go to\n"
        "conf/local.conf.fragment: a layer cannot set them for the build."));
    parser.addHelpOption();
    const auto option = [&parser](const QStringList &names, const QString &help,
                                  const QString &value = {}) {
        parser.addOption(QCommandLineOption(names, help, value));
    };
    option({QStringLiteral("project")}, QStringLiteral("The project file."),
           QStringLiteral("P.cbw.json"));
    option({QStringLiteral("what")}, QStringLiteral("What to export (see above)."),
           QStringLiteral("WHAT"));
    option({QStringLiteral("merge-into")},
           QStringLiteral("Merge into this existing .conf/.bb file (lossless)."),
           QStringLiteral("FILE"));
    option({QStringLiteral("layer-dir")},
           QStringLiteral("Write into this (new or existing) layer directory."),
           QStringLiteral("DIR"));
    option({QStringLiteral("zip")}, QStringLiteral("Write a meta-layer zip."),
           QStringLiteral("OUT.zip"));
    option({QStringLiteral("o"), QStringLiteral("output")},
           QStringLiteral("Write one new file (refuses to overwrite)."), QStringLiteral("FILE"));
    option({QStringLiteral("dry-run")},
           QStringLiteral("Print the diff (new files in full); write nothing."));
    option({QStringLiteral("host-image")},
           QStringLiteral("The image that installs the bundle recipes (pn- override)."),
           QStringLiteral("NAME"));
    option({QStringLiteral("bundle")},
           QStringLiteral("Only this bundle (repeatable; default: all)."), QStringLiteral("NAME"));
    option({QStringLiteral("image")},
           QStringLiteral("Only this container image (repeatable; default: all)."),
           QStringLiteral("NAME"));
    option({QStringLiteral("collection")},
           QStringLiteral("BBFILE_COLLECTIONS name of a new layer (default: from its name)."),
           QStringLiteral("NAME"));
    if (auto exit = parseOrExplain(parser, arguments, io))
        return *exit;

    const auto usageError = [&io](const QString &message) {
        io.err << "export: " << message << "\nTry 'cbw export --help'.\n";
        return int(ExitUsage);
    };
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    if (!parser.isSet(QStringLiteral("project")))
        return usageError(QStringLiteral("--project is required"));
    if (!parser.isSet(QStringLiteral("what")))
        return usageError(QStringLiteral("--what is required"));
    const std::optional<ExportContents> contents = parseWhat(parser.value(QStringLiteral("what")));
    if (!contents)
        return usageError(QStringLiteral("--what takes fragment, bundle-recipe, image-recipe, "
                                         "host-append or all, not '%1'")
                              .arg(parser.value(QStringLiteral("what"))));

    exporting::ExportRequest request;
    int targets = 0;
    const std::pair<QString, ExportTarget> targetOptions[] = {
        {QStringLiteral("merge-into"), ExportTarget::MergeIntoFile},
        {QStringLiteral("layer-dir"), ExportTarget::LayerDirectory},
        {QStringLiteral("zip"), ExportTarget::Zip},
        {QStringLiteral("output"), ExportTarget::NewFile}};
    for (const auto &[optionName, target] : targetOptions) {
        if (parser.isSet(optionName)) {
            ++targets;
            request.target = target;
            request.targetPath = parser.value(optionName);
        }
    }
    if (targets != 1)
        return usageError(
            QStringLiteral("give exactly one of --merge-into, --layer-dir, --zip, -o"));
    if (request.targetPath.isEmpty())
        return usageError(QStringLiteral("the target path is empty"));

    const QString projectPath = parser.value(QStringLiteral("project"));
    auto load = project::ProjectFile::load(projectPath);
    if (!load) {
        io.err << "export: " << load.error().message << "\n";
        return ExitUsage;
    }
    for (const Diagnostic &d : load->diagnostics)
        io.err << d.toGccString() << "\n";
    if (hasErrors(load->diagnostics))
        return ExitFindings;

    request.project = load->project;
    request.projectDirectory = QFileInfo(projectPath).absolutePath();
    request.contents = *contents;
    request.hostImage = parser.value(QStringLiteral("host-image"));
    request.bundleNames = parser.values(QStringLiteral("bundle"));
    request.imageNames = parser.values(QStringLiteral("image"));
    request.layerCollection = parser.value(QStringLiteral("collection"));

    const exporting::ExportPlan plan = exporting::planExport(request);
    for (const Diagnostic &d : plan.diagnostics)
        io.err << d.toGccString() << "\n";
    if (hasErrors(plan.diagnostics)) {
        io.err << "export: nothing written\n";
        return ExitFindings;
    }
    if (parser.isSet(QStringLiteral("dry-run"))) {
        printPreview(plan, io);
        io.out << "dry run: nothing written\n";
        return ExitOk;
    }
    if (!plan.canWrite()) {
        for (const PlannedFile &f : plan.files)
            io.out << "unchanged " << f.path << "\n";
        io.out << "nothing to change\n";
        return ExitOk;
    }
    const exporting::ExportWriteReport report = exporting::writeExport(plan);
    if (!report.ok()) {
        io.err << "export: cannot write " << report.failedPath << ": " << report.error << "\n"
               << "export: nothing written (files already written were restored)\n";
        return ExitFindings;
    }
    for (const QString &path : report.written)
        io.out << "wrote " << path << "\n";
    for (const QString &path : report.backups)
        io.out << "backup " << path << "\n";
    if (!plan.usage.isEmpty()) {
        io.out << "\nTo use it:\n";
        for (const QString &line : plan.usage)
            io.out << "  " << line << "\n";
    }
    return ExitOk;
}

} // namespace cbw::cli

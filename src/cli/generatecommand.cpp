#include "generatecommand.h"

#include "bitbake/document.h"
#include "bundle/bundledcontainers.h"
#include "bundle/confgenerator.h"
#include "bundle/containerbundles.h"
#include "bundle/unitgenerator.h"
#include "commandlineparsing.h"
#include "common/atomicwrite.h"
#include "layers/imagerecipegenerator.h"
#include "project/documentvariables.h"
#include "project/projectfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace cbw::cli {

using namespace cbw::core;

namespace {

int writeOrPrint(const QString &text, const QString &output, CliStreams io)
{
    if (output.isEmpty() || output == QLatin1String("-")) {
        io.out << text;
        return ExitOk;
    }
    const VoidResult written = writeFileAtomically(output, text.toUtf8());
    if (!written) {
        io.err << "generate: " << written.error().message << "\n";
        return ExitUsage;
    }
    return ExitOk;
}

void printDiagnostics(const Diagnostics &diagnostics, CliStreams io)
{
    for (const Diagnostic &d : diagnostics)
        io.err << d.toGccString() << "\n";
}

std::optional<project::Project> loadProject(const QString &path, CliStreams io)
{
    auto load = project::ProjectFile::load(path);
    if (!load) {
        io.err << "generate: " << load.error().message << "\n";
        return std::nullopt;
    }
    printDiagnostics(load->diagnostics, io);
    if (hasErrors(load->diagnostics))
        return std::nullopt;
    return load->project;
}

// The one design of a kind, or the one called `name` when several exist.
template<typename T, typename NameOf>
std::optional<T> pickOne(const QList<T> &candidates, const QString &name, NameOf nameOf,
                         const QString &what, CliStreams io)
{
    QList<T> matching;
    for (const T &c : candidates) {
        if (name.isEmpty() || nameOf(c) == name)
            matching.append(c);
    }
    if (matching.size() == 1)
        return matching.first();
    if (matching.isEmpty()) {
        io.err << "generate: the project has no " << what
               << (name.isEmpty() ? QString() : QStringLiteral(" named ") + name) << "\n";
    } else {
        QStringList names;
        for (const T &c : matching)
            names.append(nameOf(c));
        io.err << "generate: the project has several " << what << "s ("
               << names.join(QStringLiteral(", ")) << "); choose one with --name\n";
    }
    return std::nullopt;
}

// The class installs a custom service file only when it exists and otherwise falls back to
// the generated unit without a word; we do the same but say so.
QString existingServiceFile(const QString &path, const QString &baseDir, const QString &context,
                            CliStreams io)
{
    if (path.isEmpty())
        return {};
    const QString resolved = QDir(baseDir).absoluteFilePath(path);
    if (QFileInfo(resolved).isFile())
        return resolved;
    io.err << context << ": warning: custom service file " << path
           << " not found; the class falls back to the generated unit\n";
    return {};
}

// Unit files are installed 0644 by the class (install -m 0644 / default umask).
bool writeUnitFile(const QString &target, const QByteArray &content, CliStreams io)
{
    const VoidResult written = writeFileAtomically(target, content);
    if (!written) {
        io.err << "generate: " << written.error().message << "\n";
        return false;
    }
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                      QFile::ReadOther);
    return true;
}

int writeRootfsFiles(const bundle::RootfsFiles &files, const QString &outputDir, CliStreams io)
{
    for (const auto &file : files) {
        const QString target = outputDir + file.path;
        if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
            io.err << "generate: cannot create directory for " << target << "\n";
            return ExitUsage;
        }
        switch (file.kind) {
        case bundle::RootfsFile::Kind::Content:
            if (!writeUnitFile(target, file.content, io))
                return ExitUsage;
            break;
        case bundle::RootfsFile::Kind::Symlink:
            QFile::remove(target);
            if (!QFile::link(file.target, target)) {
                io.err << "generate: cannot create symlink " << target << "\n";
                return ExitUsage;
            }
            break;
        case bundle::RootfsFile::Kind::CopyOf: {
            auto content = readWholeFile(file.target);
            if (!content) {
                io.err << "generate: " << content.error().message << "\n";
                return ExitUsage;
            }
            if (!writeUnitFile(target, *content, io))
                return ExitUsage;
            break;
        }
        }
        io.out << file.path << "\n";
    }
    return ExitOk;
}

bundle::RootfsFiles unitsFromProject(const project::Project &project, const QString &projectDir,
                                     CliStreams io)
{
    bundle::RootfsFiles files;
    for (bundle::BundleDesign design : project.bundles) {
        for (auto &spec : design.containers)
            spec.customServiceFile =
                existingServiceFile(spec.customServiceFile, projectDir, spec.source, io);
        files += bundle::UnitGenerator::filesForDesign(design);
    }
    return files;
}

std::optional<bundle::RootfsFiles> unitsFromConf(const QString &path, CliStreams io)
{
    auto bytes = readWholeFile(path);
    if (!bytes) {
        io.err << "generate: " << bytes.error().message << "\n";
        return std::nullopt;
    }
    const auto document = bitbake::Document::parse(*bytes, path);
    printDiagnostics(document.diagnostics(), io);
    if (document.hasErrors())
        return std::nullopt;

    const project::DocumentVariables vars(document);
    const QString baseDir = QFileInfo(path).absolutePath();
    QMap<QString, QString> serviceFiles;
    const auto flags = vars.flags(QStringLiteral("CONTAINER_SERVICE_FILE"));
    for (auto it = flags.cbegin(); it != flags.cend(); ++it) {
        const QString file = existingServiceFile(it.value().value, baseDir, it.key(), io);
        if (!file.isEmpty())
            serviceFiles.insert(it.key(), file);
    }

    bundle::RootfsFiles files;
    if (vars.isSet(QStringLiteral("BUNDLED_CONTAINERS"))) {
        QString defaultRuntime = QStringLiteral("docker");
        if (vars.isSet(QStringLiteral("CONTAINER_DEFAULT_RUNTIME")))
            defaultRuntime = vars.value(QStringLiteral("CONTAINER_DEFAULT_RUNTIME")).value;
        else if (vars.value(QStringLiteral("CONTAINER_PROFILE")).value == QLatin1String("podman"))
            defaultRuntime = QStringLiteral("podman");
        const auto value = vars.value(QStringLiteral("BUNDLED_CONTAINERS"));
        const auto parsed = bundle::BundledContainers::parse(value.value, value.location);
        printDiagnostics(parsed.diagnostics, io);
        files += bundle::UnitGenerator::filesForBundledContainers(parsed.entries, defaultRuntime,
                                                                  serviceFiles);
    }
    if (vars.isSet(QStringLiteral("CONTAINER_BUNDLES"))) {
        QString runtime = vars.value(QStringLiteral("CONTAINER_BUNDLE_RUNTIME")).value;
        if (runtime.isEmpty())
            runtime = QStringLiteral("docker");
        const auto value = vars.value(QStringLiteral("CONTAINER_BUNDLES"));
        const auto parsed = bundle::ContainerBundles::parse(value.value, value.location);
        printDiagnostics(parsed.diagnostics, io);
        files += bundle::UnitGenerator::filesForBundleRecipe(parsed.entries, runtime, serviceFiles);
    }
    if (!vars.isSet(QStringLiteral("BUNDLED_CONTAINERS")) &&
        !vars.isSet(QStringLiteral("CONTAINER_BUNDLES"))) {
        io.err << path << ": error: sets neither BUNDLED_CONTAINERS nor CONTAINER_BUNDLES\n";
        return std::nullopt;
    }
    return files;
}

} // namespace

int GenerateCommand::run(const QStringList &arguments, CliStreams io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Generates text from a project (or, for units, from a .conf/.bb file):\n"
        "  local-conf     DISTRO_FEATURES/BBMULTICONFIG prerequisites + BUNDLED_CONTAINERS\n"
        "  bundle-recipe  a container-bundle recipe (<name>_<version>.bb)\n"
        "  image-recipe   an image-oci recipe with the layer design\n"
        "  units          the systemd units / Quadlet files the class puts into the image,\n"
        "                 written at their rootfs paths under DIR"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("project"), QStringLiteral("The project file."),
                      QStringLiteral("P.cbw.json")});
    parser.addOption({QStringLiteral("conf"),
                      QStringLiteral("units only: read BUNDLED_CONTAINERS / CONTAINER_BUNDLES from "
                                     "this .conf/.bb file."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("name"),
                      QStringLiteral("Which bundle recipe or image recipe when the project has "
                                     "several."),
                      QStringLiteral("NAME")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QStringLiteral("Output file (default: standard output); for units, the "
                                     "output directory."),
                      QStringLiteral("OUT")});
    parser.addPositionalArgument(
        QStringLiteral("what"),
        QStringLiteral("local-conf | bundle-recipe | image-recipe | units"));
    if (auto exit = parseOrExplain(parser, arguments, io))
        return *exit;

    const QStringList positional = parser.positionalArguments();
    static const QStringList kinds = {QStringLiteral("local-conf"), QStringLiteral("bundle-recipe"),
                                      QStringLiteral("image-recipe"), QStringLiteral("units")};
    if (positional.size() != 1 || !kinds.contains(positional.first())) {
        io.err << "generate: expected one of " << kinds.join(QStringLiteral(", "))
               << "\nTry 'cbw generate --help'.\n";
        return ExitUsage;
    }
    const QString what = positional.first();
    const QString output = parser.value(QStringLiteral("output"));
    const QString name = parser.value(QStringLiteral("name"));
    const bool hasProject = parser.isSet(QStringLiteral("project"));
    const bool hasConf = parser.isSet(QStringLiteral("conf"));

    if (what == QLatin1String("units")) {
        if (hasProject == hasConf) {
            io.err << "generate units: give exactly one of --project and --conf\n";
            return ExitUsage;
        }
        if (output.isEmpty()) {
            io.err << "generate units: -o DIR is required\n";
            return ExitUsage;
        }
        std::optional<bundle::RootfsFiles> files;
        if (hasProject) {
            const QString projectPath = parser.value(QStringLiteral("project"));
            const auto project = loadProject(projectPath, io);
            if (!project)
                return ExitFindings;
            files = unitsFromProject(*project, QFileInfo(projectPath).absolutePath(), io);
        } else {
            files = unitsFromConf(parser.value(QStringLiteral("conf")), io);
            if (!files)
                return ExitFindings;
        }
        if (!QDir().mkpath(output)) {
            io.err << "generate units: cannot create " << output << "\n";
            return ExitUsage;
        }
        return writeRootfsFiles(*files, QDir(output).absolutePath(), io);
    }

    if (!hasProject || hasConf) {
        io.err << "generate " << what << ": --project is required (--conf is for units)\n";
        return ExitUsage;
    }
    const auto project = loadProject(parser.value(QStringLiteral("project")), io);
    if (!project)
        return ExitFindings;

    if (what == QLatin1String("image-recipe")) {
        const auto image = pickOne(
            project->images, name, [](const layers::LayerDesign &d) { return d.recipeName; },
            QStringLiteral("image design"), io);
        if (!image)
            return ExitFindings;
        const auto text = layers::generateImageRecipe(*image);
        if (!text) {
            io.err << "generate: " << text.error().message << "\n";
            return ExitFindings;
        }
        return writeOrPrint(*text, output, io);
    }

    const bool wantFragment = what == QLatin1String("local-conf");
    const auto mode = wantFragment ? bundle::BundleDesign::Mode::BundledContainers
                                   : bundle::BundleDesign::Mode::BundleRecipe;
    const auto design = pickOne(
        project->bundlesOfMode(mode), wantFragment ? QString() : name,
        [](const bundle::BundleDesign &d) { return d.recipeName; },
        wantFragment ? QStringLiteral("BUNDLED_CONTAINERS bundle")
                     : QStringLiteral("bundle recipe"),
        io);
    if (!design)
        return ExitFindings;
    const bundle::GeneratedText generated = wantFragment
                                                ? bundle::ConfGenerator::localConfFragment(*design)
                                                : bundle::ConfGenerator::bundleRecipe(*design);
    printDiagnostics(generated.diagnostics, io);
    if (hasErrors(generated.diagnostics))
        return ExitFindings;
    return writeOrPrint(generated.text, output, io);
}

} // namespace cbw::cli

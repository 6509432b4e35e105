#include "layerscommand.h"

#include "bitbake/document.h"
#include "commandlineparsing.h"
#include "common/atomicwrite.h"
#include "layers/baseimage.h"
#include "layers/builtcomparison.h"
#include "layers/layerprediction.h"
#include "layers/tunepkgarch.h"
#include "oci/imageloader.h"
#include "oci/imagereference.h"
#include "project/builddirectory.h"
#include "project/documentvariables.h"
#include "project/filechecker.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cbw::cli {

using namespace cbw::core;
using layers::CacheState;

namespace {

// A value and where it came from, shown to the user next to each other.
struct Sourced
{
    std::optional<QString> value;
    QString source;
    QStringList candidates;
};

// Everything the prediction is computed from, as read from the recipe and the build dir.
struct LayersInput
{
    QString recipePath;
    layers::LayerDesign design;
    Diagnostics recipeDiagnostics;
    QString topDir;
    QString tmpDir;
    Sourced machine;
    Sourced tunePkgarch;
    QStringList tunesSeen; // every TUNE_PKGARCH the build dir shows
    QString pkgdataDir;    // empty when the build has no pkgdata for MACHINE
    QString cacheDir;
    QString cacheValue;
    QString cacheValueSource;
    Diagnostics buildDirDiagnostics; // what was read from the build dir but not understood
};

QString recipeNameOf(const QString &path)
{
    QString base = QFileInfo(path).fileName();
    if (base.endsWith(QLatin1String(".bb")))
        base.chop(3);
    const qsizetype underscore = base.indexOf(QLatin1Char('_'));
    return underscore > 0 ? base.left(underscore) : base;
}

QString reasonName(CacheState::MissReason reason)
{
    switch (reason) {
    case CacheState::MissReason::None:
        return {};
    case CacheState::MissReason::NoEntry:
        return QStringLiteral("new-layer");
    case CacheState::MissReason::MarkerMissing:
        return QStringLiteral("marker-missing");
    case CacheState::MissReason::PackageVersions:
        return QStringLiteral("version-changed");
    case CacheState::MissReason::PackageList:
        return QStringLiteral("package-list-changed");
    case CacheState::MissReason::MachineOrTune:
        return QStringLiteral("machine-changed");
    case CacheState::MissReason::KeyChanged:
        return QStringLiteral("key-changed");
    }
    return {};
}

// ${TOPDIR} and ${MACHINE} are what OCI_LAYER_CACHE_DIR is normally written with; anything
// else cannot be expanded without running BitBake.
std::optional<QString> expandCacheDir(QString value, const QString &topDir, const QString &machine)
{
    value.replace(QStringLiteral("${TOPDIR}"), topDir);
    value.replace(QStringLiteral("${MACHINE}"), machine);
    if (value.contains(QLatin1String("${")) || value.trimmed().isEmpty())
        return std::nullopt;
    value = value.trimmed();
    return QDir::isAbsolutePath(value) ? value : QDir(topDir).filePath(value);
}

// OCI_LAYER_CACHE as local.conf sets it (the recipe's own value wins over it).
std::optional<QString> localConfValue(const QString &localConf, const QString &variable)
{
    const auto bytes = readWholeFile(localConf);
    if (!bytes)
        return std::nullopt;
    const auto document = bitbake::Document::parse(*bytes, localConf);
    const project::DocumentVariables vars(document);
    if (!vars.isSet(variable))
        return std::nullopt;
    return vars.value(variable).value;
}

class LayersRun
{
public:
    LayersRun(CliStreams io, bool json)
        : m_io(io)
        , m_json(json)
    {}

    // Reads the recipe; false (with the exit code in *exit) when the command must stop.
    bool readRecipe(const QString &path, LayersInput *input, int *exit)
    {
        input->recipePath = path;
        const auto bytes = readWholeFile(path);
        if (!bytes) {
            m_io.err << "layers: " << bytes.error().message << "\n";
            *exit = ExitUsage;
            return false;
        }
        input->recipeDiagnostics = project::FileChecker::checkBytes(*bytes, path);
        const auto document = bitbake::Document::parse(*bytes, path);
        const project::DocumentVariables vars(document);
        QStringList names{QStringLiteral("IMAGE_INSTALL"), QStringLiteral("SUMMARY"),
                          QStringLiteral("DESCRIPTION"), QStringLiteral("LICENSE")};
        for (const QString &name : document.variableNames()) {
            if (name.startsWith(QLatin1String("OCI_")))
                names.append(name);
        }
        const layers::LayerVariables layerVars = vars.layerVariables(names);
        input->design = layers::LayerDesign::fromVariables(layerVars, recipeNameOf(path));
        if (layerVars.contains(QStringLiteral("OCI_LAYER_CACHE"))) {
            input->cacheValue = layerVars.value(QStringLiteral("OCI_LAYER_CACHE")).value;
            input->cacheValueSource = QFileInfo(path).fileName();
        }
        if (layerVars.contains(QStringLiteral("OCI_LAYER_CACHE_DIR")))
            input->cacheDir = layerVars.value(QStringLiteral("OCI_LAYER_CACHE_DIR")).value;
        return true;
    }

    bool readBuildDir(const QString &buildDir, const QString &machineOption,
                      const QString &tuneOption, LayersInput *input, int *exit)
    {
        if (!QFileInfo(buildDir + QStringLiteral("/conf/local.conf")).isFile()) {
            m_io.err << "layers: " << buildDir
                     << " has no conf/local.conf: not a BitBake build directory\n";
            *exit = ExitUsage;
            return false;
        }
        const project::BuildDirectoryInfo info = project::BuildDirectoryScanner::scan(buildDir);
        input->topDir = info.topDir;
        // A TMPDIR or OCI_LAYER_CACHE_DIR local.conf writes in a way that cannot be expanded
        // changes where we look; the rest of the scan is about bundles, not layers.
        for (const Diagnostic &d : info.diagnostics) {
            if (d.code == project::codes::UnresolvedPath)
                input->buildDirDiagnostics.append(d);
        }
        if (!machineOption.isEmpty()) {
            input->machine = {machineOption, QStringLiteral("--machine"), {}};
        } else if (!info.machine.isEmpty()) {
            input->machine = {info.machine, QStringLiteral("conf/local.conf"), {}};
        } else {
            m_io.err << "layers: MACHINE is not set in " << info.localConfPath
                     << "; pass --machine\n";
            *exit = ExitUsage;
            return false;
        }
        const QString machine = *input->machine.value;

        // TMPDIR is where the scanner found pkgdata for local.conf's MACHINE, else the default.
        QString tmpDir = info.topDir + QStringLiteral("/tmp");
        if (!info.pkgdataDir.isEmpty())
            tmpDir = QFileInfo(info.pkgdataDir + QStringLiteral("/../..")).absoluteFilePath();
        tmpDir = QDir::cleanPath(tmpDir);
        input->tmpDir = tmpDir;
        const QString pkgdata = tmpDir + QStringLiteral("/pkgdata/") + machine;
        if (QFileInfo(pkgdata).isDir())
            input->pkgdataDir = pkgdata;

        const layers::TunePkgarchDetection d = layers::detectTunePkgarch(tmpDir, machine);
        input->tunesSeen = d.value.isEmpty() ? d.candidates : QStringList{d.value};
        if (!tuneOption.isEmpty()) {
            input->tunePkgarch = {tuneOption, QStringLiteral("--tune-pkgarch"), {}};
        } else {
            if (!d.value.isEmpty())
                input->tunePkgarch = {d.value, d.source, {}};
            else
                input->tunePkgarch = {std::nullopt, {}, d.candidates};
        }

        // Recipe value first, then local.conf's (the scanner expanded it), then the default.
        std::optional<QString> cacheDir;
        if (!input->cacheDir.isEmpty()) {
            cacheDir = expandCacheDir(input->cacheDir, info.topDir, machine);
            if (!cacheDir)
                input->buildDirDiagnostics.append(Diagnostic::warning(
                    QStringLiteral("layers.cache-dir-unexpanded"),
                    QStringLiteral("OCI_LAYER_CACHE_DIR = \"%1\" in the recipe uses variables "
                                   "other than TOPDIR and MACHINE; looking at local.conf's value "
                                   "or the default instead")
                        .arg(input->cacheDir),
                    {input->recipePath}));
        }
        if (!cacheDir && machine == info.machine && !info.layerCacheDir.isEmpty())
            cacheDir = info.layerCacheDir;
        if (!cacheDir)
            cacheDir = info.topDir + QStringLiteral("/oci-layer-cache/") + machine;
        input->cacheDir = *cacheDir;

        if (input->cacheValueSource.isEmpty()) {
            if (const auto v =
                    localConfValue(info.localConfPath, QStringLiteral("OCI_LAYER_CACHE"))) {
                input->cacheValue = *v;
                input->cacheValueSource = QStringLiteral("conf/local.conf");
            } else {
                input->cacheValue = QStringLiteral("1");
                input->cacheValueSource = QStringLiteral("default");
            }
        }
        return true;
    }

    int report(const LayersInput &input)
    {
        const bool designError = hasErrors(input.recipeDiagnostics);
        if (designError) {
            // A design the class rejects has no layers to predict.
            if (m_json) {
                QJsonArray diagnostics;
                for (const Diagnostic &d : input.recipeDiagnostics)
                    diagnostics.append(diagnosticJson(d));
                m_io.out << QString::fromUtf8(
                    QJsonDocument(QJsonObject{{QStringLiteral("recipe"), input.recipePath},
                                              {QStringLiteral("diagnostics"), diagnostics}})
                        .toJson(QJsonDocument::Indented));
            } else {
                for (const Diagnostic &d : input.recipeDiagnostics)
                    m_io.out << d.toGccString() << "\n";
            }
            return ExitFindings;
        }

        std::shared_ptr<const layers::PkgdataIndex> index;
        if (!input.pkgdataDir.isEmpty())
            index = layers::PkgdataIndex::load(input.pkgdataDir);
        layers::PredictionContext context;
        context.pkgdata = index;
        context.machine = input.machine.value;
        context.tunePkgarch = input.tunePkgarch.value;
        context.cacheDir = input.cacheDir;
        context.cacheValue = input.cacheValue;
        context.otherTunePkgarchs = input.tunesSeen;
        const layers::DesignPrediction prediction = layers::predictDesign(input.design, context);

        Diagnostics all = input.recipeDiagnostics + input.buildDirDiagnostics;
        if (index)
            all += index->diagnostics();
        else
            all.append(Diagnostic::note(
                QStringLiteral("layers.no-pkgdata"),
                QStringLiteral("no pkgdata for MACHINE '%1' under %2: sizes and dependencies "
                               "are unknown until the packages are built")
                    .arg(*input.machine.value, input.topDir)));
        all += prediction.diagnostics;
        const std::optional<layers::BuiltComparison> built = compareWithDeployed(input, prediction);
        if (built)
            all += built->diagnostics;

        if (m_json)
            printJson(input, index.get(), prediction, built, all);
        else
            printText(input, index.get(), prediction, built, all);
        return ExitOk;
    }

private:
    // The image the recipe's last build deployed, read only when its link exists: the class
    // publishes <recipe>-<tag>-oci in DEPLOY_DIR_IMAGE.
    std::optional<layers::BuiltComparison>
    compareWithDeployed(const LayersInput &input, const layers::DesignPrediction &prediction)
    {
        const QString path = input.tmpDir + QStringLiteral("/deploy/images/") +
                             *input.machine.value + QLatin1Char('/') +
                             input.design.settings.deployLinkName(input.design.recipeName);
        if (!QFileInfo::exists(path + QStringLiteral("/index.json")))
            return std::nullopt;
        layers::BuiltComparison failed;
        failed.imagePath = path;
        const auto reference = oci::ImageReference::parse(path);
        if (!reference.ok()) {
            failed.diagnostics.append(Diagnostic::warning(QStringLiteral("layers.built-unreadable"),
                                                          reference.error().message, {path}));
            return failed;
        }
        const auto image = oci::ImageLoader::load(*reference, {});
        if (!image.ok()) {
            failed.diagnostics.append(Diagnostic::warning(
                QStringLiteral("layers.built-unreadable"),
                QStringLiteral("the deployed image cannot be compared: ") + image.error().message,
                {path}));
            return failed;
        }
        return layers::compareDesignWithBuilt(prediction, *image, path);
    }

    // How many layers the base image puts below the design's own, read from its layout.
    static QString baseImageText(const LayersInput &input)
    {
        const layers::BaseImage base = layers::classifyBaseImage(input.design.baseImage);
        const QString deployDir =
            input.tmpDir + QStringLiteral("/deploy/images/") + *input.machine.value;
        const QString index = base.expectedIndexPath(deployDir, input.design.baseImageTag);
        if (index.isEmpty())
            return QStringLiteral("its layers come first");
        const QString dir = QFileInfo(index).path();
        if (!QFileInfo::exists(index))
            return QStringLiteral("not built yet: no %1").arg(index);
        const Result<int> count = layers::countOciLayoutLayers(dir, input.design.baseImageTag);
        if (!count.ok())
            return count.error().message;
        return QStringLiteral("%1 layer(s) below the design's, from %2").arg(*count).arg(dir);
    }

    static QString sizeText(qint64 size)
    {
        return size < 0 ? QStringLiteral("?") : QString::number(size);
    }

    void printText(const LayersInput &input, const layers::PkgdataIndex *index,
                   const layers::DesignPrediction &prediction,
                   const std::optional<layers::BuiltComparison> &built, const Diagnostics &all)
    {
        const layers::LayerDesign &design = input.design;
        QTextStream &out = m_io.out;
        out << "recipe: " << input.recipePath << " (" << design.recipeName << ")\n";
        out << "mode: " << layers::layerModeName(design.mode);
        if (!design.baseImage.isEmpty())
            out << ", base image " << design.baseImage << ":" << design.baseImageTag << " ("
                << baseImageText(input) << ")";
        out << "\n";
        out << "MACHINE: " << *input.machine.value << " (" << input.machine.source << ")\n";
        if (input.tunePkgarch.value) {
            out << "TUNE_PKGARCH: " << *input.tunePkgarch.value << " (" << input.tunePkgarch.source
                << ")\n";
        } else if (!input.tunePkgarch.candidates.isEmpty()) {
            out << "TUNE_PKGARCH: unknown, several built ("
                << input.tunePkgarch.candidates.join(QStringLiteral(", "))
                << "); pass --tune-pkgarch\n";
        } else {
            out << "TUNE_PKGARCH: unknown, nothing built for this MACHINE yet; pass "
                   "--tune-pkgarch\n";
        }
        if (index)
            out << "pkgdata: " << input.pkgdataDir << " (" << index->packageNames().size()
                << " packages)\n";
        else
            out << "pkgdata: none\n";
        out << "layer cache: " << input.cacheDir << " (OCI_LAYER_CACHE = \"" << input.cacheValue
            << "\", " << input.cacheValueSource << ")\n";
        out << "\n";
        for (const layers::LayerPrediction &l : prediction.layers) {
            out << l.index << " " << l.name << " " << layers::layerTypeName(l.type) << " "
                << l.items.join(QLatin1Char('+')) << " " << sizeText(l.predictedSize);
            if (l.cache) {
                out << " " << l.cache->key << " " << cacheStatusName(l.cache->status) << "\n";
                if (l.cache->status == CacheState::Status::Miss)
                    out << "    " << l.cache->explanation << "\n";
            } else {
                out << " - -\n";
            }
        }
        if (!prediction.cache.logLines.isEmpty()) {
            out << "\nbuild log (do_image_oci):\n";
            for (const QString &line : prediction.cache.logLines)
                out << "  " << line << "\n";
        }
        if (built && built->imageLayerCount > 0) {
            out << "\nbuilt image: " << built->imagePath << " (" << built->imageLayerCount
                << " layers, " << built->baseLayerCount << " from the base image)\n";
            for (const layers::LayerComparison &c : built->layers) {
                out << "  "
                    << (c.imageIndex < 0 ? QStringLiteral("-") : QString::number(c.imageIndex))
                    << " ";
                if (c.designIndex < 0)
                    out << "(base)";
                else
                    out << prediction.layers.at(c.designIndex).name;
                out << " predicted " << sizeText(c.predictedSize) << " built "
                    << sizeText(c.builtSize);
                if (!c.onlyInDesign.isEmpty())
                    out << ", " << c.onlyInDesign.size() << " shipped file(s) missing";
                if (!c.onlyInImage.isEmpty())
                    out << ", " << c.onlyInImage.size() << " file(s) no package ships";
                out << "\n";
            }
        }
        if (!all.isEmpty()) {
            out << "\n";
            for (const Diagnostic &d : all)
                out << d.toGccString() << "\n";
        }
    }

    void printJson(const LayersInput &input, const layers::PkgdataIndex *index,
                   const layers::DesignPrediction &prediction,
                   const std::optional<layers::BuiltComparison> &built, const Diagnostics &all)
    {
        auto sourced = [](const Sourced &s) {
            QJsonObject o{{QStringLiteral("value"), s.value ? QJsonValue(*s.value) : QJsonValue()},
                          {QStringLiteral("source"), s.source}};
            if (!s.candidates.isEmpty())
                o.insert(QStringLiteral("candidates"), QJsonArray::fromStringList(s.candidates));
            return o;
        };
        QJsonArray layerArray;
        for (const layers::LayerPrediction &l : prediction.layers) {
            QJsonObject o{
                {QStringLiteral("index"), l.index},
                {QStringLiteral("name"), l.name},
                {QStringLiteral("type"), layers::layerTypeName(l.type)},
                {QStringLiteral("items"), QJsonArray::fromStringList(l.items)},
                {QStringLiteral("predictedSize"),
                 l.predictedSize < 0 ? QJsonValue() : QJsonValue(l.predictedSize)},
                {QStringLiteral("fileCount"), l.files.size()},
                {QStringLiteral("unknownPackages"), QJsonArray::fromStringList(l.unknownPackages)},
                {QStringLiteral("unresolvedDependencies"),
                 QJsonArray::fromStringList(l.unresolvedDependencies)},
                {QStringLiteral("filesAlsoInEarlierLayers"), l.filesAlsoIn.size()}};
            if (l.cache) {
                o.insert(QStringLiteral("cache"),
                         QJsonObject{{QStringLiteral("status"), cacheStatusName(l.cache->status)},
                                     {QStringLiteral("reason"), reasonName(l.cache->reason)},
                                     {QStringLiteral("key"), l.cache->key},
                                     {QStringLiteral("entry"), l.cache->entryPath},
                                     {QStringLiteral("details"),
                                      QJsonArray::fromStringList(l.cache->details)},
                                     {QStringLiteral("staleEntries"),
                                      QJsonArray::fromStringList(l.cache->staleEntries)},
                                     {QStringLiteral("explanation"), l.cache->explanation}});
            } else {
                o.insert(QStringLiteral("cache"), QJsonValue());
            }
            layerArray.append(o);
        }
        QJsonValue builtJson;
        if (built) {
            QJsonArray comparisons;
            for (const layers::LayerComparison &c : built->layers) {
                comparisons.append(QJsonObject{
                    {QStringLiteral("designIndex"), c.designIndex},
                    {QStringLiteral("imageIndex"), c.imageIndex},
                    {QStringLiteral("predictedSize"), c.predictedSize},
                    {QStringLiteral("builtSize"), c.builtSize},
                    {QStringLiteral("onlyInImage"), QJsonArray::fromStringList(c.onlyInImage)},
                    {QStringLiteral("onlyInDesign"), QJsonArray::fromStringList(c.onlyInDesign)}});
            }
            builtJson = QJsonObject{{QStringLiteral("path"), built->imagePath},
                                    {QStringLiteral("imageLayerCount"), built->imageLayerCount},
                                    {QStringLiteral("baseLayerCount"), built->baseLayerCount},
                                    {QStringLiteral("matches"), built->matches()},
                                    {QStringLiteral("layers"), comparisons}};
        }
        QJsonArray diagnostics;
        for (const Diagnostic &d : all)
            diagnostics.append(diagnosticJson(d));
        const QJsonObject root{
            {QStringLiteral("recipe"), input.recipePath},
            {QStringLiteral("name"), input.design.recipeName},
            {QStringLiteral("mode"), layers::layerModeName(input.design.mode)},
            {QStringLiteral("baseImage"),
             input.design.baseImage.isEmpty() ? QJsonValue() : QJsonValue(input.design.baseImage)},
            {QStringLiteral("machine"), sourced(input.machine)},
            {QStringLiteral("tunePkgarch"), sourced(input.tunePkgarch)},
            {QStringLiteral("pkgdata"), index ? QJsonValue(input.pkgdataDir) : QJsonValue()},
            {QStringLiteral("packageCount"), index ? int(index->packageNames().size()) : 0},
            {QStringLiteral("cacheDir"), input.cacheDir},
            {QStringLiteral("cacheValue"), input.cacheValue},
            {QStringLiteral("layers"), layerArray},
            {QStringLiteral("cacheHits"), prediction.cache.hits},
            {QStringLiteral("cacheMisses"), prediction.cache.misses},
            {QStringLiteral("logLines"), QJsonArray::fromStringList(prediction.cache.logLines)},
            {QStringLiteral("built"), builtJson},
            {QStringLiteral("diagnostics"), diagnostics}};
        m_io.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    }

    CliStreams m_io;
    bool m_json = false;
};

} // namespace

int LayersCommand::run(const QStringList &arguments, CliStreams io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Predicts the OCI layers an image-oci recipe will get, before running BitBake: per "
        "layer the index, name, type, items, predicted size in bytes (FILES_INFO of its "
        "packages in the build's pkgdata), the layer cache key and whether the build will find "
        "it in OCI_LAYER_CACHE_DIR (HIT, MISS with the reason, DISABLED), then the NOTE lines "
        "the build will print and every warning. MACHINE comes from conf/local.conf, "
        "TUNE_PKGARCH from the tmp/work and deploy feed directory names. Exit 1 when the "
        "recipe has an error."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("recipe"), QStringLiteral("The image recipe (.bb)."),
                      QStringLiteral("IMAGE.bb")});
    parser.addOption({QStringLiteral("build-dir"), QStringLiteral("The BitBake build directory."),
                      QStringLiteral("BUILD")});
    parser.addOption({QStringLiteral("machine"),
                      QStringLiteral("MACHINE (default: from conf/local.conf)."),
                      QStringLiteral("M")});
    parser.addOption({QStringLiteral("tune-pkgarch"),
                      QStringLiteral("TUNE_PKGARCH (default: detected from the build directory)."),
                      QStringLiteral("T")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Machine-readable output.")});
    if (auto exit = parseOrExplain(parser, arguments, io))
        return *exit;
    for (const QString &required : {QStringLiteral("recipe"), QStringLiteral("build-dir")}) {
        if (!parser.isSet(required) || parser.value(required).isEmpty()) {
            io.err << "layers: --" << required << " is required\n";
            return ExitUsage;
        }
    }
    if (!parser.positionalArguments().isEmpty()) {
        io.err << "layers: unexpected argument " << parser.positionalArguments().first() << "\n";
        return ExitUsage;
    }

    LayersRun run(io, parser.isSet(QStringLiteral("json")));
    LayersInput input;
    int exit = ExitOk;
    if (!run.readRecipe(parser.value(QStringLiteral("recipe")), &input, &exit))
        return exit;
    if (!run.readBuildDir(parser.value(QStringLiteral("build-dir")),
                          parser.value(QStringLiteral("machine")),
                          parser.value(QStringLiteral("tune-pkgarch")), &input, &exit))
        return exit;
    return run.report(input);
}

} // namespace cbw::cli

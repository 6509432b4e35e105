#include "inspectcommand.h"

#include "commandlineparsing.h"
#include "ociimageloading.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cbw::cli {

using namespace cbw::core::oci;

namespace {

QJsonObject stringMap(const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonObject inspectJson(const LoadedImage &loaded)
{
    const Image &image = loaded.image;
    const ImageConfig &config = image.imageConfig;
    const FileTree &tree = *loaded.tree;
    QJsonArray history;
    for (const HistoryEntry &entry : config.history)
        history.append(QJsonObject{{QStringLiteral("created"), entry.created},
                                   {QStringLiteral("created_by"), entry.createdBy},
                                   {QStringLiteral("comment"), entry.comment},
                                   {QStringLiteral("empty_layer"), entry.emptyLayer}});
    QJsonArray diffIds;
    for (const Digest &digest : config.diffIds)
        diffIds.append(digest.toString());
    const QJsonObject configJson{
        {QStringLiteral("digest"), image.config.digest.toString()},
        {QStringLiteral("size"), image.config.size},
        {QStringLiteral("architecture"), config.architecture},
        {QStringLiteral("os"), config.os},
        {QStringLiteral("variant"), config.variant},
        {QStringLiteral("created"), config.created},
        {QStringLiteral("author"), config.author},
        {QStringLiteral("user"), config.user},
        {QStringLiteral("workingDir"), config.workingDir},
        {QStringLiteral("entrypoint"), QJsonArray::fromStringList(config.entrypoint)},
        {QStringLiteral("cmd"), QJsonArray::fromStringList(config.cmd)},
        {QStringLiteral("env"), QJsonArray::fromStringList(config.env)},
        {QStringLiteral("labels"), stringMap(config.labels)},
        {QStringLiteral("exposedPorts"), QJsonArray::fromStringList(config.exposedPorts)},
        {QStringLiteral("volumes"), QJsonArray::fromStringList(config.volumes)},
        {QStringLiteral("stopSignal"), config.stopSignal},
        {QStringLiteral("diff_ids"), diffIds},
        {QStringLiteral("history"), history}};
    QJsonArray layers;
    for (const LayerInfo &layer : image.layers) {
        const LayerStatistics &stats = tree.statistics(layer.index);
        layers.append(
            QJsonObject{{QStringLiteral("index"), layer.index},
                        {QStringLiteral("digest"), layer.blob.digest.toString()},
                        {QStringLiteral("diff_id"), layer.diffId.toString()},
                        {QStringLiteral("mediaType"), layer.blob.mediaType},
                        {QStringLiteral("compression"), compressionName(layer.compression)},
                        {QStringLiteral("compressedSize"), layer.blob.size},
                        {QStringLiteral("uncompressedSize"), layer.uncompressedSize},
                        {QStringLiteral("created_by"), layer.createdBy},
                        {QStringLiteral("created"), layer.created},
                        {QStringLiteral("entries"), stats.entries},
                        {QStringLiteral("contentBytes"), stats.contentBytes},
                        {QStringLiteral("addedCount"), stats.addedCount},
                        {QStringLiteral("addedBytes"), stats.addedBytes},
                        {QStringLiteral("modifiedCount"), stats.modifiedCount},
                        {QStringLiteral("modifiedBytes"), stats.modifiedBytes},
                        {QStringLiteral("removedCount"), stats.removedCount},
                        {QStringLiteral("removedBytes"), stats.removedBytes}});
    }
    const EfficiencyReport &efficiency = loaded.efficiency;
    QJsonArray wasted;
    for (const WastedPath &path : efficiency.wasted)
        wasted.append(QJsonObject{{QStringLiteral("path"), tree.path(path.node)},
                                  {QStringLiteral("occurrences"), path.occurrences},
                                  {QStringLiteral("cumulativeBytes"), path.cumulativeBytes},
                                  {QStringLiteral("finalBytes"), path.finalBytes},
                                  {QStringLiteral("wastedBytes"), path.wastedBytes()},
                                  {QStringLiteral("removed"), path.removed}});
    QJsonArray available;
    for (const ManifestChoice &choice : image.available) {
        QJsonObject item{{QStringLiteral("digest"), choice.descriptor.digest.toString()},
                         {QStringLiteral("tag"), choice.tag}};
        if (choice.descriptor.platform)
            item.insert(QStringLiteral("platform"), choice.descriptor.platform->toString());
        available.append(item);
    }
    return QJsonObject{{QStringLiteral("source"), image.sourcePath},
                       {QStringLiteral("kind"), sourceKindName(image.sourceKind)},
                       {QStringLiteral("tag"), image.tag},
                       {QStringLiteral("platform"), config.platform().toString()},
                       {QStringLiteral("manifest"),
                        QJsonObject{{QStringLiteral("digest"), image.manifest.digest.toString()},
                                    {QStringLiteral("mediaType"), image.manifest.mediaType},
                                    {QStringLiteral("size"), image.manifest.size}}},
                       {QStringLiteral("config"), configJson},
                       {QStringLiteral("layers"), layers},
                       {QStringLiteral("compressedSize"), image.compressedSize()},
                       {QStringLiteral("efficiency"),
                        QJsonObject{{QStringLiteral("score"), efficiency.score},
                                    {QStringLiteral("totalBytes"), efficiency.totalBytes},
                                    {QStringLiteral("minimumBytes"), efficiency.minimumBytes},
                                    {QStringLiteral("diveWastedBytes"), efficiency.diveWastedBytes},
                                    {QStringLiteral("wastedBytes"), efficiency.wastedBytes},
                                    {QStringLiteral("wasted"), wasted}}},
                       {QStringLiteral("available"), available}};
}

void printText(const LoadedImage &loaded, QTextStream &out)
{
    const Image &image = loaded.image;
    const ImageConfig &config = image.imageConfig;
    const FileTree &tree = *loaded.tree;
    out << "Image:      " << image.sourcePath << " (" << sourceKindName(image.sourceKind) << ")";
    if (!image.tag.isEmpty())
        out << " tag " << image.tag;
    out << "\nPlatform:   " << config.platform().toString() << "\n";
    if (image.available.size() > 1) {
        for (const ManifestChoice &choice : image.available) {
            out << "Available:  "
                << (choice.tag.isEmpty() ? QStringLiteral("(untagged)") : choice.tag);
            if (choice.descriptor.platform)
                out << " " << choice.descriptor.platform->toString();
            out << " " << choice.descriptor.digest.shortString() << "\n";
        }
    }
    out << "Manifest:   " << image.manifest.digest.toString() << "\n";
    out << "Config:     " << image.config.digest.toString() << "\n";
    if (!config.created.isEmpty())
        out << "Created:    " << config.created << "\n";
    out << "Entrypoint: " << config.entrypoint.join(QLatin1Char(' ')) << "\n";
    out << "Cmd:        " << config.cmd.join(QLatin1Char(' ')) << "\n";
    for (const QString &env : config.env)
        out << "Env:        " << env << "\n";
    for (auto it = config.labels.cbegin(); it != config.labels.cend(); ++it)
        out << "Label:      " << it.key() << "=" << it.value() << "\n";
    out << "\nLayers (" << image.layers.size() << ", " << humanBytes(image.compressedSize())
        << " compressed):\n";
    out << "  #  DIGEST        COMPRESSED  UNCOMPRESSED   ADDED  MODIFIED  REMOVED  CREATED BY\n";
    for (const LayerInfo &layer : image.layers) {
        const LayerStatistics &stats = tree.statistics(layer.index);
        out << QStringLiteral(" %1  %2  %3  %4  %5  %6  %7  %8\n")
                   .arg(layer.index, 2)
                   .arg(layer.blob.digest.shortString())
                   .arg(humanBytes(layer.blob.size), 10)
                   .arg(humanBytes(layer.uncompressedSize), 12)
                   .arg(stats.addedCount, 6)
                   .arg(stats.modifiedCount, 8)
                   .arg(stats.removedCount, 7)
                   .arg(layer.createdBy.simplified().left(60));
    }
    const EfficiencyReport &efficiency = loaded.efficiency;
    out << "\nEfficiency: " << QString::number(efficiency.score * 100.0, 'f', 2)
        << " % (dive's measure)\n";
    out << "Wasted:     " << humanBytes(efficiency.wastedBytes)
        << " in files shipped but overwritten or removed (dive's potential waste: "
        << humanBytes(efficiency.diveWastedBytes) << ")\n";
    const qsizetype shown = qMin<qsizetype>(10, efficiency.wasted.size());
    for (qsizetype i = 0; i < shown; ++i) {
        const WastedPath &path = efficiency.wasted[i];
        out << QStringLiteral("  %1  x%2  %3%4\n")
                   .arg(humanBytes(path.wastedBytes()), 10)
                   .arg(path.occurrences)
                   .arg(tree.path(path.node))
                   .arg(path.removed ? QStringLiteral(" (removed)") : QString());
    }
    if (efficiency.wasted.size() > shown)
        out << "  … " << efficiency.wasted.size() - shown << " more (see --json)\n";
}

} // namespace

int InspectCommand::run(const QStringList &arguments, CliStreams io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Reads and verifies the image, then shows its config and, per layer, digest, sizes, "
        "created_by and what it added, modified and removed, followed by dive's efficiency "
        "score and the bytes wasted on overwritten or removed files.\n"
        "Exit status: 0 shown, 1 the image is broken, 2 usage or unreadable image."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object.")});
    addPlatformOption(parser);
    if (auto exit = parseSingleImageArguments(parser, arguments, name(), io))
        return *exit;
    auto loaded = loadImageForCommand(name(), parser.positionalArguments().first(), parser, io);
    if (const int *exit = std::get_if<int>(&loaded))
        return *exit;
    const LoadedImage &image = std::get<LoadedImage>(loaded);
    if (parser.isSet(QStringLiteral("json")))
        io.out << QJsonDocument(inspectJson(image)).toJson(QJsonDocument::Indented);
    else
        printText(image, io.out);
    return ExitOk;
}

} // namespace cbw::cli

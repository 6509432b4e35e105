#include "diffcommand.h"

#include "commandlineparsing.h"
#include "ociimageloading.h"

#include "oci/imagediff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cbw::cli {

using namespace cbw::core::oci;

namespace {

QString kindName(PathDifference::Kind kind)
{
    switch (kind) {
    case PathDifference::Kind::Added:
        return QStringLiteral("added");
    case PathDifference::Kind::Removed:
        return QStringLiteral("removed");
    case PathDifference::Kind::Changed:
        return QStringLiteral("changed");
    }
    return {};
}

QJsonValue entryJson(const FileTree &tree, const FileEntry *entry)
{
    if (!entry)
        return QJsonValue::Null;
    QJsonObject object{{QStringLiteral("type"), QString(entryTypeLetter(entry->type))},
                       {QStringLiteral("mode"), octalMode(entry->mode)},
                       {QStringLiteral("uid"), qint64(entry->uid)},
                       {QStringLiteral("gid"), qint64(entry->gid)},
                       {QStringLiteral("size"), entry->size},
                       {QStringLiteral("layer"), entry->layer}};
    if (entry->linkTarget != NoName)
        object.insert(QStringLiteral("target"), tree.linkTarget(*entry));
    return object;
}

QJsonArray layersJson(const QList<LayerDelta> &layers)
{
    QJsonArray array;
    for (const LayerDelta &layer : layers)
        array.append(QJsonObject{{QStringLiteral("index"), layer.index},
                                 {QStringLiteral("digest"), layer.digest.toString()},
                                 {QStringLiteral("size"), layer.size}});
    return array;
}

} // namespace

int DiffCommand::run(const QStringList &arguments, CliStreams io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Compares the merged filesystems of two images path by path (type, mode, owner, size, "
        "link target and content; modification times are ignored) and lists the layer blobs "
        "only one of them has. 'download' is the compressed size of B's layers that A lacks: "
        "what a device holding A fetches to get B.\n"
        "Lines: '+ PATH' only in B, '- PATH' only in A, '~ PATH (fields)' changed.\n"
        "Exit status: 0 compared (with or without differences), 1 a broken image, 2 usage or "
        "unreadable image."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object.")});
    addPlatformOption(parser);
    parser.addPositionalArgument(QStringLiteral("image-a"), QStringLiteral("The old image."),
                                 QStringLiteral("IMAGE_A"));
    parser.addPositionalArgument(QStringLiteral("image-b"), QStringLiteral("The new image."),
                                 QStringLiteral("IMAGE_B"));
    if (auto exit = parseOrExplain(parser, arguments, io))
        return *exit;
    if (parser.positionalArguments().size() != 2) {
        io.err << "diff: expected IMAGE_A IMAGE_B\nTry 'cbw diff --help'.\n";
        return ExitUsage;
    }
    auto loadedA = loadImageForCommand(name(), parser.positionalArguments().at(0), parser, io);
    if (const int *exit = std::get_if<int>(&loadedA))
        return *exit;
    auto loadedB = loadImageForCommand(name(), parser.positionalArguments().at(1), parser, io);
    if (const int *exit = std::get_if<int>(&loadedB))
        return *exit;
    const LoadedImage &a = std::get<LoadedImage>(loadedA);
    const LoadedImage &b = std::get<LoadedImage>(loadedB);
    const ImageDiff diff = diffImages(a.image, *a.tree, b.image, *b.tree);

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray paths;
        for (const PathDifference &d : diff.paths)
            paths.append(
                QJsonObject{{QStringLiteral("path"), d.path},
                            {QStringLiteral("change"), kindName(d.kind)},
                            {QStringLiteral("fields"), QJsonArray::fromStringList(d.changedFields)},
                            {QStringLiteral("before"), entryJson(*a.tree, d.before)},
                            {QStringLiteral("after"), entryJson(*b.tree, d.after)}});
        const QJsonObject root{{QStringLiteral("added"), diff.added()},
                               {QStringLiteral("removed"), diff.removed()},
                               {QStringLiteral("changed"), diff.changed()},
                               {QStringLiteral("paths"), paths},
                               {QStringLiteral("layersOnlyInA"), layersJson(diff.onlyInA)},
                               {QStringLiteral("layersOnlyInB"), layersJson(diff.onlyInB)},
                               {QStringLiteral("downloadBytes"), diff.downloadBytes}};
        io.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const PathDifference &d : diff.paths) {
        switch (d.kind) {
        case PathDifference::Kind::Added:
            io.out << "+ " << d.path << "\n";
            break;
        case PathDifference::Kind::Removed:
            io.out << "- " << d.path << "\n";
            break;
        case PathDifference::Kind::Changed:
            io.out << "~ " << d.path << " (" << d.changedFields.join(QStringLiteral(", ")) << ")\n";
            break;
        }
    }
    io.out << diff.added() << " added, " << diff.removed() << " removed, " << diff.changed()
           << " changed; layers only in A: " << diff.onlyInA.size()
           << ", only in B: " << diff.onlyInB.size() << "; download "
           << humanBytes(diff.downloadBytes) << " (" << diff.downloadBytes << " bytes)\n";
    return ExitOk;
}

} // namespace cbw::cli

#include "lscommand.h"

#include "commandlineparsing.h"
#include "ociimageloading.h"

#include <algorithm>

namespace cbw::cli {

using namespace cbw::core::oci;

int LsCommand::run(const QStringList &arguments, CliStreams io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Lists one entry per line, sorted by path (byte order):\n"
        "  TYPE MODE UID:GID SIZE PATH[ -> TARGET]\n"
        "TYPE is f d l h c b p (file, directory, symlink, hardlink, char/block device, fifo); "
        "MODE four octal digits with setuid/setgid/sticky; PATH absolute from '/'. SIZE is the "
        "content size of files, 0 for directories, symlinks and devices; a hardlink shows the "
        "mode, owner and size of its target (what stat shows after unpacking) and TARGET the "
        "target's absolute path. A symlink's TARGET is stored text, as is.\n"
        "--merged (the default) is the filesystem a container sees: whiteouts and opaque "
        "directories applied, parents the tars did not list shown as 0755 0:0 directories. "
        "--layer N lists the entries of layer N's tar only (0 = bottom), without whiteouts.\n"
        "Exit status: 0 listed, 1 the image is broken, 2 usage or unreadable image."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("layer"), QStringLiteral("Only the entries of layer N."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("merged"),
                      QStringLiteral("The merged filesystem after the top layer (default).")});
    addPlatformOption(parser);
    if (auto exit = parseSingleImageArguments(parser, arguments, name(), io))
        return *exit;
    if (parser.isSet(QStringLiteral("layer")) && parser.isSet(QStringLiteral("merged"))) {
        io.err << "ls: --layer and --merged exclude each other\n";
        return ExitUsage;
    }
    std::optional<int> layer;
    if (parser.isSet(QStringLiteral("layer"))) {
        bool ok = false;
        layer = parser.value(QStringLiteral("layer")).toInt(&ok);
        if (!ok || *layer < 0) {
            io.err << "ls: --layer expects a layer number (0 = bottom)\n";
            return ExitUsage;
        }
    }
    auto loaded = loadImageForCommand(name(), parser.positionalArguments().first(), parser, io);
    if (const int *exit = std::get_if<int>(&loaded))
        return *exit;
    const LoadedImage &image = std::get<LoadedImage>(loaded);
    const FileTree &tree = *image.tree;
    if (layer && *layer >= tree.layerCount()) {
        io.err << "ls: the image has " << tree.layerCount() << " layers (0.."
               << tree.layerCount() - 1 << ")\n";
        return ExitUsage;
    }
    const int upTo = layer.value_or(tree.layerCount() - 1);
    const MergedView view(tree, upTo);

    std::vector<const FileEntry *> entries;
    if (layer) {
        for (const FileEntry *e = tree.layerEntriesBegin(*layer); e != tree.layerEntriesEnd(*layer);
             ++e) {
            if (e->node != RootNode && !e->implicit)
                entries.push_back(e);
        }
    } else {
        for (NodeId node : view.descendants(RootNode))
            entries.push_back(view.entry(node));
    }
    std::vector<std::pair<QByteArray, QString>> lines;
    lines.reserve(entries.size());
    for (const FileEntry *entry : entries) {
        const QString path = tree.path(entry->node);
        QString suffix;
        if (entry->type == EntryType::Symlink || entry->type == EntryType::Hardlink)
            suffix = QStringLiteral(" -> ") + tree.linkTarget(*entry);
        // A hardlink shares its target's inode once unpacked: show what stat would show.
        const FileEntry *shown = entry;
        if (entry->type == EntryType::Hardlink) {
            const NodeId target = tree.find(tree.linkTarget(*entry));
            const FileEntry *targetEntry = target == InvalidNode ? nullptr : view.entry(target);
            if (targetEntry && targetEntry->type == EntryType::File)
                shown = targetEntry;
        }
        const qint64 size = shown->type == EntryType::File ? shown->size : 0;
        lines.emplace_back(path.toUtf8(), QStringLiteral("%1 %2 %3:%4 %5 %6%7")
                                              .arg(entryTypeLetter(entry->type))
                                              .arg(octalMode(shown->mode))
                                              .arg(shown->uid)
                                              .arg(shown->gid)
                                              .arg(size)
                                              .arg(path, suffix));
    }
    std::sort(lines.begin(), lines.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &line : lines)
        io.out << line.second << "\n";
    return ExitOk;
}

} // namespace cbw::cli

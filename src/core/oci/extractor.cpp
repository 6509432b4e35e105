#include "extractor.h"

#include "layerreader.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSet>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <map>

namespace cbw::core::oci {

namespace {

// What to write and where: one wanted entry per node, grouped by the layer that holds it.
struct Plan
{
    QHash<NodeId, const FileEntry *> wanted;
    QHash<NodeId, QString> destination; // absolute path on disk
    std::map<int, int> layers;          // layer → number of wanted entries in it
};

bool isUnder(const FileTree &tree, NodeId node, NodeId top)
{
    for (NodeId n = node; n != InvalidNode; n = tree.node(n).parent) {
        if (n == top)
            return true;
    }
    return false;
}

QString relativeName(const FileTree &tree, NodeId node, NodeId top)
{
    // The selected item lands as destination/<its name>; the root's children land directly.
    QStringList parts;
    const NodeId stop = top == RootNode ? RootNode : tree.node(top).parent;
    for (NodeId n = node; n != stop && n != InvalidNode; n = tree.node(n).parent)
        parts.prepend(QString::fromUtf8(tree.name(n)));
    return parts.join(QLatin1Char('/'));
}

// Every folder between `root` and `path` must be a real directory: writing through a symlink
// (planted by the image or already there) could leave the destination.
VoidResult checkParents(const QString &root, const QString &path)
{
    const QString relative = path.mid(root.size() + 1);
    const QStringList parts = relative.split(QLatin1Char('/'));
    QString current = root;
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        if (parts[i].isEmpty() || parts[i] == QLatin1String("..") || parts[i] == QLatin1String("."))
            return Error(QStringLiteral("%1: refusing a path with '%2'").arg(path, parts[i]));
        current += QLatin1Char('/') + parts[i];
        struct stat info;
        if (::lstat(QFile::encodeName(current).constData(), &info) != 0) {
            if (::mkdir(QFile::encodeName(current).constData(), 0755) != 0)
                return Error(QStringLiteral("%1: cannot create directory").arg(current));
            continue;
        }
        if (S_ISLNK(info.st_mode))
            return Error(
                QStringLiteral("%1: is a symlink; refusing to write through it").arg(current));
        if (!S_ISDIR(info.st_mode))
            return Error(QStringLiteral("%1: is not a directory").arg(current));
    }
    return Success{};
}

bool existsNoFollow(const QString &path)
{
    struct stat info;
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0;
}

void applyTimes(const QString &path, qint64 mtime)
{
    struct timespec times[2];
    times[0].tv_sec = mtime;
    times[0].tv_nsec = 0;
    times[1] = times[0];
    ::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, AT_SYMLINK_NOFOLLOW);
}

} // namespace

Result<ExtractSummary> extractFromImage(const LoadedImage &image, const ExtractRequest &request,
                                        const std::atomic<bool> *cancel)
{
    const FileTree &tree = *image.tree;
    const QStringList requested = request.imagePath.split(QLatin1Char('/'));
    if (requested.contains(QStringLiteral("..")))
        return Error(
            QStringLiteral("'%1': \"..\" is not allowed in an image path").arg(request.imagePath));
    const QFileInfo destinationInfo(request.destination);
    if (!destinationInfo.isDir())
        return Error(QStringLiteral("%1: not a directory").arg(request.destination));
    const QString root = destinationInfo.canonicalFilePath();
    const int top = tree.layerCount() - 1;
    if (request.layer && (*request.layer < 0 || *request.layer > top))
        return Error(QStringLiteral("layer %1 does not exist (the image has %2 layers)")
                         .arg(*request.layer)
                         .arg(tree.layerCount()));

    const NodeId selected = tree.find(request.imagePath);
    Plan plan;
    auto want = [&](NodeId node, const FileEntry *entry) {
        plan.wanted.insert(node, entry);
        plan.destination.insert(node, root + QLatin1Char('/') + relativeName(tree, node, selected));
        ++plan.layers[entry->layer];
    };
    if (selected != InvalidNode) {
        if (request.layer) {
            for (const FileEntry *e = tree.layerEntriesBegin(*request.layer);
                 e != tree.layerEntriesEnd(*request.layer); ++e) {
                if (e->node != RootNode && isUnder(tree, e->node, selected))
                    want(e->node, e);
            }
        } else {
            const MergedView view(tree, top);
            if (selected != RootNode && view.entry(selected))
                want(selected, view.entry(selected));
            if (selected == RootNode ||
                (view.entry(selected) && view.entry(selected)->type == EntryType::Directory)) {
                for (NodeId node : view.descendants(selected))
                    want(node, view.entry(node));
            }
        }
    }
    if (plan.wanted.isEmpty())
        return Error(request.layer
                         ? QStringLiteral("'%1' is not in layer %2")
                               .arg(request.imagePath)
                               .arg(*request.layer)
                         : QStringLiteral("'%1' is not in the image").arg(request.imagePath));

    for (auto it = plan.destination.cbegin(); it != plan.destination.cend(); ++it) {
        const FileEntry *entry = plan.wanted.value(it.key());
        if (entry && entry->type != EntryType::Directory && existsNoFollow(it.value()))
            return Error(QStringLiteral("%1: already exists; not overwriting").arg(it.value()));
    }

    ExtractSummary summary;
    QList<std::pair<QString, const FileEntry *>> directories;
    QHash<QString, QString> written; // image path of a written file → its path on disk
    for (const auto &[layerIndex, count] : plan.layers) {
        Q_UNUSED(count);
        const LayerInfo &layer = image.image.layers[layerIndex];
        auto location = image.source->locate(layer.member);
        if (!location)
            return location.error();
        LayerExpectation expect;
        expect.blobName =
            QStringLiteral("layer %1 (%2)").arg(layerIndex).arg(location->displayName);
        expect.digest = layer.blob.digest;
        expect.size = layer.blob.size;
        expect.diffId = layer.diffId;
        const int wantedLayer = layerIndex;
        auto visitor = [&](const RawTarEntry &raw, EntryData &data) -> VoidResult {
            const NodeId node = tree.find(QString::fromUtf8(raw.path));
            if (node == InvalidNode)
                return Success{};
            const FileEntry *entry = plan.wanted.value(node);
            if (!entry || entry->layer != wantedLayer || entry->type != raw.type)
                return Success{};
            const QString target = plan.destination.value(node);
            if (const VoidResult parents = checkParents(root, target); !parents)
                return parents;
            const QByteArray nativeTarget = QFile::encodeName(target);
            switch (raw.type) {
            case EntryType::Directory: {
                struct stat info;
                if (::lstat(nativeTarget.constData(), &info) == 0) {
                    if (!S_ISDIR(info.st_mode))
                        return Error(
                            QStringLiteral("%1: exists and is not a directory").arg(target));
                } else if (::mkdir(nativeTarget.constData(), 0700) != 0) {
                    return Error(QStringLiteral("%1: cannot create directory").arg(target));
                }
                directories.append({target, entry});
                ++summary.directories;
                break;
            }
            case EntryType::File: {
                // A duplicate entry in one tar is written again; anything else already there is
                // not.
                if (existsNoFollow(target) && !written.contains(QString::fromUtf8(raw.path)))
                    return Error(QStringLiteral("%1: already exists; not overwriting").arg(target));
                QSaveFile out(target);
                out.setDirectWriteFallback(false);
                if (!out.open(QIODevice::WriteOnly))
                    return Error(
                        QStringLiteral("%1: cannot write: %2").arg(target, out.errorString()));
                const VoidResult copied = data.forEachBlock(
                    [&out](const char *bytes, size_t size) { out.write(bytes, qint64(size)); });
                if (!copied)
                    return copied;
                if (!out.commit())
                    return Error(
                        QStringLiteral("%1: cannot write: %2").arg(target, out.errorString()));
                // setuid/setgid make no sense for a copy owned by whoever extracts it.
                ::chmod(nativeTarget.constData(), mode_t(raw.mode & 01777));
                applyTimes(target, raw.mtime);
                written.insert(QString::fromUtf8(raw.path), target);
                ++summary.files;
                summary.bytes += raw.size;
                break;
            }
            case EntryType::Symlink:
                if (::symlink(raw.linkTarget.constData(), nativeTarget.constData()) != 0)
                    return Error(QStringLiteral("%1: cannot create symlink").arg(target));
                applyTimes(target, raw.mtime);
                ++summary.links;
                break;
            case EntryType::Hardlink: {
                const QString linked = written.value(QString::fromUtf8(raw.linkTarget));
                if (linked.isEmpty()) {
                    summary.skipped.append(
                        QStringLiteral("%1: hardlink to /%2, which was not extracted")
                            .arg(tree.path(node), QString::fromUtf8(raw.linkTarget)));
                    break;
                }
                if (::link(QFile::encodeName(linked).constData(), nativeTarget.constData()) != 0)
                    return Error(QStringLiteral("%1: cannot create hardlink").arg(target));
                ++summary.links;
                break;
            }
            case EntryType::Fifo:
                if (::mkfifo(nativeTarget.constData(), mode_t(raw.mode & 0777)) != 0)
                    return Error(QStringLiteral("%1: cannot create fifo").arg(target));
                ++summary.files;
                break;
            case EntryType::CharDevice:
            case EntryType::BlockDevice:
                summary.skipped.append(
                    QStringLiteral("%1: device node (needs root)").arg(tree.path(node)));
                break;
            }
            return Success{};
        };
        auto read = readLayerBlob(*location, expect, visitor, cancel);
        if (!read)
            return read.error();
    }
    // Permissions of directories last, so that a read-only folder does not block its children.
    for (auto it = directories.crbegin(); it != directories.crend(); ++it) {
        ::chmod(QFile::encodeName(it->first).constData(), mode_t(it->second->mode & 01777));
        applyTimes(it->first, it->second->mtime);
    }
    return summary;
}

} // namespace cbw::core::oci

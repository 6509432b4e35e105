#include "rootfstree.h"

#include <QDirIterator>
#include <QFile>
#include <QSet>

#include <sys/stat.h>
#include <unistd.h>

#include <utility>

namespace {

char typeOf(mode_t mode)
{
    if (S_ISREG(mode))
        return 'f';
    if (S_ISDIR(mode))
        return 'd';
    if (S_ISLNK(mode))
        return 'l';
    if (S_ISCHR(mode))
        return 'c';
    if (S_ISBLK(mode))
        return 'b';
    if (S_ISFIFO(mode))
        return 'p';
    return '?';
}

QString readLink(const QByteArray &path)
{
    QByteArray buffer(4096, '\0');
    const ssize_t length = ::readlink(path.constData(), buffer.data(), size_t(buffer.size()));
    return length < 0 ? QString() : QString::fromUtf8(buffer.left(length));
}

// The path of the file a hardlink chain ends at (or the path itself).
QString linkRoot(const RootfsTree &tree, QString path)
{
    for (int hops = 0; hops < 64; ++hops) {
        const auto it = tree.constFind(path);
        if (it == tree.constEnd() || it->type != 'h')
            return path;
        path = it->target;
    }
    return path;
}

// path -> sorted names of all paths sharing its inode, for paths in a group of two or more.
QMap<QString, QString> hardlinkGroups(const RootfsTree &tree)
{
    QMap<QString, QStringList> members;
    for (auto it = tree.constBegin(); it != tree.constEnd(); ++it) {
        if (it->type == 'h')
            members[linkRoot(tree, it->target)].append(it.key());
    }
    QMap<QString, QString> groups;
    for (auto it = members.begin(); it != members.end(); ++it) {
        QStringList paths = it.value();
        paths.append(it.key());
        paths.sort();
        const QString group = paths.join(QStringLiteral(", "));
        for (const QString &path : std::as_const(paths))
            groups.insert(path, group);
    }
    return groups;
}

QString describe(const RootfsEntry &e)
{
    QString text = QStringLiteral("%1 %2 %3:%4")
                       .arg(QLatin1Char(e.type))
                       .arg(e.mode, 4, 8, QLatin1Char('0'))
                       .arg(e.uid)
                       .arg(e.gid);
    if (e.type == 'f')
        text += QStringLiteral(" size %1").arg(e.size);
    if (e.type == 'l')
        text += QStringLiteral(" -> ") + e.target;
    return text;
}

} // namespace

RootfsTree rootfsTreeFromDirectory(const QString &root, QString *error)
{
    RootfsTree tree;
    QMap<QPair<dev_t, ino_t>, QString> firstNameOfInode;
    QStringList paths;
    QDirIterator it(root, QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        paths.append(it.next());
    paths.sort();
    for (const QString &path : std::as_const(paths)) {
        const QByteArray native = QFile::encodeName(path);
        struct stat st = {};
        if (::lstat(native.constData(), &st) != 0) {
            *error = QStringLiteral("cannot lstat %1").arg(path);
            return {};
        }
        RootfsEntry entry;
        entry.type = typeOf(st.st_mode);
        entry.mode = st.st_mode & 07777;
        entry.uid = st.st_uid;
        entry.gid = st.st_gid;
        entry.size = entry.type == 'f' ? qint64(st.st_size) : 0;
        if (entry.type == 'l')
            entry.target = readLink(native);
        const QString inTree = path.mid(root.size());
        if (entry.type == 'f' && st.st_nlink > 1) {
            const auto inode = qMakePair(st.st_dev, st.st_ino);
            const auto first = firstNameOfInode.constFind(inode);
            if (first != firstNameOfInode.constEnd()) {
                entry.type = 'h';
                entry.target = *first;
            } else {
                firstNameOfInode.insert(inode, inTree);
            }
        }
        tree.insert(inTree, entry);
    }
    return tree;
}

RootfsTree rootfsTreeFromListing(const QByteArray &listing, QString *error)
{
    RootfsTree tree;
    int lineNumber = 0;
    for (const QByteArray &rawLine : listing.split('\n')) {
        ++lineNumber;
        if (rawLine.isEmpty())
            continue;
        const QString line = QString::fromUtf8(rawLine);
        // TYPE MODE UID:GID SIZE PATH: four fields without spaces, then the path (which may).
        qsizetype cursor = 0;
        QStringList fields;
        for (int i = 0; i < 4; ++i) {
            const qsizetype space = line.indexOf(u' ', cursor);
            if (space < 0)
                break;
            fields.append(line.mid(cursor, space - cursor));
            cursor = space + 1;
        }
        bool modeOk = false;
        bool sizeOk = false;
        RootfsEntry entry;
        const QStringList owner = fields.value(2).split(u':');
        if (fields.size() == 4) {
            entry.type = fields.at(0).size() == 1 ? char(fields.at(0).at(0).toLatin1()) : '?';
            entry.mode = fields.at(1).toUInt(&modeOk, 8);
            entry.size = fields.at(3).toLongLong(&sizeOk);
        }
        if (fields.size() != 4 || !QByteArrayView("fdlhcbp").contains(entry.type) ||
            fields.at(1).size() != 4 || !modeOk || !sizeOk || owner.size() != 2) {
            *error = QStringLiteral("listing line %1 is not TYPE MODE UID:GID SIZE PATH: %2")
                         .arg(lineNumber)
                         .arg(line);
            return {};
        }
        entry.uid = owner.at(0).toUInt();
        entry.gid = owner.at(1).toUInt();
        QString path = line.mid(cursor);
        if (entry.type == 'l' || entry.type == 'h') {
            const qsizetype arrow = path.indexOf(QStringLiteral(" -> "));
            if (arrow < 0) {
                *error = QStringLiteral("listing line %1 is a link without target: %2")
                             .arg(lineNumber)
                             .arg(line);
                return {};
            }
            entry.target = path.mid(arrow + 4);
            path.truncate(arrow);
            if (entry.type == 'h' && !entry.target.startsWith(u'/'))
                entry.target.prepend(u'/');
        }
        if (!path.startsWith(u'/')) {
            *error = QStringLiteral("listing line %1: path is not absolute: %2")
                         .arg(lineNumber)
                         .arg(line);
            return {};
        }
        if (path == QStringLiteral("/"))
            continue; // the root itself is not an entry of the unpacked tree
        if (tree.contains(path)) {
            *error = QStringLiteral("listing line %1: %2 listed twice").arg(lineNumber).arg(path);
            return {};
        }
        tree.insert(path, entry);
    }
    return tree;
}

QMap<QString, char> changedPaths(const RootfsTree &before, const RootfsTree &after)
{
    QMap<QString, char> changes;
    const QMap<QString, QString> beforeGroups = hardlinkGroups(before);
    const QMap<QString, QString> afterGroups = hardlinkGroups(after);
    for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
        if (!after.contains(it.key()))
            changes.insert(it.key(), '-');
    }
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        const auto old = before.constFind(it.key());
        if (old == before.constEnd()) {
            changes.insert(it.key(), '+');
            continue;
        }
        const RootfsEntry oldEntry =
            old->type == 'h' ? before.value(linkRoot(before, it.key())) : *old;
        const RootfsEntry newEntry = it->type == 'h' ? after.value(linkRoot(after, it.key())) : *it;
        if (describe(oldEntry) != describe(newEntry) ||
            beforeGroups.value(it.key()) != afterGroups.value(it.key()))
            changes.insert(it.key(), '~');
    }
    return changes;
}

QStringList compareTrees(const RootfsTree &expected, const RootfsTree &actual)
{
    QStringList differences;
    const QMap<QString, QString> expectedGroups = hardlinkGroups(expected);
    const QMap<QString, QString> actualGroups = hardlinkGroups(actual);
    QSet<QString> paths;
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it)
        paths.insert(it.key());
    for (auto it = actual.constBegin(); it != actual.constEnd(); ++it)
        paths.insert(it.key());
    QStringList sorted(paths.begin(), paths.end());
    sorted.sort();
    for (const QString &path : std::as_const(sorted)) {
        const auto want = expected.constFind(path);
        const auto have = actual.constFind(path);
        if (have == actual.constEnd()) {
            differences.append(QStringLiteral("missing %1 (%2)").arg(path, describe(*want)));
            continue;
        }
        if (want == expected.constEnd()) {
            differences.append(QStringLiteral("extra %1 (%2)").arg(path, describe(*have)));
            continue;
        }
        // A hardlink has the metadata of the file it names.
        const RootfsEntry wantEntry =
            want->type == 'h' ? expected.value(linkRoot(expected, path)) : *want;
        const RootfsEntry haveEntry =
            have->type == 'h' ? actual.value(linkRoot(actual, path)) : *have;
        const QString wantText = describe(wantEntry);
        const QString haveText = describe(haveEntry);
        if (wantText != haveText)
            differences.append(
                QStringLiteral("%1: expected %2, got %3").arg(path, wantText, haveText));
        const QString wantGroup = expectedGroups.value(path);
        const QString haveGroup = actualGroups.value(path);
        if (wantGroup != haveGroup)
            differences.append(QStringLiteral("%1: expected hardlinks {%2}, got {%3}")
                                   .arg(path, wantGroup, haveGroup));
    }
    return differences;
}

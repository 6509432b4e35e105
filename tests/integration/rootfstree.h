#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

// One filesystem entry as both `cbw ls` and lstat(2) can describe it. Hardlinks are kept as
// a link to another path: in an unpacked rootfs they are the paths sharing an inode.
struct RootfsEntry
{
    char type = '?';   // f d l h c b p
    unsigned mode = 0; // permission bits incl. setuid/setgid/sticky (07777)
    unsigned uid = 0;
    unsigned gid = 0;
    qint64 size = 0; // compared for regular files only
    QString target;  // symlink target as stored; hardlink: absolute path of the first name
};

using RootfsTree = QMap<QString, RootfsEntry>; // absolute path ("/etc/dir") -> entry

// Walks an unpacked root filesystem without following symlinks. The first path of each
// hardlinked inode (in path order) is the file, every later one an 'h' entry pointing at it.
RootfsTree rootfsTreeFromDirectory(const QString &root, QString *error);

// Parses `TYPE MODE UID:GID SIZE PATH[ -> TARGET]` lines.
RootfsTree rootfsTreeFromListing(const QByteArray &listing, QString *error);

// Human-readable differences; empty when the trees agree on type, mode, owner, regular file
// size, symlink target and hardlink groups. Hardlinks are compared as groups of paths because
// which name a tar stream (and so `cbw ls`) calls the file depends on the order of entries.
QStringList compareTrees(const RootfsTree &expected, const RootfsTree &actual);

// What changed from `before` to `after` by metadata alone: '+' only after, '-' only before,
// '~' present in both with a different type, mode, owner, file size, link target or hardlink
// group. File contents are not known here; callers compare them.
QMap<QString, char> changedPaths(const RootfsTree &before, const RootfsTree &after);

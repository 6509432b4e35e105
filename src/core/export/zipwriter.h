#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace cbw::core::exporting {

struct ZipEntry
{
    QString path; // relative, '/'-separated ("meta-x/conf/layer.conf")
    QByteArray bytes;
};

// Builds a zip archive in memory with QuaZip (deflated entries, 0644, a fixed timestamp so
// the same export gives the same archive).
class ZipWriter final
{
public:
    // A relative path without '..', '.', empty segments or backslashes; an entry that
    // would unpack outside the target directory is refused.
    static VoidResult checkEntryPath(const QString &path);
    static Result<QByteArray> build(const QList<ZipEntry> &entries);
};

} // namespace cbw::core::exporting

#pragma once

#include "common/result.h"

#include <QHash>
#include <QString>

namespace cbw::core::oci {

struct TarMember
{
    qint64 offset = 0; // of the content in the archive file
    qint64 length = 0;
};

// Indexes an uncompressed tar file: member name → content range, so that blobs can be read in
// place (and in parallel) without extracting. Understands ustar, pax and GNU long names; links
// between members (old `docker save` links duplicate layer.tar files) become aliases.
Result<QHash<QString, TarMember>> indexTarFile(const QString &path);

} // namespace cbw::core::oci

#pragma once

#include "common/diagnostic.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cbw::core::project {

struct FileCheckOptions
{
    QStringList bbpath;    // extra directories to resolve include/require names
    QStringList overrides; // active OVERRIDES, left to right (empty: none)
};

// What `cbw validate` does for one file: BitBake syntax as the real parser sees it,
// include/require resolution, and every bundling check whose variables the file sets
// (BUNDLED_CONTAINERS, container-bundle recipes, image-oci layer settings, and the
// DISTRO_FEATURES / BBMULTICONFIG prerequisites of a configuration file).
class FileChecker final
{
public:
    static Diagnostics checkBytes(const QByteArray &bytes, const QString &path,
                                  const FileCheckOptions &options = {});
    // An unreadable file is one error diagnostic naming it.
    static Diagnostics checkFile(const QString &path, const FileCheckOptions &options = {});
};

} // namespace cbw::core::project

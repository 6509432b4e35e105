#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace cbw::core {

enum class BackupPolicy
{
    None,
    KeepBak
};

// Writes the whole of `contents` to `path` through QSaveFile, so the file is either the old
// one or the complete new one, never half written. With KeepBak an existing file is first
// copied to `path + ".bak"` (replacing an older .bak).
VoidResult writeFileAtomically(const QString &path, const QByteArray &contents,
                               BackupPolicy backup = BackupPolicy::None);

// Reads a whole file; the error names the file and the reason.
Result<QByteArray> readWholeFile(const QString &path);

} // namespace cbw::core

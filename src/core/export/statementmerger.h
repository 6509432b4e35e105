#pragma once

#include "common/diagnostic.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cbw::core::exporting {

struct MergeOutcome
{
    QByteArray bytes;        // the merged file; the input when refused or nothing changes
    QStringList changed;     // statements touched ("SUMMARY", "CONTAINER_DIGESTS[x]", ...)
    Diagnostics diagnostics; // an error means the merge was refused
    bool ok() const { return !hasErrors(diagnostics); }
};

// Merges generated BitBake text (the workbench's own output) into an existing file through
// the lossless Document, so only the assignments whose value differs are rewritten:
//   VAR = "v"              value set in place (or added) when its words differ
//   SRC_URI = "..."        only the missing entries are added (a recipe may fetch more)
//   VAR:append = " w"      missing words added to the existing unconditional :append
//   VAR:append:<o> = " w"  missing words added to the existing `VAR:append:<o>` line in
//                          place, never a second line
//   VAR[flag] = "v"        flag set in place (or added)
//   inherit C              added when the file does not inherit C yet
// Comments and blank lines of the generated text are not merged. The merge is refused
// (error, input kept) for a file BitBake would already reject, or when other statements
// of the file would still change a merged value.
class StatementMerger final
{
public:
    static MergeOutcome merge(const QByteArray &existing, const QString &path,
                              const QByteArray &generated);
    // A file BitBake already rejects is never edited: true (with the file's errors and an
    // export.merge-refused error appended to `out`) when `existing` does not parse cleanly.
    static bool refusesBrokenFile(const QByteArray &existing, const QString &path,
                                  Diagnostics &out);
};

} // namespace cbw::core::exporting

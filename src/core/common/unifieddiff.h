#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace cbw::core {

// One hunk of a unified diff, for callers that present changes themselves (the GUI colours
// lines); `text` is the hunk exactly as unifiedDiff() prints it, header line included.
struct DiffHunk
{
    int oldStart = 0; // 1-based first line of the hunk in the old text (0 for an empty range)
    int oldCount = 0;
    int newStart = 0;
    int newCount = 0;
    QByteArray text;
};

// Line diff of two byte strings, as GNU `diff -u --label OLD --label NEW` prints it: a
// shortest edit script (Myers), `context` unchanged lines around each change, changes
// closer than 2*context+1 lines share a hunk, deletions before insertions, and
// `\ No newline at end of file` after a last line without one. Lines end at '\n'; a '\r'
// before it is part of the line. Equal inputs give no hunks (and an empty diff).
class UnifiedDiff final
{
public:
    static QList<DiffHunk> hunks(const QByteArray &before, const QByteArray &after,
                                 int context = 3);
    // The whole diff with `--- oldLabel` / `+++ newLabel` headers (e.g. "a/conf/local.conf");
    // empty when the inputs are equal.
    static QByteArray diff(const QByteArray &before, const QByteArray &after,
                           const QString &oldLabel, const QString &newLabel, int context = 3);
};

} // namespace cbw::core

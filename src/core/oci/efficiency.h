#pragma once

#include "filetree.h"

#include <QList>

namespace cbw::core::oci {

// One path whose bytes are shipped but not all visible: written by several layers, or
// removed (whiteout, opaque directory, replaced parent) while a lower layer still ships it.
struct WastedPath
{
    NodeId node = InvalidNode;
    int occurrences = 0;        // layers whose tar writes the path
    qint64 cumulativeBytes = 0; // Σ content bytes of those writes: what a pull downloads
    qint64 finalBytes = 0;      // bytes visible in the final filesystem (0 when removed)
    bool removed = false;       // absent from the final filesystem
    qint64 wastedBytes() const { return cumulativeBytes - finalBytes; }
};

// The score is dive's: over every leaf path of every layer (files, links, empty directories,
// and whiteouts — a whiteout of a directory counted with the bytes it hides, of a file with 0)
// efficiency = Σ smallest size per path ÷ Σ all sizes, 1.0 when there are no bytes. Unlike
// dive, the children an opaque directory hides count as whiteouts. The wasted list is ours:
// every path with wastedBytes() > 0, which also catches files removed with their directory.
struct EfficiencyReport
{
    double score = 1.0;
    qint64 totalBytes = 0;      // dive: Σ sizes of all counted occurrences
    qint64 minimumBytes = 0;    // dive: Σ smallest size per path
    qint64 diveWastedBytes = 0; // dive's "potential wasted space": Σ sizes of paths seen twice+
    qint64 wastedBytes = 0;     // Σ wastedBytes() of `wasted`
    QList<WastedPath> wasted;   // sorted by wastedBytes(), largest first, then by node
};

EfficiencyReport computeEfficiency(const FileTree &tree);

} // namespace cbw::core::oci

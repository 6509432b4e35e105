#pragma once

#include "filetree.h"

#include <QList>

namespace cbw::core::oci {

// One path that costs more than once: written by several layers, or removed by a layer while
// a lower layer still ships it.
struct WastedPath
{
    NodeId node = InvalidNode;
    int occurrences = 0;        // layers that wrote or removed the path
    qint64 cumulativeBytes = 0; // sum over those layers (a removed directory counts its subtree)
    qint64 minimumBytes = 0;    // the smallest of them (0 when the path was removed)
    bool removed = false;       // absent from the final filesystem
    qint64 wastedBytes() const { return cumulativeBytes - minimumBytes; }
};

// dive's figures: for every leaf path of every layer (files, links, empty directories, and
// whiteouts counted with the size of what they hide) efficiency = Σ smallest size per path ÷
// Σ all sizes, 1.0 when there are no bytes. Unlike dive, opaque directories count as removals
// of each lower-layer child they hide.
struct EfficiencyReport
{
    double score = 1.0;
    qint64 totalBytes = 0;      // Σ sizes of all counted occurrences
    qint64 minimumBytes = 0;    // Σ smallest size per path
    qint64 wastedBytes = 0;     // totalBytes - minimumBytes
    qint64 diveWastedBytes = 0; // dive's "potential wasted space": Σ cumulative of wasted paths
    QList<WastedPath> wasted;   // sorted by wastedBytes, largest first, then by path
};

EfficiencyReport computeEfficiency(const FileTree &tree);

} // namespace cbw::core::oci

#pragma once

#include "imageloader.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

namespace cbw::core::oci {

struct ExtractRequest
{
    QString imagePath;        // a path inside the image, "/" for everything
    std::optional<int> layer; // extract from this layer's own entries; none: merged filesystem
    QString destination;      // an existing directory; the item lands as destination/<basename>
};

struct ExtractSummary
{
    int files = 0;
    int directories = 0;
    int links = 0;
    qint64 bytes = 0;
    QStringList skipped; // device nodes (need root) and hardlinks whose target was not extracted
};

// Writes the selected item with its contents. Refuses to write outside `destination`: entries
// whose path holds "..", and any write through a symlink (one the extraction created or one
// already there). Existing files are never overwritten. Permission bits are applied without
// setuid/setgid; ownership is left to the user running the extraction.
Result<ExtractSummary> extractFromImage(const LoadedImage &image, const ExtractRequest &request,
                                        const std::atomic<bool> *cancel = nullptr);

} // namespace cbw::core::oci

#pragma once

#include "common/result.h"

#include <QString>

namespace cbw::core::oci {

// What the user typed to name an image: a path with an optional ":TAG", optionally behind a
// skopeo-style transport prefix ("oci:", "oci-archive:", "docker-archive:").
struct ImageReference
{
    enum class Transport
    {
        Detect,        // no prefix: the kind is detected from the content
        OciLayout,     // "oci:" – must be a layout directory
        OciArchive,    // "oci-archive:" – must be a tar holding a layout
        DockerArchive, // "docker-archive:" – must be a `docker save` tar
    };

    Transport transport = Transport::Detect;
    QString path;
    QString
        tag; // org.opencontainers.image.ref.name (layout) or RepoTags entry (docker); may be empty

    // "docker://…" and other remote transports are refused with an explanation. A ":TAG" suffix
    // is only split off when the whole text is not itself an existing file or directory, so
    // paths containing ':' keep working.
    static Result<ImageReference> parse(const QString &text);
    QString toString() const;
};

} // namespace cbw::core::oci

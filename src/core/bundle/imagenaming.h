#pragma once

#include <QString>

namespace cbw::core::bundle {

// An image reference as the classes build it: `<name>:<tag>` (the tag may be empty for
// untagged remote references, which is what the bundle class really produces).
struct ImageRef
{
    QString name;
    QString tag;

    QString toString() const { return name + QLatin1Char(':') + tag; }
    friend bool operator==(const ImageRef &, const ImageRef &) = default;
};

// Helpers that reproduce the shell/python naming rules of container-cross-install and
// container-bundle exactly (spec §2.1, §2.2, §3.1).
class ImageNaming final
{
public:
    // From an OCI directory basename (or a BUNDLED_CONTAINERS name): strip a trailing
    // "-oci", then if the last '-' part matches
    // ^(latest|v?[0-9]+\.[0-9]+(\.[0-9]+)?|[0-9]+)$ it is the tag, else the tag is latest.
    // "python3-app-2" -> python3-app:2, "container-base-latest-oci" -> container-base:latest.
    static ImageRef deriveFromDirectoryName(const QString &name);

    // True if the last '-' part of `name` (after stripping "-oci") looks like a tag.
    static bool lastPartLooksLikeTag(const QString &name);

    // "container-" + name with every char outside [a-zA-Z0-9_-] turned into '-' and then
    // lower-cased (the class's sed | tr order).
    static QString unitBaseName(const QString &imageName);

    // Recipe a BUNDLED_CONTAINERS name depends on: minus "-latest-oci", else minus "-oci".
    static QString recipeDependencyName(const QString &name);

    // Replace every '/' and ':' with '_' (digest flag keys, fetched dirs, ocidir names,
    // services file names). Nothing else changes.
    static QString mangle(const QString &reference);

    // Remote import ref: `<last path segment without tag>:<tag>` where tag is the text
    // after the last ':' of the whole source (empty when there is none), as collect_oci.
    static ImageRef remoteImportRef(const QString &source);

    // Local import ref: `<source>:latest`.
    static ImageRef localImportRef(const QString &source);

    // Source without its tag, as do_fetch_containers strips it for skopeo: only if the last
    // '/' segment contains ':', cut after the last ':'.
    static QString stripTag(const QString &source);

    // `docker://<ref-without-tag>@<digest>`.
    static QString skopeoSource(const QString &source, const QString &digest);
};

} // namespace cbw::core::bundle

#pragma once

#include "imagenaming.h"

#include <QString>

namespace cbw::core::bundle {

// One entry of CONTAINER_BUNDLES (`source[:policy]`), split the way container-bundle's
// anonymous python splits it (spec §2.2).
struct ContainerBundleEntry
{
    QString text;       // the entry as written
    QString source;     // remote: ref without the recognised policy; local: field 1
    QString policyWord; // remote: only a recognised word; local: field 2 verbatim
    bool remote = false;
    int offset = 0;
    int length = 0;

    // Classifies and splits one entry.
    static ContainerBundleEntry fromText(const QString &text, int offset = 0);
    // Canonical text for a source and an optional policy word.
    static ContainerBundleEntry make(const QString &source, const QString &policyWord);

    // Remote iff the text before the first ':' contains '/' or '.'.
    static bool isRemoteReference(const QString &text);

    // CONTAINER_DIGESTS flag name for a remote source ('/' and ':' -> '_').
    QString digestKey() const { return ImageNaming::mangle(source); }
    // `<image>:<tag>` imported into the runtime's storage.
    ImageRef importRef() const;
    // Directory under ${datadir}/container-bundles/<runtime>/oci/ (import ref mangled).
    QString ociDirName() const { return ImageNaming::mangle(importRef().toString()); }
    // Line of ${PN}.meta: `source:runtime[:policy]`.
    QString metadataLine(const QString &runtime) const;
    // Line of ${PN}.refs: `ocidir:imageref`.
    QString refsLine() const;
    // File name under services/ for a custom service file, without extension.
    QString serviceFileStem() const { return ImageNaming::mangle(source); }
};

} // namespace cbw::core::bundle

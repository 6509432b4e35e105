#pragma once

#include "bundledcontainerentry.h"
#include "bundledesign.h"
#include "containerbundleentry.h"
#include "imagenaming.h"
#include "rootfsfile.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace cbw::core::bundle {

// A line of ${PN}.meta read back the way merge_installed_bundles reads it.
struct MetadataLine
{
    QString source;
    QString runtime;
    QString policyWord;
};

// Byte-identical reproductions of the units container-cross-install writes (spec §3).
class UnitGenerator final
{
public:
    // /lib/systemd/system/<unit>.service content.
    static QByteArray dockerUnit(const ImageRef &image, const QString &restartValue);
    // /etc/containers/systemd/<unit>.container content.
    static QByteArray podmanQuadlet(const ImageRef &image, const QString &restartValue);

    static QString dockerUnitPath(const QString &unitBaseName);
    static QString dockerWantsLinkPath(const QString &unitBaseName);
    static QString podmanQuadletPath(const QString &unitBaseName);

    // Files for one container that gets a unit: docker -> unit (generated, or CopyOf
    // `customFile` with the generated text as fallback) + wants symlink; podman -> Quadlet
    // (same). Any other runtime -> nothing.
    static RootfsFiles unitFiles(const QString &runtime, const ImageRef &image,
                                 const QString &restartValue, const QString &customFile = {});

    // BUNDLED_CONTAINERS path (install_autostart_services). `serviceFiles` maps
    // CONTAINER_SERVICE_FILE flag names (field 1 as written) to paths; entries without a
    // policy never get a unit, custom or not.
    static RootfsFiles filesForBundledContainers(const QList<BundledContainerEntry> &entries,
                                                 const QString &defaultRuntime,
                                                 const QMap<QString, QString> &serviceFiles = {});

    // Bundle-recipe path (merge_installed_bundles reading ${PN}.meta). `serviceFiles` maps
    // CONTAINER_SERVICE_FILE flag names (the entry's source) to paths.
    static RootfsFiles filesForBundleRecipe(const QList<ContainerBundleEntry> &entries,
                                            const QString &runtime,
                                            const QMap<QString, QString> &serviceFiles = {});

    // Resolves CopyOf entries against the local file system: the custom file's bytes when it
    // can be read, else the generated fallback (what both classes end up installing).
    static RootfsFiles materialise(const RootfsFiles &files);

    // Everything a design puts into the rootfs (either path, by the design's mode).
    static RootfsFiles filesForDesign(const BundleDesign &design);

    // merge_installed_bundles' parse of a .meta line: last field a policy word -> policy,
    // then runtime, rest source; last field docker|podman -> runtime, rest source;
    // otherwise fields 1, 2, 3.
    static MetadataLine parseMetadataLine(const QString &line);
    // Image name/tag merge_installed_bundles derives from a .meta source.
    static ImageRef bundleImageRef(const QString &source);
};

} // namespace cbw::core::bundle

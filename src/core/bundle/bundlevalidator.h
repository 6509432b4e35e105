#pragma once

#include "common/diagnostic.h"
#include "locatedvalue.h"

#include <QString>

namespace cbw::core::bundle {

// Variables of an image that inherits container-cross-install.
struct BundledContainersInput
{
    LocatedValue bundledContainers;                    // BUNDLED_CONTAINERS
    QString defaultRuntime = QStringLiteral("docker"); // CONTAINER_DEFAULT_RUNTIME
    LocatedFlags serviceFiles;                         // CONTAINER_SERVICE_FILE[...]
};

// Variables of a recipe that inherits container-bundle.
struct ContainerBundlesInput
{
    LocatedValue bundles; // CONTAINER_BUNDLES
    // CONTAINER_BUNDLE_RUNTIME as the recipe sees it; unset or "" is read as docker (the
    // class's `or 'docker'`), so pass defaultRuntimeForProfile() when only the profile is set.
    LocatedValue runtime;
    LocatedFlags digests;       // CONTAINER_DIGESTS[...]
    LocatedValue flagsAccepted; // CONTAINER_FLAGS_ACCEPTED
    LocatedValue deploy;        // CONTAINER_BUNDLE_DEPLOY
    LocatedFlags serviceFiles;  // CONTAINER_SERVICE_FILE[...]
};

// Configuration the whole machinery needs (local.conf / distro).
struct PrerequisitesInput
{
    LocatedValue distroFeatures; // DISTRO_FEATURES
    LocatedValue bbMulticonfig;  // BBMULTICONFIG
    QString targetArch;          // TARGET_ARCH; when empty it is derived from `machine`
    QString machine;             // MACHINE
};

// Every warning/fatal of spec §2.4 that can be decided from the variables, plus the traps
// of §2 and §7. Order: grammar diagnostics, then per entry in value order, then flags.
// Each points at the entry (or the flag/variable) it is about.
class BundleValidator final
{
public:
    static Diagnostics validateBundledContainers(const BundledContainersInput &input);
    static Diagnostics validateContainerBundles(const ContainerBundlesInput &input);
    static Diagnostics checkPrerequisites(const PrerequisitesInput &input);

    // CONTAINER_DEFAULT_RUNTIME / CONTAINER_BUNDLE_RUNTIME default: "podman" iff
    // CONTAINER_PROFILE is exactly "podman", else "docker" (also for containerd, k3s-*).
    static QString defaultRuntimeForProfile(const QString &containerProfile);

    // "vruntime-aarch64" for aarch64, "vruntime-x86-64" for x86_64/i686/i586, else "".
    static QString vruntimeMulticonfig(const QString &targetArch);
    // TARGET_ARCH of well-known machines (qemuarm64 -> aarch64, qemux86-64 -> x86_64,
    // qemux86 -> i686, qemuarm -> arm, ...); "" when unknown.
    static QString archForMachine(const QString &machine);
    // True for "sha256:" followed by exactly 64 lowercase hex digits.
    static bool isValidDigest(const QString &digest);
};

} // namespace cbw::core::bundle

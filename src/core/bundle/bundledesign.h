#pragma once

#include "common/diagnostic.h"
#include "locatedvalue.h"
#include "restartpolicy.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace cbw::core::bundle {

// One container of a design. `runtime` empty = the design's runtime.
struct ContainerSpec
{
    QString source; // recipe / OCI dir name (local) or registry reference (remote)
    QString runtime;
    RestartPolicy policy = RestartPolicy::None;
    bool external = false;     // BUNDLED_CONTAINERS only: no build dependency
    QString digest;            // remote only: sha256:<64 hex>
    QString customServiceFile; // path to a .service / .container; only used with a policy

    bool isRemote() const;
    friend bool operator==(const ContainerSpec &, const ContainerSpec &) = default;
};

// What the user designs in the GUI and what the project file stores.
struct BundleDesign
{
    enum class Mode
    {
        BundledContainers,
        BundleRecipe
    };

    Mode mode = Mode::BundledContainers;
    QString recipeName = QStringLiteral("my-container-bundle");
    QString recipeVersion = QStringLiteral("1.0");
    QString summary;
    QString runtime = QStringLiteral("docker"); // BUNDLED default / CONTAINER_BUNDLE_RUNTIME
    bool deploy = false;                        // CONTAINER_BUNDLE_DEPLOY = "1"
    QStringList flagsAccepted;                  // CONTAINER_FLAGS_ACCEPTED
    QString targetArch;                         // TARGET_ARCH (may be empty)
    QString machine;                            // MACHINE (arch derived from it if needed)
    QString hostImage;                          // image that installs the bundle (comment)
    QList<ContainerSpec> containers;

    // Runtime a container really uses in this design.
    QString runtimeOf(const ContainerSpec &spec) const;
    // targetArch, or the arch of `machine`.
    QString effectiveArch() const;

    friend bool operator==(const BundleDesign &, const BundleDesign &) = default;
};

QString modeName(BundleDesign::Mode mode); // "bundled-containers" | "bundle-recipe"

struct BundleDesignParse
{
    BundleDesign design;
    Diagnostics diagnostics;
};

// The values a design stands for, ready to hand to the validators or generators.
struct DesignValues
{
    QString bundledContainers;           // BUNDLED_CONTAINERS (BundledContainers mode)
    QString containerBundles;            // CONTAINER_BUNDLES (BundleRecipe mode)
    QString bundleRuntime;               // CONTAINER_BUNDLE_RUNTIME
    QMap<QString, QString> digests;      // CONTAINER_DIGESTS[<key>]
    QMap<QString, QString> serviceFiles; // CONTAINER_SERVICE_FILE[<key>] (paths as given)
    QString flagsAccepted;               // CONTAINER_FLAGS_ACCEPTED
    QString deploy;                      // CONTAINER_BUNDLE_DEPLOY ("1" or "")
};

struct ModeConversion
{
    BundleDesign design;     // the converted design (what could be converted)
    Diagnostics diagnostics; // what could not be converted, or changed meaning
    bool complete = true;    // false when something was dropped or refused
};

class BundleDesignCodec final
{
public:
    static QJsonObject toJson(const BundleDesign &design);
    // Never throws or crashes on wrong types; every bad field is reported (file = `path`,
    // message names the JSON field) and replaced by its default.
    static BundleDesignParse fromJson(const QJsonObject &object, const QString &path = {});

    static DesignValues toValues(const BundleDesign &design);
    // From BUNDLED_CONTAINERS (+ CONTAINER_SERVICE_FILE flags) of an image.
    static BundleDesignParse fromBundledContainers(const LocatedValue &bundledContainers,
                                                   const QString &defaultRuntime,
                                                   const LocatedFlags &serviceFiles = {});
    // From the variables of a container-bundle recipe.
    static BundleDesignParse
    fromContainerBundles(const LocatedValue &bundles, const LocatedValue &runtime,
                         const LocatedFlags &digests = {}, const LocatedValue &flagsAccepted = {},
                         const LocatedValue &deploy = {}, const LocatedFlags &serviceFiles = {});

    // Checks the design by generating its values and running the value validators, plus
    // design-only checks (recipe name, custom service files that cannot be expressed).
    static Diagnostics validate(const BundleDesign &design);

    // BundledContainers <-> BundleRecipe. Remote containers exist only in bundle recipes;
    // a bundle recipe has one runtime; `external` has no bundle-recipe equivalent.
    static ModeConversion convert(const BundleDesign &design, BundleDesign::Mode target);
};

} // namespace cbw::core::bundle

#pragma once

#include "imagenaming.h"

#include <QString>
#include <QStringList>

namespace cbw::core::bundle {

// One whitespace-separated entry of BUNDLED_CONTAINERS:
//     name[:runtime[:policy]][:external]
// The fields are kept exactly as written so that a parsed value serialises back unchanged;
// the accessors reproduce how container-cross-install reads them (spec §2.1).
struct BundledContainerEntry
{
    QStringList fields; // the entry split on ':' as written (at least one field)
    int offset = 0;     // position of the entry in the value
    int length = 0;     // length of the entry text in the value

    // Builds a canonical entry. An external entry without a policy is written
    // `name:runtime::external` (or `name:external` without a runtime) so that the class
    // does not read `external` as a policy. A policy needs a non-empty runtime.
    static BundledContainerEntry make(const QString &name, const QString &runtime,
                                      const QString &policyWord, bool external);

    QString text() const { return fields.join(QLatin1Char(':')); }
    QString name() const { return fields.value(0); }
    bool hasRuntimeField() const { return fields.size() >= 2; }
    QString runtimeWord() const { return fields.value(1); }
    // Field 3 as the unit generator reads it (may be "external" — the documented trap).
    QString policyWord() const { return fields.value(2); }
    // Parse-time rule: any field equal to "external" drops the build dependency.
    bool isExternal() const { return fields.contains(QStringLiteral("external")); }

    // Runtime used for import: the entry with the first ":external" substring deleted, then
    // field 2; when field 2 equals field 1 (cut returns the whole token for a single field)
    // the default runtime is used.
    QString effectiveRuntime(const QString &defaultRuntime) const;

    // Runtime used for the unit: fields of the raw entry; same default rule.
    QString unitRuntime(const QString &defaultRuntime) const;

    // Policy word as the unit generator sees it: field 3 unless the default-runtime rule
    // applied (then empty).
    QString unitPolicyWord() const;

    // True when the entry asks for a unit (a policy word is present); the class then writes
    // one (generated or custom) if unitRuntime() is docker or podman.
    bool generatesUnit() const { return !unitPolicyWord().isEmpty(); }

    // Restart= value the unit gets ("" when no unit).
    QString restartValue() const;

    // The token after deleting the first ":external" substring (runtime-time view).
    QString runtimeView() const;

    // Name/tag derived from the name as written (what the unit uses).
    ImageRef unitImageRef() const { return ImageNaming::deriveFromDirectoryName(name()); }

    // `<recipe>` of the `<recipe>:do_image_complete` dependency; empty when external.
    QString dependencyRecipe() const;
};

} // namespace cbw::core::bundle

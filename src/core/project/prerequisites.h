#pragma once

#include "bundle/bundlevalidator.h"
#include "common/diagnostic.h"
#include "project/builddirectory.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cbw::core::project {

// One configuration prerequisite of container-cross-install that the build lacks, with the
// line that fixes it. Decided by BundleValidator::checkPrerequisites; this only adds the fix.
struct Prerequisite
{
    Diagnostic diagnostic;    // as the validator reports it (one per variable, see below)
    QString variable;         // "DISTRO_FEATURES" or "BBMULTICONFIG"
    QStringList missingWords; // words the fix adds, e.g. {"vcontainer"} or {"vruntime-x86-64"}
    // Exact line to add to local.conf, e.g. `DISTRO_FEATURES:append = " vcontainer"`; empty
    // when no line can fix it (32-bit arm has no vruntime; an unknown arch cannot be checked).
    QString fixText;

    bool isFixable() const { return !fixText.isEmpty(); }
};

class Prerequisites final
{
public:
    // Missing prerequisites, DISTRO_FEATURES first; both missing features share one entry
    // (and one fix line) whose diagnostic is the validator's first.
    static QList<Prerequisite> missing(const bundle::PrerequisitesInput &input);
    // From a scanned build directory; `targetArch` empty: derived from its MACHINE.
    static QList<Prerequisite> missing(const BuildDirectoryInfo &info,
                                       const QString &targetArch = {});
};

} // namespace cbw::core::project

#pragma once

#include "bundle/bundledesign.h"
#include "project/builddirectory.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cbw::app {

// One line of the prerequisites panel: what meta-virtualization needs for this bundle and
// whether the opened build directory has it.
struct PrerequisiteItem
{
    enum class Fix
    {
        None,
        UseBuildMachine, // record the build directory's MACHINE in the design
        AddToLocalConf   // the local.conf fragment / "Apply to local.conf" adds it
    };

    QString text;
    bool satisfied = false;
    bool checked = false; // false when there is no build directory to check against
    Fix fix = Fix::None;
    QString fixText; // what the Fix button does, for its label and tooltip
    QString fixLine; // the local.conf line that fixes it (from the core), when there is one
};

class PrerequisiteChecklist final
{
    Q_DECLARE_TR_FUNCTIONS(cbw::app::PrerequisiteChecklist)

public:
    // `buildDirectory` may be null (no build directory opened).
    static QList<PrerequisiteItem> items(const core::bundle::BundleDesign &design,
                                         const core::project::BuildDirectoryInfo *buildDirectory);
    // The architecture the bundle is built for: the design's, else the build directory's.
    static QString targetArch(const core::bundle::BundleDesign &design,
                              const core::project::BuildDirectoryInfo *buildDirectory);
};

} // namespace cbw::app

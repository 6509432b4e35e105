#include "prerequisitechecklist.h"

#include "bundle/bundlevalidator.h"
#include "project/prerequisites.h"

namespace cbw::app {

using core::bundle::BundleValidator;

QString PrerequisiteChecklist::targetArch(const core::bundle::BundleDesign &design,
                                          const core::project::BuildDirectoryInfo *buildDirectory)
{
    const QString arch = design.effectiveArch();
    if (!arch.isEmpty() || !buildDirectory)
        return arch;
    return BundleValidator::archForMachine(buildDirectory->machine);
}

QList<PrerequisiteItem>
PrerequisiteChecklist::items(const core::bundle::BundleDesign &design,
                             const core::project::BuildDirectoryInfo *buildDirectory)
{
    QList<PrerequisiteItem> out;
    const bool bundled = design.mode == core::bundle::BundleDesign::Mode::BundledContainers;
    const PrerequisiteItem::Fix confFix =
        bundled ? PrerequisiteItem::Fix::AddToLocalConf : PrerequisiteItem::Fix::None;
    const QString confFixText =
        bundled ? tr("Add it to local.conf with the BUNDLED_CONTAINERS assignment") : QString();

    const QString arch = targetArch(design, buildDirectory);
    QString featureLine;
    QString multiconfigLine;
    if (buildDirectory) {
        for (const core::project::Prerequisite &p :
             core::project::Prerequisites::missing(*buildDirectory, arch)) {
            (p.variable == QLatin1String("DISTRO_FEATURES") ? featureLine : multiconfigLine) =
                p.fixText;
        }
    }

    for (const QString &feature :
         {QStringLiteral("virtualization"), QStringLiteral("vcontainer")}) {
        PrerequisiteItem item;
        item.text = tr("DISTRO_FEATURES contains '%1'").arg(feature);
        item.checked = buildDirectory != nullptr;
        item.satisfied = buildDirectory && buildDirectory->distroFeatures.contains(feature);
        if (item.checked && !item.satisfied) {
            item.fix = confFix;
            item.fixText = confFixText;
            item.fixLine = featureLine;
        }
        out << item;
    }

    const QString mc = BundleValidator::vruntimeMulticonfig(arch);
    PrerequisiteItem multiconfig;
    if (arch.isEmpty()) {
        multiconfig.text = tr("TARGET_ARCH unknown: set the machine to pick the vruntime "
                              "multiconfig (vruntime-aarch64 or vruntime-x86-64)");
        multiconfig.checked = true;
    } else if (mc.isEmpty()) {
        multiconfig.text =
            tr("TARGET_ARCH %1 has no vruntime multiconfig: only aarch64 and x86 targets can "
               "bundle containers")
                .arg(arch);
        multiconfig.checked = true;
    } else {
        multiconfig.text = tr("BBMULTICONFIG contains '%1' (TARGET_ARCH %2)").arg(mc, arch);
        multiconfig.checked = buildDirectory != nullptr;
        multiconfig.satisfied = buildDirectory && buildDirectory->multiconfigs.contains(mc);
        if (multiconfig.checked && !multiconfig.satisfied) {
            multiconfig.fix = confFix;
            multiconfig.fixText = confFixText;
            multiconfig.fixLine = multiconfigLine;
        }
    }
    out << multiconfig;

    if (buildDirectory && !buildDirectory->machine.isEmpty() && design.targetArch.isEmpty() &&
        design.machine != buildDirectory->machine) {
        PrerequisiteItem machine;
        machine.checked = true;
        machine.text = design.machine.isEmpty()
                           ? tr("The bundle names no machine; the build directory builds for "
                                "MACHINE %1")
                                 .arg(buildDirectory->machine)
                           : tr("The bundle is designed for MACHINE %1, the build directory "
                                "builds for %2")
                                 .arg(design.machine, buildDirectory->machine);
        machine.fix = PrerequisiteItem::Fix::UseBuildMachine;
        machine.fixText = tr("Use MACHINE %1 for this bundle").arg(buildDirectory->machine);
        out << machine;
    }
    return out;
}

} // namespace cbw::app

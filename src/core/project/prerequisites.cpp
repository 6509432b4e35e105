#include "prerequisites.h"

#include "bundle/bundlecodes.h"

namespace cbw::core::project {

namespace {

QString appendLine(const QString &variable, const QStringList &words)
{
    return variable + QStringLiteral(":append = \" ") + words.join(QLatin1Char(' ')) +
           QLatin1Char('"');
}

QStringList splitWords(const QString &text)
{
    return text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

QList<Prerequisite> Prerequisites::missing(const bundle::PrerequisitesInput &input)
{
    namespace bc = bundle::codes;
    QList<Prerequisite> out;
    const Diagnostics found = bundle::BundleValidator::checkPrerequisites(input);

    QStringList features;
    const QStringList present = splitWords(input.distroFeatures.value);
    for (const QLatin1String f : {QLatin1String("virtualization"), QLatin1String("vcontainer")}) {
        if (!present.contains(f))
            features.append(f);
    }
    for (const Diagnostic &d : found) {
        if (d.code == bc::MissingDistroFeature) {
            if (!out.isEmpty() && out.last().variable == QLatin1String("DISTRO_FEATURES"))
                continue;
            out.append({d, QStringLiteral("DISTRO_FEATURES"), features,
                        appendLine(QStringLiteral("DISTRO_FEATURES"), features)});
        } else if (d.code == bc::MissingMulticonfig) {
            QString arch = input.targetArch.trimmed();
            if (arch.isEmpty())
                arch = bundle::BundleValidator::archForMachine(input.machine.trimmed());
            const QStringList mc{bundle::BundleValidator::vruntimeMulticonfig(arch)};
            out.append({d, QStringLiteral("BBMULTICONFIG"), mc,
                        appendLine(QStringLiteral("BBMULTICONFIG"), mc)});
        } else if (d.code == bc::NoVruntimeForArch || d.code == bc::UnknownArch) {
            out.append({d, QStringLiteral("BBMULTICONFIG"), {}, {}});
        }
    }
    return out;
}

QList<Prerequisite> Prerequisites::missing(const BuildDirectoryInfo &info,
                                           const QString &targetArch)
{
    bundle::PrerequisitesInput input;
    // The scan keeps words, not positions: point at local.conf as a whole.
    const ValueLocation where(info.localConfPath, 0, 0);
    input.distroFeatures = bundle::LocatedValue(info.distroFeatures.join(QLatin1Char(' ')), where);
    input.bbMulticonfig = bundle::LocatedValue(info.multiconfigs.join(QLatin1Char(' ')), where);
    input.targetArch = targetArch;
    input.machine = info.machine;
    return missing(input);
}

} // namespace cbw::core::project

#include "containerbundles.h"

#include "bundlecodes.h"
#include "wordsplitter.h"

#include <QRegularExpression>

namespace cbw::core::bundle {

ContainerBundlesParse ContainerBundles::parse(const QString &value, const ValueLocation &location)
{
    ContainerBundlesParse result;
    for (const ValueWord &w : splitValueWords(value)) {
        const ContainerBundleEntry e = ContainerBundleEntry::fromText(w.text, w.offset);
        const SourceLocation where = location.locate(e.offset);
        if (e.source.isEmpty()) {
            result.diagnostics.append(Diagnostic::error(
                codes::EmptyName,
                QStringLiteral("CONTAINER_BUNDLES entry '%1' has no container before the first "
                               "':'; the class would add the dependency ':do_image_complete'")
                    .arg(e.text),
                where));
        }
        if (!e.remote && w.text.count(QLatin1Char(':')) > 1) {
            result.diagnostics.append(Diagnostic::warning(
                codes::ExtraFields,
                QStringLiteral("CONTAINER_BUNDLES entry '%1': everything after '%2' is dropped; a "
                               "local entry is source[:policy] (the runtime comes from "
                               "CONTAINER_BUNDLE_RUNTIME)")
                    .arg(e.text, e.source + QLatin1Char(':') + e.policyWord),
                where));
        }
        result.entries.append(e);
    }
    return result;
}

QString ContainerBundles::serialise(const QList<ContainerBundleEntry> &entries)
{
    QStringList words;
    for (const ContainerBundleEntry &e : entries)
        words << e.text;
    return words.join(QLatin1Char(' '));
}

QString ContainerBundles::refWithoutTagOrDigest(const QString &source)
{
    QString ref = source;
    const int at = int(ref.indexOf(QLatin1Char('@')));
    if (at >= 0)
        ref.truncate(at);
    return ImageNaming::stripTag(ref);
}

bool ContainerBundles::isAccepted(const QString &source, const QString &flagsAccepted)
{
    const QString stripped = refWithoutTagOrDigest(source);
    const QStringList accepted =
        flagsAccepted.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString &item : accepted) {
        if (item == QLatin1String("*") || item == source || item == stripped)
            return true;
    }
    return false;
}

} // namespace cbw::core::bundle

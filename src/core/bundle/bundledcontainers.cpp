#include "bundledcontainers.h"

#include "bundlecodes.h"
#include "wordsplitter.h"

namespace cbw::core::bundle {

BundledContainersParse BundledContainers::parse(const QString &value, const ValueLocation &location)
{
    BundledContainersParse result;
    for (const ValueWord &w : splitValueWords(value)) {
        BundledContainerEntry e;
        e.fields = w.text.split(QLatin1Char(':'));
        e.offset = w.offset;
        e.length = int(w.text.size());
        const SourceLocation where = location.locate(e.offset);
        if (e.name().isEmpty()) {
            result.diagnostics.append(Diagnostic::error(
                codes::EmptyName,
                QStringLiteral("BUNDLED_CONTAINERS entry '%1' has no container name before the "
                               "first ':'; the class would add the dependency "
                               "':do_image_complete' and look for an OCI directory named '-oci'")
                    .arg(w.text),
                where));
        }
        for (int i = 3; i < e.fields.size(); ++i) {
            if (e.fields.at(i) == QLatin1String("external"))
                continue;
            result.diagnostics.append(Diagnostic::warning(
                codes::ExtraFields,
                QStringLiteral("BUNDLED_CONTAINERS entry '%1': field %2 ('%3') is ignored; the "
                               "format is name[:runtime[:policy]][:external]")
                    .arg(w.text)
                    .arg(i + 1)
                    .arg(e.fields.at(i)),
                where));
        }
        result.entries.append(e);
    }
    return result;
}

QString BundledContainers::serialise(const QList<BundledContainerEntry> &entries)
{
    QStringList words;
    for (const BundledContainerEntry &e : entries)
        words << e.text();
    return words.join(QLatin1Char(' '));
}

} // namespace cbw::core::bundle

#include "containerbundleentry.h"

#include <QStringList>

namespace cbw::core::bundle {

namespace {

const QLatin1String kRemotePolicySuffixes[] = {
    QLatin1String(":autostart"),  QLatin1String(":always"), QLatin1String(":unless-stopped"),
    QLatin1String(":on-failure"), QLatin1String(":no"),
};

} // namespace

bool ContainerBundleEntry::isRemoteReference(const QString &text)
{
    const QString base = text.section(QLatin1Char(':'), 0, 0);
    return base.contains(QLatin1Char('/')) || base.contains(QLatin1Char('.'));
}

ContainerBundleEntry ContainerBundleEntry::fromText(const QString &text, int offset)
{
    ContainerBundleEntry e;
    e.text = text;
    e.offset = offset;
    e.length = int(text.size());
    e.remote = isRemoteReference(text);
    if (e.remote) {
        e.source = text;
        for (const QLatin1String &suffix : kRemotePolicySuffixes) {
            if (text.endsWith(suffix)) {
                const int lastColon = int(text.lastIndexOf(QLatin1Char(':')));
                e.source = text.left(lastColon);
                e.policyWord = text.mid(lastColon + 1);
                break;
            }
        }
    } else {
        const QStringList parts = text.split(QLatin1Char(':'));
        e.source = parts.at(0);
        e.policyWord = parts.value(1);
    }
    return e;
}

ContainerBundleEntry ContainerBundleEntry::make(const QString &source, const QString &policyWord)
{
    return fromText(policyWord.isEmpty() ? source : source + QLatin1Char(':') + policyWord);
}

ImageRef ContainerBundleEntry::importRef() const
{
    return remote ? ImageNaming::remoteImportRef(source) : ImageNaming::localImportRef(source);
}

QString ContainerBundleEntry::metadataLine(const QString &runtime) const
{
    QString line = source + QLatin1Char(':') + runtime;
    if (!policyWord.isEmpty())
        line += QLatin1Char(':') + policyWord;
    return line;
}

QString ContainerBundleEntry::refsLine() const
{
    return ociDirName() + QLatin1Char(':') + importRef().toString();
}

} // namespace cbw::core::bundle

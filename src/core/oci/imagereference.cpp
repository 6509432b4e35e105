#include "imagereference.h"

#include <QFileInfo>

namespace cbw::core::oci {

namespace {

struct Prefix
{
    const char *text;
    ImageReference::Transport transport;
};

constexpr Prefix kPrefixes[] = {
    {"oci:", ImageReference::Transport::OciLayout},
    {"oci-archive:", ImageReference::Transport::OciArchive},
    {"docker-archive:", ImageReference::Transport::DockerArchive},
};

constexpr const char *kRemoteTransports[] = {
    "docker://", "docker-daemon:", "containers-storage:", "dir:", "ostree:", "sif:"};

} // namespace

Result<ImageReference> ImageReference::parse(const QString &text)
{
    if (text.isEmpty())
        return Error(QStringLiteral("no image given"));
    for (const char *remote : kRemoteTransports) {
        if (text.startsWith(QLatin1String(remote)))
            return Error(
                QStringLiteral("'%1': the %2 transport is not supported; copy the image "
                               "into an OCI layout first (e.g. skopeo copy %1 oci:DIR:TAG)")
                    .arg(text, QLatin1String(remote)));
    }
    ImageReference reference;
    QString rest = text;
    for (const Prefix &prefix : kPrefixes) {
        if (text.startsWith(QLatin1String(prefix.text))) {
            reference.transport = prefix.transport;
            rest = text.mid(qsizetype(qstrlen(prefix.text)));
            break;
        }
    }
    if (rest.isEmpty())
        return Error(QStringLiteral("'%1' names no path").arg(text));
    // skopeo splits "path:reference" at the first colon; a prefix that exists on disk wins, so
    // that paths containing colons stay reachable.
    qsizetype split = -1;
    if (!QFileInfo::exists(rest)) {
        for (qsizetype colon = rest.indexOf(QLatin1Char(':')); colon > 0;
             colon = rest.indexOf(QLatin1Char(':'), colon + 1)) {
            if (split < 0)
                split = colon;
            if (QFileInfo::exists(rest.left(colon))) {
                split = colon;
                break;
            }
        }
    }
    if (split > 0) {
        reference.path = rest.left(split);
        reference.tag = rest.mid(split + 1);
        if (reference.tag.isEmpty())
            return Error(QStringLiteral("'%1' has an empty tag after ':'").arg(text));
    } else {
        reference.path = rest;
    }
    return reference;
}

QString ImageReference::toString() const
{
    QString prefix;
    switch (transport) {
    case Transport::Detect:
        break;
    case Transport::OciLayout:
        prefix = QStringLiteral("oci:");
        break;
    case Transport::OciArchive:
        prefix = QStringLiteral("oci-archive:");
        break;
    case Transport::DockerArchive:
        prefix = QStringLiteral("docker-archive:");
        break;
    }
    if (tag.isEmpty())
        return prefix + path;
    return prefix + path + QLatin1Char(':') + tag;
}

} // namespace cbw::core::oci

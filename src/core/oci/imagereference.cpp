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
    // skopeo splits "path:tag" at the last colon; a path that exists as given wins, so that
    // directories with colons in their names stay reachable.
    const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
    if (colon > 0 && !QFileInfo::exists(rest) && !rest.mid(colon + 1).contains(QLatin1Char('/'))) {
        reference.path = rest.left(colon);
        reference.tag = rest.mid(colon + 1);
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

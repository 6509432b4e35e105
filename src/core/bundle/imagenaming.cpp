#include "imagenaming.h"

#include <QRegularExpression>

namespace cbw::core::bundle {

namespace {

QString stripOciSuffix(const QString &name)
{
    // basename + sed 's/-oci$//'
    QString base = name.mid(name.lastIndexOf(QLatin1Char('/')) + 1);
    if (base.endsWith(QLatin1String("-oci")))
        base.chop(4);
    return base;
}

QString lastDashPart(const QString &name)
{
    return name.mid(name.lastIndexOf(QLatin1Char('-')) + 1);
}

bool isTagWord(const QString &word)
{
    static const QRegularExpression re(
        QStringLiteral("^(latest|v?[0-9]+\\.[0-9]+(\\.[0-9]+)?|[0-9]+)$"));
    return re.match(word).hasMatch();
}

} // namespace

ImageRef ImageNaming::deriveFromDirectoryName(const QString &name)
{
    const QString dir = stripOciSuffix(name);
    const QString last = lastDashPart(dir);
    if (!isTagWord(last))
        return {dir, QStringLiteral("latest")};
    // sed "s/-<last>$//" does nothing when there is no dash (name == tag, e.g. "latest").
    const QString suffix = QLatin1Char('-') + last;
    QString image = dir;
    if (image.endsWith(suffix))
        image.chop(suffix.size());
    return {image, last};
}

bool ImageNaming::lastPartLooksLikeTag(const QString &name)
{
    const QString dir = stripOciSuffix(name);
    return dir.contains(QLatin1Char('-')) && isTagWord(lastDashPart(dir));
}

QString ImageNaming::unitBaseName(const QString &imageName)
{
    QString out;
    out.reserve(imageName.size());
    for (QChar c : imageName) {
        const char16_t u = c.unicode();
        const bool keep = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                          (u >= u'0' && u <= u'9') || u == u'_' || u == u'-';
        if (!keep)
            out += QLatin1Char('-');
        else if (u >= u'A' && u <= u'Z')
            out += QChar(char16_t(u - u'A' + u'a'));
        else
            out += c;
    }
    return QStringLiteral("container-") + out;
}

QString ImageNaming::recipeDependencyName(const QString &name)
{
    if (name.endsWith(QLatin1String("-latest-oci")))
        return name.left(name.size() - 11);
    if (name.endsWith(QLatin1String("-oci")))
        return name.left(name.size() - 4);
    return name;
}

QString ImageNaming::mangle(const QString &reference)
{
    QString out = reference;
    out.replace(QLatin1Char('/'), QLatin1Char('_'));
    out.replace(QLatin1Char(':'), QLatin1Char('_'));
    return out;
}

ImageRef ImageNaming::remoteImportRef(const QString &source)
{
    // sed 's|.*/||' | sed 's/:.*$//'
    QString name = source.mid(source.lastIndexOf(QLatin1Char('/')) + 1);
    const int colon = name.indexOf(QLatin1Char(':'));
    if (colon >= 0)
        name.truncate(colon);
    // grep -oE ':[^:]+$' | sed 's/^://' — the `|| echo latest` never fires (sed ends the
    // pipeline), so an untagged reference really gets an empty tag.
    QString tag;
    const int lastColon = source.lastIndexOf(QLatin1Char(':'));
    if (lastColon >= 0 && lastColon + 1 < source.size())
        tag = source.mid(lastColon + 1);
    return {name, tag};
}

ImageRef ImageNaming::localImportRef(const QString &source)
{
    return {source, QStringLiteral("latest")};
}

QString ImageNaming::stripTag(const QString &source)
{
    const QString lastSegment = source.mid(source.lastIndexOf(QLatin1Char('/')) + 1);
    if (!lastSegment.contains(QLatin1Char(':')))
        return source;
    return source.left(source.lastIndexOf(QLatin1Char(':')));
}

QString ImageNaming::skopeoSource(const QString &source, const QString &digest)
{
    return QStringLiteral("docker://") + stripTag(source) + QLatin1Char('@') + digest;
}

} // namespace cbw::core::bundle

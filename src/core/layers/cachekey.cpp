#include "cachekey.h"

#include "pytext_p.h"

#include <QCryptographicHash>
#include <QFile>

#include <algorithm>

namespace cbw::core::layers {

QString pythonJsonString(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"':
            out += QLatin1String("\\\"");
            break;
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        case u'\b':
            out += QLatin1String("\\b");
            break;
        case u'\f':
            out += QLatin1String("\\f");
            break;
        default:
            if (u < 0x20 || u > 0x7e)
                out += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

QStringList sortedPackages(const QStringList &packages)
{
    QStringList sorted = packages;
    std::stable_sort(sorted.begin(), sorted.end(), detail::pyLess);
    return sorted;
}

QStringList packagesFromContent(const QString &content)
{
    QString spaced = content;
    spaced.replace(QLatin1Char('+'), QLatin1Char(' '));
    QStringList out;
    for (const detail::Piece &p : detail::splitWhitespace(spaced))
        out.append(p.text);
    return out;
}

static QString jsonOptional(const std::optional<QString> &value)
{
    return value ? pythonJsonString(*value) : QStringLiteral("null");
}

QString canonicalCacheJson(const CacheKeyInput &input)
{
    const QStringList packages = sortedPackages(input.packages);
    QStringList packageItems;
    for (const QString &p : packages)
        packageItems.append(pythonJsonString(p));

    // Only packages of the layer can be in the class's dict; order by code point like
    // sort_keys does.
    QStringList versionKeys;
    for (const QString &p : packages) {
        if (input.pkgVersions.contains(p) && !versionKeys.contains(p))
            versionKeys.append(p);
    }
    QStringList versionItems;
    for (const QString &k : versionKeys)
        versionItems.append(pythonJsonString(k) + QStringLiteral(": ") +
                            pythonJsonString(input.pkgVersions.value(k)));

    return QStringLiteral("{\"layer_name\": ") + pythonJsonString(input.layerName) +
           QStringLiteral(", \"layer_type\": ") + pythonJsonString(input.layerType) +
           QStringLiteral(", \"machine\": ") + jsonOptional(input.machine) +
           QStringLiteral(", \"packages\": [") + packageItems.join(QStringLiteral(", ")) +
           QStringLiteral("], \"pkg_versions\": {") + versionItems.join(QStringLiteral(", ")) +
           QStringLiteral("}, \"tune_pkgarch\": ") + jsonOptional(input.tunePkgarch) +
           QLatin1Char('}');
}

QString layerCacheKey(const CacheKeyInput &input)
{
    const QByteArray digest =
        QCryptographicHash::hash(canonicalCacheJson(input).toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex().left(16));
}

std::optional<QString> cacheKeyPkgvFromText(const QByteArray &runtimeFile, const QString &pkg)
{
    const QString text = QString::fromUtf8(runtimeFile);
    const QString legacy = QStringLiteral("PKGV_") + pkg + QLatin1Char(':');
    // Python's text mode reads with universal newlines: \n, \r\n and \r all end a line.
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = start;
        while (end < text.size() && text.at(end) != QLatin1Char('\n') &&
               text.at(end) != QLatin1Char('\r'))
            ++end;
        const QString line = text.mid(start, end - start);
        if (line.startsWith(QLatin1String("PKGV:")) || line.startsWith(legacy))
            return detail::pyStrip(line.mid(line.indexOf(QLatin1Char(':')) + 1));
        if (end < text.size() && text.at(end) == QLatin1Char('\r') && end + 1 < text.size() &&
            text.at(end + 1) == QLatin1Char('\n'))
            ++end;
        start = end + 1;
    }
    return std::nullopt;
}

std::optional<QString> readCacheKeyPkgv(const QString &pkgdataDir, const QString &pkg)
{
    QFile file(pkgdataDir + QStringLiteral("/runtime/") + pkg);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return cacheKeyPkgvFromText(file.readAll(), pkg);
}

QMap<QString, QString> readCacheKeyPkgvs(const QString &pkgdataDir, const QStringList &packages)
{
    QMap<QString, QString> out;
    for (const QString &pkg : packages) {
        if (const auto v = readCacheKeyPkgv(pkgdataDir, pkg))
            out.insert(pkg, *v);
    }
    return out;
}

CacheKeyInput makeCacheKeyInput(const QString &layerName, const QString &content,
                                const std::optional<QString> &machine,
                                const std::optional<QString> &tunePkgarch,
                                const QString &pkgdataDir)
{
    CacheKeyInput in;
    in.layerName = layerName;
    in.packages = packagesFromContent(content);
    in.machine = machine;
    in.tunePkgarch = tunePkgarch;
    if (!pkgdataDir.isEmpty())
        in.pkgVersions = readCacheKeyPkgvs(pkgdataDir, in.packages);
    return in;
}

QString cacheInfo(const CacheKeyInput &input)
{
    const QStringList packages = sortedPackages(input.packages);
    QStringList items;
    for (qsizetype i = 0; i < packages.size() && i < 3; ++i) {
        const QString &p = packages.at(i);
        items.append(p + QLatin1Char('=') + input.pkgVersions.value(p, QStringLiteral("?")));
    }
    if (packages.size() > 3)
        items.append(QStringLiteral("...+%1 more").arg(packages.size() - 3));
    return input.layerName + QLatin1Char(':') + items.join(QLatin1Char(' '));
}

} // namespace cbw::core::layers

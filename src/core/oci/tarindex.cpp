#include "tarindex_p.h"

#include <QDir>
#include <QFile>

#include <cstring>

namespace cbw::core::oci {

namespace {

constexpr qint64 kBlock = 512;
// Headers hold names and pax records; anything beyond this is not a blob index but an attack.
constexpr qint64 kMaxMetadataBytes = 1024 * 1024;
constexpr int kMaxMembers = 1000000;

Result<qint64> parseNumber(const char *field, int width, const QString &where)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(field);
    if (bytes[0] & 0x80) {
        // GNU base-256 for sizes beyond 8 GiB; a negative number is never a valid size.
        if (bytes[0] & 0x40)
            return Error(where + QStringLiteral(": negative size in tar header"));
        quint64 value = bytes[0] & 0x3f;
        for (int i = 1; i < width; ++i) {
            if (value >> 55)
                return Error(where + QStringLiteral(": size in tar header is absurdly large"));
            value = (value << 8) | bytes[i];
        }
        return qint64(value);
    }
    qint64 value = 0;
    int i = 0;
    while (i < width && (field[i] == ' ' || field[i] == '\0'))
        ++i;
    for (; i < width && field[i] >= '0' && field[i] <= '7'; ++i) {
        if (value >> 58)
            return Error(where + QStringLiteral(": number in tar header is absurdly large"));
        value = value * 8 + (field[i] - '0');
    }
    for (; i < width; ++i) {
        if (field[i] != ' ' && field[i] != '\0')
            return Error(where + QStringLiteral(": malformed number in tar header"));
    }
    return value;
}

QString fieldString(const char *field, int width)
{
    return QString::fromUtf8(field, qsizetype(strnlen(field, size_t(width))));
}

QString normalizeMember(QString name)
{
    while (name.startsWith(QLatin1String("./")))
        name = name.mid(2);
    while (name.endsWith(QLatin1Char('/')))
        name.chop(1);
    return name;
}

// pax extended header: "<len> key=value\n" records.
void parsePax(const QByteArray &data, QString *path, QString *linkPath, qint64 *size)
{
    qsizetype pos = 0;
    while (pos < data.size()) {
        const qsizetype space = data.indexOf(' ', pos);
        if (space < 0)
            return;
        bool ok = false;
        const qsizetype length = data.mid(pos, space - pos).toLongLong(&ok);
        if (!ok || length <= 0 || pos + length > data.size())
            return;
        const QByteArray record = data.mid(space + 1, length - (space + 1 - pos) - 1);
        const qsizetype equals = record.indexOf('=');
        if (equals > 0) {
            const QByteArray key = record.left(equals);
            const QByteArray value = record.mid(equals + 1);
            if (key == "path")
                *path = QString::fromUtf8(value);
            else if (key == "linkpath")
                *linkPath = QString::fromUtf8(value);
            else if (key == "size")
                *size = value.toLongLong();
        }
        pos += length;
    }
}

} // namespace

Result<QHash<QString, TarMember>> indexTarFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("%1: cannot open: %2").arg(path, file.errorString()));
    const qint64 fileSize = file.size();
    QHash<QString, TarMember> members;
    QHash<QString, QString> links; // alias → target member
    QString longName;
    QString longLink;
    QString paxPath;
    QString paxLink;
    qint64 paxSize = -1;
    qint64 offset = 0;
    int count = 0;
    while (offset + kBlock <= fileSize) {
        const QString where = QStringLiteral("%1: tar header at offset %2").arg(path).arg(offset);
        if (!file.seek(offset))
            return Error(where + QStringLiteral(": cannot seek"));
        const QByteArray header = file.read(kBlock);
        if (header.size() != kBlock)
            return Error(where + QStringLiteral(": truncated"));
        const char *h = header.constData();
        if (std::all_of(h, h + kBlock, [](char c) { return c == '\0'; }))
            break;
        // The checksum is what tells a tar from any other file that happens to be large.
        unsigned sum = 0;
        for (int i = 0; i < kBlock; ++i)
            sum +=
                (i >= 148 && i < 156) ? unsigned(' ') : unsigned(static_cast<unsigned char>(h[i]));
        auto stored = parseNumber(h + 148, 8, where);
        if (!stored || quint64(*stored) != sum)
            return Error(where + QStringLiteral(": not a tar archive (header checksum mismatch)"));
        if (++count > kMaxMembers)
            return Error(path +
                         QStringLiteral(": more than %1 members; refusing").arg(kMaxMembers));

        auto headerSize = parseNumber(h + 124, 12, where);
        if (!headerSize)
            return headerSize.error();
        const char type = h[156];
        qint64 size = *headerSize;
        if (type != 'x' && type != 'g' && type != 'L' && type != 'K' && paxSize >= 0)
            size = paxSize;
        const qint64 dataOffset = offset + kBlock;
        if (size < 0 || size > fileSize - dataOffset)
            return Error(where + QStringLiteral(": member claims %1 bytes but the archive ends "
                                                "%2 bytes later (truncated or corrupt)")
                                     .arg(size)
                                     .arg(fileSize - dataOffset));
        const qint64 next = dataOffset + (size + kBlock - 1) / kBlock * kBlock;

        auto readData = [&]() -> Result<QByteArray> {
            if (size > kMaxMetadataBytes)
                return Error(where +
                             QStringLiteral(": metadata record of %1 bytes; refusing").arg(size));
            file.seek(dataOffset);
            return file.read(size);
        };

        if (type == 'x' || type == 'L' || type == 'K') {
            auto data = readData();
            if (!data)
                return data.error();
            if (type == 'x')
                parsePax(*data, &paxPath, &paxLink, &paxSize);
            else if (type == 'L')
                longName = QString::fromUtf8(data->constData(),
                                             qsizetype(strnlen(data->constData(), size_t(size))));
            else
                longLink = QString::fromUtf8(data->constData(),
                                             qsizetype(strnlen(data->constData(), size_t(size))));
            offset = next;
            continue;
        }
        if (type == 'g') {
            offset = next;
            continue;
        }

        QString name = fieldString(h, 100);
        if (std::memcmp(h + 257, "ustar", 5) == 0 && h[345] != '\0')
            name = fieldString(h + 345, 155) + QLatin1Char('/') + name;
        if (!longName.isEmpty())
            name = longName;
        if (!paxPath.isEmpty())
            name = paxPath;
        QString linkName = fieldString(h + 157, 100);
        if (!longLink.isEmpty())
            linkName = longLink;
        if (!paxLink.isEmpty())
            linkName = paxLink;
        name = normalizeMember(name);

        if (type == '0' || type == '\0' || type == '7') {
            members.insert(name, TarMember{dataOffset, size});
        } else if (type == '1') {
            links.insert(name, normalizeMember(linkName));
        } else if (type == '2') {
            // Relative to the link's own folder; resolved against members only, never the disk.
            const qsizetype slash = name.lastIndexOf(QLatin1Char('/'));
            const QString folder = slash < 0 ? QString() : name.left(slash);
            const QString joined = QDir::cleanPath(
                linkName.startsWith(QLatin1Char('/'))
                    ? linkName.mid(1)
                    : (folder.isEmpty() ? linkName : folder + QLatin1Char('/') + linkName));
            if (!joined.startsWith(QLatin1String("../")) && joined != QLatin1String(".."))
                links.insert(name, normalizeMember(joined));
        }
        longName.clear();
        longLink.clear();
        paxPath.clear();
        paxLink.clear();
        paxSize = -1;
        offset = next;
    }
    // Aliases are resolved after the scan: a link may come before its target.
    for (auto it = links.cbegin(); it != links.cend(); ++it) {
        QString target = it.value();
        for (int hops = 0; hops < 16 && links.contains(target); ++hops)
            target = links.value(target);
        const auto found = members.constFind(target);
        if (found != members.cend() && !members.contains(it.key()))
            members.insert(it.key(), found.value());
    }
    return members;
}

} // namespace cbw::core::oci

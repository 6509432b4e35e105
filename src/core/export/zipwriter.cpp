#include "zipwriter.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <QBuffer>
#include <QDateTime>
#include <QTimeZone>

namespace cbw::core::exporting {

VoidResult ZipWriter::checkEntryPath(const QString &path)
{
    const auto refuse = [&path](const QString &why) {
        return Error(QStringLiteral("zip entry '%1' refused: %2").arg(path, why));
    };
    if (path.isEmpty())
        return refuse(QStringLiteral("empty path"));
    if (path.startsWith(QLatin1Char('/')) || (path.size() > 1 && path.at(1) == QLatin1Char(':')))
        return refuse(QStringLiteral("absolute path"));
    if (path.contains(QLatin1Char('\\')))
        return refuse(QStringLiteral("backslash"));
    for (const QString &segment : path.split(QLatin1Char('/'))) {
        if (segment.isEmpty() || segment == QLatin1String(".") || segment == QLatin1String(".."))
            return refuse(QStringLiteral("empty, '.' or '..' segment"));
    }
    return Success{};
}

Result<QByteArray> ZipWriter::build(const QList<ZipEntry> &entries)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate))
        return Error(QStringLiteral("cannot create the zip archive (QuaZip error %1)")
                         .arg(zip.getZipError()));
    const QDateTime stamp(QDate(2020, 1, 1), QTime(0, 0), QTimeZone::utc());
    for (const ZipEntry &entry : entries) {
        if (const VoidResult ok = checkEntryPath(entry.path); !ok)
            return ok.error();
        QuaZipNewInfo info(entry.path);
        info.dateTime = stamp;
        info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                            QFileDevice::ReadGroup | QFileDevice::ReadOther);
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, info))
            return Error(QStringLiteral("cannot add %1 to the zip archive (QuaZip error %2)")
                             .arg(entry.path)
                             .arg(file.getZipError()));
        const qint64 written = file.write(entry.bytes);
        file.close();
        if (written != entry.bytes.size() || file.getZipError() != 0)
            return Error(QStringLiteral("cannot write %1 into the zip archive").arg(entry.path));
    }
    zip.close();
    if (zip.getZipError() != 0)
        return Error(QStringLiteral("cannot finish the zip archive (QuaZip error %1)")
                         .arg(zip.getZipError()));
    return bytes;
}

} // namespace cbw::core::exporting

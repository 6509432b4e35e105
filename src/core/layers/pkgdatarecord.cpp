#include "pkgdatarecord.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace cbw::core::layers {

std::optional<QString> PkgdataRecord::value(const QString &key) const
{
    const auto suffixed = raw.constFind(key + QLatin1Char(':') + package);
    if (suffixed != raw.constEnd())
        return *suffixed;
    const auto plain = raw.constFind(key);
    if (plain != raw.constEnd())
        return *plain;
    return std::nullopt;
}

QString PkgdataRecord::pn() const
{
    return value(QStringLiteral("PN")).value_or(QString());
}

QString PkgdataRecord::pkgv() const
{
    return value(QStringLiteral("PKGV")).value_or(QString());
}

QString PkgdataRecord::pkgr() const
{
    return value(QStringLiteral("PKGR")).value_or(QString());
}

QString PkgdataRecord::pkge() const
{
    return value(QStringLiteral("PKGE")).value_or(QString());
}

QString PkgdataRecord::rdepends() const
{
    return value(QStringLiteral("RDEPENDS")).value_or(QString());
}

QString PkgdataRecord::pkgName() const
{
    return value(QStringLiteral("PKG")).value_or(package);
}

static bool isPositiveInteger(const QString &text)
{
    bool ok = false;
    const qlonglong n = text.toLongLong(&ok);
    return ok && n > 0;
}

QString PkgdataRecord::ipkVersion() const
{
    const QString e = pkge();
    const QString vr = pkgv() + QLatin1Char('-') + pkgr();
    return isPositiveInteger(e) ? e + QLatin1Char(':') + vr : vr;
}

QString PkgdataRecord::rpmVersion() const
{
    QString v = pkgv();
    v.replace(QLatin1Char('-'), QLatin1Char('+'));
    const QString e = pkge();
    return (e.isEmpty() ? QString() : e + QLatin1Char(':')) + v + QLatin1Char('-') + pkgr();
}

static int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

std::optional<QString> unicodeEscapeDecode(const QByteArray &text, int *errorColumn)
{
    QString out;
    out.reserve(text.size());
    auto fail = [errorColumn](qsizetype at) -> std::optional<QString> {
        if (errorColumn)
            *errorColumn = int(at);
        return std::nullopt;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c != '\\') {
            // unicode_escape maps every other byte to the code point of the same value.
            out += QChar(uchar(c));
            continue;
        }
        const qsizetype start = i;
        if (++i >= text.size())
            return fail(start);
        const char e = text.at(i);
        switch (e) {
        case '\n':
            break;
        case '\\':
            out += QLatin1Char('\\');
            break;
        case '\'':
            out += QLatin1Char('\'');
            break;
        case '"':
            out += QLatin1Char('"');
            break;
        case 'a':
            out += QChar(0x07);
            break;
        case 'b':
            out += QChar(0x08);
            break;
        case 'f':
            out += QChar(0x0c);
            break;
        case 'n':
            out += QLatin1Char('\n');
            break;
        case 'r':
            out += QLatin1Char('\r');
            break;
        case 't':
            out += QLatin1Char('\t');
            break;
        case 'v':
            out += QChar(0x0b);
            break;
        case 'x':
        case 'u':
        case 'U': {
            const int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
            uint code = 0;
            for (int k = 0; k < digits; ++k) {
                const qsizetype at = i + 1 + k;
                const int h = at < text.size() ? hexValue(text.at(at)) : -1;
                if (h < 0)
                    return fail(start);
                code = code * 16 + uint(h);
            }
            if (code > 0x10FFFF)
                return fail(start);
            i += digits;
            const char32_t cp = code;
            out += QString::fromUcs4(&cp, 1);
            break;
        }
        default:
            if (e >= '0' && e <= '7') {
                uint code = uint(e - '0');
                for (int k = 0;
                     k < 2 && i + 1 < text.size() && text.at(i + 1) >= '0' && text.at(i + 1) <= '7';
                     ++k) {
                    ++i;
                    code = code * 8 + uint(text.at(i) - '0');
                }
                out += QChar(char16_t(code));
            } else if (e == 'N') {
                // Named escapes need the Unicode name table; the pkgdata writer never emits
                // them, so they are reported rather than guessed.
                return fail(start);
            } else {
                // Python keeps unknown escapes verbatim.
                out += QLatin1Char('\\');
                out += QChar(uchar(e));
            }
        }
    }
    return out;
}

PkgdataRecord parsePkgdataRuntime(const QByteArray &text, const QString &package,
                                  const QString &fileName, Diagnostics *diagnostics)
{
    PkgdataRecord record;
    record.package = package;
    auto report = [&](Diagnostic d) {
        if (diagnostics)
            diagnostics->append(std::move(d));
    };
    const QList<QByteArray> lines = text.split('\n');
    for (int n = 0; n < lines.size(); ++n) {
        QByteArray line = lines.at(n);
        if (line.endsWith('\r'))
            line.chop(1);
        const int lineNo = n + 1;
        if (line.trimmed().isEmpty())
            continue;
        qsizetype sep = -1;
        for (qsizetype i = 0; i + 1 < line.size(); ++i) {
            const char next = line.at(i + 1);
            if (line.at(i) == ':' && (next == ' ' || next == '\t')) {
                sep = i;
                break;
            }
        }
        if (sep <= 0) {
            report(Diagnostic::error(QStringLiteral("pkgdata.bad-line"),
                                     QStringLiteral("not a 'KEY: VALUE' line"),
                                     {fileName, lineNo, 1}));
            continue;
        }
        qsizetype valueStart = sep + 1;
        while (valueStart < line.size() &&
               (line.at(valueStart) == ' ' || line.at(valueStart) == '\t'))
            ++valueStart;
        for (qsizetype i = 0; i < line.size(); ++i) {
            if (uchar(line.at(i)) >= 0x80) {
                report(Diagnostic::warning(
                    QStringLiteral("pkgdata.non-ascii"),
                    QStringLiteral("raw non-ASCII byte: the pkgdata writer escapes every "
                                   "non-ASCII character, so this file was not written by it"),
                    {fileName, lineNo, int(i) + 1}));
                break;
            }
        }
        const QString key = QString::fromLatin1(line.left(sep));
        int errorColumn = 0;
        const auto value = unicodeEscapeDecode(line.mid(valueStart), &errorColumn);
        if (!value) {
            report(Diagnostic::error(
                QStringLiteral("pkgdata.bad-escape"),
                QStringLiteral("malformed backslash escape in the value of %1").arg(key),
                {fileName, lineNo, int(valueStart) + errorColumn + 1}));
            continue;
        }
        record.raw.insert(key, *value);
    }

    const SourceLocation fileOnly{fileName, 0, 0};
    auto lineOf = [&](const QString &key) {
        const QByteArray prefix = key.toLatin1() + ':';
        for (int n = 0; n < lines.size(); ++n) {
            if (lines.at(n).startsWith(prefix))
                return SourceLocation{fileName, n + 1, 1};
        }
        return fileOnly;
    };
    auto keyUsed = [&](const QString &key) {
        const QString suffixed = key + QLatin1Char(':') + package;
        return record.raw.contains(suffixed) ? suffixed : key;
    };

    if (const auto filesInfo = record.value(QStringLiteral("FILES_INFO"))) {
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(filesInfo->toUtf8(), &err);
        bool ok = err.error == QJsonParseError::NoError && doc.isObject();
        if (ok) {
            const QJsonObject obj = doc.object();
            for (auto it = obj.begin(); it != obj.end(); ++it) {
                const double size = it.value().toDouble(-1);
                if (!it.value().isDouble() || size < 0 || std::floor(size) != size) {
                    ok = false;
                    break;
                }
                record.filesInfo.insert(it.key(), qint64(size));
            }
        }
        if (!ok) {
            record.filesInfo.clear();
            report(
                Diagnostic::error(QStringLiteral("pkgdata.bad-files-info"),
                                  QStringLiteral("FILES_INFO is not a JSON object of path → size%1")
                                      .arg(err.error == QJsonParseError::NoError
                                               ? QString()
                                               : QStringLiteral(": ") + err.errorString()),
                                  lineOf(keyUsed(QStringLiteral("FILES_INFO")))));
        }
    }
    if (const auto size = record.value(QStringLiteral("PKGSIZE"))) {
        bool ok = false;
        const qint64 n = size->toLongLong(&ok);
        if (ok && n >= 0) {
            record.pkgSize = n;
        } else {
            report(Diagnostic::error(QStringLiteral("pkgdata.bad-pkgsize"),
                                     QStringLiteral("PKGSIZE '%1' is not a byte count").arg(*size),
                                     lineOf(keyUsed(QStringLiteral("PKGSIZE")))));
        }
    }
    return record;
}

std::optional<PkgdataRecord> readPkgdataRuntime(const QString &pkgdataDir, const QString &package,
                                                Diagnostics *diagnostics)
{
    const QString path = pkgdataDir + QStringLiteral("/runtime/") + package;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (diagnostics) {
            diagnostics->append(
                Diagnostic::error(QStringLiteral("pkgdata.missing"),
                                  QStringLiteral("cannot read pkgdata for package '%1': %2")
                                      .arg(package, file.errorString()),
                                  {path, 0, 0}));
        }
        return std::nullopt;
    }
    return parsePkgdataRuntime(file.readAll(), package, path, diagnostics);
}

} // namespace cbw::core::layers

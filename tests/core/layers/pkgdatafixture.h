#pragma once

// Writes tmp/pkgdata/<MACHINE>/ the way OE-Core's emit_pkgdata does (spec pkgdata-facts §2–§3):
// keys in PKGDATA_VARS order with the package suffix where the writer puts it, values through
// Python's unicode_escape, FILES_INFO as json.dumps(sort_keys=True), PKGSIZE last, plus the
// <PN> file and the .packaged markers. Tests build their build directories with it.

#include "layers/cachekey.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QString>
#include <QStringList>

namespace cbw::test {

struct FixturePackage
{
    QString name;
    QString recipe; // PN; the package name when empty
    QString pkgv = QStringLiteral("1.0");
    QString pkgr = QStringLiteral("r0");
    bool ownPkgv = false; // written as PKGV:<pkg> (a package with its own version)
    QString finalName;    // PKG:<pkg>; the package name when empty
    QString rdepends;     // as written, constraints included
    QString rprovides;
    QMap<QString, qint64> files; // FILES_INFO
    qint64 pkgSize = -1;         // -1: the sum of the files
    bool packaged = true;        // writes runtime/<pkg>.packaged
};

// Python's str.encode('unicode_escape').decode('ascii').
inline QByteArray pyUnicodeEscape(const QString &text)
{
    QByteArray out;
    const QList<uint> codePoints = text.toUcs4();
    for (const uint c : codePoints) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\n')
            out += "\\n";
        else if (c == '\r')
            out += "\\r";
        else if (c == '\t')
            out += "\\t";
        else if (c < 0x20 || (c >= 0x7f && c < 0x100))
            out += "\\x" + QByteArray::number(c, 16).rightJustified(2, '0');
        else if (c < 0x7f)
            out += char(c);
        else if (c < 0x10000)
            out += "\\u" + QByteArray::number(c, 16).rightJustified(4, '0');
        else
            out += "\\U" + QByteArray::number(c, 16).rightJustified(8, '0');
    }
    return out;
}

// json.dumps(files, sort_keys=True): ", " and ": " separators, ASCII-escaped keys.
inline QString pyFilesInfoJson(const QMap<QString, qint64> &files)
{
    QStringList items;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        items.append(cbw::core::layers::pythonJsonString(it.key()) + QStringLiteral(": ") +
                     QString::number(it.value()));
    }
    return QLatin1Char('{') + items.join(QStringLiteral(", ")) + QLatin1Char('}');
}

inline QByteArray runtimeFileText(const FixturePackage &p)
{
    const QString pn = p.recipe.isEmpty() ? p.name : p.recipe;
    const QString sfx = QLatin1Char(':') + p.name;
    QByteArray out;
    auto line = [&out](const QString &key, const QString &value) {
        if (!value.isEmpty())
            out += key.toLatin1() + ": " + pyUnicodeEscape(value) + '\n';
    };
    line(QStringLiteral("PN"), pn);
    line(QStringLiteral("PV"), p.pkgv);
    line(QStringLiteral("PR"), p.pkgr);
    line(p.ownPkgv ? QStringLiteral("PKGV") + sfx : QStringLiteral("PKGV"), p.pkgv);
    line(QStringLiteral("PKGR"), p.pkgr);
    line(QStringLiteral("LICENSE"), QStringLiteral("MIT"));
    line(QStringLiteral("DESCRIPTION"),
         pn + QStringLiteral(" version ") + p.pkgv + QLatin1Char('.'));
    line(QStringLiteral("SUMMARY"), pn + QStringLiteral(" version ") + p.pkgv);
    line(QStringLiteral("RDEPENDS") + sfx, p.rdepends);
    line(QStringLiteral("RPROVIDES") + sfx, p.rprovides);
    line(QStringLiteral("SECTION"), QStringLiteral("base"));
    line(QStringLiteral("PKG") + sfx, p.finalName.isEmpty() ? p.name : p.finalName);
    line(QStringLiteral("FILES") + sfx, QStringLiteral("/usr /etc"));
    if (!p.files.isEmpty())
        line(QStringLiteral("FILES_INFO") + sfx, pyFilesInfoJson(p.files));
    qint64 size = p.pkgSize;
    if (size < 0) {
        size = 0;
        for (const qint64 s : p.files)
            size += s;
    }
    line(QStringLiteral("PKGSIZE") + sfx, QString::number(size));
    return out;
}

inline bool writeFixtureFile(const QString &path, const QByteArray &bytes)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// Writes every package under <pkgdataDir>/runtime and one <PN> file per recipe.
inline bool writePkgdata(const QString &pkgdataDir, const QList<FixturePackage> &packages)
{
    QMap<QString, QStringList> recipes;
    for (const FixturePackage &p : packages) {
        const QString runtime = pkgdataDir + QStringLiteral("/runtime/") + p.name;
        if (!writeFixtureFile(runtime, runtimeFileText(p)) ||
            (p.packaged && !writeFixtureFile(runtime + QStringLiteral(".packaged"), {})))
            return false;
        recipes[p.recipe.isEmpty() ? p.name : p.recipe].append(p.name);
    }
    for (auto it = recipes.cbegin(); it != recipes.cend(); ++it) {
        if (!writeFixtureFile(pkgdataDir + QLatin1Char('/') + it.key(),
                              "PACKAGES: " + it.value().join(QLatin1Char(' ')).toUtf8() + '\n'))
            return false;
    }
    return true;
}

// A small but real-shaped package set: base files, a shell, libc under its final name, an
// application with a dependency that no layer of the examples provides.
inline QList<FixturePackage> standardPackages()
{
    QList<FixturePackage> list;
    FixturePackage baseFiles;
    baseFiles.name = QStringLiteral("base-files");
    baseFiles.pkgv = QStringLiteral("3.0.14");
    baseFiles.files = {{QStringLiteral("/etc/hostname"), 10},
                       {QStringLiteral("/etc/shells"), 20},
                       {QStringLiteral("/etc/motd"), 0}};
    list.append(baseFiles);
    FixturePackage basePasswd;
    basePasswd.name = QStringLiteral("base-passwd");
    basePasswd.pkgv = QStringLiteral("3.6.4");
    basePasswd.files = {{QStringLiteral("/etc/passwd"), 300}, {QStringLiteral("/etc/group"), 200}};
    list.append(basePasswd);
    FixturePackage netbase;
    netbase.name = QStringLiteral("netbase");
    netbase.pkgv = QStringLiteral("6.4");
    netbase.files = {{QStringLiteral("/etc/services"), 1000},
                     {QStringLiteral("/etc/protocols"), 500}};
    list.append(netbase);
    FixturePackage glibc;
    glibc.name = QStringLiteral("glibc");
    glibc.finalName = QStringLiteral("libc6");
    glibc.pkgv = QStringLiteral("2.39");
    glibc.pkgr = QStringLiteral("r0");
    glibc.files = {{QStringLiteral("/lib/libc.so.6"), 2000000},
                   {QStringLiteral("/lib/ld-linux-x86-64.so.2"), 200000}};
    list.append(glibc);
    FixturePackage busybox;
    busybox.name = QStringLiteral("busybox");
    busybox.pkgv = QStringLiteral("1.36.1");
    busybox.rdepends = QStringLiteral("glibc (>= 2.39) update-alternatives-opkg");
    busybox.rprovides = QStringLiteral("sh (= 1.36.1) busybox-sh");
    busybox.files = {{QStringLiteral("/bin/busybox"), 700000},
                     {QStringLiteral("/bin/sh"), 14},
                     {QStringLiteral("/etc/shells"), 20}};
    list.append(busybox);
    FixturePackage alternatives;
    alternatives.name = QStringLiteral("update-alternatives-opkg");
    alternatives.recipe = QStringLiteral("opkg-utils");
    alternatives.pkgv = QStringLiteral("0.7.0");
    alternatives.files = {{QStringLiteral("/usr/bin/update-alternatives"), 8000}};
    list.append(alternatives);
    FixturePackage curl;
    curl.name = QStringLiteral("curl");
    curl.pkgv = QStringLiteral("8.7.1");
    curl.rdepends = QStringLiteral("libcurl4 (>= 8.7.1) glibc sh");
    curl.files = {{QStringLiteral("/usr/bin/curl"), 250000}};
    list.append(curl);
    FixturePackage libcurl;
    libcurl.name = QStringLiteral("libcurl4");
    libcurl.recipe = QStringLiteral("curl");
    libcurl.pkgv = QStringLiteral("8.7.1");
    libcurl.rdepends = QStringLiteral("glibc libssl3");
    libcurl.files = {{QStringLiteral("/usr/lib/libcurl.so.4"), 600000},
                     {QStringLiteral("/usr/lib/libcurl.so.4.8.0"), 600000}};
    libcurl.pkgSize = 600000; // the symlink's text counted, the hard link once: PKGSIZE differs
    list.append(libcurl);
    return list;
}

} // namespace cbw::test

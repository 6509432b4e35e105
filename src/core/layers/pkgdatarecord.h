#pragma once

#include "common/diagnostic.h"

#include <QByteArray>
#include <QMap>
#include <QString>

#include <optional>

namespace cbw::core::layers {

// One decoded `runtime/<pkg>` file of PKGDATA_DIR.
struct PkgdataRecord
{
    QString package;
    // Every key as written (with ":<pkg>" suffixes), values unicode_escape-decoded.
    QMap<QString, QString> raw;

    // KEY:<pkg> first, then KEY; nullopt when neither is present.
    std::optional<QString> value(const QString &key) const;

    QString pn() const;
    QString pkgv() const;
    QString pkgr() const;
    QString pkge() const;
    QString rdepends() const;
    QString pkgName() const; // PKG:<pkg>, falling back to the package name
    // FILES_INFO as path → size; empty when absent.
    QMap<QString, qint64> filesInfo;
    // PKGSIZE; -1 when absent.
    qint64 pkgSize = -1;

    // [PKGE:]PKGV-PKGR as ipk/deb show it (epoch only when a positive integer).
    QString ipkVersion() const;
    // [PKGE:]PKGV'-PKGR with '-' → '+' in PKGV, as rpm shows it.
    QString rpmVersion() const;
};

// Python's codecs.decode(..., 'unicode_escape') for the ASCII text of a pkgdata value.
// Returns nullopt on a malformed escape and sets *errorColumn (0-based) when given.
std::optional<QString> unicodeEscapeDecode(const QByteArray &text, int *errorColumn = nullptr);

// Parses a runtime file. Lines are "KEY: VALUE" split at the first ':' followed by whitespace;
// blank lines are skipped. Diagnostics (file and 1-based line/column):
//   pkgdata.bad-line (error)       no ": " separator
//   pkgdata.bad-escape (error)     malformed backslash escape in the value
//   pkgdata.bad-files-info (error) FILES_INFO not a JSON object of path → integer
//   pkgdata.bad-pkgsize (error)    PKGSIZE not an integer
//   pkgdata.non-ascii (warning)    raw non-ASCII byte (the writer escapes everything)
PkgdataRecord parsePkgdataRuntime(const QByteArray &text, const QString &package,
                                  const QString &fileName, Diagnostics *diagnostics);

// Reads <pkgdataDir>/runtime/<package>; pkgdata.missing (error) when it cannot be read.
std::optional<PkgdataRecord> readPkgdataRuntime(const QString &pkgdataDir, const QString &package,
                                                Diagnostics *diagnostics);

} // namespace cbw::core::layers

#pragma once

#include "bitbake/document.h"
#include "common/diagnostic.h"

#include <QString>
#include <QStringList>

namespace cbw::core::bitbake {

// The I/O half of include/require checking, kept out of Document::parse so parsing stays
// pure. For every include/require argument without `${` (include_all is not checked: it
// includes only the copies that exist):
//  - a name not ending in .conf/.inc/.bb/.bbclass: error "bitbake.not-bitbake-file"
//    (BitBake: "ParseError in <name>: not a BitBake file"), also for `include`;
//  - `require` of a relative name found in none of the search directories, or of an
//    absolute path that does not exist: error "bitbake.missing-required-file"
//    ("Could not include required file X") at the require line;
//  - `include` of a missing file is silent, like BitBake.
// Search order for relative names: the document's own directory, then `bbpath` in order,
// then every ancestor directory of the document (BBPATH usually holds layer roots, which
// are ancestors of the including file).
class IncludeChecker final
{
public:
    explicit IncludeChecker(QStringList bbpath = {});

    Diagnostics check(const Document &document) const;

    // Absolute path a relative or absolute include name resolves to for `document`,
    // or an empty string when it is found nowhere.
    QString resolve(const QString &name, const QString &includingFile) const;

private:
    QStringList m_bbpath;
};

} // namespace cbw::core::bitbake

#pragma once

#include <QString>
#include <QStringList>

namespace cbw::core::layers {

// TUNE_PKGARCH is not in any conf file; it is read off what the build left on disk.
struct TunePkgarchDetection
{
    QString value;          // empty when it cannot be told
    QString source;         // for people: "tmp/work/core2-64-poky-linux", "--tune-pkgarch", ...
    QStringList candidates; // every arch seen, when more than one (ambiguous)
};

// Looks at <tmpdir>/work/<arch>-<vendor>-<os>/ and <tmpdir>/deploy/{ipk,rpm,deb}/<arch>/
// directory names, ignoring "all", "<machine>" (machine-specific feeds), "x86_64-linux"
// style native dirs and SDK dirs. `machine` is MACHINE with '-' replaced as the feeds do.
TunePkgarchDetection detectTunePkgarch(const QString &tmpDir, const QString &machine);

} // namespace cbw::core::layers

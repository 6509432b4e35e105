#pragma once

#include "bundle/bundledesign.h"
#include "common/diagnostic.h"
#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace cbw::core::project {

// Stable diagnostic codes of the local.conf edit.
namespace codes {
inline constexpr QLatin1String ApplyRefused{"project.apply-refused"};        // error
inline constexpr QLatin1String ConditionalKept{"project.conditional-kept"};  // warning
inline constexpr QLatin1String ServiceFileKept{"project.service-file-kept"}; // note
inline constexpr QLatin1String NoVruntimeFix{"project.no-vruntime-fix"};     // warning
} // namespace codes

struct LocalConfApplyOptions
{
    bool fixDistroFeatures = false; // add the missing words of `virtualization vcontainer`
    bool fixMulticonfig = false;    // add the target arch's vruntime multiconfig
    // Arch for the multiconfig; empty: the design's effective arch, then local.conf's MACHINE.
    QString targetArch;
};

// One statement the edit added, rewrote or deleted.
struct LocalConfChange
{
    enum class Kind
    {
        Set,    // value of an existing statement rewritten, or a new statement added
        Removed // statement deleted (e.g. a :append that would distort the new value)
    };
    Kind kind = Kind::Set;
    QString statement; // what is changed, e.g. "BUNDLED_CONTAINERS", "CONTAINER_SERVICE_FILE[app]",
                       // "DISTRO_FEATURES:append"
    // Set: what the variable (or flag) reads as in local.conf before and after the edit.
    // Removed: the deleted statement's own value, and an empty newValue.
    QString oldValue;
    QString newValue;
};

struct LocalConfApplyResult
{
    QByteArray bytes;               // the new local.conf; the input itself when nothing changes
    QList<LocalConfChange> changes; // empty: nothing to do (or refused, see diagnostics)
    Diagnostics diagnostics;        // an error means the edit was refused and bytes are the input
    bool written = false;           // applyToFile only: the file was rewritten (a .bak kept)

    bool changed() const { return !changes.isEmpty(); }
};

// "Apply to local.conf" for a BUNDLED_CONTAINERS design, through the lossless editor: only
// the statements that determine BUNDLED_CONTAINERS and the CONTAINER_SERVICE_FILE flags the
// design is about change (plus, on request, one :append line per prerequisite); every other
// byte stays. Unconditional `BUNDLED_CONTAINERS:append/:prepend/:remove` or `+=` lines that
// would distort the new value are deleted and listed; override-conditional ones are kept and
// warned about. Flags of containers that leave the design or lose their custom file are
// removed; flags of other names (maybe a bundle recipe's) are kept with a note.
class LocalConfApply final
{
public:
    static LocalConfApplyResult apply(const QByteArray &localConf, const QString &path,
                                      const bundle::BundleDesign &design,
                                      const LocalConfApplyOptions &options = {});

    // Reads `path`, applies, and writes through writeFileAtomically with a .bak only when the
    // bytes change. I/O failures are an Error (the file is then untouched); a refused edit is
    // a result with error diagnostics and nothing written.
    static Result<LocalConfApplyResult> applyToFile(const QString &path,
                                                    const bundle::BundleDesign &design,
                                                    const LocalConfApplyOptions &options = {});

    // Unified diff of the edit for a preview (`a/<displayName>`, `b/<displayName>`).
    static QByteArray preview(const QByteArray &before, const LocalConfApplyResult &result,
                              const QString &displayName = QStringLiteral("conf/local.conf"));
};

} // namespace cbw::core::project

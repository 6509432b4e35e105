#include "includechecker.h"

#include <QDir>
#include <QFileInfo>

namespace cbw::core::bitbake {

IncludeChecker::IncludeChecker(QStringList bbpath)
    : m_bbpath(std::move(bbpath))
{}

QString IncludeChecker::resolve(const QString &name, const QString &includingFile) const
{
    if (QFileInfo(name).isAbsolute())
        return QFileInfo::exists(name) ? QDir::cleanPath(name) : QString();
    const QFileInfo including(includingFile);
    QStringList dirs{including.absolutePath()};
    dirs += m_bbpath;
    QDir ancestor(including.absolutePath());
    while (ancestor.cdUp())
        dirs.append(ancestor.absolutePath());
    for (const QString &dir : std::as_const(dirs)) {
        const QString candidate = QDir(dir).absoluteFilePath(name);
        if (QFileInfo(candidate).isFile())
            return QDir::cleanPath(candidate);
    }
    return {};
}

Diagnostics IncludeChecker::check(const Document &document) const
{
    Diagnostics out;
    for (const Statement &st : document.statements()) {
        // include_all only includes copies that exist on BBPATH, so a missing one is no
        // error, and its name check needs the file found first: not checked here.
        const bool require = st.kind == StatementKind::Require;
        if (!require && st.kind != StatementKind::Include)
            continue;
        const SourceLocation where{document.filePath(), st.lastLine, 1};
        // BitBake expands the whole argument text before splitting it into names, so
        // one `${...}` (inline python may contain blanks) makes every word unknowable.
        if (st.arguments.join(QLatin1Char(' ')).contains(QLatin1String("${")))
            continue;
        for (const QString &name : st.arguments) {
            if (!isIncludableFileName(name)) {
                out.append(Diagnostic::error(
                    QStringLiteral("bitbake.not-bitbake-file"),
                    QStringLiteral("ParseError in %1: not a BitBake file").arg(name), where));
                continue;
            }
            if (require && resolve(name, document.filePath()).isEmpty())
                out.append(Diagnostic::error(
                    QStringLiteral("bitbake.missing-required-file"),
                    QStringLiteral("Could not include required file %1").arg(name), where));
        }
    }
    return out;
}

} // namespace cbw::core::bitbake

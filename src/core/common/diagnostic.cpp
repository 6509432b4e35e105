#include "diagnostic.h"

#include <algorithm>

namespace cbw::core {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Note:
        return QStringLiteral("note");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

Diagnostic Diagnostic::error(QString code, QString message, SourceLocation location)
{
    return {Severity::Error, std::move(code), std::move(message), std::move(location)};
}

Diagnostic Diagnostic::warning(QString code, QString message, SourceLocation location)
{
    return {Severity::Warning, std::move(code), std::move(message), std::move(location)};
}

Diagnostic Diagnostic::note(QString code, QString message, SourceLocation location)
{
    return {Severity::Note, std::move(code), std::move(message), std::move(location)};
}

QString Diagnostic::toGccString() const
{
    QString prefix;
    if (!location.file.isEmpty()) {
        prefix = location.file;
        if (location.line > 0) {
            prefix += QLatin1Char(':') + QString::number(location.line);
            if (location.column > 0)
                prefix += QLatin1Char(':') + QString::number(location.column);
        }
        prefix += QStringLiteral(": ");
    }
    return prefix + severityName(severity) + QStringLiteral(": ") + message;
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic &d) { return d.isError(); });
}

} // namespace cbw::core

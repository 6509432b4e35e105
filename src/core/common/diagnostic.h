#pragma once

#include <QList>
#include <QString>

namespace cbw::core {

enum class Severity
{
    Note,
    Warning,
    Error
};

QString severityName(Severity severity);

struct SourceLocation
{
    QString file;
    int line = 0;   // 1-based; 0 = no line
    int column = 0; // 1-based; 0 = no column

    bool isValid() const { return line > 0; }
    friend bool operator==(const SourceLocation &, const SourceLocation &) = default;
};

// A problem found in user input. `code` is a stable machine-readable identifier
// (e.g. "bitbake.unparsed-line", "bundle.unknown-runtime") that tests and the GUI key on;
// `message` is for people.
struct Diagnostic
{
    Severity severity = Severity::Error;
    QString code;
    QString message;
    SourceLocation location;

    static Diagnostic error(QString code, QString message, SourceLocation location = {});
    static Diagnostic warning(QString code, QString message, SourceLocation location = {});
    static Diagnostic note(QString code, QString message, SourceLocation location = {});

    bool isError() const { return severity == Severity::Error; }

    // GCC style: "path:line:col: error: message" (parts without a value are left out).
    QString toGccString() const;
};

using Diagnostics = QList<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);

} // namespace cbw::core

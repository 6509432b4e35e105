#pragma once

#include <QString>
#include <QStringList>

namespace cbw::core::layers {

// Python's shlex.split(s) (POSIX mode, comments off, whitespace_split): single quotes are
// literal, inside double quotes a backslash only escapes '\\' and '"' (it is kept before any
// other character), outside quotes a backslash escapes the next character. `''` yields an empty
// token. Whitespace is space, tab, CR and LF.
struct ShlexResult
{
    QStringList tokens;
    bool ok = true;
    // Python's message: "No closing quotation" or "No escaped character".
    QString error;
    // Offset of the opening quote (or of the trailing backslash) in the input; -1 when ok.
    int errorOffset = -1;
};

ShlexResult shlexSplit(const QString &text);

// shlex.quote(): the token unchanged when it only has safe characters, else single-quoted.
QString shlexQuote(const QString &token);

} // namespace cbw::core::layers

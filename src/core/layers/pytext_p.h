#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Internal helpers shared by the layers area: Python-compatible text rules and the
// `${...}`-aware splitting the class's values need. Not part of the public API.
namespace cbw::core::layers::detail {

// Python's str.isspace() for one UTF-16 unit (BMP whitespace only; no astral whitespace exists).
bool pyIsSpace(QChar c);
// Python's str.strip() without arguments.
QString pyStrip(const QString &text);

struct Piece
{
    QString text;
    int offset = 0;
};

// Python's str.split() without arguments, with offsets; a `${...}` (nested braces) is kept
// whole, because BitBake expands it before the class splits the value.
QList<Piece> splitWhitespace(const QString &text, int baseOffset = 0);
// Split on `sep` outside `${...}`; keeps empty pieces (like Python's str.split(sep)).
QList<Piece> splitOn(const QString &text, QChar sep, int baseOffset = 0);
// True when the text holds a `${`.
bool hasExpansion(const QString &text);

// Words a POSIX shell makes of `text` (quotes and backslashes, no expansions, operators taken
// as word characters); nullopt when a quote is left open (a shell syntax error).
std::optional<int> shellWordCount(const QString &text);

// Code-point order (Python's str ordering), not UTF-16 unit order.
bool pyLess(const QString &a, const QString &b);

} // namespace cbw::core::layers::detail

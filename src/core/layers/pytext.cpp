#include "pytext_p.h"

#include <algorithm>

namespace cbw::core::layers::detail {

bool pyIsSpace(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= 0x09 && u <= 0x0d) || (u >= 0x1c && u <= 0x20) || u == 0x85 || u == 0xa0)
        return true;
    if (u < 0x80)
        return false;
    switch (c.category()) {
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

QString pyStrip(const QString &text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && pyIsSpace(text.at(begin)))
        ++begin;
    while (end > begin && pyIsSpace(text.at(end - 1)))
        --end;
    return text.mid(begin, end - begin);
}

// Index just past the `}` closing the `${` at `start`, or text.size() when unclosed.
static qsizetype skipExpansion(const QString &text, qsizetype start)
{
    int depth = 0;
    for (qsizetype i = start; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('{'))
            ++depth;
        else if (c == QLatin1Char('}') && --depth == 0)
            return i + 1;
    }
    // BitBake leaves an unclosed "${" alone, so it is ordinary text.
    return start + 1;
}

static bool expansionStartsAt(const QString &text, qsizetype i)
{
    return text.at(i) == QLatin1Char('$') && i + 1 < text.size() &&
           text.at(i + 1) == QLatin1Char('{');
}

QList<Piece> splitWhitespace(const QString &text, int baseOffset)
{
    QList<Piece> pieces;
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && pyIsSpace(text.at(i)))
            ++i;
        if (i >= text.size())
            break;
        const qsizetype start = i;
        while (i < text.size() && !pyIsSpace(text.at(i))) {
            if (expansionStartsAt(text, i))
                i = skipExpansion(text, i);
            else
                ++i;
        }
        pieces.append({text.mid(start, i - start), baseOffset + int(start)});
    }
    return pieces;
}

QList<Piece> splitOn(const QString &text, QChar sep, int baseOffset)
{
    QList<Piece> pieces;
    qsizetype start = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        if (expansionStartsAt(text, i)) {
            i = skipExpansion(text, i);
            continue;
        }
        if (text.at(i) == sep) {
            pieces.append({text.mid(start, i - start), baseOffset + int(start)});
            start = i + 1;
        }
        ++i;
    }
    pieces.append({text.mid(start), baseOffset + int(start)});
    return pieces;
}

bool hasExpansion(const QString &text)
{
    return text.contains(QLatin1String("${"));
}

std::optional<int> shellWordCount(const QString &text)
{
    enum class State
    {
        Blank,
        Word,
        Single,
        Double
    };
    State state = State::Blank;
    int words = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (state) {
        case State::Single:
            if (c == QLatin1Char('\''))
                state = State::Word;
            break;
        case State::Double:
            if (c == QLatin1Char('"'))
                state = State::Word;
            else if (c == QLatin1Char('\\'))
                ++i; // skips the escaped character (or a literal one: no effect on words)
            break;
        case State::Blank:
        case State::Word:
            if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n')) {
                state = State::Blank;
                break;
            }
            if (state == State::Blank)
                ++words;
            state = State::Word;
            if (c == QLatin1Char('\''))
                state = State::Single;
            else if (c == QLatin1Char('"'))
                state = State::Double;
            else if (c == QLatin1Char('\\'))
                ++i;
            break;
        }
    }
    if (state == State::Single || state == State::Double)
        return std::nullopt;
    return words;
}

bool pyLess(const QString &a, const QString &b)
{
    const QList<uint> ua = a.toUcs4();
    const QList<uint> ub = b.toUcs4();
    return std::lexicographical_compare(ua.begin(), ua.end(), ub.begin(), ub.end());
}

} // namespace cbw::core::layers::detail

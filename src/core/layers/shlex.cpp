#include "shlex.h"

#include <QRegularExpression>

namespace cbw::core::layers {

// A transcription of shlex.shlex.read_token() for posix=True, whitespace_split=True and no
// comment characters — the configuration shlex.split() uses — so edge cases match Python.
ShlexResult shlexSplit(const QString &text)
{
    ShlexResult result;
    auto isWhitespace = [](QChar c) {
        return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r') ||
               c == QLatin1Char('\n');
    };
    auto isQuote = [](QChar c) { return c == QLatin1Char('\'') || c == QLatin1Char('"'); };
    const QChar escape = QLatin1Char('\\');

    qsizetype pos = 0;
    while (true) {
        // States: ' ' whitespace, 'a' word, a quote char, or the escape char.
        QChar state = QLatin1Char(' ');
        QChar escapedState = QLatin1Char(' ');
        QString token;
        bool quoted = false;
        bool eof = false;
        qsizetype quoteStart = -1;
        qsizetype escapeStart = -1;
        while (true) {
            const bool atEnd = pos >= text.size();
            const QChar c = atEnd ? QChar() : text.at(pos);
            if (state == QLatin1Char(' ')) {
                if (atEnd) {
                    eof = true;
                    break;
                }
                ++pos;
                if (isWhitespace(c)) {
                    if (!token.isEmpty() || quoted)
                        break;
                    continue;
                }
                if (c == escape) {
                    escapedState = QLatin1Char('a');
                    escapeStart = pos - 1;
                    state = c;
                } else if (isQuote(c)) {
                    quoteStart = pos - 1;
                    state = c;
                } else {
                    token += c;
                    state = QLatin1Char('a');
                }
            } else if (isQuote(state)) {
                quoted = true;
                if (atEnd) {
                    result.ok = false;
                    result.error = QStringLiteral("No closing quotation");
                    result.errorOffset = int(quoteStart);
                    result.tokens.clear();
                    return result;
                }
                ++pos;
                if (c == state) {
                    state = QLatin1Char('a');
                } else if (c == escape && state == QLatin1Char('"')) {
                    escapedState = state;
                    escapeStart = pos - 1;
                    state = c;
                } else {
                    token += c;
                }
            } else if (state == escape) {
                if (atEnd) {
                    result.ok = false;
                    result.error = QStringLiteral("No escaped character");
                    result.errorOffset = int(escapeStart);
                    result.tokens.clear();
                    return result;
                }
                ++pos;
                if (isQuote(escapedState) && c != state && c != escapedState)
                    token += state;
                token += c;
                state = escapedState;
            } else { // word
                if (atEnd) {
                    eof = true;
                    break;
                }
                ++pos;
                if (isWhitespace(c)) {
                    state = QLatin1Char(' ');
                    if (!token.isEmpty() || quoted)
                        break;
                } else if (isQuote(c)) {
                    quoteStart = pos - 1;
                    state = c;
                } else if (c == escape) {
                    escapedState = QLatin1Char('a');
                    escapeStart = pos - 1;
                    state = c;
                } else {
                    token += c;
                }
            }
        }
        if (!token.isEmpty() || quoted)
            result.tokens.append(token);
        if (eof)
            break;
    }
    return result;
}

QString shlexQuote(const QString &token)
{
    if (token.isEmpty())
        return QStringLiteral("''");
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_@%+=:,./-]"));
    if (!unsafe.match(token).hasMatch())
        return token;
    QString quotedToken = token;
    quotedToken.replace(QLatin1Char('\''), QStringLiteral("'\"'\"'"));
    return QLatin1Char('\'') + quotedToken + QLatin1Char('\'');
}

} // namespace cbw::core::layers

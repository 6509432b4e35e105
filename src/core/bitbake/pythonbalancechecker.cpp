#include "pythonbalancechecker.h"

#include <QList>

namespace cbw::core::bitbake {

namespace {

QChar openerFor(QChar closer)
{
    if (closer == QLatin1Char(')'))
        return QLatin1Char('(');
    if (closer == QLatin1Char(']'))
        return QLatin1Char('[');
    return QLatin1Char('{');
}

} // namespace

Diagnostics PythonBalanceChecker::check(const QString &code, const QString &file, int firstLine)
{
    struct Open
    {
        QChar ch;
        int line;
        int column;
    };
    QList<Open> stack;
    int line = firstLine;
    int column = 1;
    const qsizetype n = code.size();
    auto fail = [&](const QString &message, int atLine, int atColumn) {
        return Diagnostics{Diagnostic::error(
            QStringLiteral("bitbake.python-syntax"),
            QStringLiteral("Error in compiling python function: SyntaxError: %1").arg(message),
            {file, atLine, atColumn})};
    };
    qsizetype i = 0;
    auto advance = [&]() {
        if (code.at(i) == QLatin1Char('\n')) {
            ++line;
            column = 1;
        } else {
            ++column;
        }
        ++i;
    };
    while (i < n) {
        const QChar c = code.at(i);
        if (c == QLatin1Char('#')) {
            while (i < n && code.at(i) != QLatin1Char('\n'))
                advance();
            continue;
        }
        if (c == QLatin1Char('\\')) {
            advance();
            if (i < n)
                advance();
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            const int startLine = line;
            const int startColumn = column;
            const bool triple = i + 2 < n && code.at(i + 1) == c && code.at(i + 2) == c;
            for (int k = 0; k < (triple ? 3 : 1); ++k)
                advance();
            bool closed = false;
            while (i < n) {
                const QChar d = code.at(i);
                if (d == QLatin1Char('\\')) {
                    advance();
                    if (i < n)
                        advance();
                    continue;
                }
                if (d == QLatin1Char('\n') && !triple)
                    break;
                if (d == c) {
                    if (!triple) {
                        advance();
                        closed = true;
                        break;
                    }
                    if (i + 2 < n && code.at(i + 1) == c && code.at(i + 2) == c) {
                        advance();
                        advance();
                        advance();
                        closed = true;
                        break;
                    }
                }
                advance();
            }
            if (!closed) {
                return fail(QStringLiteral("unterminated %1string literal (detected at line %2)")
                                .arg(triple ? QStringLiteral("triple-quoted ") : QString())
                                .arg(line),
                            startLine, startColumn);
            }
            continue;
        }
        if (c == QLatin1Char('(') || c == QLatin1Char('[') || c == QLatin1Char('{')) {
            stack.append({c, line, column});
        } else if (c == QLatin1Char(')') || c == QLatin1Char(']') || c == QLatin1Char('}')) {
            if (stack.isEmpty())
                return fail(QStringLiteral("unmatched '%1'").arg(c), line, column);
            const Open top = stack.takeLast();
            if (top.ch != openerFor(c)) {
                QString message = QStringLiteral("closing parenthesis '%1' does not match opening "
                                                 "parenthesis '%2'")
                                      .arg(c)
                                      .arg(top.ch);
                if (top.line != line)
                    message += QStringLiteral(" on line %1").arg(top.line);
                return fail(message, line, column);
            }
        }
        advance();
    }
    if (!stack.isEmpty()) {
        const Open &top = stack.last();
        return fail(QStringLiteral("'%1' was never closed").arg(top.ch), top.line, top.column);
    }
    return {};
}

} // namespace cbw::core::bitbake

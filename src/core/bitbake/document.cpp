#include "document.h"

#include "datastore.h"
#include "documentparser.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace cbw::core::bitbake {

namespace {

const QRegularExpression &whitespaceRe()
{
    static const QRegularExpression re(QStringLiteral("\\s+"));
    return re;
}

QStringList splitWords(const QString &s)
{
    return s.split(whitespaceRe(), Qt::SkipEmptyParts);
}

bool isLineBreak(char c)
{
    return c == '\n' || c == '\r';
}

QByteArray trailingTerminator(const QByteArray &bytes)
{
    if (bytes.endsWith("\r\n"))
        return QByteArrayLiteral("\r\n");
    if (bytes.endsWith('\n'))
        return QByteArrayLiteral("\n");
    if (bytes.endsWith('\r'))
        return QByteArrayLiteral("\r");
    return {};
}

QChar otherQuote(QChar q)
{
    return q == QLatin1Char('"') ? QLatin1Char('\'') : QLatin1Char('"');
}

bool containsInvalidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    const QString ignored = decoder(bytes);
    Q_UNUSED(ignored);
    return decoder.hasError();
}

// Rewrites the bytes between the quotes of a value laid out as `"\`, one item per line,
// closing quote; the layout (first item inline or not, indentation, where the closing
// quote sits, line ending) is taken from the old text.
QByteArray listLayout(const QByteArray &oldRegion, const QStringList &words)
{
    QList<QByteArray> lines;
    QByteArray eol;
    qsizetype pos = 0;
    while (pos <= oldRegion.size()) {
        qsizetype i = pos;
        while (i < oldRegion.size() && !isLineBreak(oldRegion.at(i)))
            ++i;
        lines.append(oldRegion.mid(pos, i - pos));
        if (i >= oldRegion.size())
            break;
        qsizetype next = i + 1;
        if (oldRegion.at(i) == '\r' && next < oldRegion.size() && oldRegion.at(next) == '\n')
            ++next;
        if (eol.isEmpty())
            eol = oldRegion.mid(i, next - i);
        pos = next;
    }
    if (eol.isEmpty())
        eol = QByteArrayLiteral("\n");
    auto leadingBlanks = [](const QByteArray &s) {
        qsizetype n = 0;
        while (n < s.size() && (s.at(n) == ' ' || s.at(n) == '\t'))
            ++n;
        return s.left(n);
    };
    QByteArray firstLine = lines.first().trimmed();
    if (firstLine.endsWith('\\'))
        firstLine.chop(1);
    const bool firstInline = !firstLine.trimmed().isEmpty();
    const QByteArray lastLine = lines.last();
    const bool closingOwnLine = lastLine.trimmed().isEmpty();
    QByteArray indent = QByteArrayLiteral("    ");
    if (lines.size() >= 2) {
        const QByteArray &second = lines.at(1);
        if (!(lines.size() == 2 && closingOwnLine))
            indent = leadingBlanks(second);
    }
    QList<QByteArray> items;
    for (const QString &w : words)
        items.append(w.toUtf8());
    QByteArray out;
    if (firstInline && !items.isEmpty())
        out += items.takeFirst() + " \\" + eol;
    else if (firstInline)
        out += "\\" + eol;
    else
        out += lines.first() + eol; // e.g. the leading blank of an :append value
    if (closingOwnLine) {
        for (const QByteArray &item : std::as_const(items))
            out += indent + item + " \\" + eol;
        out += lastLine;
    } else {
        for (qsizetype i = 0; i < items.size(); ++i) {
            out += indent + items.at(i);
            if (i + 1 < items.size())
                out += " \\" + eol;
        }
    }
    return out;
}

// A value continued over several lines with at most one item on each: the layout that
// edits keep. Continued prose (several words per line) is rewritten on one line instead.
bool isListLayout(const QByteArray &region)
{
    if (!region.contains('\n') && !region.contains('\r'))
        return false;
    QByteArray normalized = region;
    normalized.replace('\r', '\n');
    for (QByteArray line : normalized.split('\n')) {
        line = line.trimmed();
        if (line.endsWith('\\'))
            line.chop(1);
        if (line.simplified().count(' ') > 0)
            return false;
    }
    return true;
}

const QStringList &reservedNames()
{
    static const QStringList names{QStringLiteral("include"),
                                   QStringLiteral("require"),
                                   QStringLiteral("include_all"),
                                   QStringLiteral("inherit"),
                                   QStringLiteral("inherit_defer"),
                                   QStringLiteral("addtask"),
                                   QStringLiteral("deltask"),
                                   QStringLiteral("addhandler"),
                                   QStringLiteral("EXPORT_FUNCTIONS"),
                                   QStringLiteral("export"),
                                   QStringLiteral("unset"),
                                   QStringLiteral("addpylib"),
                                   QStringLiteral("addfragments"),
                                   QStringLiteral("def")};
    return names;
}

} // namespace

Document Document::parse(const QByteArray &bytes, const QString &filePath)
{
    return parse(bytes, filePath, grammarForPath(filePath));
}

Document Document::parse(const QByteArray &bytes, const QString &filePath, Grammar grammar)
{
    Document doc;
    doc.m_filePath = filePath;
    doc.m_grammar = grammar;
    detail::ParseOutput out = detail::parseDocument(bytes, filePath, grammar);
    doc.m_statements = std::move(out.statements);
    doc.m_diagnostics = std::move(out.diagnostics);
    return doc;
}

QByteArray Document::toBytes() const
{
    QByteArray out;
    for (const Statement &st : m_statements)
        out += st.raw;
    return out;
}

bool Document::hasErrors() const
{
    return cbw::core::hasErrors(m_diagnostics);
}

int Document::statementIndexAtLine(int line) const
{
    for (int i = 0; i < m_statements.size(); ++i) {
        if (line >= m_statements.at(i).firstLine && line <= m_statements.at(i).lastLine)
            return i;
    }
    return -1;
}

QByteArray Document::lineEnding() const
{
    int lf = 0;
    int crlf = 0;
    int cr = 0;
    const QByteArray bytes = toBytes();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) == '\r') {
            if (i + 1 < bytes.size() && bytes.at(i + 1) == '\n') {
                ++crlf;
                ++i;
            } else {
                ++cr;
            }
        } else if (bytes.at(i) == '\n') {
            ++lf;
        }
    }
    if (crlf > lf && crlf >= cr)
        return QByteArrayLiteral("\r\n");
    if (cr > lf && cr > crlf)
        return QByteArrayLiteral("\r");
    return QByteArrayLiteral("\n");
}

bool Document::endsWithNewline() const
{
    if (m_statements.isEmpty())
        return false;
    return !trailingTerminator(m_statements.last().raw).isEmpty();
}

QList<Assignment> Document::assignments(const QString &variable) const
{
    QList<Assignment> out;
    for (const Statement &st : m_statements) {
        if (st.kind == StatementKind::Assignment && !st.assignment.isFlag() &&
            st.assignment.baseVariable == variable)
            out.append(st.assignment);
    }
    return out;
}

QList<Assignment> Document::flagAssignments(const QString &variable, const QString &flag) const
{
    QList<Assignment> out;
    for (const Statement &st : m_statements) {
        if (st.kind == StatementKind::Assignment && st.assignment.isFlag() &&
            st.assignment.name == variable && (flag.isEmpty() || st.assignment.flag == flag))
            out.append(st.assignment);
    }
    return out;
}

QList<Assignment> Document::allAssignments() const
{
    QList<Assignment> out;
    for (const Statement &st : m_statements) {
        if (st.kind == StatementKind::Assignment)
            out.append(st.assignment);
    }
    return out;
}

QStringList Document::variableNames() const
{
    QStringList out;
    for (const Statement &st : m_statements) {
        if (st.kind == StatementKind::Assignment && !out.contains(st.assignment.baseVariable))
            out.append(st.assignment.baseVariable);
    }
    return out;
}

QStringList Document::flagNames(const QString &variable) const
{
    QStringList out;
    for (const Assignment &a : flagAssignments(variable)) {
        if (!out.contains(a.flag))
            out.append(a.flag);
    }
    return out;
}

EvaluatedValue Document::evaluate(const QString &variable, const QStringList &overrides) const
{
    detail::DataStore store(overrides);
    for (const Statement &st : m_statements)
        store.apply(st);
    return store.getVar(variable);
}

EvaluatedValue Document::evaluateFlag(const QString &variable, const QString &flag,
                                      const QStringList &overrides) const
{
    detail::DataStore store(overrides);
    for (const Statement &st : m_statements)
        store.apply(st);
    return store.getVarFlag(variable, flag);
}

// --- validation -----------------------------------------------------------------------

VoidResult Document::checkVariableName(const QString &variable)
{
    static const QRegularExpression re(QStringLiteral(R"(\A[a-zA-Z0-9\-_+.${}/~]+\z)"));
    if (variable.isEmpty())
        return Error(QStringLiteral("empty variable name"));
    if (!re.match(variable).hasMatch())
        return Error(QStringLiteral("'%1' is not a valid variable name for an edit (letters, "
                                    "digits and - _ + . $ { } / ~; overrides are not edited)")
                         .arg(variable));
    if (variable.contains(QLatin1String("_append")) ||
        variable.contains(QLatin1String("_prepend")) || variable.contains(QLatin1String("_remove")))
        return Error(QStringLiteral("'%1' contains _append/_prepend/_remove, which BitBake rejects "
                                    "as old override syntax")
                         .arg(variable));
    if (reservedNames().contains(variable))
        return Error(QStringLiteral("'%1' is a BitBake keyword and cannot be assigned safely")
                         .arg(variable));
    return Success{};
}

VoidResult Document::checkFlagName(const QString &flag)
{
    static const QRegularExpression re(QStringLiteral(R"(\A[a-zA-Z0-9\-_+.][a-zA-Z0-9\-_+.@]*\z)"));
    if (flag.isEmpty())
        return Error(QStringLiteral("empty flag name"));
    if (flag.contains(QLatin1Char('/')) || flag.contains(QLatin1Char(':')))
        return Error(QStringLiteral("flag name '%1' contains '/' or ':'; replace them with '_' "
                                    "(BitBake 2.8 rejects '/', every version rejects ':')")
                         .arg(flag));
    if (!re.match(flag).hasMatch())
        return Error(QStringLiteral("'%1' is not a valid flag name (first character a letter, "
                                    "digit or - _ + .; then also @)")
                         .arg(flag));
    return Success{};
}

VoidResult Document::checkValue(const QString &value)
{
    if (value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')))
        return Error(QStringLiteral("value contains a line break, which a BitBake value cannot "
                                    "hold"));
    if (value.contains(QLatin1Char('"')) && value.contains(QLatin1Char('\'')))
        return Error(QStringLiteral("value contains both ' and \"; BitBake has no escape for "
                                    "quotes, so it cannot be written"));
    return Success{};
}

// --- edits ----------------------------------------------------------------------------

VoidResult Document::applyEdit(QByteArray newBytes)
{
    Document edited = parse(newBytes, m_filePath, m_grammar);
    qsizetype before = 0;
    for (const Diagnostic &d : m_diagnostics)
        before += d.isError() ? 1 : 0;
    for (const Diagnostic &d : edited.m_diagnostics) {
        if (d.isError() && --before < 0)
            return Error(QStringLiteral("the edit would make the file invalid: %1").arg(d.message),
                         d.location);
    }
    *this = std::move(edited);
    return Success{};
}

VoidResult Document::replaceBytes(qsizetype begin, qsizetype end, const QByteArray &replacement)
{
    QByteArray bytes = toBytes();
    bytes.replace(begin, end - begin, replacement);
    return applyEdit(bytes);
}

VoidResult Document::rewriteValue(const Statement &statement, const QString &value,
                                  const QStringList &words)
{
    if (statement.valueBegin < 0 || statement.valueEnd < statement.valueBegin)
        return Error(QStringLiteral("cannot locate the value of %1").arg(statement.name),
                     {m_filePath, statement.firstLine, 0});
    if (containsInvalidUtf8(statement.raw))
        return Error(QStringLiteral("the statement contains bytes that are not UTF-8"),
                     {m_filePath, statement.firstLine, 0});
    if (const VoidResult ok = checkValue(value); !ok)
        return ok;
    const int index = statement.assignment.statementIndex;
    const QByteArray bytes = toBytes();
    const QByteArray oldRegion =
        bytes.mid(statement.valueBegin, statement.valueEnd - statement.valueBegin);
    const bool multiLine = isListLayout(oldRegion);
    QChar quote = statement.assignment.quote;
    QString expectValue = value;
    QByteArray region;
    if (multiLine) {
        for (const QString &w : words) {
            if (w.contains(quote))
                quote = otherQuote(quote);
        }
        region = listLayout(oldRegion, words);
    } else {
        if (value.contains(quote))
            quote = otherQuote(quote);
        region = value.toUtf8();
    }
    const Document saved = *this;
    VoidResult result = quote == statement.assignment.quote
                            ? replaceBytes(statement.valueBegin, statement.valueEnd, region)
                            : replaceBytes(statement.valueBegin - 1, statement.valueEnd + 1,
                                           QByteArray(1, char(quote.unicode())) + region +
                                               QByteArray(1, char(quote.unicode())));
    if (!result)
        return result;
    // The statement must still be the same assignment, now holding the new value.
    const bool sameShape = index < m_statements.size() &&
                           m_statements.at(index).kind == StatementKind::Assignment &&
                           m_statements.at(index).assignment.name == statement.assignment.name &&
                           m_statements.at(index).assignment.flag == statement.assignment.flag;
    const bool valueOk =
        sameShape && (multiLine ? splitWords(m_statements.at(index).assignment.value) == words
                                : m_statements.at(index).assignment.value == expectValue);
    if (!valueOk) {
        *this = saved;
        return Error(QStringLiteral("the new value of %1 cannot be written in place")
                         .arg(statement.assignment.name),
                     {m_filePath, statement.firstLine, 0});
    }
    return Success{};
}

VoidResult Document::insertLine(const QString &variable, const QString &line)
{
    int last = -1;
    for (int i = 0; i < m_statements.size(); ++i) {
        const Statement &st = m_statements.at(i);
        const bool mentions =
            (st.kind == StatementKind::Assignment &&
             (st.assignment.baseVariable == variable || st.assignment.name == variable)) ||
            ((st.kind == StatementKind::Export || st.kind == StatementKind::Unset ||
              st.kind == StatementKind::UnsetFlag) &&
             st.name == variable);
        if (mentions)
            last = i;
    }
    const QByteArray eol = lineEnding();
    const QByteArray text = line.toUtf8();
    QByteArray bytes = toBytes();
    qsizetype pos = bytes.size();
    if (last >= 0)
        pos = m_statements.at(last).offset + m_statements.at(last).raw.size();
    const QByteArray before = bytes.left(pos);
    if (before.isEmpty() || !trailingTerminator(before).isEmpty())
        bytes.insert(pos, text + eol);
    else
        bytes.insert(pos, eol + text); // the file had no final newline; keep it that way
    const Document saved = *this;
    if (VoidResult r = applyEdit(bytes); !r)
        return r;
    for (const Statement &st : std::as_const(m_statements)) {
        if (st.kind == StatementKind::Assignment && st.logicalText == line)
            return Success{};
    }
    *this = saved;
    return Error(
        QStringLiteral("cannot add '%1': the end of the file is not at statement level").arg(line));
}

VoidResult Document::removeStatements(const QList<int> &indexes)
{
    if (indexes.isEmpty())
        return Success{};
    QByteArray bytes;
    bool removedLast = false;
    for (int i = 0; i < m_statements.size(); ++i) {
        if (indexes.contains(i)) {
            removedLast = removedLast || i == m_statements.size() - 1;
            continue;
        }
        bytes += m_statements.at(i).raw;
    }
    if (removedLast && !endsWithNewline())
        bytes.chop(trailingTerminator(bytes).size());
    return applyEdit(bytes);
}

static QString quoted(const QString &value)
{
    const QChar q = value.contains(QLatin1Char('"')) ? QLatin1Char('\'') : QLatin1Char('"');
    return q + value + q;
}

VoidResult Document::setValue(const QString &variable, const QString &value)
{
    if (VoidResult r = checkVariableName(variable); !r)
        return r;
    if (VoidResult r = checkValue(value); !r)
        return r;
    int determiner = -1;
    int weak = -1;
    bool hasValue = false;
    for (int i = 0; i < m_statements.size(); ++i) {
        const Statement &st = m_statements.at(i);
        if (st.kind == StatementKind::Unset && st.name == variable) {
            determiner = -1;
            weak = -1;
            hasValue = false;
            continue;
        }
        if (st.kind != StatementKind::Assignment)
            continue;
        const Assignment &a = st.assignment;
        if (a.name != variable || a.isFlag())
            continue;
        switch (a.op) {
        case AssignOperator::Set:
        case AssignOperator::Immediate:
            determiner = i;
            hasValue = true;
            break;
        case AssignOperator::SoftDefault:
            if (!hasValue) {
                determiner = i;
                hasValue = true;
            }
            break;
        case AssignOperator::WeakDefault:
            weak = i;
            break;
        default:
            hasValue = true;
            break;
        }
    }
    const int target = determiner >= 0 ? determiner : weak;
    if (target >= 0)
        return rewriteValue(m_statements.at(target), value, splitWords(value));
    return insertLine(variable, variable + QStringLiteral(" = ") + quoted(value));
}

VoidResult Document::appendValue(const QString &variable, const QStringList &words)
{
    if (VoidResult r = checkVariableName(variable); !r)
        return r;
    QStringList wanted;
    for (const QString &w : words) {
        if (w.isEmpty() || splitWords(w) != QStringList{w})
            return Error(QStringLiteral("'%1' is not a single word").arg(w));
        if (!wanted.contains(w))
            wanted.append(w);
    }
    if (VoidResult r = checkValue(wanted.join(QLatin1Char(' '))); !r)
        return r;
    int target = -1;
    for (int i = 0; i < m_statements.size(); ++i) {
        const Statement &st = m_statements.at(i);
        if (st.kind == StatementKind::Assignment && !st.assignment.isFlag() &&
            st.assignment.baseVariable == variable &&
            st.assignment.operation == OverrideOperation::Append &&
            st.assignment.isUnconditional() && st.assignment.op == AssignOperator::Set)
            target = i;
    }
    if (target < 0) {
        if (wanted.isEmpty())
            return Success{};
        return insertLine(variable, variable + QStringLiteral(":append = ") +
                                        quoted(QLatin1Char(' ') + wanted.join(QLatin1Char(' '))));
    }
    const Statement &st = m_statements.at(target);
    const QString &old = st.assignment.value;
    QStringList tokens = splitWords(old);
    QStringList added;
    for (const QString &w : std::as_const(wanted)) {
        if (!tokens.contains(w))
            added.append(w);
    }
    if (added.isEmpty())
        return Success{};
    const bool needsSpace = old.isEmpty() || !old.back().isSpace();
    const QString value =
        old + (needsSpace ? QStringLiteral(" ") : QString()) + added.join(QLatin1Char(' '));
    return rewriteValue(st, value, tokens + added);
}

VoidResult Document::removeVariable(const QString &variable)
{
    QList<int> indexes;
    for (int i = 0; i < m_statements.size(); ++i) {
        const Statement &st = m_statements.at(i);
        if (st.kind == StatementKind::Assignment && !st.assignment.isFlag() &&
            st.assignment.baseVariable == variable)
            indexes.append(i);
    }
    return removeStatements(indexes);
}

VoidResult Document::removeAssignment(const Assignment &assignment)
{
    const int i = assignment.statementIndex;
    if (i < 0 || i >= m_statements.size() || m_statements.at(i).kind != StatementKind::Assignment ||
        m_statements.at(i).assignment.name != assignment.name ||
        m_statements.at(i).assignment.flag != assignment.flag ||
        m_statements.at(i).firstLine != assignment.firstLine)
        return Error(QStringLiteral("the assignment of %1 is no longer in the document")
                         .arg(assignment.name),
                     {m_filePath, assignment.firstLine, 0});
    return removeStatements({i});
}

VoidResult Document::setFlag(const QString &variable, const QString &flag, const QString &value)
{
    if (VoidResult r = checkVariableName(variable); !r)
        return r;
    if (VoidResult r = checkFlagName(flag); !r)
        return r;
    if (VoidResult r = checkValue(value); !r)
        return r;
    int hard = -1;
    int soft = -1;
    for (int i = 0; i < m_statements.size(); ++i) {
        const Statement &st = m_statements.at(i);
        if (st.kind != StatementKind::Assignment || st.assignment.name != variable ||
            st.assignment.flag != flag)
            continue;
        if (st.assignment.op == AssignOperator::Set ||
            st.assignment.op == AssignOperator::Immediate)
            hard = i;
        else if ((st.assignment.op == AssignOperator::SoftDefault && soft < 0) ||
                 st.assignment.op == AssignOperator::WeakDefault)
            soft = i;
    }
    const int target = hard >= 0 ? hard : soft;
    if (target >= 0)
        return rewriteValue(m_statements.at(target), value, splitWords(value));
    return insertLine(variable,
                      variable + QLatin1Char('[') + flag + QStringLiteral("] = ") + quoted(value));
}

VoidResult Document::removeFlag(const QString &variable, const QString &flag)
{
    // No name check: a flag BitBake 2.15 accepts ('/' in the name) may still be removed.
    if (flag.isEmpty())
        return Error(QStringLiteral("empty flag name"));
    QList<int> indexes;
    for (int i = 0; i < m_statements.size(); ++i) {
        const Statement &st = m_statements.at(i);
        if (st.kind == StatementKind::Assignment && st.assignment.name == variable &&
            st.assignment.flag == flag)
            indexes.append(i);
    }
    return removeStatements(indexes);
}

} // namespace cbw::core::bitbake

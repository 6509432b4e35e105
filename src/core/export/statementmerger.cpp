#include "statementmerger.h"

#include "bitbake/document.h"

#include <QRegularExpression>

namespace cbw::core::exporting {

namespace {

using bitbake::Assignment;
using bitbake::AssignOperator;
using bitbake::Document;
using bitbake::OverrideOperation;
using bitbake::Statement;
using bitbake::StatementKind;

QStringList wordsOf(const QString &text)
{
    return text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QStringList missingWords(const QStringList &wanted, const QString &current)
{
    const QStringList have = wordsOf(current);
    QStringList missing;
    for (const QString &w : wanted) {
        if (!have.contains(w) && !missing.contains(w))
            missing.append(w);
    }
    return missing;
}

int errorCount(const Document &doc)
{
    int n = 0;
    for (const Diagnostic &d : doc.diagnostics())
        n += d.isError() ? 1 : 0;
    return n;
}

class Merger
{
public:
    Merger(Document doc, MergeOutcome &outcome)
        : m_doc(std::move(doc))
        , m_out(outcome)
    {}

    const Document &document() const { return m_doc; }

    void mergeStatement(const Statement &st)
    {
        switch (st.kind) {
        case StatementKind::Blank:
        case StatementKind::Comment:
            return;
        case StatementKind::Inherit:
            for (const QString &cls : st.arguments)
                ensureInherit(cls);
            return;
        case StatementKind::Assignment:
            mergeAssignment(st.assignment);
            return;
        default:
            fail(QStringLiteral("'%1' cannot be merged (only assignments and inherit are)")
                     .arg(st.logicalText));
        }
    }

private:
    void mergeAssignment(const Assignment &a)
    {
        if (a.isFlag()) {
            const auto current = m_doc.evaluateFlag(a.name, a.flag);
            if (current.isSet && current.value == a.value)
                return;
            if (check(m_doc.setFlag(a.name, a.flag, a.value)))
                m_out.changed.append(a.name + QLatin1Char('[') + a.flag + QLatin1Char(']'));
            return;
        }
        if (a.op != AssignOperator::Set || !a.variantOverrides.isEmpty()) {
            fail(QStringLiteral("%1 cannot be merged (operator or override not supported)")
                     .arg(a.name));
            return;
        }
        if (a.operation == OverrideOperation::Append && a.conditionOverrides.isEmpty()) {
            const QStringList missing =
                missingWords(wordsOf(a.value), m_doc.evaluate(a.baseVariable).value);
            if (missing.isEmpty())
                return;
            if (check(m_doc.appendValue(a.baseVariable, missing)))
                m_out.changed.append(a.baseVariable + QStringLiteral(":append"));
            return;
        }
        if (a.operation == OverrideOperation::Append) {
            mergeConditionalAppend(a);
            return;
        }
        if (a.operation != OverrideOperation::None) {
            fail(QStringLiteral("%1 cannot be merged (only :append is)").arg(a.name));
            return;
        }
        if (a.name == QLatin1String("SRC_URI")) {
            const QStringList missing =
                missingWords(wordsOf(a.value), m_doc.evaluate(a.name).value);
            if (!missing.isEmpty() && check(m_doc.appendValue(a.name, missing)))
                m_out.changed.append(QStringLiteral("SRC_URI:append"));
            return;
        }
        const auto current = m_doc.evaluate(a.name);
        if (current.isSet && wordsOf(current.value) == wordsOf(a.value))
            return;
        if (!check(m_doc.setValue(a.name, a.value)))
            return;
        const QString now = m_doc.evaluate(a.name).value;
        if (wordsOf(now) != wordsOf(a.value)) {
            fail(QStringLiteral("%1 would read '%2' instead of '%3': other statements of the file "
                                "(:append, :remove, +=, ...) change it; edit them by hand")
                     .arg(a.name, now, a.value));
            return;
        }
        m_out.changed.append(a.name);
    }

    // `VAR:append:pn-x`: BitBake applies every such line, so a second one would install
    // the word twice in the text and confuse readers; the last existing line is extended.
    void mergeConditionalAppend(const Assignment &a)
    {
        const QStringList missing = missingWords(
            wordsOf(a.value), m_doc.evaluate(a.baseVariable, a.conditionOverrides).value);
        if (missing.isEmpty())
            return;
        int target = -1;
        int lastMention = -1;
        const QList<Statement> &sts = m_doc.statements();
        for (int i = 0; i < sts.size(); ++i) {
            const Statement &st = sts.at(i);
            if (st.kind != StatementKind::Assignment || st.assignment.isFlag() ||
                st.assignment.baseVariable != a.baseVariable)
                continue;
            lastMention = i;
            if (st.assignment.name == a.name && st.assignment.op == AssignOperator::Set)
                target = i;
        }
        const bool done =
            target >= 0
                ? extendInPlace(sts.at(target), missing)
                : insertAfter(lastMention, a.name + QStringLiteral(" = \" ") +
                                               missing.join(QLatin1Char(' ')) + QLatin1Char('"'));
        if (!done)
            return;
        const QStringList still =
            missingWords(missing, m_doc.evaluate(a.baseVariable, a.conditionOverrides).value);
        if (!still.isEmpty()) {
            fail(QStringLiteral("%1 would still miss '%2' after the edit; edit it by hand")
                     .arg(a.name, still.join(QLatin1Char(' '))));
            return;
        }
        m_out.changed.append(a.name);
    }

    bool extendInPlace(const Statement &st, const QStringList &words)
    {
        QByteArray bytes = m_doc.toBytes();
        const QByteArray region = bytes.mid(st.valueBegin, st.valueEnd - st.valueBegin);
        const QString joined = words.join(QLatin1Char(' '));
        if (joined.contains(st.assignment.quote)) {
            fail(QStringLiteral("'%1' cannot be added to %2 (quote character)")
                     .arg(joined, st.assignment.name));
            return false;
        }
        QByteArray added;
        if (!region.contains('\n')) {
            const bool space = region.isEmpty() || !QChar(QLatin1Char(region.back())).isSpace();
            added = (space ? QByteArray(" ") : QByteArray()) + joined.toUtf8();
        } else if (region.endsWith("\\\n") || region.endsWith("\\\r\n")) {
            // One item per continued line: keep the layout and the last item's indentation.
            const QByteArray eol = region.endsWith("\r\n") ? QByteArray("\r\n") : QByteArray("\n");
            const QByteArray body = region.left(region.size() - 1 - eol.size());
            const qsizetype lineStart = body.lastIndexOf('\n') + 1;
            QByteArray indent;
            for (qsizetype i = lineStart;
                 i < body.size() && (body.at(i) == ' ' || body.at(i) == '\t'); ++i)
                indent += body.at(i);
            if (indent.isEmpty())
                indent = "    ";
            for (const QString &w : words)
                added += indent + w.toUtf8() + " \\" + eol;
        } else {
            fail(QStringLiteral("%1 (line %2) is laid out in a way that cannot be extended in "
                                "place; add '%3' by hand")
                     .arg(st.assignment.name)
                     .arg(st.firstLine)
                     .arg(joined));
            return false;
        }
        bytes.insert(st.valueEnd, added);
        return reparse(bytes);
    }

    bool insertAfter(int index, const QString &line)
    {
        QByteArray bytes = m_doc.toBytes();
        const qsizetype pos = index >= 0 ? m_doc.statements().at(index).offset +
                                               m_doc.statements().at(index).raw.size()
                                         : bytes.size();
        const QByteArray text = line.toUtf8();
        const QByteArray eol = m_doc.lineEnding();
        const QByteArray before = bytes.left(pos);
        if (before.isEmpty() || before.endsWith('\n'))
            bytes.insert(pos, text + eol);
        else
            bytes.insert(pos, eol + text); // no final newline before: keep it that way
        if (!reparse(bytes))
            return false;
        for (const Statement &st : m_doc.statements()) {
            if (st.logicalText == line)
                return true;
        }
        fail(QStringLiteral("cannot add '%1': the end of the file is not at statement level")
                 .arg(line));
        return false;
    }

    void ensureInherit(const QString &cls)
    {
        int lastInherit = -1;
        const QList<Statement> &sts = m_doc.statements();
        for (int i = 0; i < sts.size(); ++i) {
            const Statement &st = sts.at(i);
            if (st.kind != StatementKind::Inherit && st.kind != StatementKind::InheritDefer)
                continue;
            if (st.arguments.contains(cls))
                return;
            lastInherit = i;
        }
        if (insertAfter(lastInherit, QStringLiteral("inherit ") + cls))
            m_out.changed.append(QStringLiteral("inherit ") + cls);
    }

    bool reparse(const QByteArray &bytes)
    {
        Document edited = Document::parse(bytes, m_doc.filePath(), m_doc.grammar());
        if (errorCount(edited) > errorCount(m_doc)) {
            fail(QStringLiteral("the edit would make the file invalid"));
            return false;
        }
        m_doc = std::move(edited);
        return true;
    }

    bool check(const VoidResult &r)
    {
        if (!r)
            fail(r.error().message, r.error().location.line);
        return bool(r);
    }

    void fail(const QString &message, int line = 0)
    {
        m_out.diagnostics.append(
            Diagnostic::error(QStringLiteral("export.merge-refused"),
                              QStringLiteral("%1 not changed: %2").arg(m_doc.filePath(), message),
                              {m_doc.filePath(), line, 0}));
    }

    Document m_doc;
    MergeOutcome &m_out;
};

} // namespace

MergeOutcome StatementMerger::merge(const QByteArray &existing, const QString &path,
                                    const QByteArray &generated)
{
    MergeOutcome out;
    out.bytes = existing;
    if (refusesBrokenFile(existing, path, out.diagnostics))
        return out;
    const Document doc = Document::parse(existing, path);
    const Document source = Document::parse(generated, path, doc.grammar());
    Merger merger(doc, out);
    for (const Statement &st : source.statements()) {
        merger.mergeStatement(st);
        if (!out.ok())
            break;
    }
    if (!out.ok()) {
        out.changed.clear();
        return out;
    }
    out.bytes = merger.document().toBytes();
    return out;
}

bool StatementMerger::refusesBrokenFile(const QByteArray &existing, const QString &path,
                                        Diagnostics &out)
{
    const Document doc = Document::parse(existing, path);
    if (!doc.hasErrors())
        return false;
    for (const Diagnostic &d : doc.diagnostics()) {
        if (d.isError())
            out.append(d);
    }
    out.append(Diagnostic::error(
        QStringLiteral("export.merge-refused"),
        QStringLiteral("%1 not changed: BitBake would already reject it; fix it first").arg(path),
        {path}));
    return true;
}

} // namespace cbw::core::exporting

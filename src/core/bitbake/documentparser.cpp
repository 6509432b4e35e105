#include "documentparser.h"

#include "pythonbalancechecker.h"

#include <algorithm>

#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

namespace cbw::core::bitbake::detail {

namespace {

// The patterns are BitBake's own (ConfHandler.py / BBHandler.py, 2.15+), anchored at the
// start as Python's re.match is.
QRegularExpression makeRe(const char *pattern)
{
    return QRegularExpression(QString::fromLatin1(pattern),
                              QRegularExpression::UseUnicodePropertiesOption);
}

const QRegularExpression &configRe()
{
    static const QRegularExpression re =
        makeRe(R"(\A(?<exp>export\s+)?(?<var>[a-zA-Z0-9\-_+.${}/~:]*?))"
               R"((\[(?<flag>[a-zA-Z0-9\-_+.][a-zA-Z0-9\-_+.@/]*)\])?)"
               R"((?<ws>\s*)(?<op>:=|\?\?=|\?=|\+=|=\+|=\.|\.=|=)(?<ws2>\s*))"
               R"((?!'[^']*'[^']*'$)(?!"[^"]*"[^"]*"$))"
               R"((?<apo>['"])(?<value>.*)(?P=apo)$)");
    return re;
}

#define CBW_BB_RE(fn, pattern)                                                                     \
    const QRegularExpression &fn()                                                                 \
    {                                                                                              \
        static const QRegularExpression re = makeRe(pattern);                                      \
        return re;                                                                                 \
    }

CBW_BB_RE(includeRe, R"(\Ainclude\s+(.+))")
CBW_BB_RE(requireRe, R"(\Arequire\s+(.+))")
CBW_BB_RE(includeAllRe, R"(\Ainclude_all\s+(.+))")
CBW_BB_RE(exportRe, R"(\Aexport\s+([a-zA-Z0-9\-_+.${}/~]+)$)")
CBW_BB_RE(unsetRe, R"(\Aunset\s+([a-zA-Z0-9\-_+.${}/~]+)$)")
CBW_BB_RE(unsetFlagRe,
          R"(\Aunset\s+([a-zA-Z0-9\-_+.${}/~]+)\[([a-zA-Z0-9\-_+.][a-zA-Z0-9\-_+.@]+)\]$)")
CBW_BB_RE(addpylibRe, R"(\Aaddpylib\s+(.+)\s+(.+))")
CBW_BB_RE(addfragmentsRe, R"(\Aaddfragments\s+(.+)\s+(.+)\s+(.+)\s+(.+))")
CBW_BB_RE(funcStartRe, R"(\A(((?<py>python(?=(\s|\()))|(?<fr>fakeroot(?=\s)))\s*)*)"
                       R"((?<func>[\w\.\-\+\{\}\$:]+)?\s*\(\s*\)\s*\{$)")
CBW_BB_RE(inheritRe, R"(\Ainherit\s+(.+))")
CBW_BB_RE(inheritDeferRe, R"(\Ainherit_defer\s+(.+))")
CBW_BB_RE(exportFuncsRe, R"(\AEXPORT_FUNCTIONS\s+(.+))")
CBW_BB_RE(addtaskRe, R"(\Aaddtask\s+([^#\n]+)(?<comment>#.*|.*?))")
CBW_BB_RE(deltaskRe, R"(\Adeltask\s+([^#\n]+)(?<comment>#.*|.*?))")
CBW_BB_RE(addhandlerRe, R"(\Aaddhandler\s+(.+))")
CBW_BB_RE(defRe, R"(\Adef\s+(\w+).*:)")
CBW_BB_RE(pythonTabRe, R"(\A *\t)")
CBW_BB_RE(wordsRe, R"(\s+)")

#undef CBW_BB_RE

bool isOverrideLike(const QString &part)
{
    if (part.isEmpty())
        return false;
    const QChar c = part.at(0);
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || part.startsWith(QLatin1String("${"));
}

OverrideOperation operationFor(const QString &part)
{
    if (part == QLatin1String("append"))
        return OverrideOperation::Append;
    if (part == QLatin1String("prepend"))
        return OverrideOperation::Prepend;
    if (part == QLatin1String("remove"))
        return OverrideOperation::Remove;
    return OverrideOperation::None;
}

QStringList splitWords(const QString &s)
{
    return s.split(wordsRe(), Qt::SkipEmptyParts);
}

struct PhysLine
{
    qsizetype begin = 0;
    qsizetype contentEnd = 0;
    qsizetype end = 0;
    QString text;
    QString stripped;
    bool invalid = false;
};

// A logical line: physical line texts (trailing whitespace stripped, continuation
// backslash removed) glued together.
struct Logical
{
    struct Piece
    {
        int line;
        qsizetype start; // offset in text
        qsizetype length;
    };
    QString text;
    QList<Piece> pieces;

    void add(int line, const QString &s)
    {
        pieces.append({line, text.size(), s.size()});
        text += s;
    }
    // Drops the last character (a continuation backslash), which belongs to the last
    // non-empty piece; empty pieces after it (blank continuation lines) move back with it.
    void chopLast()
    {
        text.chop(1);
        for (qsizetype i = pieces.size() - 1; i >= 0; --i) {
            if (pieces[i].length > 0) {
                pieces[i].length -= 1;
                break;
            }
            pieces[i].start = text.size();
        }
    }
    void clear()
    {
        text.clear();
        pieces.clear();
    }
    bool isEmpty() const { return pieces.isEmpty(); }
    int firstLine() const { return pieces.first().line; }
};

class Parser
{
public:
    Parser(const QByteArray &bytes, const QString &filePath, Grammar grammar)
        : m_bytes(bytes)
        , m_file(filePath)
        , m_grammar(grammar)
    {
        const QString base = QFileInfo(filePath).fileName();
        m_baseConfig =
            base == QLatin1String("bblayers.conf") || base == QLatin1String("layer.conf");
    }

    ParseOutput run()
    {
        splitLines();
        if (m_grammar == Grammar::Configuration)
            parseConfiguration();
        else
            parseRecipe();
        checkRecipeFileName();
        // Some problems are only known later (an unclosed bracket in a def body, a bad byte);
        // report in line order like a compiler.
        std::stable_sort(m_out.diagnostics.begin(), m_out.diagnostics.end(),
                         [](const Diagnostic &a, const Diagnostic &b) {
                             return a.location.line < b.location.line;
                         });
        return std::move(m_out);
    }

private:
    void splitLines()
    {
        const qsizetype n = m_bytes.size();
        qsizetype pos = 0;
        while (pos < n) {
            PhysLine line;
            line.begin = pos;
            qsizetype i = pos;
            while (i < n && m_bytes.at(i) != '\n' && m_bytes.at(i) != '\r')
                ++i;
            line.contentEnd = i;
            if (i < n) {
                if (m_bytes.at(i) == '\r' && i + 1 < n && m_bytes.at(i + 1) == '\n')
                    i += 2;
                else
                    i += 1;
            }
            line.end = i;
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
            line.text = decoder(
                QByteArrayView(m_bytes.constData() + line.begin, line.contentEnd - line.begin));
            line.invalid = decoder.hasError();
            line.stripped = pythonRstrip(line.text);
            m_lines.append(line);
            pos = i;
        }
        for (int i = 0; i < m_lines.size(); ++i) {
            if (m_lines.at(i).invalid)
                error(QStringLiteral("bitbake.invalid-utf8"),
                      QStringLiteral("line is not valid UTF-8 (BitBake aborts with a decoding "
                                     "error)"),
                      i + 1);
        }
    }

    void error(const QString &code, const QString &message, int line, int column = 1)
    {
        m_out.diagnostics.append(Diagnostic::error(code, message, {m_file, line, column}));
    }
    void warning(const QString &code, const QString &message, int line, int column = 1)
    {
        m_out.diagnostics.append(Diagnostic::warning(code, message, {m_file, line, column}));
    }

    Statement &addStatement(StatementKind kind, int first, int last)
    {
        Statement st;
        st.kind = kind;
        st.offset = m_lines.at(first).begin;
        st.raw = m_bytes.mid(st.offset, m_lines.at(last).end - st.offset);
        st.firstLine = first + 1;
        st.lastLine = last + 1;
        m_out.statements.append(st);
        return m_out.statements.last();
    }

    qsizetype byteOffsetOf(const Logical &lg, qsizetype pos) const
    {
        for (const Logical::Piece &p : lg.pieces) {
            if (pos >= p.start && pos < p.start + p.length) {
                const PhysLine &line = m_lines.at(p.line);
                return line.begin + line.text.left(pos - p.start).toUtf8().size();
            }
        }
        return -1;
    }

    ValueLocation valueLocation(const Logical &lg, qsizetype v0, qsizetype v1) const
    {
        ValueLocation loc;
        bool started = false;
        for (const Logical::Piece &p : lg.pieces) {
            if (!started) {
                if (v0 >= p.start && v0 < p.start + p.length) {
                    loc = ValueLocation(m_file, p.line + 1, int(v0 - p.start) + 1);
                    started = true;
                }
                continue;
            }
            if (p.start >= v1)
                break;
            if (p.length > 0)
                loc.addSegment(int(p.start - v0), p.line + 1, 1);
        }
        return loc;
    }

    void checkOldSyntax(const QString &name, int line)
    {
        if (name.startsWith(QLatin1String("__anon_")))
            return;
        if (name.contains(QLatin1String("_append")) || name.contains(QLatin1String("_prepend")) ||
            name.contains(QLatin1String("_remove"))) {
            error(QStringLiteral("bitbake.old-override-syntax"),
                  QStringLiteral("Variable %1 contains an operation using the old override "
                                 "syntax. Please convert this layer/metadata before attempting "
                                 "to use with a newer bitbake.")
                      .arg(name),
                  line);
        }
    }

    void unparsed(const Logical &lg, int first, int last)
    {
        error(QStringLiteral("bitbake.unparsed-line"),
              QStringLiteral("unparsed line: '%1'").arg(lg.text), last + 1);
        Statement &st = addStatement(StatementKind::Unparsed, first, last);
        st.logicalText = lg.text;
    }

    void words(StatementKind kind, const Logical &lg, const QString &args, int first, int last)
    {
        Statement &st = addStatement(kind, first, last);
        st.logicalText = lg.text;
        st.arguments = splitWords(args);
    }

    // ConfHandler.feeder; `recipe` leaves out what only configuration files accept.
    void feedConfiguration(const Logical &lg, int first, int last, bool recipe)
    {
        const QString &s = lg.text;
        const int lineNo = last + 1;
        QRegularExpressionMatch m = configRe().match(s);
        if (m.hasMatch()) {
            const QString var = m.captured(u"var");
            if (var.isEmpty()) {
                error(QStringLiteral("bitbake.empty-variable-name"),
                      QStringLiteral("Empty variable name in assignment: '%1'").arg(s), lineNo);
                Statement &st = addStatement(StatementKind::Unparsed, first, last);
                st.logicalText = s;
                return;
            }
            if (m.captured(u"ws").isEmpty() || m.captured(u"ws2").isEmpty())
                warning(
                    QStringLiteral("bitbake.missing-whitespace"),
                    QStringLiteral("has a lack of whitespace around the assignment: '%1'").arg(s),
                    lineNo);
            Statement &st = addStatement(StatementKind::Assignment, first, last);
            st.logicalText = s;
            st.name = var;
            Assignment &a = st.assignment;
            a.statementIndex = int(m_out.statements.size()) - 1;
            a.name = var;
            const NameParts parts = decomposeName(var);
            a.baseVariable = parts.base;
            a.operation = parts.operation;
            a.variantOverrides = parts.variant;
            a.conditionOverrides = parts.condition;
            a.flag = m.captured(u"flag");
            a.exported = m.capturedLength(u"exp") > 0;
            const QString op = m.captured(u"op");
            if (op == QLatin1String("?="))
                a.op = AssignOperator::SoftDefault;
            else if (op == QLatin1String("?"
                                         "?="))
                a.op = AssignOperator::WeakDefault;
            else if (op == QLatin1String(":="))
                a.op = AssignOperator::Immediate;
            else if (op == QLatin1String("+="))
                a.op = AssignOperator::AppendSpace;
            else if (op == QLatin1String("=+"))
                a.op = AssignOperator::PrependSpace;
            else if (op == QLatin1String(".="))
                a.op = AssignOperator::AppendDot;
            else if (op == QLatin1String("=."))
                a.op = AssignOperator::PrependDot;
            else
                a.op = AssignOperator::Set;
            a.value = m.captured(u"value");
            a.quote = m.captured(u"apo").at(0);
            a.firstLine = first + 1;
            a.lastLine = last + 1;
            const qsizetype v0 = m.capturedStart(u"value");
            const qsizetype v1 = m.capturedEnd(u"value");
            a.valueLocation = valueLocation(lg, v0, v1);
            const qsizetype openByte = byteOffsetOf(lg, v0 - 1);
            const qsizetype closeByte = byteOffsetOf(lg, v1);
            st.valueBegin = openByte < 0 ? -1 : openByte + 1;
            st.valueEnd = closeByte;
            if (a.flag.isEmpty())
                checkOldSyntax(var, lineNo);
            if (a.operation != OverrideOperation::None &&
                (a.op == AssignOperator::AppendSpace || a.op == AssignOperator::PrependSpace ||
                 a.op == AssignOperator::AppendDot || a.op == AssignOperator::PrependDot))
                warning(QStringLiteral("bitbake.operator-combination"),
                        QStringLiteral("%1 %2 is not a recommended operator combination, please "
                                       "replace it.")
                            .arg(var, op),
                        lineNo);
            return;
        }
        if ((m = includeRe().match(s)).hasMatch())
            return words(StatementKind::Include, lg, m.captured(1), first, last);
        if ((m = requireRe().match(s)).hasMatch())
            return words(StatementKind::Require, lg, m.captured(1), first, last);
        if ((m = includeAllRe().match(s)).hasMatch())
            return words(StatementKind::IncludeAll, lg, m.captured(1), first, last);
        if ((m = exportRe().match(s)).hasMatch()) {
            Statement &st = addStatement(StatementKind::Export, first, last);
            st.logicalText = s;
            st.name = m.captured(1);
            return;
        }
        if ((m = unsetRe().match(s)).hasMatch()) {
            Statement &st = addStatement(StatementKind::Unset, first, last);
            st.logicalText = s;
            st.name = m.captured(1);
            return;
        }
        if ((m = unsetFlagRe().match(s)).hasMatch()) {
            Statement &st = addStatement(StatementKind::UnsetFlag, first, last);
            st.logicalText = s;
            st.name = m.captured(1);
            st.flag = m.captured(2);
            return;
        }
        if (!recipe && m_baseConfig && (m = addpylibRe().match(s)).hasMatch()) {
            Statement &st = addStatement(StatementKind::AddPylib, first, last);
            st.logicalText = s;
            st.arguments = {m.captured(1), m.captured(2)};
            return;
        }
        if ((m = addfragmentsRe().match(s)).hasMatch()) {
            Statement &st = addStatement(StatementKind::AddFragments, first, last);
            st.logicalText = s;
            st.arguments = {m.captured(1), m.captured(2), m.captured(3), m.captured(4)};
            return;
        }
        unparsed(lg, first, last);
    }

    // BBHandler.feeder for a complete logical line that is not a block header.
    void feedRecipe(const Logical &lg, int first, int last)
    {
        const QString &s = lg.text;
        QRegularExpressionMatch m;
        if ((m = exportFuncsRe().match(s)).hasMatch())
            return words(StatementKind::ExportFunctions, lg, m.captured(1), first, last);
        if ((m = addtaskRe().match(s)).hasMatch()) {
            const QStringList tokens = splitWords(s);
            for (const QString &t : tokens) {
                if (t.contains(QLatin1String(":append_")) ||
                    t.contains(QLatin1String(":prepend_")) ||
                    t.contains(QLatin1String(":remove_"))) {
                    error(QStringLiteral("bitbake.task-name-keyword"),
                          QStringLiteral("Task name '%1' contains a keyword which is not "
                                         "recommended/supported. Please rename the task not to "
                                         "include the keyword.")
                              .arg(t),
                          last + 1);
                    break;
                }
            }
            return words(StatementKind::AddTask, lg, m.captured(1), first, last);
        }
        if ((m = deltaskRe().match(s)).hasMatch())
            return words(StatementKind::DelTask, lg, m.captured(1), first, last);
        if ((m = addhandlerRe().match(s)).hasMatch())
            return words(StatementKind::AddHandler, lg, m.captured(1), first, last);
        if ((m = inheritRe().match(s)).hasMatch())
            return words(StatementKind::Inherit, lg, m.captured(1), first, last);
        if ((m = inheritDeferRe().match(s)).hasMatch())
            return words(StatementKind::InheritDefer, lg, m.captured(1), first, last);
        feedConfiguration(lg, first, last, true);
    }

    void emitComment(const Logical &lg, int first, int last)
    {
        Statement &st = addStatement(StatementKind::Comment, first, last);
        st.logicalText = lg.text;
    }

    void parseConfiguration()
    {
        const int n = int(m_lines.size());
        int i = 0;
        while (i < n) {
            if (m_lines.at(i).stripped.isEmpty()) {
                addStatement(StatementKind::Blank, i, i);
                ++i;
                continue;
            }
            Logical lg;
            lg.add(i, m_lines.at(i).stripped);
            int j = i;
            bool confused = false;
            while (!lg.text.isEmpty() && lg.text.endsWith(QLatin1Char('\\'))) {
                const bool atEof = j + 1 >= n;
                const QString next = atEof ? QString() : m_lines.at(j + 1).stripped;
                if ((next.isEmpty() || next.at(0) != QLatin1Char('#')) &&
                    lg.text.at(0) == QLatin1Char('#')) {
                    error(QStringLiteral("bitbake.confusing-multiline-comment"),
                          QStringLiteral("There is a confusing multiline, partially commented "
                                         "expression starting on line %1. Please clarify "
                                         "whether this is all a comment or should be parsed.")
                              .arg(i + 1),
                          i + 1);
                    confused = true;
                    break;
                }
                lg.chopLast();
                if (atEof)
                    continue; // BitBake reads "" at the end of the file and drops the '\'
                ++j;
                lg.add(j, next);
            }
            if (confused || lg.text.isEmpty() || lg.text.at(0) == QLatin1Char('#'))
                emitComment(lg, i, j);
            else
                feedConfiguration(lg, i, j, false);
            i = j + 1;
        }
    }

    // OE's bitbake.conf derives PN/PV/PR from `name_version_revision.bb`; more parts fail
    // as soon as PN is expanded, i.e. on every real parse of the recipe.
    void checkRecipeFileName()
    {
        const QFileInfo info(m_file);
        if (info.suffix() != QLatin1String("bb"))
            return;
        if (info.completeBaseName().count(QLatin1Char('_')) > 2)
            m_out.diagnostics.append(Diagnostic::error(
                QStringLiteral("bitbake.recipe-file-name"),
                QStringLiteral("Unable to generate default variables from filename (too many "
                               "underscores): %1")
                    .arg(info.fileName()),
                {m_file, 0, 0}));
    }

    void parseRecipe()
    {
        enum class State
        {
            Normal,
            InFunction,
            InDef
        };
        const int n = int(m_lines.size());
        State state = State::Normal;
        int blockStart = -1;
        int blockHeaderLine = -1;
        QString funcName;
        bool funcPython = false;
        bool funcFakeroot = false;
        bool funcAnonymous = false;
        QString header;
        QStringList body;
        Logical residue;

        auto closeDef = [&](int last) {
            Statement &st = addStatement(StatementKind::PythonDef, blockStart, last);
            st.logicalText = header;
            st.name = funcName;
            st.python = true;
            st.body = body.join(QLatin1Char('\n'));
            checkOldSyntax(funcName, blockStart + 1);
            m_out.diagnostics.append(
                PythonBalanceChecker::check(st.body, m_file, blockHeaderLine + 1));
        };

        for (int i = 0; i < n; ++i) {
            const QString &s = m_lines.at(i).stripped;
            if ((state == State::InDef ||
                 (state == State::InFunction && (funcPython || funcAnonymous))) &&
                pythonTabRe().match(s).hasMatch())
                warning(QStringLiteral("bitbake.python-tabs"),
                        QStringLiteral("python should use 4 spaces indentation, but found tabs "
                                       "in %1, line %2")
                            .arg(QFileInfo(m_file).fileName())
                            .arg(i + 1),
                        i + 1);
            if (state == State::InFunction) {
                if (s == QLatin1String("}")) {
                    Statement &st = addStatement(StatementKind::Function, blockStart, i);
                    st.logicalText = header;
                    st.name = funcName;
                    st.python = funcPython || funcAnonymous;
                    st.fakeroot = funcFakeroot;
                    body.append(QString());
                    st.body = body.join(QLatin1Char('\n'));
                    if (!funcAnonymous)
                        checkOldSyntax(funcName, blockHeaderLine + 1);
                    state = State::Normal;
                } else {
                    body.append(s);
                }
                continue;
            }
            if (state == State::InDef) {
                if (s.isEmpty() || isPythonSpace(s.at(0)) || s.at(0) == QLatin1Char('#')) {
                    body.append(s);
                    continue;
                }
                closeDef(i - 1);
                state = State::Normal;
            }
            const bool isComment = !s.isEmpty() && s.at(0) == QLatin1Char('#');
            const bool residueIsComment =
                !residue.isEmpty() && residue.text.startsWith(QLatin1Char('#'));
            if (isComment && !residue.isEmpty() && !residueIsComment) {
                error(QStringLiteral("bitbake.comment-in-continuation"),
                      QStringLiteral("There is a comment on line %1 which is in the middle of a "
                                     "multiline expression. This syntax is invalid, please "
                                     "correct it.")
                          .arg(i + 1),
                      i + 1);
            }
            if (residueIsComment && !isComment) {
                const int first = residue.firstLine();
                error(QStringLiteral("bitbake.confusing-multiline-comment"),
                      QStringLiteral("There is a confusing multiline partially commented "
                                     "expression on line %1. Please clarify whether this is all "
                                     "a comment or should be parsed.")
                          .arg(first + 1),
                      first + 1);
                emitComment(residue, first, i - 1);
                residue.clear();
            }
            if (!s.isEmpty() && s.endsWith(QLatin1Char('\\'))) {
                residue.add(i, s);
                residue.chopLast();
                continue;
            }
            Logical lg = residue;
            residue.clear();
            lg.add(i, s);
            const int first = lg.firstLine();
            if (lg.text.isEmpty()) {
                addStatement(StatementKind::Blank, first, i);
                continue;
            }
            if (lg.text.at(0) == QLatin1Char('#')) {
                emitComment(lg, first, i);
                continue;
            }
            QRegularExpressionMatch m = funcStartRe().match(lg.text);
            if (m.hasMatch()) {
                state = State::InFunction;
                blockStart = first;
                blockHeaderLine = i;
                header = lg.text;
                funcName = m.captured(u"func");
                funcAnonymous = funcName.isEmpty() || funcName == QLatin1String("__anonymous");
                if (funcName == QLatin1String("__anonymous"))
                    funcName.clear();
                funcPython = m.capturedLength(u"py") > 0;
                funcFakeroot = m.capturedLength(u"fr") > 0;
                body.clear();
                continue;
            }
            m = defRe().match(lg.text);
            if (m.hasMatch()) {
                state = State::InDef;
                blockStart = first;
                blockHeaderLine = i;
                header = lg.text;
                funcName = m.captured(1);
                body = {lg.text};
                continue;
            }
            feedRecipe(lg, first, i);
        }
        if (state == State::InDef)
            closeDef(n - 1);
        if (!residue.isEmpty()) {
            QStringList parts;
            for (const Logical::Piece &p : residue.pieces)
                parts.append(pythonRepr(residue.text.mid(p.start, p.length)));
            error(QStringLiteral("bitbake.unterminated-continuation"),
                  QStringLiteral("Unparsed lines %1: [%2]")
                      .arg(m_file, parts.join(QStringLiteral(", "))),
                  n + 1);
            Statement &st = addStatement(StatementKind::Unparsed, residue.firstLine(), n - 1);
            st.logicalText = residue.text;
        }
        if (state == State::InFunction) {
            if (!body.isEmpty()) {
                QStringList parts;
                for (const QString &b : std::as_const(body))
                    parts.append(pythonRepr(b));
                error(QStringLiteral("bitbake.unclosed-function"),
                      QStringLiteral("Unparsed lines from unclosed function %1: [%2]")
                          .arg(m_file, parts.join(QStringLiteral(", "))),
                      n + 1);
            } else {
                error(QStringLiteral("bitbake.unclosed-function"),
                      QStringLiteral("Shell function %1 is never closed")
                          .arg(funcAnonymous ? QStringLiteral("__anonymous") : funcName),
                      blockHeaderLine + 1);
            }
            Statement &st = addStatement(StatementKind::Unparsed, blockStart, n - 1);
            st.logicalText = header;
            st.name = funcName;
        }
    }

    const QByteArray &m_bytes;
    QString m_file;
    Grammar m_grammar;
    bool m_baseConfig = false;
    QList<PhysLine> m_lines;
    ParseOutput m_out;
};

} // namespace

bool isPythonSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || (u >= 0x09 && u <= 0x0d) || (u >= 0x1c && u <= 0x1f) || u == 0x85 ||
           c.isSpace();
}

QString pythonRstrip(const QString &s)
{
    qsizetype end = s.size();
    while (end > 0 && isPythonSpace(s.at(end - 1)))
        --end;
    return s.left(end);
}

QString pythonRepr(const QString &s)
{
    const bool hasSingle = s.contains(QLatin1Char('\''));
    const bool hasDouble = s.contains(QLatin1Char('"'));
    const QChar quote = (hasSingle && !hasDouble) ? QLatin1Char('"') : QLatin1Char('\'');
    QString out(quote);
    for (const QChar c : s) {
        if (c == quote || c == QLatin1Char('\\'))
            out += QLatin1Char('\\') + c;
        else if (c == QLatin1Char('\t'))
            out += QLatin1String("\\t");
        else if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else if (c == QLatin1Char('\r'))
            out += QLatin1String("\\r");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\x%1").arg(int(c.unicode()), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    out += quote;
    return out;
}

NameParts decomposeName(const QString &name)
{
    NameParts parts;
    const QStringList segments = name.split(QLatin1Char(':'));
    parts.base = segments.first();
    if (segments.size() == 1)
        return parts;
    for (qsizetype i = 1; i < segments.size(); ++i) {
        if (!isOverrideLike(segments.at(i))) {
            // BitBake only treats lowercase/digit suffixes as overrides: the whole name is
            // one inert variable.
            parts.base = name;
            return parts;
        }
    }
    // The operation is the first :append/:prepend/:remove; what follows are conditions.
    for (qsizetype i = 1; i < segments.size(); ++i) {
        const OverrideOperation op = operationFor(segments.at(i));
        if (op != OverrideOperation::None) {
            parts.operation = op;
            parts.variant = segments.mid(1, i - 1);
            parts.condition = segments.mid(i + 1);
            return parts;
        }
    }
    parts.variant = segments.mid(1);
    return parts;
}

ParseOutput parseDocument(const QByteArray &bytes, const QString &filePath, Grammar grammar)
{
    return Parser(bytes, filePath, grammar).run();
}

} // namespace cbw::core::bitbake::detail

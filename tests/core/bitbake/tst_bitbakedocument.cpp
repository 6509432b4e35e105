#include "bitbake/document.h"
#include "bitbake/includechecker.h"
#include "bitbake/pythonbalancechecker.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace cbw::core;
using namespace cbw::core::bitbake;

namespace {

QString corpusDir()
{
    return QStringLiteral(CBW_TEST_DATA_DIR "/corpus");
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

Document corpusDocument(const QString &relative)
{
    const QString path = corpusDir() + QLatin1Char('/') + relative;
    return Document::parse(readFile(path), path);
}

QStringList corpusFiles(const QStringList &dirs)
{
    QStringList files;
    for (const QString &dir : dirs) {
        QDirIterator it(corpusDir() + QLatin1Char('/') + dir, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    files.sort();
    return files;
}

QString diagnosticsText(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.code + QLatin1Char(' ') + d.toGccString());
    return lines.join(QLatin1Char('\n'));
}

const Diagnostic *firstError(const Diagnostics &diagnostics)
{
    for (const Diagnostic &d : diagnostics) {
        if (d.isError())
            return &d;
    }
    return nullptr;
}

QString kinds(const Document &doc)
{
    QStringList out;
    for (const Statement &st : doc.statements())
        out.append(statementKindName(st.kind));
    return out.join(QLatin1Char(','));
}

QStringList codes(const Diagnostics &diagnostics)
{
    QStringList out;
    for (const Diagnostic &d : diagnostics)
        out.append(d.code + QLatin1Char('@') + QString::number(d.location.line));
    return out;
}

} // namespace

class TestBitbakeDocument : public QObject
{
    Q_OBJECT

private slots:
    void grammarByFileName_data();
    void grammarByFileName();

    void corpusRoundTrip_data();
    void corpusRoundTrip();
    void edgeRoundTrip_data();
    void edgeRoundTrip();

    void classification_data();
    void classification();

    void assignmentQueries();
    void assignmentNameDecomposition_data();
    void assignmentNameDecomposition();
    void valueLocationAcrossContinuation();

    void evaluation_data();
    void evaluation();
    void evaluationFlags();
    void evaluationReferences();
    void exponentialExpansionIsBounded();

    void edits_data();
    void edits();
    void editRefusals_data();
    void editRefusals();
    void editLeavesOtherBytes();
    void editCorpusFilesStayValid_data();
    void editCorpusFilesStayValid();
    void removeAssignment();

    void invalidCorpus_data();
    void invalidCorpus();
    void invalidCorpusCoversEveryFile();
    void statementAtLine();
    void invalidEdgeCases_data();
    void invalidEdgeCases();
    void warnings_data();
    void warnings();

    void includeChecker();
    void pythonBalance_data();
    void pythonBalance();

    void robustnessTruncatedAndGarbled();
    void robustnessRandomBytes();
};

void TestBitbakeDocument::grammarByFileName_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("grammar");
    QTest::addColumn<bool>("includable");
    QTest::newRow("conf") << "a/local.conf" << int(Grammar::Configuration) << true;
    QTest::newRow("bb") << "x_1.0.bb" << int(Grammar::Recipe) << true;
    QTest::newRow("bbappend") << "x_%.bbappend" << int(Grammar::Recipe) << false;
    QTest::newRow("bbclass") << "classes/a.bbclass" << int(Grammar::Recipe) << true;
    QTest::newRow("inc") << "conf/distro/include/x.inc" << int(Grammar::Recipe) << true;
    QTest::newRow("sample") << "local.conf.sample" << int(Grammar::Configuration) << false;
    QTest::newRow("sample extended")
        << "local.conf.sample.extended" << int(Grammar::Configuration) << false;
    QTest::newRow("unknown") << "README" << int(Grammar::Configuration) << false;
}

void TestBitbakeDocument::grammarByFileName()
{
    QFETCH(QString, path);
    QFETCH(int, grammar);
    QFETCH(bool, includable);
    QCOMPARE(int(grammarForPath(path)), grammar);
    QCOMPARE(isIncludableFileName(path), includable);
    QCOMPARE(grammarForFileName(QStringLiteral("README")).has_value(), false);
}

void TestBitbakeDocument::corpusRoundTrip_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files =
        corpusFiles({QStringLiteral("real"), QStringLiteral("synthetic/valid")});
    QVERIFY(files.size() >= 17);
    for (const QString &f : files)
        QTest::newRow(qPrintable(QDir(corpusDir()).relativeFilePath(f))) << f;
}

void TestBitbakeDocument::corpusRoundTrip()
{
    QFETCH(QString, path);
    const QByteArray bytes = readFile(path);
    const Document doc = Document::parse(bytes, path);
    QCOMPARE(doc.toBytes(), bytes);
    QVERIFY2(!doc.hasErrors(), qPrintable(diagnosticsText(doc.diagnostics())));
    // Statements tile the file: offsets are contiguous and line numbers consecutive.
    qsizetype offset = 0;
    int line = 1;
    for (const Statement &st : doc.statements()) {
        QCOMPARE(st.offset, offset);
        QCOMPARE(st.firstLine, line);
        QVERIFY(st.lastLine >= st.firstLine);
        offset += st.raw.size();
        line = st.lastLine + 1;
        QVERIFY(st.kind != StatementKind::Unparsed);
    }
    QCOMPARE(offset, bytes.size());
    // A re-parse of the output gives the same statements.
    const Document again = Document::parse(doc.toBytes(), path);
    QCOMPARE(kinds(again), kinds(doc));
    // Every variable evaluates, with and without overrides, without hanging.
    for (const QString &var : doc.variableNames()) {
        const EvaluatedValue v =
            doc.evaluate(var, {QStringLiteral("pn-foo"), QStringLiteral("x86-64")});
        QCOMPARE(v.needsExpansion, v.value.contains(QLatin1String("${")));
    }
}

void TestBitbakeDocument::edgeRoundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expectedKinds");
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("expectedValue");

    QTest::newRow("empty") << "a.conf" << QByteArray() << ""
                           << "A"
                           << "";
    QTest::newRow("only newline") << "a.conf" << QByteArray("\n") << "blank"
                                  << "A"
                                  << "";
    QTest::newRow("lone CR") << "a.conf" << QByteArray("A = \"1\"\rB = \"2\"\r")
                             << "assignment,assignment"
                             << "B"
                             << "2";
    QTest::newRow("lone CR continuation")
        << "a.conf" << QByteArray("A = \"x \\\r  y\"\r") << "assignment"
        << "A"
        << "x   y";
    QTest::newRow("mixed endings") << "a.conf" << QByteArray("A = \"1\"\r\nB = \"2\"\nC = \"3\"\r")
                                   << "assignment,assignment,assignment"
                                   << "C"
                                   << "3";
    QTest::newRow("no final newline")
        << "a.conf" << QByteArray("A = \"1\"\nB = \"2\"") << "assignment,assignment"
        << "B"
        << "2";
    QTest::newRow("trailing blanks after backslash")
        << "a.conf" << QByteArray("A = \"x \\  \t\n    y\"\n") << "assignment"
        << "A"
        << "x     y";
    QTest::newRow("tabs in continuation")
        << "a.bb" << QByteArray("A = \"x \\\n\ty\"\n") << "assignment"
        << "A"
        << "x \ty";
    QTest::newRow("trailing whitespace after quote")
        << "a.conf" << QByteArray("A = \"v\"  \t \n") << "assignment"
        << "A"
        << "v";
    QTest::newRow("whitespace-only line")
        << "a.conf" << QByteArray("A = \"v\"\n   \t\nB = \"w\"\n") << "assignment,blank,assignment"
        << "A"
        << "v";
    QTest::newRow("value on next line")
        << "a.inc" << QByteArray("VAR ?\?= \\\n    'value'\n") << "assignment"
        << "VAR"
        << "value";
    QTest::newRow("function body verbatim")
        << "a.bb"
        << QByteArray("do_install() {\n\tif true; then \\\n\t  echo \"}\"  \n # x\n }\n\n}\n"
                      "A = \"1\"\n")
        << "function,assignment"
        << "A"
        << "1";
    QTest::newRow("def block with blank and comment lines")
        << "a.bbclass" << QByteArray("def f(d):\n    x = 1\n\n# comment\n    return x\nA = \"1\"\n")
        << "def,assignment"
        << "A"
        << "1";
    QTest::newRow("def at end of file")
        << "a.bb" << QByteArray("def f(d):\n    return 1\n\n") << "def"
        << "A"
        << "";
    QTest::newRow("commented continued block")
        << "a.conf" << QByteArray("#A = \"x \\\n#  y \\\n#\"\nB = \"1\"\n") << "comment,assignment"
        << "B"
        << "1";
    QTest::newRow("inline python and names")
        << "a.bb"
        << QByteArray("RDEPENDS:${PN} += \"${@bb.utils.contains('X', 'y', 'z', '', d)}\"\n")
        << "assignment"
        << "A"
        << "";
    QTest::newRow("utf8 value") << "a.conf" << QByteArray("A = \"gr\xc3\xbc\xc3\x9f\"\n")
                                << "assignment"
                                << "A" << QString::fromUtf8("gr\xc3\xbc\xc3\x9f");
    QTest::newRow("crlf continuation")
        << "a.conf" << QByteArray("A = \"a \\\r\n    b\"\r\n") << "assignment"
        << "A"
        << "a     b";
    QTest::newRow("conf double backslash over blank line")
        << "a.conf" << QByteArray("A = \"x\\\\\n\n  y\"\n") << "assignment"
        << "A"
        << "x  y";
    QTest::newRow("blank lines at end")
        << "a.conf" << QByteArray("A = \"1\"\n\n\n") << "assignment,blank,blank"
        << "A"
        << "1";
}

void TestBitbakeDocument::edgeRoundTrip()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expectedKinds);
    QFETCH(QString, variable);
    QFETCH(QString, expectedValue);
    const Document doc = Document::parse(bytes, file);
    QCOMPARE(doc.toBytes(), bytes);
    QVERIFY2(!doc.hasErrors(), qPrintable(diagnosticsText(doc.diagnostics())));
    QCOMPARE(kinds(doc), expectedKinds);
    QCOMPARE(doc.evaluate(variable).value, expectedValue);
}

void TestBitbakeDocument::classification_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expectedKinds");

    QTest::newRow("conf statements")
        << "local.conf"
        << QByteArray("# c\n\nexport A = \"1\"\nexport B\nunset C\nunset D[doc]\ninclude a.inc "
                      "b.conf\nrequire x.conf\ninclude_all conf/y.conf\n"
                      "addfragments conf/fragments OE_FRAGMENTS OE_FRAGMENTS_METADATA_VARS "
                      "OE_FRAGMENTS_BUILTIN\ninclude = \"assigns a variable\"\n")
        << "comment,blank,assignment,export,unset,unset-flag,include,require,include_all,"
           "addfragments,assignment";
    QTest::newRow("recipe statements")
        << "r_1.0.bb"
        << QByteArray("inherit a b\ninherit_defer c\naddtask x after y before z # c\ndeltask "
                      "q\naddhandler h\nEXPORT_FUNCTIONS do_f\npython () {\n    pass\n}\n"
                      "fakeroot python do_g() {\n    pass\n}\ndo_install:append() {\n\tx\n}\n"
                      "def helper(d):\n    return 1\nA = \"1\"\n")
        << "inherit,inherit_defer,addtask,deltask,addhandler,EXPORT_FUNCTIONS,function,"
           "function,function,def,assignment";
    QTest::newRow("addpylib in layer.conf")
        << "conf/layer.conf" << QByteArray("addpylib ${LAYERDIR}/lib oe\n") << "addpylib";
    QTest::newRow("addpylib in local.conf")
        << "conf/local.conf" << QByteArray("addpylib ${LAYERDIR}/lib oe\n") << "unparsed";
    QTest::newRow("continued include")
        << "a.bb" << QByteArray("inherit a \\\n    b\n") << "inherit";
}

void TestBitbakeDocument::classification()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expectedKinds);
    const Document doc = Document::parse(bytes, file);
    QCOMPARE(kinds(doc), expectedKinds);
    QCOMPARE(doc.toBytes(), bytes);
}

void TestBitbakeDocument::assignmentQueries()
{
    {
        const Document doc = corpusDocument(QStringLiteral("synthetic/valid/crlf-local.conf"));
        const QList<Assignment> as = doc.assignments(QStringLiteral("BUNDLED_CONTAINERS"));
        QCOMPARE(as.size(), 2);
        QCOMPARE(as[0].value, QStringLiteral("container-base:docker     app:podman:autostart "));
        QCOMPARE(as[0].firstLine, 2);
        QCOMPARE(as[0].lastLine, 4);
        QCOMPARE(as[0].op, AssignOperator::Set);
        QCOMPARE(as[0].quote, QLatin1Char('"'));
        QCOMPARE(as[0].operation, OverrideOperation::None);
        QCOMPARE(as[1].name, QStringLiteral("BUNDLED_CONTAINERS:append"));
        QCOMPARE(as[1].operation, OverrideOperation::Append);
        QCOMPARE(as[1].value, QStringLiteral(" extra:docker"));
        QCOMPARE(doc.lineEnding(), QByteArray("\r\n"));
        const QStringList expected{QStringLiteral("MACHINE"), QStringLiteral("BUNDLED_CONTAINERS")};
        QCOMPARE(doc.variableNames(), expected);
    }
    {
        const Document doc = corpusDocument(QStringLiteral("synthetic/valid/operators.conf"));
        const QList<Assignment> a = doc.assignments(QStringLiteral("A"));
        QCOMPARE(a.size(), 9);
        QCOMPARE(a[1].op, AssignOperator::AppendSpace);
        QCOMPARE(a[2].op, AssignOperator::PrependSpace);
        QCOMPARE(a[3].op, AssignOperator::AppendDot);
        QCOMPARE(a[4].op, AssignOperator::PrependDot);
        QCOMPARE(a[8].name, QStringLiteral("A:append:pn-foo"));
        QCOMPARE(a[8].conditionOverrides, QStringList{QStringLiteral("pn-foo")});
        QCOMPARE(a[8].overrides(), QStringList{QStringLiteral("pn-foo")});
        QCOMPARE(a[8].firstLine, 14);
        QCOMPARE(doc.assignments(QStringLiteral("B"))[0].op, AssignOperator::SoftDefault);
        QCOMPARE(doc.assignments(QStringLiteral("C"))[0].op, AssignOperator::WeakDefault);
        QCOMPARE(doc.assignments(QStringLiteral("D"))[0].op, AssignOperator::Immediate);
        QCOMPARE(doc.assignments(QStringLiteral("D"))[0].value, QStringLiteral("${A}"));
        const QList<Assignment> e = doc.assignments(QStringLiteral("E"));
        QCOMPARE(e[0].variantOverrides, QStringList{QStringLiteral("pn-foo")});
        QVERIFY(!e[0].isUnconditional());
        QVERIFY(e[1].isUnconditional());
        const QStringList flags{QStringLiteral("doc"), QStringLiteral("other-flag@x"),
                                QStringLiteral("tmp")};
        QCOMPARE(doc.flagNames(QStringLiteral("F")), flags);
        QCOMPARE(doc.flagAssignments(QStringLiteral("F"), QStringLiteral("doc")).size(), 2);
        QVERIFY(doc.assignments(QStringLiteral("F")).isEmpty());
        QVERIFY(doc.assignments(QStringLiteral("H"))[0].exported);
        QVERIFY(!doc.assignments(QStringLiteral("I"))[0].exported);
        QCOMPARE(doc.statements().at(25).kind, StatementKind::Export);
        QCOMPARE(doc.statements().at(25).name, QStringLiteral("I"));
    }
    {
        const Document doc = corpusDocument(QStringLiteral("synthetic/valid/quoting.conf"));
        QCOMPARE(doc.assignments(QStringLiteral("A"))[0].quote, QLatin1Char('\''));
        QCOMPARE(doc.assignments(QStringLiteral("A"))[0].value,
                 QStringLiteral("single quotes may hold \"double\" quotes"));
        QCOMPARE(doc.assignments(QStringLiteral("C"))[0].value,
                 QStringLiteral("four quotes \"are\" allowed"));
        QCOMPARE(doc.assignments(QStringLiteral("D"))[0].value,
                 QStringLiteral("backslashes stay literal: \\t \\n \\$"));
        QCOMPARE(doc.assignments(QStringLiteral("E"))[0].value, QString());
    }
    {
        const Document doc = corpusDocument(QStringLiteral("synthetic/valid/my-bundle_1.0.bb"));
        const QList<Assignment> r = doc.assignments(QStringLiteral("RDEPENDS"));
        QCOMPARE(r.size(), 1);
        QCOMPARE(r[0].name, QStringLiteral("RDEPENDS:${PN}"));
        QCOMPARE(r[0].variantOverrides, QStringList{QStringLiteral("${PN}")});
        const QList<Assignment> d = doc.flagAssignments(
            QStringLiteral("CONTAINER_DIGESTS"), QStringLiteral("docker.io_library_alpine_3.19"));
        QCOMPARE(d.size(), 1);
        QCOMPARE(d[0].op, AssignOperator::WeakDefault);
        QCOMPARE(d[0].value, QStringLiteral("sha256:feedface"));
        const QList<Assignment> b = doc.assignments(QStringLiteral("CONTAINER_BUNDLES"));
        QCOMPARE(b.size(), 2);
        QCOMPARE(b[1].conditionOverrides, QStringList{QStringLiteral("qemuarm64")});
        int functions = 0;
        for (const Statement &st : doc.statements()) {
            if (st.kind == StatementKind::Function) {
                ++functions;
                if (st.name == QLatin1String("do_report")) {
                    QVERIFY(st.python);
                    QCOMPARE(st.body, QStringLiteral("    bb.note(\"bundles: %s\" % "
                                                     "d.getVar(\"CONTAINER_BUNDLES\"))\n"));
                } else {
                    QCOMPARE(st.name, QStringLiteral("do_install:append"));
                    QCOMPARE(st.body, QStringLiteral("\tinstall -d ${D}${datadir}/extra\n"));
                }
            }
            if (st.kind == StatementKind::AddTask) {
                const QStringList args{QStringLiteral("report"), QStringLiteral("after"),
                                       QStringLiteral("do_install"), QStringLiteral("before"),
                                       QStringLiteral("do_build")};
                QCOMPARE(st.arguments, args);
            }
        }
        QCOMPARE(functions, 2);
    }
}

void TestBitbakeDocument::assignmentNameDecomposition_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("base");
    QTest::addColumn<int>("operation");
    QTest::addColumn<QStringList>("variant");
    QTest::addColumn<QStringList>("condition");
    QTest::newRow("plain") << "A"
                           << "A" << int(OverrideOperation::None) << QStringList() << QStringList();
    QTest::newRow("append") << "A:append"
                            << "A" << int(OverrideOperation::Append) << QStringList()
                            << QStringList();
    QTest::newRow("append with two overrides")
        << "BUNDLED_CONTAINERS:append:pn-foo:qemux86-64"
        << "BUNDLED_CONTAINERS" << int(OverrideOperation::Append) << QStringList()
        << QStringList{"pn-foo", "qemux86-64"};
    QTest::newRow("variant append")
        << "A:o:append"
        << "A" << int(OverrideOperation::Append) << QStringList{"o"} << QStringList();
    QTest::newRow("remove") << "A:remove:o"
                            << "A" << int(OverrideOperation::Remove) << QStringList()
                            << QStringList{"o"};
    QTest::newRow("prepend") << "A:prepend"
                             << "A" << int(OverrideOperation::Prepend) << QStringList()
                             << QStringList();
    QTest::newRow("variant") << "A:o1:o2"
                             << "A" << int(OverrideOperation::None) << QStringList{"o1", "o2"}
                             << QStringList();
    QTest::newRow("uppercase suffix is inert")
        << "A:append:Foo"
        << "A:append:Foo" << int(OverrideOperation::None) << QStringList() << QStringList();
}

void TestBitbakeDocument::assignmentNameDecomposition()
{
    QFETCH(QString, name);
    QFETCH(QString, base);
    QFETCH(int, operation);
    QFETCH(QStringList, variant);
    QFETCH(QStringList, condition);
    const Document doc =
        Document::parse(name.toUtf8() + QByteArrayLiteral(" = \"v\"\n"), QStringLiteral("a.conf"));
    const QList<Assignment> all = doc.allAssignments();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all[0].name, name);
    QCOMPARE(all[0].baseVariable, base);
    QCOMPARE(int(all[0].operation), operation);
    QCOMPARE(all[0].variantOverrides, variant);
    QCOMPARE(all[0].conditionOverrides, condition);
}

void TestBitbakeDocument::valueLocationAcrossContinuation()
{
    const Document doc = corpusDocument(QStringLiteral("synthetic/valid/crlf-local.conf"));
    const Assignment a = doc.assignments(QStringLiteral("BUNDLED_CONTAINERS"))[0];
    const QString file = doc.filePath();
    QCOMPARE(a.valueLocation.locate(0), (SourceLocation{file, 2, 23}));
    const int app = int(a.value.indexOf(QLatin1String("app:")));
    QCOMPARE(app, 26);
    QCOMPARE(a.valueLocation.locate(app), (SourceLocation{file, 3, 5}));
    const Document glued = corpusDocument(QStringLiteral("synthetic/valid/comment-glued.conf"));
    const Assignment g = glued.assignments(QStringLiteral("OCI_LAYERS"))[0];
    const int curl = int(g.value.indexOf(QLatin1String("app:packages:curl")));
    QCOMPARE(g.valueLocation.locate(curl), (SourceLocation{glued.filePath(), 4, 1}));
    QCOMPARE(g.valueLocation.locate(g.value.indexOf(QLatin1String("# not"))),
             (SourceLocation{glued.filePath(), 3, 1}));
    const Document twice = Document::parse("A = \"x\\\\\n\n  y\"\n", QStringLiteral("t.conf"));
    const Assignment t = twice.assignments(QStringLiteral("A"))[0];
    QCOMPARE(t.value, QStringLiteral("x  y"));
    QCOMPARE(t.firstLine, 1);
    QCOMPARE(t.lastLine, 3);
    QCOMPARE(t.valueLocation.locate(0), (SourceLocation{QStringLiteral("t.conf"), 1, 6}));
    QCOMPARE(t.valueLocation.locate(1), (SourceLocation{QStringLiteral("t.conf"), 3, 1}));
    QCOMPARE(t.valueLocation.locate(3), (SourceLocation{QStringLiteral("t.conf"), 3, 3}));
    // The recipe grammar ends the continuation at the blank line instead.
    const Document recipe = Document::parse("A = \"x\\\\\n\n  y\"\n", QStringLiteral("t.bb"));
    QCOMPARE(recipe.diagnostics().size(), 2);
    QCOMPARE(recipe.diagnostics()[0].location.line, 2);
}

void TestBitbakeDocument::evaluation_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("inlineBytes");
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QStringList>("overrides");
    QTest::addColumn<bool>("isSet");
    QTest::addColumn<QString>("expected");

    const QString ops = QStringLiteral("synthetic/valid/operators.conf");
    QTest::newRow("operators A") << ops << QByteArray() << "A" << QStringList() << true
                                 << "pre dot-front base plus-dot app";
    QTest::newRow("operators A pn-foo") << ops << QByteArray() << "A" << QStringList{"pn-foo"}
                                        << true << "pre dot-front base plus-dot app only-for-foo";
    QTest::newRow("operators B") << ops << QByteArray() << "B" << QStringList() << true
                                 << "first-soft";
    QTest::newRow("operators C") << ops << QByteArray() << "C" << QStringList() << true
                                 << "soft-beats-weak";
    QTest::newRow("operators D") << ops << QByteArray() << "D" << QStringList() << true
                                 << "dot-front base plus-dot";
    QTest::newRow("operators E") << ops << QByteArray() << "E" << QStringList() << true << "plain";
    QTest::newRow("operators E pn-foo")
        << ops << QByteArray() << "E" << QStringList{"pn-foo"} << true << "foo-value";
    QTest::newRow("operators G unset")
        << ops << QByteArray() << "G" << QStringList() << false << "";
    QTest::newRow("crlf") << "synthetic/valid/crlf-local.conf" << QByteArray()
                          << "BUNDLED_CONTAINERS" << QStringList() << true
                          << "container-base:docker     app:podman:autostart  extra:docker";
    QTest::newRow("crlf weak") << "synthetic/valid/crlf-local.conf" << QByteArray() << "MACHINE"
                               << QStringList() << true << "qemux86-64";
    QTest::newRow("comment glued")
        << "synthetic/valid/comment-glued.conf" << QByteArray() << "OCI_LAYERS" << QStringList()
        << true
        << "base:packages:busybox # not a comment: this text becomes part of the value "
           "app:packages:curl";
    const QString quoting = QStringLiteral("synthetic/valid/quoting.conf");
    QTest::newRow("quoting C") << quoting << QByteArray() << "C" << QStringList() << true
                               << "four quotes \"are\" allowed";
    QTest::newRow("quoting D") << quoting << QByteArray() << "D" << QStringList() << true
                               << "backslashes stay literal: \\t \\n \\$";
    QTest::newRow("quoting F not evaluated")
        << quoting << QByteArray() << "F" << QStringList() << true << "${@'inline' + ' python'}";
    QTest::newRow("quoting G literal")
        << quoting << QByteArray() << "G" << QStringList() << true << "${UNDEFINED_STAYS_LITERAL}";
    const QString ws = QStringLiteral("synthetic/valid/whitespace.conf");
    QTest::newRow("ws A") << ws << QByteArray() << "A" << QStringList() << true
                          << "tabs around the operator";
    QTest::newRow("ws B") << ws << QByteArray() << "B" << QStringList() << true
                          << "no whitespace (parser warns)";
    QTest::newRow("ws C") << ws << QByteArray() << "C" << QStringList() << true << "extra spaces";
    QTest::newRow("ws D") << ws << QByteArray() << "D" << QStringList() << true
                          << "trailing blanks after the quote";
    QTest::newRow("ws E") << ws << QByteArray() << "E" << QStringList() << true
                          << "no newline at end of file";

    const QByteArray spec("A = \"x\"\nA:foo = \"y\"\nA:bar = \"z\"\nA:append = \" app\"\n"
                          "A:foo:append = \" fa\"\n");
    QTest::newRow("spec foo:bar") << QString() << spec << "A" << QStringList{"foo", "bar"} << true
                                  << "z app";
    QTest::newRow("spec bar:foo") << QString() << spec << "A" << QStringList{"bar", "foo"} << true
                                  << "y fa app";
    QTest::newRow("spec no overrides")
        << QString() << spec << "A" << QStringList() << true << "x app";
    QTest::newRow("spec order")
        << QString()
        << QByteArray("A:prepend = \"p1 \"\nA:prepend = \"p2 \"\nA:append = \" a1\"\nA:append = "
                      "\" a2\"\nA = \"base\"\n")
        << "A" << QStringList() << true << "p2 p1 base a1 a2";
    QTest::newRow("weak not seen by +=") << QString() << QByteArray("A ?\?= \"w\"\nA += \"x\"\n")
                                         << "A" << QStringList() << true << " x";
    QTest::newRow(":= snapshots") << QString()
                                  << QByteArray("A = \"x\"\nB := \"${A}\"\nA = \"y\"\n") << "B"
                                  << QStringList() << true << "x";
    QTest::newRow(":= sees pending appends")
        << QString()
        << QByteArray("A = \"x\"\nA:append = \" y\"\nB := \"${A}\"\nA:append = \" z\"\n") << "B"
        << QStringList() << true << "x y";
    QTest::newRow("variant append active")
        << QString() << QByteArray("A = \"x\"\nA:o = \"v\"\nA:o:append = \" va\"\n") << "A"
        << QStringList{"o"} << true << "v va";
    QTest::newRow("variant append inactive")
        << QString() << QByteArray("A = \"x\"\nA:o = \"v\"\nA:o:append = \" va\"\n") << "A"
        << QStringList() << true << "x";
    QTest::newRow("remove with expansion")
        << QString() << QByteArray("R = \"b\"\nA = \"a b ${R}c\"\nA:remove = \"${R}\"\n") << "A"
        << QStringList() << true << "a  bc";
    QTest::newRow("plain keeps pending append")
        << QString() << QByteArray("A:append = \" x\"\nA = \"y\"\n") << "A" << QStringList() << true
        << "y x";
    QTest::newRow("remove keeps whitespace")
        << QString() << QByteArray("A = \"a b c\"\nA:remove = \"b\"\n") << "A" << QStringList()
        << true << "a  c";
    QTest::newRow("conditional remove")
        << QString() << QByteArray("A = \"a b c\"\nA:remove:o = \"b c\"\n") << "A"
        << QStringList{"o"} << true << "a  ";
    QTest::newRow("conditional remove inactive")
        << QString() << QByteArray("A = \"a b c\"\nA:remove:o = \"b c\"\n") << "A" << QStringList()
        << true << "a b c";
    QTest::newRow("=+ without old value")
        << QString() << QByteArray("A =+ \"x\"\n") << "A" << QStringList() << true << "x ";
    QTest::newRow("append only") << QString() << QByteArray("A:append = \" x\"\n") << "A"
                                 << QStringList() << true << " x";
    QTest::newRow("unset drops appends")
        << QString() << QByteArray("A = \"1\"\nA:append = \" x\"\nunset A\nA ?= \"2\"\n") << "A"
        << QStringList() << true << "2";
    QTest::newRow("expansion of same-file variable")
        << QString() << QByteArray("B = \"b\"\nA = \"${B}-${C}\"\n") << "A" << QStringList() << true
        << "b-${C}";
    QTest::newRow("two-part variant")
        << QString() << QByteArray("A = \"x\"\nA:o1:o2 = \"both\"\nA:o1 = \"one\"\n") << "A"
        << QStringList{"o1", "o2"} << true << "both";
    QTest::newRow("forcevariable rightmost")
        << QString() << QByteArray("A = \"x\"\nA:forcevariable = \"forced\"\nA:qemux86 = \"m\"\n")
        << "A" << QStringList{"qemux86", "forcevariable"} << true << "forced";
    QTest::newRow("function body")
        << "r.bb" << QByteArray("do_x() {\n\techo 1\n}\ndo_x:append() {\n\techo 2\n}\n") << "do_x"
        << QStringList() << true << "\techo 1\n\techo 2\n";
}

void TestBitbakeDocument::evaluation()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, inlineBytes);
    QFETCH(QString, variable);
    QFETCH(QStringList, overrides);
    QFETCH(bool, isSet);
    QFETCH(QString, expected);
    const Document doc = inlineBytes.isEmpty()
                             ? corpusDocument(file)
                             : Document::parse(inlineBytes, file.isEmpty() ? "t.conf" : file);
    const EvaluatedValue v = doc.evaluate(variable, overrides);
    QCOMPARE(v.isSet, isSet);
    QCOMPARE(v.value, expected);
    QCOMPARE(v.needsExpansion, expected.contains(QLatin1String("${")));
}

void TestBitbakeDocument::evaluationFlags()
{
    const Document doc = corpusDocument(QStringLiteral("synthetic/valid/operators.conf"));
    QCOMPARE(doc.evaluateFlag(QStringLiteral("F"), QStringLiteral("doc")).value,
             QStringLiteral("a flag"));
    QVERIFY(!doc.evaluateFlag(QStringLiteral("F"), QStringLiteral("doc")).fromWeakDefault);
    QCOMPARE(doc.evaluateFlag(QStringLiteral("F"), QStringLiteral("other-flag@x")).value,
             QStringLiteral("flag names may contain @ after the first char"));
    QVERIFY(!doc.evaluateFlag(QStringLiteral("F"), QStringLiteral("tmp")).isSet);
    QVERIFY(doc.evaluate(QStringLiteral("H")).exported);
    QVERIFY(doc.evaluate(QStringLiteral("I")).exported);
    QVERIFY(!doc.evaluate(QStringLiteral("A")).exported);
    QVERIFY(!doc.evaluate(QStringLiteral("G")).exported);

    const Document bundle = corpusDocument(QStringLiteral("synthetic/valid/my-bundle_1.0.bb"));
    const EvaluatedValue weak = bundle.evaluateFlag(
        QStringLiteral("CONTAINER_DIGESTS"), QStringLiteral("docker.io_library_alpine_3.19"));
    QVERIFY(weak.isSet);
    QVERIFY(weak.fromWeakDefault);
    QCOMPARE(weak.value, QStringLiteral("sha256:feedface"));
    QCOMPARE(bundle.evaluate(QStringLiteral("CONTAINER_BUNDLES")).value,
             QStringLiteral("    myapp-container     mydb-container:autostart     "
                            "docker.io/library/redis:7 "));
    QCOMPARE(
        bundle.evaluate(QStringLiteral("CONTAINER_BUNDLES"), {QStringLiteral("qemuarm64")}).value,
        QStringLiteral("    myapp-container     mydb-container:autostart     "
                       "docker.io/library/redis:7  arm-only-container"));

    const Document flagOps = Document::parse(
        "A[f] = \"1\"\nA[f] += \"2\"\nA[f] .= \"3\"\nA[gg] ?= \"soft\"\nA[gg] ?= \"second\"\n"
        "A[h] ?\?= \"weak\"\nunset A[gg]\n",
        QStringLiteral("f.conf"));
    QCOMPARE(flagOps.evaluateFlag(QStringLiteral("A"), QStringLiteral("f")).value,
             QStringLiteral("1 23"));
    QVERIFY(!flagOps.evaluateFlag(QStringLiteral("A"), QStringLiteral("gg")).isSet);
    QCOMPARE(flagOps.evaluateFlag(QStringLiteral("A"), QStringLiteral("h")).value,
             QStringLiteral("weak"));
    QVERIFY(!flagOps.evaluate(QStringLiteral("A")).isSet);
}

void TestBitbakeDocument::exponentialExpansionIsBounded()
{
    // V0 = "${V1}${V1}", V1 = "${V2}${V2}", ... doubles 40 times: fully expanded it would be
    // 2^40 characters. Found by the fuzzer; evaluation must stay bounded, not hang.
    QByteArray text;
    for (int i = 0; i < 40; ++i)
        text += QStringLiteral("V%1 = \"${V%2}${V%2}\"\n").arg(i).arg(i + 1).toUtf8();
    text += "V40 = \"xy\"\n";
    const Document doc = Document::parse(text, QStringLiteral("laughs.conf"));
    QVERIFY(!doc.hasErrors());
    const EvaluatedValue top = doc.evaluate(QStringLiteral("V0"));
    QVERIFY(top.isSet);
    QVERIFY(top.needsExpansion); // what was not expanded stays as ${...}
    QVERIFY(top.value.size() <= 8 * 1024 * 1024);
    // The same through `:=`, which expands while the file is read: every line doubles A.
    QByteArray immediate = "A = \"ab\"\n";
    for (int i = 0; i < 200; ++i)
        immediate += "A := \"${A}${A}\"\n";
    const Document doubling = Document::parse(immediate, QStringLiteral("doubling.conf"));
    const EvaluatedValue a = doubling.evaluate(QStringLiteral("A"));
    QVERIFY(a.isSet);
    QVERIFY(a.value.size() <= 16 * 1024 * 1024);
    QVERIFY(a.needsExpansion);
    // Shallow chains of the same file still expand completely.
    const EvaluatedValue deep = doc.evaluate(QStringLiteral("V30"));
    QCOMPARE(
        deep.value,
        QString(1024 * 2, QLatin1Char('x')).replace(QStringLiteral("xx"), QStringLiteral("xy")));
    QVERIFY(!deep.needsExpansion);
}

void TestBitbakeDocument::evaluationReferences()
{
    const Document doc =
        Document::parse("B = \"${C}\"\nA = \"${B} ${UNKNOWN} ${@d.getVar('X')}\"\nC = \"c\"\n",
                        QStringLiteral("r.conf"));
    const EvaluatedValue v = doc.evaluate(QStringLiteral("A"));
    QCOMPARE(v.value, QStringLiteral("c ${UNKNOWN} ${@d.getVar('X')}"));
    QVERIFY(v.needsExpansion);
    QVERIFY(v.hasInlinePython);
    const QStringList refs{QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("UNKNOWN")};
    QCOMPARE(v.references, refs);
    const EvaluatedValue plain = doc.evaluate(QStringLiteral("C"));
    QVERIFY(!plain.needsExpansion);
    QVERIFY(plain.references.isEmpty());
    // A self reference stays literal instead of looping.
    const Document self = Document::parse("B = \"${B}x\"\n", QStringLiteral("s.conf"));
    QCOMPARE(self.evaluate(QStringLiteral("B")).value, QStringLiteral("${B}x"));
}

void TestBitbakeDocument::edits_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("argument1");
    QTest::addColumn<QString>("argument2");
    QTest::addColumn<QByteArray>("after");

    QTest::newRow("set single line")
        << "l.conf" << QByteArray("# c\nA = \"old\"  \nB = \"b\"\n") << "set"
        << "A"
        << "new"
        << "" << QByteArray("# c\nA = \"new\"  \nB = \"b\"\n");
    QTest::newRow("set keeps operator and export")
        << "l.conf" << QByteArray("export A\t?=\t'old'\n") << "set"
        << "A"
        << "x y"
        << "" << QByteArray("export A\t?=\t'x y'\n");
    QTest::newRow("set picks determining assignment")
        << "l.conf" << QByteArray("A = \"1\"\nA ?= \"2\"\nA:append = \" z\"\nA += \"p\"\n") << "set"
        << "A"
        << "new"
        << "" << QByteArray("A = \"new\"\nA ?= \"2\"\nA:append = \" z\"\nA += \"p\"\n");
    QTest::newRow("set last plain assignment")
        << "l.conf" << QByteArray("A = \"1\"\nA = \"2\"\n") << "set"
        << "A"
        << "3"
        << "" << QByteArray("A = \"1\"\nA = \"3\"\n");
    QTest::newRow("set weak default") << "l.conf" << QByteArray("A ?\?= \"w\"\n") << "set"
                                      << "A"
                                      << "v"
                                      << "" << QByteArray("A ?\?= \"v\"\n");
    QTest::newRow("set multi-line list")
        << "l.conf"
        << QByteArray(
               "BUNDLED_CONTAINERS = \"\\\n    a:docker \\\n    b:podman \\\n\"\nX = \"1\"\n")
        << "set"
        << "BUNDLED_CONTAINERS"
        << "a:docker c:podman:autostart d"
        << ""
        << QByteArray(
               "BUNDLED_CONTAINERS = \"\\\n    a:docker \\\n    c:podman:autostart \\\n    d "
               "\\\n\"\nX = \"1\"\n");
    QTest::newRow("set multi-line crlf")
        << "crlf.conf"
        << QByteArray("MACHINE ?\?= \"qemux86-64\"\r\nBUNDLED_CONTAINERS = \"container-base:docker "
                      "\\\r\n    app:podman:autostart \\\r\n\"\r\n")
        << "set"
        << "BUNDLED_CONTAINERS"
        << "one two"
        << ""
        << QByteArray("MACHINE ?\?= \"qemux86-64\"\r\nBUNDLED_CONTAINERS = \"one \\\r\n    two "
                      "\\\r\n\"\r\n");
    QTest::newRow("set multi-line closing on item line")
        << "l.bb" << QByteArray("A = \"x \\\n\ty\"\n") << "set"
        << "A"
        << "p q r"
        << "" << QByteArray("A = \"p \\\n\tq \\\n\tr\"\n");
    QTest::newRow("set continued prose becomes one line")
        << "r.bb"
        << QByteArray(
               "DESCRIPTION = \"Tests remote fetching. \\\n               Pulls busybox.\"\n")
        << "set"
        << "DESCRIPTION"
        << "A new description"
        << "" << QByteArray("DESCRIPTION = \"A new description\"\n");
    QTest::newRow("set single line in crlf file")
        << "c.conf" << QByteArray("A = \"1\"\r\nB = \"2\"\r\n") << "set"
        << "B"
        << "3"
        << "" << QByteArray("A = \"1\"\r\nB = \"3\"\r\n");
    QTest::newRow("set adds after last statement")
        << "l.conf" << QByteArray("A = \"1\"\nA:append = \" x\"\nZ = \"z\"\n") << "set"
        << "B"
        << "b"
        << "" << QByteArray("A = \"1\"\nA:append = \" x\"\nZ = \"z\"\nB = \"b\"\n");
    QTest::newRow("set adds after variable's append")
        << "l.conf" << QByteArray("A:append = \" x\"\nZ = \"z\"\n") << "set"
        << "A"
        << "v"
        << "" << QByteArray("A:append = \" x\"\nA = \"v\"\nZ = \"z\"\n");
    QTest::newRow("set adds keeping missing final newline")
        << "l.conf" << QByteArray("Z = \"z\"") << "set"
        << "B"
        << "b"
        << "" << QByteArray("Z = \"z\"\nB = \"b\"");
    QTest::newRow("set adds with crlf") << "l.conf" << QByteArray("Z = \"z\"\r\n") << "set"
                                        << "B"
                                        << "b"
                                        << "" << QByteArray("Z = \"z\"\r\nB = \"b\"\r\n");
    QTest::newRow("set in empty file") << "l.conf" << QByteArray() << "set"
                                       << "B"
                                       << "b"
                                       << "" << QByteArray("B = \"b\"\n");
    QTest::newRow("quote switch to single") << "l.conf" << QByteArray("A = \"old\"\n") << "set"
                                            << "A"
                                            << "say \"hi\""
                                            << "" << QByteArray("A = 'say \"hi\"'\n");
    QTest::newRow("quote switch to double") << "l.conf" << QByteArray("A = 'old'\n") << "set"
                                            << "A"
                                            << "it's"
                                            << "" << QByteArray("A = \"it's\"\n");
    QTest::newRow("new with double quote inside") << "l.conf" << QByteArray() << "set"
                                                  << "A"
                                                  << "a \"b\""
                                                  << "" << QByteArray("A = 'a \"b\"'\n");
    QTest::newRow("append to existing") << "l.conf" << QByteArray("A:append = \" x\"\n") << "append"
                                        << "A"
                                        << "y x z"
                                        << "" << QByteArray("A:append = \" x y z\"\n");
    QTest::newRow("append nothing new") << "l.conf" << QByteArray("A:append = \" x\"\n") << "append"
                                        << "A"
                                        << "x"
                                        << "" << QByteArray("A:append = \" x\"\n");
    QTest::newRow("append new after variable")
        << "l.conf" << QByteArray("A = \"1\"\nB = \"2\"\n") << "append"
        << "A"
        << "y z"
        << "" << QByteArray("A = \"1\"\nA:append = \" y z\"\nB = \"2\"\n");
    QTest::newRow("append ignores conditional append")
        << "l.conf" << QByteArray("A:append:o = \" c\"\n") << "append"
        << "A"
        << "y"
        << "" << QByteArray("A:append:o = \" c\"\nA:append = \" y\"\n");
    QTest::newRow("append to multi-line append")
        << "l.conf" << QByteArray("A:append = \" \\\n    x \\\n\"\n") << "append"
        << "A"
        << "y"
        << "" << QByteArray("A:append = \" \\\n    x \\\n    y \\\n\"\n");
    QTest::newRow("remove variable")
        << "l.conf"
        << QByteArray(
               "A = \"1\"\nB = \"b\"\nA[doc] = \"d\"\nA:append = \" x\"\nexport A:o = \"o\"\n"
               "A += \"2\"\n")
        << "remove"
        << "A"
        << ""
        << "" << QByteArray("B = \"b\"\nA[doc] = \"d\"\n");
    QTest::newRow("remove last statement keeps missing newline")
        << "l.conf" << QByteArray("B = \"b\"\nA = \"1\"") << "remove"
        << "A"
        << ""
        << "" << QByteArray("B = \"b\"");
    QTest::newRow("remove continued statement")
        << "l.conf" << QByteArray("A = \"1 \\\n  2\"\r\nB = \"b\"\r\n") << "remove"
        << "A"
        << ""
        << "" << QByteArray("B = \"b\"\r\n");
    QTest::newRow("set flag existing") << "l.conf" << QByteArray("A[doc] = \"old\"\n") << "setflag"
                                       << "A"
                                       << "doc"
                                       << "new" << QByteArray("A[doc] = \"new\"\n");
    QTest::newRow("set flag new")
        << "l.bb" << QByteArray("CONTAINER_DIGESTS[a] = \"sha256:1\"\nX = \"1\"\n") << "setflag"
        << "CONTAINER_DIGESTS"
        << "docker.io_library_redis_7"
        << "sha256:2"
        << QByteArray("CONTAINER_DIGESTS[a] = \"sha256:1\"\nCONTAINER_DIGESTS[docker.io_library_"
                      "redis_7] = \"sha256:2\"\nX = \"1\"\n");
    QTest::newRow("remove flag with slash")
        << "l.conf" << QByteArray("A[docker.io/x] = \"d\"\nA = \"1\"\n") << "removeflag"
        << "A"
        << "docker.io/x"
        << "" << QByteArray("A = \"1\"\n");
    QTest::newRow("remove flag")
        << "l.conf" << QByteArray("A[doc] = \"d\"\nA = \"1\"\nA[doc] += \"e\"\nA[other] = \"o\"\n")
        << "removeflag"
        << "A"
        << "doc"
        << "" << QByteArray("A = \"1\"\nA[other] = \"o\"\n");
}

void TestBitbakeDocument::edits()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, before);
    QFETCH(QString, action);
    QFETCH(QString, variable);
    QFETCH(QString, argument1);
    QFETCH(QString, argument2);
    QFETCH(QByteArray, after);
    Document doc = Document::parse(before, file);
    VoidResult r = Success{};
    if (action == QLatin1String("set"))
        r = doc.setValue(variable, argument1);
    else if (action == QLatin1String("append"))
        r = doc.appendValue(variable, argument1.split(QLatin1Char(' ')));
    else if (action == QLatin1String("remove"))
        r = doc.removeVariable(variable);
    else if (action == QLatin1String("setflag"))
        r = doc.setFlag(variable, argument1, argument2);
    else if (action == QLatin1String("removeflag"))
        r = doc.removeFlag(variable, argument1);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
    QCOMPARE(doc.toBytes(), after);
    // The edited document is what a fresh parse of its bytes gives.
    const Document reparsed = Document::parse(after, file);
    QCOMPARE(kinds(reparsed), kinds(doc));
    QVERIFY2(!doc.hasErrors(), qPrintable(diagnosticsText(doc.diagnostics())));
    if (action == QLatin1String("set")) {
        const QList<Assignment> as = doc.assignments(variable);
        QVERIFY(!as.isEmpty());
    }
}

void TestBitbakeDocument::editRefusals_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("argument1");
    QTest::addColumn<QString>("argument2");
    QTest::addColumn<QString>("messagePart");
    const QByteArray base("A = \"1\"\n");
    QTest::newRow("both quotes") << base << "set"
                                 << "A"
                                 << "a'b\"c"
                                 << ""
                                 << "both";
    QTest::newRow("line break") << base << "set"
                                << "A"
                                << "a\nb"
                                << ""
                                << "line break";
    QTest::newRow("old syntax name") << base << "set"
                                     << "A_append"
                                     << "x"
                                     << ""
                                     << "_append";
    QTest::newRow("override in name") << base << "set"
                                      << "A:o"
                                      << "x"
                                      << ""
                                      << "not a valid";
    QTest::newRow("blank in name") << base << "set"
                                   << "A B"
                                   << "x"
                                   << ""
                                   << "not a valid";
    QTest::newRow("keyword name") << base << "set"
                                  << "inherit"
                                  << "x"
                                  << ""
                                  << "keyword";
    QTest::newRow("flag with slash") << base << "setflag"
                                     << "A"
                                     << "docker.io/x"
                                     << "v"
                                     << "'/'";
    QTest::newRow("flag with colon") << base << "setflag"
                                     << "A"
                                     << "x:1"
                                     << "v"
                                     << "':'";
    QTest::newRow("flag starting with @") << base << "setflag"
                                          << "A"
                                          << "@x"
                                          << "v"
                                          << "not a valid flag";
    QTest::newRow("flag empty") << base << "setflag"
                                << "A"
                                << ""
                                << "v"
                                << "empty flag";
    QTest::newRow("append word with blank") << base << "append"
                                            << "A"
                                            << "a b"
                                            << ""
                                            << "single word";
    QTest::newRow("append both quotes") << QByteArray("A:append = \" x\"\n") << "append"
                                        << "A"
                                        << "it's\""
                                        << ""
                                        << "both";
    QTest::newRow("unclosed function swallows the line")
        << QByteArray("do_x() {\n\techo\n") << "set"
        << "A"
        << "1"
        << ""
        << "cannot add";
    QTest::newRow("comment-like item in unindented recipe list")
        << QByteArray("A = \"a \\\nb\"\n") << "set"
        << "A"
        << "x #y"
        << ""
        << "invalid";
}

void TestBitbakeDocument::editRefusals()
{
    QFETCH(QByteArray, before);
    QFETCH(QString, action);
    QFETCH(QString, variable);
    QFETCH(QString, argument1);
    QFETCH(QString, argument2);
    QFETCH(QString, messagePart);
    Document doc = Document::parse(before, QStringLiteral("r.bb"));
    VoidResult r = Success{};
    if (action == QLatin1String("set"))
        r = doc.setValue(variable, argument1);
    else if (action == QLatin1String("append"))
        r = doc.appendValue(variable, {argument1});
    else if (action == QLatin1String("setflag"))
        r = doc.setFlag(variable, argument1, argument2);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(messagePart), qPrintable(r.error().message));
    QCOMPARE(doc.toBytes(), before);
}

void TestBitbakeDocument::editLeavesOtherBytes()
{
    const QString path = corpusDir() + QStringLiteral("/real/poky/meta/conf/bitbake.conf");
    const QByteArray bytes = readFile(path);
    Document doc = Document::parse(bytes, path);
    const Assignment target = doc.assignments(QStringLiteral("DISTRO_VERSION")).isEmpty()
                                  ? doc.assignments(QStringLiteral("TMPDIR"))[0]
                                  : doc.assignments(QStringLiteral("DISTRO_VERSION"))[0];
    const QString var = target.baseVariable;
    const Statement &st = doc.statements().at(target.statementIndex);
    const qsizetype begin = st.valueBegin;
    const qsizetype end = st.valueEnd;
    QVERIFY(doc.setValue(var, QStringLiteral("edited-value")).ok());
    const QByteArray out = doc.toBytes();
    QCOMPARE(out.left(begin), bytes.left(begin));
    QCOMPARE(out.mid(begin, 12), QByteArray("edited-value"));
    QCOMPARE(out.mid(begin + 12), bytes.mid(end));
    QCOMPARE(doc.evaluate(var).value, QStringLiteral("edited-value"));
    QVERIFY(!doc.hasErrors());
}

void TestBitbakeDocument::editCorpusFilesStayValid_data()
{
    corpusRoundTrip_data();
}

void TestBitbakeDocument::editCorpusFilesStayValid()
{
    // Every edit kind on every valid corpus file keeps it valid and touches only what it must.
    QFETCH(QString, path);
    const QByteArray bytes = readFile(path);
    const Document original = Document::parse(bytes, path);
    Document doc = original;
    QVERIFY(doc.appendValue(QStringLiteral("CBW_TEST_LIST"), {QStringLiteral("a")}).ok());
    QVERIFY(doc.setValue(QStringLiteral("CBW_TEST_VALUE"), QStringLiteral("v")).ok());
    QVERIFY(
        doc.setFlag(QStringLiteral("CBW_TEST_VALUE"), QStringLiteral("doc"), QStringLiteral("d"))
            .ok());
    QVERIFY(!doc.hasErrors());
    QCOMPARE(doc.evaluate(QStringLiteral("CBW_TEST_LIST")).value, QStringLiteral(" a"));
    QCOMPARE(doc.evaluate(QStringLiteral("CBW_TEST_VALUE")).value, QStringLiteral("v"));
    QVERIFY(doc.toBytes().startsWith(bytes.endsWith('\n') ? bytes : bytes + "\n"));
    QVERIFY(doc.removeVariable(QStringLiteral("CBW_TEST_LIST")).ok());
    QVERIFY(doc.removeVariable(QStringLiteral("CBW_TEST_VALUE")).ok());
    QVERIFY(doc.removeFlag(QStringLiteral("CBW_TEST_VALUE"), QStringLiteral("doc")).ok());
    QCOMPARE(doc.toBytes(), bytes);
    // Setting each variable to its own current raw value changes nothing.
    for (const QString &var : original.variableNames()) {
        Document copy = original;
        const QList<Assignment> as = copy.assignments(var);
        bool plain = false;
        for (const Assignment &a : as)
            plain =
                plain ||
                (a.isUnconditional() && a.operation == OverrideOperation::None && a.name == var &&
                 a.op != AssignOperator::AppendSpace && a.op != AssignOperator::PrependSpace &&
                 a.op != AssignOperator::AppendDot && a.op != AssignOperator::PrependDot &&
                 !a.value.contains(QLatin1Char('"')) && !a.value.contains(QLatin1Char('\'')));
        if (!plain)
            continue;
        const QByteArray beforeBytes = copy.toBytes();
        const VoidResult r = copy.setValue(var, QStringLiteral("x"));
        QVERIFY2(r.ok(), qPrintable(var + QLatin1String(": ") +
                                    (r.ok() ? QString() : r.error().toString())));
        QVERIFY(!copy.hasErrors());
        QVERIFY(copy.toBytes() != beforeBytes);
    }
}

void TestBitbakeDocument::removeAssignment()
{
    Document doc =
        Document::parse("A = \"1\"\nA:append = \" x\"\nA = \"2\"\n", QStringLiteral("r.conf"));
    const QList<Assignment> as = doc.assignments(QStringLiteral("A"));
    QCOMPARE(as.size(), 3);
    QVERIFY(doc.removeAssignment(as[1]).ok());
    QCOMPARE(doc.toBytes(), QByteArray("A = \"1\"\nA = \"2\"\n"));
    // The old handle no longer matches the document.
    QVERIFY(!doc.removeAssignment(as[2]).ok());
    QCOMPARE(doc.toBytes(), QByteArray("A = \"1\"\nA = \"2\"\n"));
}

namespace {

struct InvalidCase
{
    const char *file;
    int line;
    const char *code;
    const char *messagePart;
};

// The corpus README table: file, the line BitBake names, our code, part of our message.
const InvalidCase kInvalidCases[] = {
    {"indented.conf", 1, "bitbake.unparsed-line",
     "unparsed line: '   A = \"indented statements are rejected\"'"},
    {"indented-comment.conf", 1, "bitbake.unparsed-line",
     "unparsed line: '  # even an indented comment is rejected'"},
    {"unterminated.conf", 1, "bitbake.unparsed-line", "unparsed line: 'A = \"unterminated'"},
    {"trailing-comment.conf", 1, "bitbake.unparsed-line",
     "unparsed line: 'A = \"1\" # trailing comments are not allowed'"},
    {"escaped-quote.conf", 1, "bitbake.unparsed-line", "unparsed line: 'A = \"x\\\"y\"'"},
    {"old-override-syntax.conf", 1, "bitbake.old-override-syntax",
     "Variable A_append contains an operation using the old override syntax"},
    {"unset-one-char-flag.conf", 3, "bitbake.unparsed-line", "unparsed line: 'unset A[f]'"},
    {"flag-then-override.conf", 1, "bitbake.unparsed-line", "unparsed line: 'A[doc]:append = "},
    {"comment-continues-into-code.conf", 1, "bitbake.confusing-multiline-comment",
     "confusing multiline, partially commented expression starting on line 1"},
    {"continuation-after-quote.conf", 2, "bitbake.unparsed-line", "unparsed line: 'A = \"a\" '"},
    {"inherit-in-conf.conf", 1, "bitbake.unparsed-line", "unparsed line: 'inherit foo'"},
    {"missing-require.conf", 1, "bitbake.missing-required-file",
     "Could not include required file does-not-exist.inc"},
    {"comment-in-continuation.bb", 2, "bitbake.comment-in-continuation", "comment on line 2"},
    {"unclosed-function.bb", 3, "bitbake.unclosed-function",
     "Unparsed lines from unclosed function"},
    {"indented-closing-brace.bb", 4, "bitbake.unclosed-function", "['    pass', ' }']"},
    {"python-syntax-error.bb", 2, "bitbake.python-syntax", "'(' was never closed"},
};

} // namespace

void TestBitbakeDocument::invalidCorpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messagePart");
    for (const InvalidCase &c : kInvalidCases)
        QTest::newRow(c.file) << QString::fromUtf8(c.file) << c.line << QString::fromUtf8(c.code)
                              << QString::fromUtf8(c.messagePart);
}

void TestBitbakeDocument::invalidCorpus()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QString, code);
    QFETCH(QString, messagePart);
    const QString path = corpusDir() + QStringLiteral("/synthetic/invalid/") + file;
    const QByteArray bytes = readFile(path);
    const Document doc = Document::parse(bytes, path);
    QCOMPARE(doc.toBytes(), bytes);
    const Diagnostics all = doc.diagnostics() + IncludeChecker().check(doc);
    const Diagnostic *e = firstError(all);
    QVERIFY2(e, qPrintable(diagnosticsText(all)));
    QCOMPARE(e->code, code);
    QCOMPARE(e->location.line, line);
    QCOMPARE(e->location.file, path);
    QVERIFY2(e->message.contains(messagePart), qPrintable(e->message));
    QVERIFY(e->toGccString().startsWith(path + QLatin1Char(':') + QString::number(line) + ':'));
}

void TestBitbakeDocument::invalidCorpusCoversEveryFile()
{
    // A file added to synthetic/invalid must get its row in kInvalidCases.
    const QStringList files = corpusFiles({QStringLiteral("synthetic/invalid")});
    QCOMPARE(files.size(), int(std::size(kInvalidCases)));
    for (const QString &path : files) {
        const QString name = QFileInfo(path).fileName();
        bool listed = false;
        for (const InvalidCase &c : kInvalidCases)
            listed = listed || name == QLatin1String(c.file);
        QVERIFY2(listed, qPrintable(name));
    }
}

void TestBitbakeDocument::statementAtLine()
{
    const Document doc = corpusDocument(QStringLiteral("synthetic/valid/crlf-local.conf"));
    QCOMPARE(doc.statementIndexAtLine(1), 0);
    QCOMPARE(doc.statementIndexAtLine(2), 1);
    QCOMPARE(doc.statementIndexAtLine(4), 1);
    QCOMPARE(doc.statementIndexAtLine(5), 2);
    QCOMPARE(doc.statementIndexAtLine(6), -1);
}

void TestBitbakeDocument::invalidEdgeCases_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("expectedErrors");
    QTest::newRow("empty name") << "a.conf" << QByteArray("= \"x\"\n")
                                << QStringList{"bitbake.empty-variable-name@1"};
    QTest::newRow("export empty name") << "a.conf" << QByteArray("export = \"1\"\n")
                                       << QStringList{"bitbake.empty-variable-name@1"};
    QTest::newRow("unquoted") << "a.conf" << QByteArray("A = 1\n")
                              << QStringList{"bitbake.unparsed-line@1"};
    QTest::newRow("unset with colon")
        << "a.conf" << QByteArray("unset A:b\n") << QStringList{"bitbake.unparsed-line@1"};
    QTest::newRow("unset two names")
        << "a.conf" << QByteArray("\nunset A B\n") << QStringList{"bitbake.unparsed-line@2"};
    QTest::newRow("function in conf")
        << "a.conf" << QByteArray("do_x() {\n}\n")
        << QStringList{"bitbake.unparsed-line@1", "bitbake.unparsed-line@2"};
    QTest::newRow("brace on next line")
        << "a.bb" << QByteArray("do_x()\n{\n}\n")
        << QStringList{"bitbake.unparsed-line@1", "bitbake.unparsed-line@2",
                       "bitbake.unparsed-line@3"};
    QTest::newRow("header is last line") << "a.bb" << QByteArray("A = \"1\"\ndo_x() {\n")
                                         << QStringList{"bitbake.unclosed-function@2"};
    QTest::newRow("recipe continuation at eof")
        << "a.bb" << QByteArray("A = \"1\" \\\n")
        << QStringList{"bitbake.unterminated-continuation@2"};
    QTest::newRow("conf continuation at eof is dropped")
        << "a.conf" << QByteArray("A = \"1\"\\") << QStringList{};
    QTest::newRow("conf comment continued to eof")
        << "a.conf" << QByteArray("B = \"1\"\n# x \\\n")
        << QStringList{"bitbake.confusing-multiline-comment@2"};
    QTest::newRow("recipe commented block into code")
        << "a.bb" << QByteArray("A = \"1\"\n#B = \"x \\\n#  y \\\nC = \"2\"\n")
        << QStringList{"bitbake.confusing-multiline-comment@2"};
    QTest::newRow("old syntax function")
        << "a.bb" << QByteArray("do_install_append() {\n\ttrue\n}\n")
        << QStringList{"bitbake.old-override-syntax@1"};
    QTest::newRow("old syntax substring") << "a.conf" << QByteArray("MY_remove_list = \"x\"\n")
                                          << QStringList{"bitbake.old-override-syntax@1"};
    QTest::newRow("anon excepted")
        << "a.conf" << QByteArray("__anon_remove = \"x\"\n") << QStringList{};
    QTest::newRow("flag with old syntax is fine")
        << "a.conf" << QByteArray("A[x_append] = \"1\"\n") << QStringList{};
    QTest::newRow("task keyword") << "a.bb" << QByteArray("addtask do_x:append_y\n")
                                  << QStringList{"bitbake.task-name-keyword@1"};
    QTest::newRow("recipe name with too many underscores")
        << "a_b_c_d.bb" << QByteArray("A = \"1\"\n") << QStringList{"bitbake.recipe-file-name@0"};
    QTest::newRow("recipe name with two underscores")
        << "name_1.0_r1.bb" << QByteArray("A = \"1\"\n") << QStringList{};
    QTest::newRow("class name underscores are fine")
        << "a_b_c_d.bbclass" << QByteArray("A = \"1\"\n") << QStringList{};
    QTest::newRow("invalid utf8") << "a.conf" << QByteArray("A = \"1\"\nB = \"\xff\xfe\"\n")
                                  << QStringList{"bitbake.invalid-utf8@2"};
    QTest::newRow("bom makes first line unparsed") << "a.conf"
                                                   << QByteArray("\xef\xbb\xbf"
                                                                 "A = \"1\"\n")
                                                   << QStringList{"bitbake.unparsed-line@1"};
    QTest::newRow("multi-line error reported at last line")
        << "a.conf" << QByteArray("A = \"x \\\n  y\" z\n")
        << QStringList{"bitbake.unparsed-line@2"};
    QTest::newRow("one inner same quote")
        << "a.conf" << QByteArray("A = 'x'y'\n") << QStringList{"bitbake.unparsed-line@1"};
}

void TestBitbakeDocument::invalidEdgeCases()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, expectedErrors);
    const Document doc = Document::parse(bytes, file);
    QCOMPARE(doc.toBytes(), bytes);
    Diagnostics errors;
    for (const Diagnostic &d : doc.diagnostics()) {
        if (d.isError())
            errors.append(d);
    }
    QCOMPARE(codes(errors), expectedErrors);
}

void TestBitbakeDocument::warnings_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("expectedWarnings");
    QTest::newRow("whitespace corpus")
        << corpusDir() + "/synthetic/valid/whitespace.conf" << QByteArray()
        << QStringList{"bitbake.missing-whitespace@2"};
    QTest::newRow("no space after")
        << "a.conf" << QByteArray("A =\"1\"\nDEFAULTTUNE ?=\"x\"\n")
        << QStringList{"bitbake.missing-whitespace@1", "bitbake.missing-whitespace@2"};
    QTest::newRow("operator combination")
        << "a.conf" << QByteArray("A:append += \"x\"\nA:remove ?= \"y\"\nA:prepend =. \"z\"\n")
        << QStringList{"bitbake.operator-combination@1", "bitbake.operator-combination@3"};
    QTest::newRow("python tabs") << "a.bb"
                                 << QByteArray("python do_x() {\n\tpass\n}\ndo_sh() {\n\ttrue\n}\n"
                                               "def f(d):\n  \treturn 1\n")
                                 << QStringList{"bitbake.python-tabs@2", "bitbake.python-tabs@8"};
}

void TestBitbakeDocument::warnings()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, expectedWarnings);
    const Document doc =
        bytes.isEmpty() ? Document::parse(readFile(file), file) : Document::parse(bytes, file);
    QVERIFY(!doc.hasErrors());
    QCOMPARE(codes(doc.diagnostics()), expectedWarnings);
}

void TestBitbakeDocument::includeChecker()
{
    const QString invalid = corpusDir() + QStringLiteral("/synthetic/invalid/missing-require.conf");
    const Document doc = Document::parse(readFile(invalid), invalid);
    QVERIFY(!doc.hasErrors());
    const Diagnostics ds = IncludeChecker().check(doc);
    QCOMPARE(codes(ds), QStringList{"bitbake.missing-required-file@1"});
    QCOMPARE(ds[0].message, QStringLiteral("Could not include required file does-not-exist.inc"));

    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QDir root(tmp.path());
    QVERIFY(root.mkpath(QStringLiteral("layer/conf/distro")));
    QVERIFY(root.mkpath(QStringLiteral("other")));
    auto touch = [&](const QString &rel) {
        QFile f(root.filePath(rel));
        QVERIFY(f.open(QIODevice::WriteOnly));
    };
    touch(QStringLiteral("layer/conf/distro/sibling.inc"));
    touch(QStringLiteral("layer/conf/from-ancestor.inc"));
    touch(QStringLiteral("other/from-bbpath.conf"));
    const QString confPath = root.filePath(QStringLiteral("layer/conf/distro/d.conf"));
    const QByteArray text("require sibling.inc\n"
                          "require conf/from-ancestor.inc\n"
                          "require from-bbpath.conf\n"
                          "include missing-is-silent.inc\n"
                          "require ${DISTRO}.inc\n"
                          "require missing.inc\n"
                          "include notes.txt\n"
                          "require a.conf b.bbappend\n"
                          "include_all conf/missing-everywhere.conf\n"
                          "require ${@\"x.conf\" if \"${A}\" != \"\" else \"\"}\n");
    const Document d = Document::parse(text, confPath);
    const IncludeChecker checker({root.filePath(QStringLiteral("other"))});
    const QStringList expected{"bitbake.missing-required-file@6", "bitbake.not-bitbake-file@7",
                               "bitbake.missing-required-file@8", "bitbake.not-bitbake-file@8"};
    QCOMPARE(codes(checker.check(d)), expected);
    QCOMPARE(checker.resolve(QStringLiteral("sibling.inc"), confPath),
             root.filePath(QStringLiteral("layer/conf/distro/sibling.inc")));
    QCOMPARE(checker.resolve(QStringLiteral("conf/from-ancestor.inc"), confPath),
             root.filePath(QStringLiteral("layer/conf/from-ancestor.inc")));
    QCOMPARE(IncludeChecker().resolve(QStringLiteral("from-bbpath.conf"), confPath), QString());
}

void TestBitbakeDocument::pythonBalance_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("ok") << "def f(d):\n    return (1, [2], {'a': \"(\"})\n" << 0 << "";
    QTest::newRow("never closed") << "def f(d):\n    return (1\n" << 11 << "'(' was never closed";
    QTest::newRow("innermost reported") << "def f(d):\n    x = [1,\n    (2,\n"
                                        << 12 << "'(' was never closed";
    QTest::newRow("unmatched") << "def f(d):\n    return 1)\n" << 11 << "unmatched ')'";
    QTest::newRow("mismatch") << "def f(d):\n    return (1]\n" << 11 << "does not match";
    QTest::newRow("string") << "def f(d):\n    return 'abc\n"
                            << 11 << "unterminated string literal";
    QTest::newRow("triple") << "def f(d):\n    s = '''a\n    b'''\n    return s\n" << 0 << "";
    QTest::newRow("comment with bracket") << "def f(d):\n    # (\n    return 1\n" << 0 << "";
    QTest::newRow("escaped quote") << "def f(d):\n    return 'a\\'b'\n" << 0 << "";
}

void TestBitbakeDocument::pythonBalance()
{
    QFETCH(QString, code);
    QFETCH(int, line);
    QFETCH(QString, messagePart);
    const Diagnostics ds = PythonBalanceChecker::check(code, QStringLiteral("f.bb"), 10);
    if (line == 0) {
        QVERIFY(ds.isEmpty());
        return;
    }
    QCOMPARE(ds.size(), 1);
    QCOMPARE(ds[0].code, QStringLiteral("bitbake.python-syntax"));
    QCOMPARE(ds[0].location.line, line);
    QVERIFY2(ds[0].message.contains(messagePart), qPrintable(ds[0].message));
}

void TestBitbakeDocument::robustnessTruncatedAndGarbled()
{
    const QStringList files = corpusFiles({QStringLiteral("real"), QStringLiteral("synthetic")});
    QRandomGenerator rng(20261128);
    int parsed = 0;
    for (const QString &path : files) {
        const QByteArray bytes = readFile(path);
        const qsizetype step = std::max<qsizetype>(1, bytes.size() / 40);
        for (qsizetype n = 0; n <= bytes.size(); n += step) {
            const QByteArray prefix = bytes.left(n);
            const Document doc = Document::parse(prefix, path);
            QCOMPARE(doc.toBytes(), prefix);
            ++parsed;
        }
        for (int round = 0; round < 10; ++round) {
            QByteArray garbled = bytes;
            for (int k = 0; k < 8 && !garbled.isEmpty(); ++k) {
                const qsizetype at = qsizetype(rng.bounded(quint32(garbled.size())));
                static const char pool[] = "\\\"'#{}()\n\r\t :=[]$@ \xff";
                garbled[at] = pool[rng.bounded(quint32(sizeof(pool) - 1))];
            }
            Document doc = Document::parse(garbled, path);
            QCOMPARE(doc.toBytes(), garbled);
            // Edits either succeed on a re-parseable result or leave the bytes alone.
            const VoidResult r = doc.setValue(QStringLiteral("A"), QStringLiteral("x"));
            if (!r.ok())
                QCOMPARE(doc.toBytes(), garbled);
            ++parsed;
        }
    }
    QVERIFY(parsed > 500);
}

void TestBitbakeDocument::robustnessRandomBytes()
{
    QRandomGenerator rng(42);
    static const char alphabet[] = "AB_:=?+.\"' \t\\#\n\r{}()$@[]defpythonexportunset";
    for (int i = 0; i < 3000; ++i) {
        const int len = int(rng.bounded(120));
        QByteArray bytes;
        for (int k = 0; k < len; ++k)
            bytes.append(rng.bounded(8) == 0
                             ? char(rng.bounded(256))
                             : alphabet[rng.bounded(quint32(sizeof(alphabet) - 1))]);
        const QString file = (i % 2) ? QStringLiteral("r.bb") : QStringLiteral("c.conf");
        Document doc = Document::parse(bytes, file);
        QCOMPARE(doc.toBytes(), bytes);
        (void)doc.evaluate(QStringLiteral("A"), {QStringLiteral("o")});
        if (i % 5 == 0) {
            const VoidResult r = doc.appendValue(QStringLiteral("A"), {QStringLiteral("w")});
            if (!r.ok())
                QCOMPARE(doc.toBytes(), bytes);
        }
    }
}

QTEST_GUILESS_MAIN(TestBitbakeDocument)
#include "tst_bitbakedocument.moc"

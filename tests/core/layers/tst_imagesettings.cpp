#include "layers/dockerrun.h"
#include "layers/imagesettings.h"
#include "layers/shlex.h"

#include <QTest>

using namespace cbw::core;
using namespace cbw::core::layers;

using NamedValues = QList<std::pair<QString, QString>>;

namespace {

LayerVariables vars(std::initializer_list<std::pair<const char *, const char *>> values,
                    int firstLine = 20)
{
    LayerVariables out;
    int line = firstLine;
    for (const auto &[name, value] : values) {
        const QString n = QLatin1String(name);
        // `NAME = "` puts the value's first character at column len(NAME) + 5.
        out.insert(n, {QString::fromUtf8(value),
                       ValueLocation(QStringLiteral("img.bb"), line++, int(n.size()) + 5)});
    }
    return out;
}

QString describe(const Diagnostics &diags)
{
    QStringList out;
    for (const Diagnostic &d : diags)
        out.append(d.code + QLatin1Char('@') + QString::number(d.location.line) + QLatin1Char(':') +
                   QString::number(d.location.column));
    return out.join(QStringLiteral(", "));
}

} // namespace

class TstImageSettings final : public QObject
{
    Q_OBJECT

private slots:
    void shlexSplit_data();
    void shlexSplit();
    void shlexQuote_data();
    void shlexQuote();
    void defaults();
    void fromAndToVariables();
    void tags();
    void dockerRun_data();
    void dockerRun();
    void autoLabels();
    void validation_data();
    void validation();
    void validationMessages();
};

void TstImageSettings::shlexSplit_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QStringList>("tokens");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("errorOffset");
    // Expected results produced by Python 3's shlex.split.
    auto ok = [](const char *name, const QString &in, const QStringList &tokens) {
        QTest::newRow(name) << in << true << tokens << QString() << -1;
    };
    ok("single word", QStringLiteral("/bin/sh"), {QStringLiteral("/bin/sh")});
    ok("demo cmd",
       QStringLiteral("/bin/sh -c 'echo Hello from multi-layer container && curl --version'"),
       {QStringLiteral("/bin/sh"), QStringLiteral("-c"),
        QStringLiteral("echo Hello from multi-layer container && curl --version")});
    ok("double quotes", QStringLiteral("a \"b c\" d"),
       {QStringLiteral("a"), QStringLiteral("b c"), QStringLiteral("d")});
    ok("empty quoted token", QStringLiteral("''"), {QString()});
    ok("empty in middle", QStringLiteral("x \"\" y"),
       {QStringLiteral("x"), QString(), QStringLiteral("y")});
    ok("escaped space", QStringLiteral("a\\ b"), {QStringLiteral("a b")});
    ok("escaped dquote", QStringLiteral("\"a\\\"b\""), {QStringLiteral("a\"b")});
    ok("backslash dollar kept", QStringLiteral("\"a\\$b\""), {QStringLiteral("a\\$b")});
    ok("single quotes literal", QStringLiteral("'a\\b'"), {QStringLiteral("a\\b")});
    ok("escaped backslash", QStringLiteral("\"a\\\\b\""), {QStringLiteral("a\\b")});
    ok("adjacent quotes", QStringLiteral("a'b'c"), {QStringLiteral("abc")});
    ok("surrounding blanks", QStringLiteral("  lead  trail  "),
       {QStringLiteral("lead"), QStringLiteral("trail")});
    ok("tab and newline", QStringLiteral("tab\there\nnl"),
       {QStringLiteral("tab"), QStringLiteral("here"), QStringLiteral("nl")});
    ok("backslash n in dquotes", QStringLiteral("\"\\n\""), {QStringLiteral("\\n")});
    ok("hash is not a comment", QStringLiteral("foo#bar"), {QStringLiteral("foo#bar")});
    ok("empty", QString(), {});
    QTest::newRow("unterminated single")
        << QStringLiteral("'unterminated") << false << QStringList()
        << QStringLiteral("No closing quotation") << 0;
    QTest::newRow("unterminated double")
        << QStringLiteral("x \"unterminated") << false << QStringList()
        << QStringLiteral("No closing quotation") << 2;
    QTest::newRow("trailing backslash") << QStringLiteral("trailing\\") << false << QStringList()
                                        << QStringLiteral("No escaped character") << 8;
}

void TstImageSettings::shlexSplit()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(QStringList, tokens);
    QFETCH(QString, error);
    QFETCH(int, errorOffset);
    const ShlexResult r = cbw::core::layers::shlexSplit(input);
    QCOMPARE(r.ok, ok);
    QCOMPARE(r.tokens, tokens);
    QCOMPARE(r.error, error);
    QCOMPARE(r.errorOffset, errorOffset);
}

void TstImageSettings::shlexQuote_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("safe") << QStringLiteral("/bin/sh") << QStringLiteral("/bin/sh");
    QTest::newRow("empty") << QString() << QStringLiteral("''");
    QTest::newRow("space") << QStringLiteral("a b") << QStringLiteral("'a b'");
    QTest::newRow("quote") << QStringLiteral("it's") << QStringLiteral("'it'\"'\"'s'");
}

void TstImageSettings::shlexQuote()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(cbw::core::layers::shlexQuote(input), expected);
    QCOMPARE(cbw::core::layers::shlexSplit(expected).tokens, QStringList{input});
}

void TstImageSettings::defaults()
{
    const ImageSettings s;
    QCOMPARE(s.cmd, QStringLiteral("/bin/sh"));
    QCOMPARE(s.tag, QStringLiteral("latest"));
    QCOMPARE(s.tarOutput, QStringLiteral("true"));
    QCOMPARE(s.autoLabels, QStringLiteral("1"));
    QVERIFY(s.entrypoint.isEmpty() && s.entrypointArgs.isEmpty() && s.runtimeUid.isEmpty());
    QCOMPARE(ImageSettings::fromVariables({}), s);
    QVERIFY(s.toVariables().isEmpty());
    QCOMPARE(s.process().runWithoutArgs(), QStringList{QStringLiteral("/bin/sh")});
    QVERIFY(validateImageSettings(s).isEmpty());
}

void TstImageSettings::fromAndToVariables()
{
    const LayerVariables v = vars({{"OCI_IMAGE_CMD", ""},
                                   {"OCI_IMAGE_ENTRYPOINT", "/usr/bin/app --serve"},
                                   {"OCI_IMAGE_PORTS", "  8080/tcp 53/udp "},
                                   {"OCI_IMAGE_LABELS", "a=1 b=2"},
                                   {"OCI_IMAGE_ENV_VARS", "PATH=/usr/bin"},
                                   {"OCI_IMAGE_TAG", "v1:2"},
                                   {"OCI_IMAGE_RUNTIME_UID", "65532"},
                                   {"OCI_IMAGE_TAR_OUTPUT", ""}});
    const ImageSettings s = ImageSettings::fromVariables(v);
    QCOMPARE(s.cmd, QString());
    QCOMPARE(s.ports, (QStringList{QStringLiteral("8080/tcp"), QStringLiteral("53/udp")}));
    QCOMPARE(s.labels, (QStringList{QStringLiteral("a=1"), QStringLiteral("b=2")}));
    QVERIFY(!s.producesTarballs());
    const QMap<QString, QString> expected = {
        {QStringLiteral("OCI_IMAGE_CMD"), QString()},
        {QStringLiteral("OCI_IMAGE_ENTRYPOINT"), QStringLiteral("/usr/bin/app --serve")},
        {QStringLiteral("OCI_IMAGE_PORTS"), QStringLiteral("8080/tcp 53/udp")},
        {QStringLiteral("OCI_IMAGE_LABELS"), QStringLiteral("a=1 b=2")},
        {QStringLiteral("OCI_IMAGE_ENV_VARS"), QStringLiteral("PATH=/usr/bin")},
        {QStringLiteral("OCI_IMAGE_TAG"), QStringLiteral("v1:2")},
        {QStringLiteral("OCI_IMAGE_RUNTIME_UID"), QStringLiteral("65532")},
        {QStringLiteral("OCI_IMAGE_TAR_OUTPUT"), QString()}};
    QCOMPARE(s.toVariables(), expected);
    QCOMPARE(s.process().entrypoint,
             (QStringList{QStringLiteral("/usr/bin/app"), QStringLiteral("--serve")}));
    QCOMPARE(s.process().cmd, QStringList());
}

void TstImageSettings::tags()
{
    ImageSettings s;
    QCOMPARE(s.deployLinkName(QStringLiteral("app-container")),
             QStringLiteral("app-container-latest-oci"));
    s.tag = QStringLiteral("v1:2");
    QCOMPARE(s.effectiveTag(), QStringLiteral("v1:2"));
    QCOMPARE(s.fileNameTag(), QStringLiteral("v1_2"));
    s.tag.clear();
    QCOMPARE(s.effectiveTag(), QStringLiteral("initial-tag"));
    QCOMPARE(s.deployLinkName(QStringLiteral("x")), QStringLiteral("x-initial-tag-oci"));
    s.tarOutput = QStringLiteral("false");
    QVERIFY(s.producesTarballs());
}

void TstImageSettings::dockerRun_data()
{
    QTest::addColumn<QString>("entrypoint");
    QTest::addColumn<QString>("entrypointArgs");
    QTest::addColumn<QString>("cmd");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("noArgsRuns");
    QTest::addColumn<QStringList>("withArgsRuns");
    const QStringList bash = {QStringLiteral("/bin/bash")};
    QTest::newRow("cmd only") << QString() << QString() << QStringLiteral("/bin/sh") << bash
                              << QStringList{QStringLiteral("/bin/sh")} << bash;
    QTest::newRow("entrypoint + default cmd trap")
        << QStringLiteral("curl") << QString() << QStringLiteral("/bin/sh")
        << QStringList{QStringLiteral("google.com")}
        << QStringList{QStringLiteral("curl"), QStringLiteral("/bin/sh")}
        << QStringList{QStringLiteral("curl"), QStringLiteral("google.com")};
    QTest::newRow("entrypoint args win over cmd")
        << QStringLiteral("curl") << QStringLiteral("http://localhost") << QStringLiteral("/bin/sh")
        << QStringList{QStringLiteral("google.com")}
        << QStringList{QStringLiteral("curl"), QStringLiteral("http://localhost")}
        << QStringList{QStringLiteral("curl"), QStringLiteral("google.com")};
    QTest::newRow("entrypoint, empty cmd")
        << QStringLiteral("/usr/bin/env -i") << QString() << QString() << QStringList()
        << QStringList{QStringLiteral("/usr/bin/env"), QStringLiteral("-i")}
        << QStringList{QStringLiteral("/usr/bin/env"), QStringLiteral("-i")};
    QTest::newRow("quoted cmd") << QString() << QString()
                                << QStringLiteral("/bin/sh -c 'echo hi && true'")
                                << QStringList{QStringLiteral("ls"), QStringLiteral("-l")}
                                << QStringList{QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                                               QStringLiteral("echo hi && true")}
                                << QStringList{QStringLiteral("ls"), QStringLiteral("-l")};
}

void TstImageSettings::dockerRun()
{
    QFETCH(QString, entrypoint);
    QFETCH(QString, entrypointArgs);
    QFETCH(QString, cmd);
    QFETCH(QStringList, args);
    QFETCH(QStringList, noArgsRuns);
    QFETCH(QStringList, withArgsRuns);
    ImageSettings s;
    s.entrypoint = entrypoint;
    s.entrypointArgs = entrypointArgs;
    s.cmd = cmd;
    const ContainerProcess p = s.process();
    QCOMPARE(p.runWithoutArgs(), noArgsRuns);
    QCOMPARE(p.runWithArgs(args), withArgsRuns);
}

void TstImageSettings::autoLabels()
{
    ImageSettings s;
    QCOMPARE(s.autoLabelList(),
             (QStringList{QStringLiteral("org.opencontainers.image.revision=<auto>"),
                          QStringLiteral("org.opencontainers.image.ref.name=<auto>"),
                          QStringLiteral("org.opencontainers.image.created=<auto>")}));
    s.revision = QStringLiteral("abc123");
    s.branch = QStringLiteral("none");
    QCOMPARE(s.autoLabelList(),
             (QStringList{QStringLiteral("org.opencontainers.image.revision=abc123"),
                          QStringLiteral("org.opencontainers.image.created=<auto>")}));
    s.autoLabels = QStringLiteral("yes");
    QCOMPARE(s.autoLabelList(), QStringList());
}

struct Expected
{
    QString code;
    Severity severity;
    int line;
    int column;
};
Q_DECLARE_METATYPE(QList<Expected>)

void TstImageSettings::validation_data()
{
    QTest::addColumn<NamedValues>("values");
    QTest::addColumn<QList<Expected>>("expected");
    using V = NamedValues;
    QTest::newRow("demo cmd is fine")
        << V{{QStringLiteral("OCI_IMAGE_CMD"),
              QStringLiteral(
                  "/bin/sh -c 'echo Hello from multi-layer container && curl --version'")}}
        << QList<Expected>{};
    QTest::newRow("unbalanced cmd")
        << V{{QStringLiteral("OCI_IMAGE_CMD"), QStringLiteral("/bin/sh -c 'echo hi")}}
        << QList<Expected>{{QStringLiteral("layers.shlex"), Severity::Error, 20, 29}};
    QTest::newRow("entrypoint, default cmd")
        << V{{QStringLiteral("OCI_IMAGE_ENTRYPOINT"), QStringLiteral("curl")}}
        << QList<Expected>{
               {QStringLiteral("layers.entrypoint-default-cmd"), Severity::Warning, 20, 25}};
    QTest::newRow("entrypoint, explicit empty cmd")
        << V{{QStringLiteral("OCI_IMAGE_ENTRYPOINT"), QStringLiteral("curl")},
             {QStringLiteral("OCI_IMAGE_CMD"), QString()}}
        << QList<Expected>{};
    QTest::newRow("entrypoint args ignore cmd")
        << V{{QStringLiteral("OCI_IMAGE_ENTRYPOINT"), QStringLiteral("curl")},
             {QStringLiteral("OCI_IMAGE_ENTRYPOINT_ARGS"), QStringLiteral("http://localhost")},
             {QStringLiteral("OCI_IMAGE_CMD"), QStringLiteral("/bin/bash")}}
        << QList<Expected>{{QStringLiteral("layers.cmd-ignored"), Severity::Warning, 22, 18}};
    QTest::newRow("quote char in token")
        << V{{QStringLiteral("OCI_IMAGE_CMD"), QStringLiteral("echo \"it's\"")}}
        << QList<Expected>{{QStringLiteral("layers.shlex-quote-char"), Severity::Warning, 20, 18},
                           {QStringLiteral("layers.shell-syntax"), Severity::Error, 20, 18}};
    QTest::newRow("quotes split the shell test")
        << V{{QStringLiteral("OCI_IMAGE_CMD"), QStringLiteral("sh -c \"echo hi\"")}}
        << QList<Expected>{{QStringLiteral("layers.shell-test"), Severity::Warning, 20, 18}};
    QTest::newRow("balanced quotes without blanks are fine")
        << V{{QStringLiteral("OCI_IMAGE_CMD"), QStringLiteral("/bin/echo \"hello\"")}}
        << QList<Expected>{};
    QTest::newRow("working dir")
        << V{{QStringLiteral("OCI_IMAGE_WORKINGDIR"), QStringLiteral("my dir")}}
        << QList<Expected>{
               {QStringLiteral("layers.unquoted-space"), Severity::Error, 20, 27},
               {QStringLiteral("layers.workingdir-relative"), Severity::Warning, 20, 25}};
    QTest::newRow("uid with blank")
        << V{{QStringLiteral("OCI_IMAGE_RUNTIME_UID"), QStringLiteral("1000 1000")}}
        << QList<Expected>{{QStringLiteral("layers.unquoted-space"), Severity::Error, 20, 30}};
    QTest::newRow("quoted label")
        << V{{QStringLiteral("OCI_IMAGE_LABELS"), QStringLiteral("a=\"x y\"")}}
        << QList<Expected>{{QStringLiteral("layers.bad-label"), Severity::Error, 20, 26},
                           {QStringLiteral("layers.shell-test"), Severity::Warning, 20, 21},
                           {QStringLiteral("layers.list-quoting"), Severity::Warning, 20, 23}};
    QTest::newRow("ports") << V{{QStringLiteral("OCI_IMAGE_PORTS"),
                                 QStringLiteral("80 443/tcp 53/udp 0 70000 9/sctp http")}}
                           << QList<Expected>{
                                  {QStringLiteral("layers.bad-port"), Severity::Error, 20, 38},
                                  {QStringLiteral("layers.bad-port"), Severity::Error, 20, 40},
                                  {QStringLiteral("layers.bad-port"), Severity::Error, 20, 46},
                                  {QStringLiteral("layers.bad-port"), Severity::Error, 20, 53}};
    QTest::newRow("labels and env")
        << V{{QStringLiteral("OCI_IMAGE_LABELS"), QStringLiteral("a=1 novalue =x b=")},
             {QStringLiteral("OCI_IMAGE_ENV_VARS"), QStringLiteral("A=1 B 1X=2 my.var=3")}}
        << QList<Expected>{{QStringLiteral("layers.bad-label"), Severity::Error, 20, 25},
                           {QStringLiteral("layers.bad-label"), Severity::Error, 20, 33},
                           {QStringLiteral("layers.bad-env"), Severity::Error, 21, 27},
                           {QStringLiteral("layers.env-name"), Severity::Warning, 21, 29},
                           {QStringLiteral("layers.env-name"), Severity::Warning, 21, 34}};
    QTest::newRow("stop signal, tar, tag")
        << V{{QStringLiteral("OCI_IMAGE_STOPSIGNAL"), QStringLiteral("term")},
             {QStringLiteral("OCI_IMAGE_TAR_OUTPUT"), QStringLiteral("false")},
             {QStringLiteral("OCI_IMAGE_TAG"), QStringLiteral("v1:beta")}}
        << QList<Expected>{{QStringLiteral("layers.bad-stopsignal"), Severity::Warning, 20, 25},
                           {QStringLiteral("layers.tar-output"), Severity::Warning, 21, 25},
                           {QStringLiteral("layers.tag-colon"), Severity::Note, 22, 20}};
    QTest::newRow("good signal, empty tag")
        << V{{QStringLiteral("OCI_IMAGE_STOPSIGNAL"), QStringLiteral("SIGRTMIN+3")},
             {QStringLiteral("OCI_IMAGE_TAG"), QString()}}
        << QList<Expected>{{QStringLiteral("layers.tag-empty"), Severity::Warning, 21, 18}};
}

void TstImageSettings::validation()
{
    QFETCH(NamedValues, values);
    QFETCH(QList<Expected>, expected);
    LayerVariables v;
    int line = 20;
    for (const auto &[name, value] : values)
        v.insert(name,
                 {value, ValueLocation(QStringLiteral("img.bb"), line++, int(name.size()) + 5)});
    const Diagnostics diags = validateImageSettings(ImageSettings::fromVariables(v), v);
    QVERIFY2(diags.size() == expected.size(), qPrintable(describe(diags)));
    for (int i = 0; i < diags.size(); ++i) {
        QCOMPARE(diags.at(i).code, expected.at(i).code);
        QCOMPARE(diags.at(i).severity, expected.at(i).severity);
        QCOMPARE(
            diags.at(i).location,
            (SourceLocation{QStringLiteral("img.bb"), expected.at(i).line, expected.at(i).column}));
    }
}

void TstImageSettings::validationMessages()
{
    ImageSettings s;
    s.entrypoint = QStringLiteral("curl");
    const Diagnostics trap = validateImageSettings(s);
    QCOMPARE(trap.size(), 1);
    QCOMPARE(
        trap.at(0).message,
        QStringLiteral("OCI_IMAGE_ENTRYPOINT is set but OCI_IMAGE_CMD keeps its default "
                       "\"/bin/sh\": `docker run IMAGE` runs curl /bin/sh. Set OCI_IMAGE_CMD = "
                       "\"\" or give the arguments in OCI_IMAGE_ENTRYPOINT_ARGS"));
    QCOMPARE(trap.at(0).location, SourceLocation{});

    ImageSettings u;
    u.cmd = QStringLiteral("sh -c \"echo");
    const Diagnostics shlex = validateImageSettings(u);
    QCOMPARE(shlex.value(0).message,
             QStringLiteral("OCI_IMAGE_CMD cannot be split like the class does (Python "
                            "shlex.split): No closing quotation"));

    ImageSettings t;
    t.tarOutput = QStringLiteral("false");
    QCOMPARE(validateImageSettings(t).value(0).message,
             QStringLiteral("OCI_IMAGE_TAR_OUTPUT = \"false\" still produces the .tar outputs: "
                            "the class only tests for a non-empty value; set it to \"\" to "
                            "disable them"));
}

QTEST_GUILESS_MAIN(TstImageSettings)
#include "tst_imagesettings.moc"

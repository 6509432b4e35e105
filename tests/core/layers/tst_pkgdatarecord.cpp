#include "layers/pkgdatarecord.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cbw::core;
using namespace cbw::core::layers;

class TstPkgdataRecord final : public QObject
{
    Q_OBJECT

private slots:
    void unicodeEscape_data();
    void unicodeEscape();
    void specExample();
    void suffixedBeatsPlain();
    void escapesAndFilesInfo();
    void versions_data();
    void versions();
    void badFile();
    void readFromDirectory();
};

void TstPkgdataRecord::unicodeEscape_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("errorColumn");
    QTest::newRow("plain") << QByteArray("abc") << true << QStringLiteral("abc") << 0;
    QTest::newRow("newline tab backslash")
        << QByteArray("a\\nb\\tc\\\\d") << true << QStringLiteral("a\nb\tc\\d") << 0;
    QTest::newRow("hex") << QByteArray("caf\\xe9") << true << QStringLiteral("café") << 0;
    QTest::newRow("u4") << QByteArray("\\u00e9t\\u00e9") << true << QStringLiteral("été") << 0;
    QTest::newRow("U8") << QByteArray("\\U0001f600") << true << QStringLiteral("\U0001F600") << 0;
    QTest::newRow("octal") << QByteArray("\\101\\0x") << true
                           << QStringLiteral("A") + QChar(0) + QStringLiteral("x") << 0;
    QTest::newRow("unknown escape kept")
        << QByteArray("\\q\\'") << true << QStringLiteral("\\q'") << 0;
    QTest::newRow("truncated hex") << QByteArray("ab\\x4") << false << QString() << 2;
    QTest::newRow("bad u") << QByteArray("\\u12g4") << false << QString() << 0;
    QTest::newRow("trailing backslash") << QByteArray("abc\\") << false << QString() << 3;
    QTest::newRow("out of range U") << QByteArray("\\U00110000") << false << QString() << 0;
}

void TstPkgdataRecord::unicodeEscape()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, ok);
    QFETCH(QString, expected);
    QFETCH(int, errorColumn);
    int column = -1;
    const auto decoded = unicodeEscapeDecode(input, &column);
    QCOMPARE(decoded.has_value(), ok);
    if (ok)
        QCOMPARE(*decoded, expected);
    else
        QCOMPARE(column, errorColumn);
}

// The runtime/my-bundle example of pkgdata-facts §3.4.
static const QByteArray kSpecExample =
    "PN: my-bundle\n"
    "PV: 1.0\n"
    "PR: r0\n"
    "PKGV: 1.0\n"
    "PKGR: r0\n"
    "LICENSE: MIT\n"
    "DESCRIPTION: Containers bundled for the gateway image.\n"
    "SUMMARY: Containers bundled for the gateway image\n"
    "RDEPENDS:my-bundle: podman\n"
    "SECTION: base\n"
    "PKG:my-bundle: my-bundle\n"
    "FILES:my-bundle: /usr/share/container-bundles\n"
    "FILES_INFO:my-bundle: {\"/usr/share/container-bundles/my-bundle.meta\": 212, "
    "\"/usr/share/container-bundles/podman/my-bundle.refs\": 48}\n"
    "pkg_postinst:my-bundle: #!/bin/sh\\nset -e\\n[ -n \"$D\" ] || systemctl daemon-reload\\n\n"
    "PKGSIZE:my-bundle: 260\n";

void TstPkgdataRecord::specExample()
{
    Diagnostics diags;
    const PkgdataRecord r =
        parsePkgdataRuntime(kSpecExample, QStringLiteral("my-bundle"), QStringLiteral("f"), &diags);
    QVERIFY2(diags.isEmpty(), qPrintable(diags.value(0).toGccString()));
    QCOMPARE(r.pn(), QStringLiteral("my-bundle"));
    QCOMPARE(r.pkgv(), QStringLiteral("1.0"));
    QCOMPARE(r.pkgr(), QStringLiteral("r0"));
    QCOMPARE(r.pkge(), QString());
    QCOMPARE(r.rdepends(), QStringLiteral("podman"));
    QCOMPARE(r.pkgName(), QStringLiteral("my-bundle"));
    QCOMPARE(r.pkgSize, 260);
    QCOMPARE(r.filesInfo.size(), 2);
    QCOMPARE(r.filesInfo.value(QStringLiteral("/usr/share/container-bundles/my-bundle.meta")), 212);
    QCOMPARE(
        r.filesInfo.value(QStringLiteral("/usr/share/container-bundles/podman/my-bundle.refs")),
        48);
    QCOMPARE(r.value(QStringLiteral("pkg_postinst")).value_or(QString()),
             QStringLiteral("#!/bin/sh\nset -e\n[ -n \"$D\" ] || systemctl daemon-reload\n"));
    QCOMPARE(r.ipkVersion(), QStringLiteral("1.0-r0"));
}

void TstPkgdataRecord::suffixedBeatsPlain()
{
    const PkgdataRecord r =
        parsePkgdataRuntime("PKGV: 1.0\nPKGV:tool: 2.5\nPKGR: r3\n", QStringLiteral("tool"),
                            QStringLiteral("f"), nullptr);
    QCOMPARE(r.pkgv(), QStringLiteral("2.5"));
    QCOMPARE(r.pkgr(), QStringLiteral("r3"));
    QCOMPARE(r.value(QStringLiteral("PE")).has_value(), false);
    QCOMPARE(r.pkgSize, -1);
    QCOMPARE(r.pkgName(), QStringLiteral("tool"));
}

void TstPkgdataRecord::escapesAndFilesInfo()
{
    // The escape layer over JSON: a backslash in a path is four backslashes in the file,
    // a non-ASCII path may arrive as a JSON \u escape (doubled backslash) or an escape-layer \u.
    const QByteArray text =
        "DESCRIPTION: Caf\\xe9 \\u00e9t\\u00e9\\ttab\n"
        "FILES_INFO:p: {\"/a\\\\\\\\b\": 1, \"/caf\\\\u00e9\": 2, \"/na\\u00efve\": 3}\n"
        "PKGSIZE:p: 6\n";
    Diagnostics diags;
    const PkgdataRecord r =
        parsePkgdataRuntime(text, QStringLiteral("p"), QStringLiteral("f"), &diags);
    QVERIFY(diags.isEmpty());
    QCOMPARE(r.value(QStringLiteral("DESCRIPTION")).value_or(QString()),
             QStringLiteral("Café été\ttab"));
    const QMap<QString, qint64> expected = {
        {QStringLiteral("/a\\b"), 1}, {QStringLiteral("/café"), 2}, {QStringLiteral("/naïve"), 3}};
    QCOMPARE(r.filesInfo, expected);
}

void TstPkgdataRecord::versions_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("ipk");
    QTest::addColumn<QString>("rpm");
    QTest::newRow("no epoch") << QByteArray("PKGV: 1.0\nPKGR: r0\n") << QStringLiteral("1.0-r0")
                              << QStringLiteral("1.0-r0");
    QTest::newRow("epoch") << QByteArray("PE: 2\nPKGE: 2\nPKGV: 1.0-rc1\nPKGR: r0.3\n")
                           << QStringLiteral("2:1.0-rc1-r0.3") << QStringLiteral("2:1.0+rc1-r0.3");
    QTest::newRow("epoch zero") << QByteArray("PKGE: 0\nPKGV: 1\nPKGR: r1\n")
                                << QStringLiteral("1-r1") << QStringLiteral("0:1-r1");
}

void TstPkgdataRecord::versions()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, ipk);
    QFETCH(QString, rpm);
    const PkgdataRecord r =
        parsePkgdataRuntime(text, QStringLiteral("p"), QStringLiteral("f"), nullptr);
    QCOMPARE(r.ipkVersion(), ipk);
    QCOMPARE(r.rpmVersion(), rpm);
}

void TstPkgdataRecord::badFile()
{
    const QByteArray text = "PN: ok\n"
                            "this line has no separator\n"
                            "\n"
                            "DESCRIPTION: bad \\x4g escape\n"
                            "FILES_INFO:p: {\"/a\": \"big\"}\n"
                            "PKGSIZE:p: lots\n"
                            "SUMMARY: caf\xc3\xa9\n";
    Diagnostics diags;
    const PkgdataRecord r =
        parsePkgdataRuntime(text, QStringLiteral("p"), QStringLiteral("runtime/p"), &diags);
    QCOMPARE(diags.size(), 5);
    auto check = [&](int i, const char *code, Severity sev, int line, int column) {
        QCOMPARE(diags.at(i).code, QLatin1String(code));
        QCOMPARE(diags.at(i).severity, sev);
        QCOMPARE(diags.at(i).location, (SourceLocation{QStringLiteral("runtime/p"), line, column}));
    };
    check(0, "pkgdata.bad-line", Severity::Error, 2, 1);
    check(1, "pkgdata.bad-escape", Severity::Error, 4, 18);
    check(2, "pkgdata.non-ascii", Severity::Warning, 7, 13);
    check(3, "pkgdata.bad-files-info", Severity::Error, 5, 1);
    check(4, "pkgdata.bad-pkgsize", Severity::Error, 6, 1);
    QCOMPARE(diags.at(4).message, QStringLiteral("PKGSIZE 'lots' is not a byte count"));
    QCOMPARE(r.pn(), QStringLiteral("ok"));
    QVERIFY(r.filesInfo.isEmpty());
    QCOMPARE(r.pkgSize, -1);
    QCOMPARE(diags.at(0).toGccString(),
             QStringLiteral("runtime/p:2:1: error: not a 'KEY: VALUE' line"));
}

void TstPkgdataRecord::readFromDirectory()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("runtime")));
    QFile f(dir.filePath(QStringLiteral("runtime/my-bundle")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kSpecExample);
    f.close();
    Diagnostics diags;
    const auto r = readPkgdataRuntime(dir.path(), QStringLiteral("my-bundle"), &diags);
    QVERIFY(r.has_value());
    QCOMPARE(r->pkgSize, 260);
    QVERIFY(diags.isEmpty());

    const auto missing = readPkgdataRuntime(dir.path(), QStringLiteral("nope"), &diags);
    QVERIFY(!missing.has_value());
    QCOMPARE(diags.size(), 1);
    QCOMPARE(diags.at(0).code, QStringLiteral("pkgdata.missing"));
    QCOMPARE(diags.at(0).location.file, dir.filePath(QStringLiteral("runtime/nope")));
}

QTEST_GUILESS_MAIN(TstPkgdataRecord)
#include "tst_pkgdatarecord.moc"

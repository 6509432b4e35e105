#include "bitbake/document.h"
#include "common/atomicwrite.h"
#include "export/exportplan.h"
#include "exporttestproject.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace cbw::core;
using namespace cbw::core::exporting;

namespace {

const QString corpusDir = QStringLiteral(CBW_TEST_DATA_DIR "/corpus");
const QString expectedDir = QStringLiteral(CBW_TEST_DATA_DIR "/export/merged");

bool isConfGrammar(const QString &name)
{
    return name.contains(QLatin1String(".conf"));
}

// Where the corpus file is copied so that --merge-into accepts it (templates lose ".sample").
QString targetName(const QString &name)
{
    QString n = name;
    n.remove(QStringLiteral(".sample.extended"));
    n.remove(QStringLiteral(".sample"));
    if (isConfGrammar(name) && !n.endsWith(QLatin1String(".conf")))
        n += QStringLiteral(".conf");
    return n;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

ExportRequest mergeRequest(const QString &target)
{
    ExportRequest r;
    r.project = cbw::test::mergeProject();
    r.target = ExportTarget::MergeIntoFile;
    r.targetPath = target;
    r.contents = isConfGrammar(target) ? ExportContents(ExportContent::LocalConfFragment) |
                                             ExportContent::HostImageAppend
                                       : ExportContents(ExportContent::BundleRecipe);
    return r;
}

QString baseOf(QString statement)
{
    statement.remove(QStringLiteral("removed "));
    if (statement.startsWith(QLatin1String("inherit ")))
        return statement;
    return statement.section(QLatin1Char(' '), 0, 0)
        .section(QLatin1Char('['), 0, 0)
        .section(QLatin1Char(':'), 0, 0);
}

// The raw bytes of every statement the merge had no business touching, in file order.
QList<QByteArray> untouchedStatements(const QByteArray &bytes, const QString &path,
                                      const QStringList &changed)
{
    QStringList bases;
    for (const QString &c : changed)
        bases.append(baseOf(c));
    QList<QByteArray> result;
    const bitbake::Document doc = bitbake::Document::parse(bytes, path);
    for (const bitbake::Statement &st : doc.statements()) {
        if (st.kind == bitbake::StatementKind::Assignment &&
            bases.contains(st.assignment.baseVariable))
            continue;
        if (st.kind == bitbake::StatementKind::Inherit &&
            bases.contains(QStringLiteral("inherit ") + st.arguments.join(QLatin1Char(' '))))
            continue;
        // A statement followed by an inserted one may lose its "no final newline" state.
        QByteArray raw = st.raw;
        while (raw.endsWith('\n') || raw.endsWith('\r'))
            raw.chop(1);
        result.append(raw);
    }
    return result;
}

QStringList wordsOf(const QString &s)
{
    return s.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class TestExportMerge : public QObject
{
    Q_OBJECT

private slots:
    void corpus_data();
    void corpus();
    void exactBytes_data();
    void exactBytes();
    void hostImageAppend_data();
    void hostImageAppend();
    void unusedDigestWarned();
    void invalidFilesRefused_data();
    void invalidFilesRefused();
};

void TestExportMerge::corpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("refused");
    int rows = 0;
    for (const QString &sub : {QStringLiteral("real"), QStringLiteral("synthetic/valid")}) {
        QDirIterator it(corpusDir + QLatin1Char('/') + sub, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            // This bbappend adds to CONTAINER_BUNDLES with an unconditional :append, so no
            // value written into it would be what BitBake reads: refused, not rewritten.
            const bool refused = path.endsWith(QLatin1String("my-bundle_%.bbappend"));
            QTest::newRow(qPrintable(QDir(corpusDir).relativeFilePath(path))) << path << refused;
            ++rows;
        }
    }
    QVERIFY(rows >= 16);
}

void TestExportMerge::corpus()
{
    QFETCH(QString, file);
    QFETCH(bool, refused);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString target = tmp.filePath(targetName(QFileInfo(file).fileName()));
    const QByteArray original = readAll(file);
    QVERIFY(!original.isEmpty());
    QVERIFY(writeFileAtomically(target, original).ok());

    const ExportPlan plan = planExport(mergeRequest(target));
    if (refused) {
        QVERIFY(!plan.canWrite());
        bool named = false;
        for (const Diagnostic &d : plan.diagnostics)
            named = named || (d.isError() && d.code == QLatin1String("export.merge-refused") &&
                              d.location.file == target);
        QVERIFY2(named, "the refusal names the file");
        QVERIFY(!writeExport(plan).ok());
        QCOMPARE(readAll(target), original);
        QVERIFY(!QFileInfo::exists(target + QStringLiteral(".bak")));
        return;
    }
    for (const Diagnostic &d : plan.diagnostics)
        QVERIFY2(!d.isError(), qPrintable(d.toGccString()));
    QCOMPARE(plan.files.size(), 1);
    const PlannedFile &f = plan.files.first();
    QCOMPARE(f.action, PlannedFile::Action::Modify);
    QCOMPARE(f.before, original);
    QVERIFY(!f.changedStatements.isEmpty());

    const ExportWriteReport report = writeExport(plan);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.written, QStringList{target});
    QCOMPARE(readAll(target), f.after);
    QCOMPARE(readAll(target + QStringLiteral(".bak")), original);

    // Nothing outside the changed statements moved or changed, byte for byte and in order.
    QCOMPARE(untouchedStatements(f.after, target, f.changedStatements),
             untouchedStatements(original, target, f.changedStatements));

    const bitbake::Document merged = bitbake::Document::parse(f.after, target);
    for (const Diagnostic &d : merged.diagnostics())
        QVERIFY2(!d.isError(), qPrintable(d.toGccString()));
    if (isConfGrammar(target)) {
        QCOMPARE(wordsOf(merged.evaluate(QStringLiteral("BUNDLED_CONTAINERS")).value),
                 (QStringList{QStringLiteral("container-base:docker"),
                              QStringLiteral("app:podman:always")}));
        QVERIFY(wordsOf(merged
                            .evaluate(QStringLiteral("IMAGE_INSTALL"),
                                      {QStringLiteral("pn-container-image-host")})
                            .value)
                    .contains(QStringLiteral("demo-bundle")));
        QVERIFY(wordsOf(merged.evaluate(QStringLiteral("DISTRO_FEATURES")).value)
                    .contains(QStringLiteral("vcontainer")));
    } else {
        QCOMPARE(wordsOf(merged.evaluate(QStringLiteral("CONTAINER_BUNDLES")).value),
                 (QStringList{QStringLiteral("container-base:always"),
                              QStringLiteral("docker.io/library/redis:7")}));
        QCOMPARE(merged
                     .evaluateFlag(QStringLiteral("CONTAINER_DIGESTS"),
                                   QStringLiteral("docker.io_library_redis_7"))
                     .value,
                 QStringLiteral("sha256:") + QString(64, QLatin1Char('2')));
    }

    // Merging again changes nothing: an existing :append is updated, never duplicated.
    const ExportPlan again = planExport(mergeRequest(target));
    QVERIFY(!hasErrors(again.diagnostics));
    QCOMPARE(again.files.size(), 1);
    QCOMPARE(again.files.first().action, PlannedFile::Action::Unchanged);
    QVERIFY(!again.canWrite());
}

void TestExportMerge::exactBytes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("changed");
    const auto row = [](const char *name, const QString &file, const QStringList &changed) {
        QTest::newRow(name) << file << changed;
    };
    row("local.conf.sample",
        QStringLiteral("real/poky/meta-poky/conf/templates/default/local.conf.sample"),
        {QStringLiteral("BUNDLED_CONTAINERS"), QStringLiteral("DISTRO_FEATURES:append"),
         QStringLiteral("BBMULTICONFIG:append"),
         QStringLiteral("IMAGE_INSTALL:append:pn-container-image-host")});
    // The unconditional BUNDLED_CONTAINERS:append would distort the new value: removed.
    row("crlf-local.conf", QStringLiteral("synthetic/valid/crlf-local.conf"),
        {QStringLiteral("removed BUNDLED_CONTAINERS:append ="),
         QStringLiteral("BUNDLED_CONTAINERS"), QStringLiteral("DISTRO_FEATURES:append"),
         QStringLiteral("BBMULTICONFIG:append"),
         QStringLiteral("IMAGE_INSTALL:append:pn-container-image-host")});
    row("whitespace.conf", QStringLiteral("synthetic/valid/whitespace.conf"),
        {QStringLiteral("BUNDLED_CONTAINERS"), QStringLiteral("DISTRO_FEATURES:append"),
         QStringLiteral("BBMULTICONFIG:append"),
         QStringLiteral("IMAGE_INSTALL:append:pn-container-image-host")});
    row("my-bundle_1.0.bb", QStringLiteral("synthetic/valid/my-bundle_1.0.bb"), {});
    row("remote-container-bundle_1.0.bb",
        QStringLiteral("real/meta-virtualization/recipes-extended/container-bundles/"
                       "remote-container-bundle_1.0.bb"),
        {});
}

void TestExportMerge::exactBytes()
{
    QFETCH(QString, file);
    QFETCH(QStringList, changed);
    QTemporaryDir tmp;
    const QString name = QFileInfo(file).fileName();
    const QString target = tmp.filePath(targetName(name));
    QVERIFY(writeFileAtomically(target, readAll(corpusDir + QLatin1Char('/') + file)).ok());
    const ExportPlan plan = planExport(mergeRequest(target));
    QVERIFY(plan.canWrite());
    const PlannedFile &f = plan.files.first();
    if (!changed.isEmpty())
        QCOMPARE(f.changedStatements, changed);
    const QByteArray expected = readAll(expectedDir + QLatin1Char('/') + name);
    QVERIFY2(!expected.isEmpty(), qPrintable(expectedDir + QLatin1Char('/') + name));
    QCOMPARE(f.after, expected);
}

void TestExportMerge::hostImageAppend_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::newRow("added after the IMAGE_INSTALL lines")
        << QByteArray("A = \"1\"\nIMAGE_INSTALL:append = \" vim\"\nB = \"2\"\n")
        << QByteArray("A = \"1\"\nIMAGE_INSTALL:append = \" vim\"\n"
                      "IMAGE_INSTALL:append:pn-container-image-host = \" demo-bundle\"\nB = "
                      "\"2\"\n");
    QTest::newRow("existing pn append updated in place")
        << QByteArray("IMAGE_INSTALL:append:pn-container-image-host = \" other\"\n# keep\n")
        << QByteArray("IMAGE_INSTALL:append:pn-container-image-host = \" other demo-bundle\"\n"
                      "# keep\n");
    QTest::newRow("list layout kept")
        << QByteArray("IMAGE_INSTALL:append:pn-container-image-host = \" \\\n    other \\\n\"\n")
        << QByteArray("IMAGE_INSTALL:append:pn-container-image-host = \" \\\n    other \\\n"
                      "    demo-bundle \\\n\"\n");
    QTest::newRow("no final newline")
        << QByteArray("A = \"1\"")
        << QByteArray("A = \"1\"\n"
                      "IMAGE_INSTALL:append:pn-container-image-host = "
                      "\" demo-bundle\"");
    QTest::newRow("other image's append untouched")
        << QByteArray("IMAGE_INSTALL:append:pn-other-image = \" demo-bundle\"\n")
        << QByteArray("IMAGE_INSTALL:append:pn-other-image = \" demo-bundle\"\n"
                      "IMAGE_INSTALL:append:pn-container-image-host = \" demo-bundle\"\n");
    QTest::newRow("already there") << QByteArray("IMAGE_INSTALL:append:pn-container-image-host "
                                                 "= \" demo-bundle x\"\n")
                                   << QByteArray();
}

void TestExportMerge::hostImageAppend()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QTemporaryDir tmp;
    const QString target = tmp.filePath(QStringLiteral("local.conf"));
    QVERIFY(writeFileAtomically(target, before).ok());
    ExportRequest r = mergeRequest(target);
    r.contents = ExportContent::HostImageAppend;
    const ExportPlan plan = planExport(r);
    QVERIFY(!hasErrors(plan.diagnostics));
    QCOMPARE(plan.files.size(), 1);
    if (after.isEmpty()) {
        QCOMPARE(plan.files.first().action, PlannedFile::Action::Unchanged);
        return;
    }
    QCOMPARE(plan.files.first().after, after);
    QCOMPARE(plan.files.first().changedStatements,
             QStringList{QStringLiteral("IMAGE_INSTALL:append:pn-container-image-host")});
}

void TestExportMerge::unusedDigestWarned()
{
    QTemporaryDir tmp;
    const QString target = tmp.filePath(QStringLiteral("remote-container-bundle_1.0.bb"));
    QVERIFY(writeFileAtomically(
                target, readAll(corpusDir + QStringLiteral("/real/meta-virtualization/"
                                                           "recipes-extended/container-bundles/"
                                                           "remote-container-bundle_1.0.bb")))
                .ok());
    const ExportPlan plan = planExport(mergeRequest(target));
    QVERIFY(plan.canWrite());
    QStringList warnings;
    for (const Diagnostic &d : plan.diagnostics) {
        if (d.code == QLatin1String("export.unused-digest"))
            warnings.append(d.toGccString());
    }
    QCOMPARE(warnings, QStringList{target + QStringLiteral(
                                                ":45:1: warning: "
                                                "CONTAINER_DIGESTS[docker.io_library_busybox_1.36] "
                                                "is kept, but no CONTAINER_BUNDLES entry of the "
                                                "file uses it")});
    // Kept, as the expected bytes of exactBytes show too.
    QVERIFY(plan.files.first().after.contains("CONTAINER_DIGESTS[docker.io_library_busybox_1.36]"));
}

void TestExportMerge::invalidFilesRefused_data()
{
    QTest::addColumn<QString>("file");
    QDirIterator it(corpusDir + QStringLiteral("/synthetic/invalid"), QDir::Files);
    int rows = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        // Errors the lossless parser cannot see without the filesystem or Python.
        if (path.endsWith(QLatin1String("missing-require.conf")) ||
            path.endsWith(QLatin1String("python-syntax-error.bb")))
            continue;
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
        ++rows;
    }
    QVERIFY(rows >= 10);
}

// A file BitBake already rejects is never edited, whichever kind of unit is merged.
void TestExportMerge::invalidFilesRefused()
{
    QFETCH(QString, file);
    QTemporaryDir tmp;
    const QString target = tmp.filePath(targetName(QFileInfo(file).fileName()));
    const QByteArray original = readAll(file);
    QVERIFY(writeFileAtomically(target, original).ok());
    const ExportPlan plan = planExport(mergeRequest(target));
    QVERIFY(!plan.canWrite());
    bool refused = false;
    for (const Diagnostic &d : plan.diagnostics)
        refused = refused || d.code == QLatin1String("export.merge-refused");
    QVERIFY(refused);
    QVERIFY(!writeExport(plan).ok());
    QCOMPARE(readAll(target), original);
}

QTEST_GUILESS_MAIN(TestExportMerge)
#include "tst_exportmerge.moc"

#include "common/atomicwrite.h"
#include "common/diagnostic.h"
#include "common/valuelocation.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cbw::core;

class TestCommon : public QObject
{
    Q_OBJECT

private slots:
    void gccString_data();
    void gccString();
    void valueLocation();
    void atomicWriteKeepsBackup();
    void atomicWriteFailureLeavesFileAlone();
};

void TestCommon::gccString_data()
{
    QTest::addColumn<Diagnostic>("diagnostic");
    QTest::addColumn<QString>("expected");
    QTest::newRow("full") << Diagnostic::error("x", "bad thing", {"a.conf", 3, 7})
                          << "a.conf:3:7: error: bad thing";
    QTest::newRow("no column") << Diagnostic::warning("x", "hm", {"a.conf", 3, 0})
                               << "a.conf:3: warning: hm";
    QTest::newRow("file only") << Diagnostic::note("x", "fyi", {"a.conf", 0, 0})
                               << "a.conf: note: fyi";
    QTest::newRow("nothing") << Diagnostic::error("x", "oops") << "error: oops";
}

void TestCommon::gccString()
{
    QFETCH(Diagnostic, diagnostic);
    QFETCH(QString, expected);
    QCOMPARE(diagnostic.toGccString(), expected);
}

void TestCommon::valueLocation()
{
    // A value "one " on line 1 from column 6, continued with "two" at line 2, column 1.
    ValueLocation loc("f.conf", 1, 6);
    loc.addSegment(4, 2, 1);
    QCOMPARE(loc.locate(0), (SourceLocation{"f.conf", 1, 6}));
    QCOMPARE(loc.locate(2), (SourceLocation{"f.conf", 1, 8}));
    QCOMPARE(loc.locate(4), (SourceLocation{"f.conf", 2, 1}));
    QCOMPARE(loc.locate(9), (SourceLocation{"f.conf", 2, 6}));
}

void TestCommon::atomicWriteKeepsBackup()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("local.conf");
    QVERIFY(writeFileAtomically(path, "old\n").ok());
    QVERIFY(writeFileAtomically(path, "new\n", BackupPolicy::KeepBak).ok());
    QCOMPARE(*readWholeFile(path), QByteArray("new\n"));
    QCOMPARE(*readWholeFile(path + ".bak"), QByteArray("old\n"));
}

void TestCommon::atomicWriteFailureLeavesFileAlone()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missingDir = dir.filePath("no/such/dir/x.conf");
    const auto result = writeFileAtomically(missingDir, "data");
    QVERIFY(!result.ok());
    QVERIFY(result.error().message.contains("x.conf"));
    QVERIFY(!QFile::exists(missingDir));
}

QTEST_GUILESS_MAIN(TestCommon)
#include "tst_common.moc"

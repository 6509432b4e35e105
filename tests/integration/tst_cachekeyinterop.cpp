#include "cachekeycases.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace cbw::core::layers;

// Our cache key against Python's own json.dumps/hashlib, the code path the class runs:
// the only way to know that our JSON escaping and key order really match Python's.
class TestCacheKeyInterop : public QObject
{
    Q_OBJECT

private slots:
    void matchesPython();
};

void TestCacheKeyInterop::matchesPython()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    QVERIFY2(!python.isEmpty(), "python3 is installed by scripts/setup-deps.sh");

    const auto cases = cacheKeyCases(2000, 20261128);
    QProcess process;
    process.start(python, {QStringLiteral(CBW_TEST_DATA_DIR "/python/cache_key_reference.py")});
    QVERIFY(process.waitForStarted());
    process.write(cacheKeyCasesAsJsonLines(cases));
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QStringList expected = QString::fromLatin1(process.readAllStandardOutput())
                                     .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(expected.size(), cases.size());
    for (qsizetype i = 0; i < cases.size(); ++i) {
        QVERIFY2(layerCacheKey(cases.at(i)) == expected.at(i),
                 qPrintable(QStringLiteral("case %1: ours %2, python %3, json %4")
                                .arg(i)
                                .arg(layerCacheKey(cases.at(i)), expected.at(i),
                                     canonicalCacheJson(cases.at(i)))));
    }
}

QTEST_GUILESS_MAIN(TestCacheKeyInterop)
#include "tst_cachekeyinterop.moc"

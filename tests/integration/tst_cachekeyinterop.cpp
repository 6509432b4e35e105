#include "cachekeycases.h"
#include "pythonreference.h"

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
    const auto cases = cacheKeyCases(2000, 20261128);
    const PythonReferenceRun run =
        runPythonReference({QStringLiteral(CBW_TEST_DATA_DIR "/python/cache_key_reference.py")},
                           cacheKeyCasesAsJsonLines(cases));
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    QStringList expected;
    for (const QByteArray &line : run.lines)
        expected.append(QString::fromLatin1(line));
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

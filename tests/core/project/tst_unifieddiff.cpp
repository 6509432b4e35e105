#include "common/unifieddiff.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

using namespace cbw::core;

namespace {

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

// GNU diff's own output for the same inputs and labels (exit status 0 or 1 is success).
QByteArray gnuDiff(const QByteArray &before, const QByteArray &after)
{
    QTemporaryDir dir;
    const QString oldPath = dir.filePath(QStringLiteral("old"));
    const QString newPath = dir.filePath(QStringLiteral("new"));
    if (!writeFile(oldPath, before) || !writeFile(newPath, after))
        return "cannot write temporary files";
    QProcess diff;
    diff.start(QStringLiteral("diff"),
               {QStringLiteral("-u"), QStringLiteral("--label"), QStringLiteral("a/f"),
                QStringLiteral("--label"), QStringLiteral("b/f"), oldPath, newPath});
    if (!diff.waitForFinished(30000) || diff.exitStatus() != QProcess::NormalExit ||
        diff.exitCode() > 1)
        return "diff failed: " + diff.readAllStandardError();
    return diff.readAllStandardOutput();
}

QByteArray numbered(int from, int to, const QByteArray &eol = "\n")
{
    QByteArray out;
    for (int i = from; i <= to; ++i)
        out += "line " + QByteArray::number(i) + eol;
    return out;
}

QByteArray replaceLine(QByteArray text, int line, const QByteArray &with)
{
    const QByteArray old = "line " + QByteArray::number(line) + '\n';
    const qsizetype at = text.indexOf(old);
    return text.replace(at, old.size(), with);
}

// Length of the longest common subsequence of lines, by dynamic programming.
int lcsLength(const QList<QByteArray> &a, const QList<QByteArray> &b)
{
    std::vector<std::vector<int>> t(size_t(a.size() + 1), std::vector<int>(size_t(b.size() + 1)));
    for (qsizetype i = a.size() - 1; i >= 0; --i)
        for (qsizetype j = b.size() - 1; j >= 0; --j)
            t[size_t(i)][size_t(j)] = a.at(i) == b.at(j) ? t[size_t(i + 1)][size_t(j + 1)] + 1
                                                         : std::max(t[size_t(i + 1)][size_t(j)],
                                                                    t[size_t(i)][size_t(j + 1)]);
    return t[0][0];
}

QList<QByteArray> lines(const QByteArray &text)
{
    QList<QByteArray> out = text.split('\n');
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

} // namespace

class TestUnifiedDiff : public QObject
{
    Q_OBJECT

private slots:
    void matchesGnuDiff_data();
    void matchesGnuDiff();
    void hunkNumbers();
    void randomEditsAreMinimalAndApply();
};

void TestUnifiedDiff::matchesGnuDiff_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");

    const QByteArray twenty = numbered(1, 20);
    QTest::newRow("identical") << twenty << twenty;
    QTest::newRow("one changed line") << twenty << replaceLine(twenty, 10, "changed\n");
    QTest::newRow("changes 6 apart share a hunk")
        << twenty << replaceLine(replaceLine(twenty, 5, "five\n"), 12, "twelve\n");
    QTest::newRow("changes 7 apart are two hunks")
        << twenty << replaceLine(replaceLine(twenty, 5, "five\n"), 13, "thirteen\n");
    QTest::newRow("insert at start") << twenty << "new first\n" + twenty;
    QTest::newRow("delete at end") << twenty << numbered(1, 18);
    QTest::newRow("change in line 2") << twenty << replaceLine(twenty, 2, "two\n");
    QTest::newRow("insert only") << twenty << replaceLine(twenty, 8, "line 8\nadded\n");
    QTest::newRow("delete only") << twenty << replaceLine(twenty, 8, "");
    QTest::newRow("old lacks final newline, line added")
        << QByteArray("a\nb\nc") << QByteArray("a\nb\nc\nd\n");
    QTest::newRow("both lack final newline") << QByteArray("a\nb\nc") << QByteArray("a\nb\nC");
    QTest::newRow("unchanged last line without newline")
        << QByteArray("x\na\nb\nc") << QByteArray("y\na\nb\nc");
    QTest::newRow("newline added only") << QByteArray("a\nb") << QByteArray("a\nb\n");
    QTest::newRow("from empty") << QByteArray() << QByteArray("a\nb\n");
    QTest::newRow("to empty") << QByteArray("a\nb\n") << QByteArray();
    QTest::newRow("crlf lines") << numbered(1, 9, "\r\n")
                                << numbered(1, 4, "\r\n") + "four and a half\r\n" +
                                       numbered(5, 9, "\r\n");
    QTest::newRow("block replaced")
        << twenty << replaceLine(replaceLine(twenty, 7, "x\ny\nz\n"), 8, "");
    QTest::newRow("local.conf assignment")
        << QByteArray("MACHINE ?= \"qemux86-64\"\n\nBUNDLED_CONTAINERS = \"a:docker\"\n"
                      "\nDISTRO = \"poky\"\n")
        << QByteArray("MACHINE ?= \"qemux86-64\"\n\nBUNDLED_CONTAINERS = \"a:docker "
                      "b:podman:autostart\"\n\nDISTRO = \"poky\"\n");
}

void TestUnifiedDiff::matchesGnuDiff()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    const QByteArray ours =
        UnifiedDiff::diff(before, after, QStringLiteral("a/f"), QStringLiteral("b/f"));
    QCOMPARE(ours, gnuDiff(before, after));
}

void TestUnifiedDiff::hunkNumbers()
{
    const QByteArray twenty = numbered(1, 20);
    const QList<DiffHunk> two =
        UnifiedDiff::hunks(twenty, replaceLine(replaceLine(twenty, 5, ""), 15, "x\ny\n"));
    QCOMPARE(two.size(), 2);
    QCOMPARE(two.at(0).oldStart, 2);
    QCOMPARE(two.at(0).oldCount, 7);
    QCOMPARE(two.at(0).newStart, 2);
    QCOMPARE(two.at(0).newCount, 6);
    QCOMPARE(two.at(1).oldStart, 12);
    QCOMPARE(two.at(1).newStart, 11);
    QCOMPARE(two.at(1).newCount, 8);
    QVERIFY(two.at(1).text.startsWith("@@ -12,7 +11,8 @@\n"));

    const QList<DiffHunk> fromEmpty = UnifiedDiff::hunks(QByteArray(), "a\n");
    QCOMPARE(fromEmpty.size(), 1);
    QCOMPARE(fromEmpty.first().oldStart, 0);
    QCOMPARE(fromEmpty.first().oldCount, 0);
    QCOMPARE(fromEmpty.first().text, QByteArray("@@ -0,0 +1 @@\n+a\n"));

    QCOMPARE(UnifiedDiff::hunks(twenty, twenty, 0).size(), 0);
    QCOMPARE(UnifiedDiff::hunks(twenty, replaceLine(twenty, 3, "3\n"), 0).first().text,
             QByteArray("@@ -3 +3 @@\n-line 3\n+3\n"));
}

// Random texts over a few distinct lines (many repeats, so many equally short scripts):
// the script must be as short as the LCS allows, and `patch` must turn old into new.
void TestUnifiedDiff::randomEditsAreMinimalAndApply()
{
    QRandomGenerator random(20261128);
    const QList<QByteArray> alphabet = {"a\n", "b\n", "c\n", "d\n", "}\n"};
    QTemporaryDir dir;
    for (int round = 0; round < 150; ++round) {
        QByteArray before;
        QByteArray after;
        for (int i = int(random.bounded(40)); i > 0; --i)
            before += alphabet.at(random.bounded(alphabet.size()));
        for (int i = int(random.bounded(40)); i > 0; --i)
            after += alphabet.at(random.bounded(alphabet.size()));
        const QByteArray diff = UnifiedDiff::diff(before, after, QStringLiteral("a/f"),
                                                  QStringLiteral("b/f"), int(round % 4));
        int changed = 0;
        for (const QByteArray &line : diff.split('\n')) {
            if ((line.startsWith('+') && !line.startsWith("+++")) ||
                (line.startsWith('-') && !line.startsWith("---")))
                ++changed;
        }
        const QList<QByteArray> a = lines(before);
        const QList<QByteArray> b = lines(after);
        QCOMPARE(changed, int(a.size() + b.size()) - 2 * lcsLength(a, b));
        if (diff.isEmpty()) {
            QCOMPARE(before, after);
            continue;
        }

        const QString target = dir.filePath(QStringLiteral("f"));
        const QString patchFile = dir.filePath(QStringLiteral("p.diff"));
        QVERIFY(writeFile(target, before));
        QVERIFY(writeFile(patchFile, diff));
        QProcess patch;
        patch.setWorkingDirectory(dir.path());
        patch.start(QStringLiteral("patch"),
                    {QStringLiteral("--quiet"), QStringLiteral("--no-backup-if-mismatch"),
                     QStringLiteral("-F0"), QStringLiteral("f"), patchFile});
        QVERIFY(patch.waitForFinished(30000));
        QVERIFY2(patch.exitCode() == 0, diff.constData());
        QFile result(target);
        QVERIFY(result.open(QIODevice::ReadOnly));
        QCOMPARE(result.readAll(), after);
    }
}

QTEST_GUILESS_MAIN(TestUnifiedDiff)
#include "tst_unifieddiff.moc"

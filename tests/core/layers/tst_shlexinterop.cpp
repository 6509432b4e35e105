#include "layers/shlex.h"
#include "pythonreference.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace cbw::core::layers;

// Python's own shlex.split on random strings built from the characters that matter to it:
// the only way to be sure the state machine matches, quirks included.
class TstShlexInterop final : public QObject
{
    Q_OBJECT

private slots:
    void matchesPython();
};

void TstShlexInterop::matchesPython()
{
    const QString alphabet = QStringLiteral("ab  \t\n'\"\\#$é;");
    QRandomGenerator rng(20261128);
    QStringList inputs;
    for (int i = 0; i < 3000; ++i) {
        QString s;
        const int len = int(rng.bounded(12));
        for (int k = 0; k < len; ++k)
            s += alphabet.at(int(rng.bounded(int(alphabet.size()))));
        inputs.append(s);
    }
    QByteArray request;
    for (const QString &s : inputs)
        request += QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact) + '\n';

    const QString script =
        QStringLiteral("import json, shlex, sys\n"
                       "for line in sys.stdin:\n"
                       "    s = json.loads(line)[0]\n"
                       "    try:\n"
                       "        print(json.dumps({'ok': True, 'tokens': shlex.split(s)}))\n"
                       "    except ValueError as e:\n"
                       "        print(json.dumps({'ok': False, 'error': str(e)}))\n");
    const PythonReferenceRun run = runPythonReference({QStringLiteral("-c"), script}, request);
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    const QList<QByteArray> &lines = run.lines;
    QVERIFY(lines.size() >= inputs.size());
    int failures = 0;
    for (int i = 0; i < inputs.size(); ++i) {
        const QJsonObject expected = QJsonDocument::fromJson(lines.at(i)).object();
        const ShlexResult ours = shlexSplit(inputs.at(i));
        QStringList tokens;
        for (const QJsonValue &t : expected.value(QStringLiteral("tokens")).toArray())
            tokens.append(t.toString());
        const bool same =
            ours.ok == expected.value(QStringLiteral("ok")).toBool() &&
            (ours.ok ? ours.tokens == tokens
                     : ours.error == expected.value(QStringLiteral("error")).toString());
        if (!same && ++failures <= 5)
            qWarning(
                "input %s: python %s",
                qPrintable(QString::fromUtf8(QJsonDocument(QJsonArray{inputs.at(i)}).toJson())),
                lines.at(i).constData());
    }
    QCOMPARE(failures, 0);
}

QTEST_GUILESS_MAIN(TstShlexInterop)
#include "tst_shlexinterop.moc"

#include "layers/pkgdatarecord.h"
#include "pythonreference.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace cbw::core::layers;

// pkgdata values are decoded with Python's unicode_escape codec: compare our decoder with the
// codec itself on random escape-heavy ASCII strings.
class TstUnicodeEscapeInterop final : public QObject
{
    Q_OBJECT

private slots:
    void matchesPython();
};

void TstUnicodeEscapeInterop::matchesPython()
{
    const QByteArray alphabet = "\\\\\\\\xuU0127afFgnrtbv'\"z ";
    QRandomGenerator rng(4242);
    QList<QByteArray> inputs;
    for (int i = 0; i < 3000; ++i) {
        QByteArray s;
        const int len = int(rng.bounded(14));
        for (int k = 0; k < len; ++k)
            s += alphabet.at(int(rng.bounded(int(alphabet.size()))));
        inputs.append(s);
    }
    QByteArray request;
    for (const QByteArray &s : inputs)
        request +=
            QJsonDocument(QJsonArray{QString::fromLatin1(s)}).toJson(QJsonDocument::Compact) + '\n';
    const QString script = QStringLiteral(
        "import codecs, json, sys\n"
        "for line in sys.stdin:\n"
        "    s = json.loads(line)[0].encode('latin-1')\n"
        "    try:\n"
        "        print(json.dumps({'ok': True, 'value': codecs.decode(s, 'unicode_escape')}))\n"
        "    except UnicodeDecodeError:\n"
        "        print(json.dumps({'ok': False}))\n");
    const PythonReferenceRun run = runPythonReference(
        {QStringLiteral("-W"), QStringLiteral("ignore"), QStringLiteral("-c"), script}, request);
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    const QList<QByteArray> &lines = run.lines;
    QVERIFY(lines.size() >= inputs.size());
    int failures = 0;
    int decoded = 0;
    for (int i = 0; i < inputs.size(); ++i) {
        const QJsonObject expected = QJsonDocument::fromJson(lines.at(i)).object();
        const auto ours = unicodeEscapeDecode(inputs.at(i));
        const bool ok = expected.value(QStringLiteral("ok")).toBool();
        decoded += ok ? 1 : 0;
        const bool same = ours.has_value() == ok &&
                          (!ok || *ours == expected.value(QStringLiteral("value")).toString());
        if (!same && ++failures <= 5)
            qWarning("input %s: python %s", inputs.at(i).constData(), lines.at(i).constData());
    }
    QCOMPARE(failures, 0);
    // Both outcomes must be exercised for the comparison to mean anything.
    QVERIFY(decoded > 300 && decoded < inputs.size() - 300);
}

QTEST_GUILESS_MAIN(TstUnicodeEscapeInterop)
#include "tst_unicodeescapeinterop.moc"

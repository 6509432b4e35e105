#include "layers/tunepkgarch.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace cbw::core::layers;

class TstTunePkgarch final : public QObject
{
    Q_OBJECT

private slots:
    void detect_data();
    void detect();
};

void TstTunePkgarch::detect_data()
{
    QTest::addColumn<QStringList>("dirs"); // relative to tmp/
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("candidates");
    const QStringList x86Work{"work/core2-64-poky-linux",
                              "work/qemux86_64-poky-linux",
                              "work/all-poky-linux",
                              "work/x86_64-linux",
                              "work/x86_64-nativesdk-pokysdk-linux",
                              "work/x86_64-pokysdk-linux"};
    QTest::newRow("unique from work") << x86Work << "core2-64"
                                      << "tmp/work/core2-64-poky-linux" << QStringList();
    QTest::newRow("work and ipk feed agree")
        << (x86Work + QStringList{"deploy/ipk/all", "deploy/ipk/core2-64", "deploy/ipk/qemux86_64",
                                  "deploy/ipk/x86_64-nativesdk"})
        << "core2-64"
        << "tmp/work/core2-64-poky-linux, tmp/deploy/ipk/core2-64" << QStringList();
    QTest::newRow("rpm feed spells it with underscores")
        << (x86Work +
            QStringList{"deploy/rpm/core2_64", "deploy/rpm/noarch", "deploy/rpm/qemux86_64"})
        << "core2-64"
        << "tmp/work/core2-64-poky-linux, tmp/deploy/rpm/core2_64" << QStringList();
    QTest::newRow("arm with dashes and gnueabi")
        << QStringList{"work/armv7vet2hf-neon-poky-linux-gnueabi",
                       "work/qemuarm-poky-linux-gnueabi", "work/x86_64-linux",
                       "deploy/deb/armv7vet2hf-neon", "deploy/deb/qemuarm"}
        << "armv7vet2hf-neon"
        << "tmp/work/armv7vet2hf-neon-poky-linux-gnueabi, tmp/deploy/deb/armv7vet2hf-neon"
        << QStringList();
    QTest::newRow("musl, other vendor")
        << QStringList{"work/cortexa57-oe-linux-musl", "work/x86_64-linux"} << "cortexa57"
        << "tmp/work/cortexa57-oe-linux-musl" << QStringList();
    QTest::newRow("ambiguous: two tunes built")
        << QStringList{"work/core2-64-poky-linux", "work/corei7-64-poky-linux",
                       "work/qemux86_64-poky-linux"}
        << QString() << QString() << QStringList{"core2-64", "corei7-64"};
    QTest::newRow("none: only native and all")
        << QStringList{"work/x86_64-linux", "work/all-poky-linux", "work/qemux86_64-poky-linux"}
        << QString() << QString() << QStringList();
    QTest::newRow("nothing built") << QStringList() << QString() << QString() << QStringList();
}

void TstTunePkgarch::detect()
{
    QFETCH(QStringList, dirs);
    QFETCH(QString, value);
    QFETCH(QString, source);
    QFETCH(QStringList, candidates);
    QTemporaryDir build;
    const QString tmp = build.filePath(QStringLiteral("tmp"));
    for (const QString &d : dirs)
        QVERIFY(QDir().mkpath(tmp + QLatin1Char('/') + d));
    const QString machine = dirs.join(QLatin1Char(' ')).contains(QLatin1String("qemuarm"))
                                ? QStringLiteral("qemuarm")
                                : QStringLiteral("qemux86-64");
    const TunePkgarchDetection d = detectTunePkgarch(tmp, machine);
    QCOMPARE(d.value, value);
    QCOMPARE(d.source, source);
    QCOMPARE(d.candidates, candidates);
}

QTEST_GUILESS_MAIN(TstTunePkgarch)
#include "tst_tunepkgarch.moc"

#include "layers/pkgdataindex.h"
#include "pkgdatafixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cbw::core;
using namespace cbw::core::layers;
using namespace cbw::test;

class TstPkgdataIndex final : public QObject
{
    Q_OBJECT

private slots:
    void explode_data();
    void explode();
    void loadsRealFormat_data();
    void loadsRealFormat();
    void escapedPathsAndProvenance();
    void providers_data();
    void providers();
    void ownPkgvQuirk();
    void malformedFile_data();
    void malformedFile();
    void missingRuntime();
    void cancelAndProgress();
    void fromRecordsMatchesLoad();
};

void TstPkgdataIndex::explode_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("plain") << QStringLiteral("a b  c") << QStringList{"a", "b", "c"};
    QTest::newRow("constraint with space")
        << QStringLiteral("libc6 (>= 2.39) busybox") << QStringList{"libc6", "busybox"};
    QTest::newRow("constraint without space")
        << QStringLiteral("a (=1.0) b") << QStringList{"a", "b"};
    QTest::newRow("constraint split in three")
        << QStringLiteral("a ( >= 1.0 ) b") << QStringList{"a", "b"};
    QTest::newRow("glued to name is kept as bb.utils does")
        << QStringLiteral("a(>=1) b") << QStringList{"a(>=1)", "b"};
}

void TstPkgdataIndex::explode()
{
    QFETCH(QString, value);
    QFETCH(QStringList, names);
    QCOMPARE(explodeDependencies(value), names);
}

void TstPkgdataIndex::loadsRealFormat_data()
{
    QTest::addColumn<QString>("package");
    QTest::addColumn<QString>("recipe");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QStringList>("rdepends");
    QTest::addColumn<QStringList>("rprovides");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<int>("fileCount");
    QTest::newRow("base-files") << "base-files"
                                << "base-files"
                                << "3.0.14" << QStringList() << QStringList() << qint64(30) << 3;
    QTest::newRow("busybox constraints dropped")
        << "busybox"
        << "busybox"
        << "1.36.1" << QStringList{"glibc", "update-alternatives-opkg"}
        << QStringList{"sh", "busybox-sh"} << qint64(700034) << 3;
    QTest::newRow("recipe differs from package")
        << "libcurl4"
        << "curl"
        << "8.7.1" << QStringList{"glibc", "libssl3"} << QStringList() << qint64(600000) << 2;
}

void TstPkgdataIndex::loadsRealFormat()
{
    QFETCH(QString, package);
    QFETCH(QString, recipe);
    QFETCH(QString, version);
    QFETCH(QStringList, rdepends);
    QFETCH(QStringList, rprovides);
    QFETCH(qint64, size);
    QFETCH(int, fileCount);
    QTemporaryDir dir;
    QVERIFY(writePkgdata(dir.path(), standardPackages()));
    const auto index = PkgdataIndex::load(dir.path());
    QVERIFY2(index->diagnostics().isEmpty(),
             qPrintable(index->diagnostics().value(0).toGccString()));
    QCOMPARE(index->packageNames().size(), standardPackages().size());
    const PackageInfo *info = index->package(package);
    QVERIFY(info);
    QCOMPARE(info->recipe, recipe);
    QCOMPARE(info->version, version);
    QCOMPARE(info->cacheKeyPkgv, version);
    QCOMPARE(info->rdepends, rdepends);
    QCOMPARE(info->rprovides, rprovides);
    QCOMPARE(info->size, size);
    QCOMPARE(info->files.size(), fileCount);
}

void TstPkgdataIndex::escapedPathsAndProvenance()
{
    QTemporaryDir dir;
    FixturePackage odd;
    odd.name = QStringLiteral("odd-names");
    odd.files = {{QStringLiteral("/usr/share/caf\u00e9/menu"), 5},
                 {QStringLiteral("/usr/share/back\\slash"), 6},
                 {QStringLiteral("/usr/share/\U0001F600"), 7},
                 {QStringLiteral("/etc/shells"), 20}};
    QList<FixturePackage> packages = standardPackages();
    packages.append(odd);
    QVERIFY(writePkgdata(dir.path(), packages));
    // The escape layer must really be there, or this test proves nothing.
    QFile raw(dir.filePath(QStringLiteral("runtime/odd-names")));
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray text = raw.readAll();
    QVERIFY(text.contains("back\\\\\\\\slash"));
    QVERIFY(text.contains("caf\\\\u00e9"));

    const auto index = PkgdataIndex::load(dir.path());
    QVERIFY(index->diagnostics().isEmpty());
    const PackageInfo *info = index->package(QStringLiteral("odd-names"));
    QVERIFY(info);
    QCOMPARE(info->files.value(QStringLiteral("/usr/share/caf\u00e9/menu")), 5);
    QCOMPARE(info->files.value(QStringLiteral("/usr/share/back\\slash")), 6);
    QCOMPARE(info->files.value(QStringLiteral("/usr/share/\U0001F600")), 7);
    QCOMPARE(index->packagesShipping(QStringLiteral("/etc/shells")),
             (QStringList{"base-files", "busybox", "odd-names"}));
    QCOMPARE(index->packagesShipping(QStringLiteral("/usr/share/caf\u00e9/menu")),
             QStringList{"odd-names"});
    QVERIFY(index->packagesShipping(QStringLiteral("/nowhere")).isEmpty());
}

void TstPkgdataIndex::providers_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("provider");
    QTest::newRow("itself") << "busybox"
                            << "busybox";
    QTest::newRow("final name") << "libc6"
                                << "glibc";
    QTest::newRow("rprovides") << "sh"
                               << "busybox";
    QTest::newRow("two rprovide it: alphabetical first") << "web-client"
                                                         << "curl";
    QTest::newRow("nobody") << "libssl3" << QString();
}

void TstPkgdataIndex::providers()
{
    QFETCH(QString, name);
    QFETCH(QString, provider);
    QList<FixturePackage> packages = standardPackages();
    for (FixturePackage &p : packages) {
        if (p.name == QLatin1String("curl") || p.name == QLatin1String("libcurl4"))
            p.rprovides = QStringLiteral("web-client");
    }
    QTemporaryDir dir;
    QVERIFY(writePkgdata(dir.path(), packages));
    const auto index = PkgdataIndex::load(dir.path());
    const PackageInfo *found = index->provider(name);
    QCOMPARE(found ? found->package : QString(), provider);
}

void TstPkgdataIndex::ownPkgvQuirk()
{
    FixturePackage own;
    own.name = QStringLiteral("tool-extra");
    own.recipe = QStringLiteral("tool");
    own.pkgv = QStringLiteral("1.2");
    own.ownPkgv = true;
    QTemporaryDir dir;
    QVERIFY(writePkgdata(dir.path(), {own}));
    const auto index = PkgdataIndex::load(dir.path());
    const PackageInfo *info = index->package(QStringLiteral("tool-extra"));
    QVERIFY(info);
    QCOMPARE(info->version, QStringLiteral("1.2"));
    QCOMPARE(info->cacheKeyPkgv, QStringLiteral("tool-extra: 1.2"));
    PkgdataRecord record =
        parsePkgdataRuntime(runtimeFileText(own), own.name, QStringLiteral("mem"), nullptr);
    QCOMPARE(PkgdataIndex::fromRecords({record})->package(own.name)->cacheKeyPkgv,
             QStringLiteral("tool-extra: 1.2"));
}

void TstPkgdataIndex::malformedFile_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    QTest::newRow("no separator") << QByteArray("PN: x\nPV: 1\nthis is not a pair\n")
                                  << "pkgdata.bad-line" << 3;
    QTest::newRow("bad escape") << QByteArray("PN: x\nSUMMARY: bad \\x4\n") << "pkgdata.bad-escape"
                                << 2;
    QTest::newRow("files info not json")
        << QByteArray("PN: x\nPKGV: 1\nFILES_INFO:broken: {\"/a\": }\n") << "pkgdata.bad-files-info"
        << 3;
    QTest::newRow("files info size not integer")
        << QByteArray("PN: x\nFILES_INFO:broken: {\"/a\": \"big\"}\n") << "pkgdata.bad-files-info"
        << 2;
    QTest::newRow("pkgsize") << QByteArray("PN: x\nPKGV: 1\nPKGSIZE:broken: lots\n")
                             << "pkgdata.bad-pkgsize" << 3;
}

void TstPkgdataIndex::malformedFile()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, code);
    QFETCH(int, line);
    QTemporaryDir dir;
    QVERIFY(writePkgdata(dir.path(), standardPackages()));
    const QString broken = dir.filePath(QStringLiteral("runtime/broken"));
    QVERIFY(writeFixtureFile(broken, text));
    const auto index = PkgdataIndex::load(dir.path());
    QCOMPARE(index->diagnostics().size(), 1);
    const Diagnostic d = index->diagnostics().first();
    QCOMPARE(d.code, code);
    QCOMPARE(d.severity, Severity::Error);
    QCOMPARE(d.location.file, broken);
    QCOMPARE(d.location.line, line);
    QVERIFY(!index->package(QStringLiteral("broken")));
    QCOMPARE(index->packageNames().size(), standardPackages().size());
}

void TstPkgdataIndex::missingRuntime()
{
    QTemporaryDir dir;
    const auto index = PkgdataIndex::load(dir.filePath(QStringLiteral("qemux86-64")));
    QCOMPARE(index->diagnostics().size(), 1);
    QCOMPARE(index->diagnostics().first().code, QStringLiteral("pkgdata.missing"));
    QVERIFY(index->diagnostics().first().isError());
    QVERIFY(index->packageNames().isEmpty());
}

void TstPkgdataIndex::cancelAndProgress()
{
    QTemporaryDir dir;
    QList<FixturePackage> many;
    for (int i = 0; i < 250; ++i) {
        FixturePackage p;
        p.name = QStringLiteral("pkg%1").arg(i, 3, 10, QLatin1Char('0'));
        p.files = {{QStringLiteral("/usr/share/%1").arg(p.name), i}};
        many.append(p);
    }
    QVERIFY(writePkgdata(dir.path(), many));

    QList<QPair<int, int>> reports;
    PkgdataProgress progress;
    progress.report = [&reports](int done, int total) { reports.append({done, total}); };
    const auto full = PkgdataIndex::load(dir.path(), progress);
    QCOMPARE(full->packageNames().size(), 250);
    QVERIFY(!full->cancelled());
    QCOMPARE(reports, (QList<QPair<int, int>>{{100, 250}, {200, 250}, {250, 250}}));

    std::atomic_bool cancel = false;
    PkgdataProgress cancelling;
    cancelling.cancelled = &cancel;
    cancelling.report = [&cancel](int done, int) {
        if (done >= 100)
            cancel = true;
    };
    const auto partial = PkgdataIndex::load(dir.path(), cancelling);
    QVERIFY(partial->cancelled());
    QCOMPARE(partial->packageNames().size(), 100);
    QCOMPARE(partial->diagnostics().size(), 1);
    QCOMPARE(partial->diagnostics().first().code, QStringLiteral("pkgdata.cancelled"));
    QCOMPARE(partial->diagnostics().first().severity, Severity::Note);
}

void TstPkgdataIndex::fromRecordsMatchesLoad()
{
    QTemporaryDir dir;
    QVERIFY(writePkgdata(dir.path(), standardPackages()));
    const auto loaded = PkgdataIndex::load(dir.path());
    QList<PkgdataRecord> records;
    for (const FixturePackage &p : standardPackages())
        records.append(parsePkgdataRuntime(runtimeFileText(p), p.name, p.name, nullptr));
    const auto built = PkgdataIndex::fromRecords(records);
    QCOMPARE(built->packageNames(), loaded->packageNames());
    for (const QString &name : loaded->packageNames()) {
        const PackageInfo *a = loaded->package(name);
        const PackageInfo *b = built->package(name);
        QCOMPARE(b->files, a->files);
        QCOMPARE(b->rdepends, a->rdepends);
        QCOMPARE(b->cacheKeyPkgv, a->cacheKeyPkgv);
        QCOMPARE(b->finalName, a->finalName);
        QCOMPARE(b->size, a->size);
    }
}

QTEST_GUILESS_MAIN(TstPkgdataIndex)
#include "tst_pkgdataindex.moc"

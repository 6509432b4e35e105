#include "bitbake/document.h"
#include "project/localconfapply.h"
#include "project/prerequisites.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace cbw::core;
using namespace cbw::core::project;
using bundle::BundleDesign;
using bundle::ContainerSpec;
using bundle::RestartPolicy;

namespace {

BundleDesign design(QList<ContainerSpec> containers)
{
    BundleDesign d;
    d.mode = BundleDesign::Mode::BundledContainers;
    d.runtime = QStringLiteral("docker");
    d.containers = std::move(containers);
    return d;
}

BundleDesign twoContainers()
{
    ContainerSpec app;
    app.source = QStringLiteral("app-container");
    app.policy = RestartPolicy::Always;
    ContainerSpec db;
    db.source = QStringLiteral("db");
    db.runtime = QStringLiteral("podman");
    return design({app, db});
}

const QStringList twoContainerWords{QStringLiteral("app-container:docker:always"),
                                    QStringLiteral("db:podman")};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QString dump(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.code + QLatin1Char(' ') + d.toGccString());
    return lines.join(QLatin1Char('\n'));
}

QStringList words(const QString &s)
{
    return s.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// Physical lines (split at '\n'; a '\r' stays part of its line) without those of the
// statements of `variable` (all of them: base, appends, flags).
QList<QByteArray> linesOutside(const QByteArray &bytes, const QString &variable)
{
    const bitbake::Document doc = bitbake::Document::parse(bytes, QStringLiteral("local.conf"));
    QSet<int> skip;
    for (const bitbake::Assignment &a : doc.allAssignments()) {
        if (a.baseVariable == variable || a.name.startsWith(variable + QLatin1Char('['))) {
            for (int l = a.firstLine; l <= a.lastLine; ++l)
                skip.insert(l);
        }
    }
    QList<QByteArray> out;
    const QList<QByteArray> lines = bytes.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (!skip.contains(i + 1))
            out.append(lines.at(i));
    }
    while (!out.isEmpty() && out.last().isEmpty())
        out.removeLast(); // the empty text after a final newline
    return out;
}

// QSaveFile replaces the file by rename, so an untouched file keeps its inode.
quint64 inode(const QString &path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? quint64(st.st_ino) : 0;
}

QString evaluated(const QByteArray &bytes, const QString &variable)
{
    return bitbake::Document::parse(bytes, QStringLiteral("local.conf")).evaluate(variable).value;
}

} // namespace

class TestLocalConfApply : public QObject
{
    Q_OBJECT

private slots:
    void corpusFilesChangeOnlyTheAssignment_data();
    void corpusFilesChangeOnlyTheAssignment();
    void appendsThatDistortAreRemoved();
    void conditionalAssignmentsAreKept();
    void serviceFileFlags();
    void prerequisiteFixes();
    void prerequisitesWithoutFixForArm();
    void fileWithAnErrorIsEditedAroundIt();
    void refusedDesigns();
    void previewIsAUnifiedDiff();
    void applyToFileKeepsBak();
    void unchangedFileIsNotRewritten();
    void readOnlyDirectoryIsAnError();
    void prerequisitesFromBuildDirectory_data();
    void prerequisitesFromBuildDirectory();
};

void TestLocalConfApply::corpusFilesChangeOnlyTheAssignment_data()
{
    QTest::addColumn<QString>("file");
    const QString corpus = QStringLiteral(CBW_TEST_DATA_DIR "/corpus/");
    for (const char *f : {"real/poky/meta-poky/conf/templates/default/local.conf.sample",
                          "real/poky/meta-poky/conf/templates/default/local.conf.sample.extended",
                          "synthetic/valid/crlf-local.conf", "synthetic/valid/operators.conf",
                          "synthetic/valid/whitespace.conf", "synthetic/valid/comment-glued.conf",
                          "synthetic/valid/quoting.conf"})
        QTest::newRow(f) << corpus + QLatin1String(f);
}

void TestLocalConfApply::corpusFilesChangeOnlyTheAssignment()
{
    QFETCH(QString, file);
    const QByteArray before = readAll(file);
    QVERIFY(!before.isEmpty());
    const bitbake::Document original = bitbake::Document::parse(before, file);

    const LocalConfApplyResult result = LocalConfApply::apply(before, file, twoContainers());
    QVERIFY2(!hasErrors(result.diagnostics), qPrintable(dump(result.diagnostics)));
    QVERIFY(result.changed());
    // The Set change comes last, after any statement removed to make room for it.
    QCOMPARE(result.changes.last().statement, QStringLiteral("BUNDLED_CONTAINERS"));
    QCOMPARE(result.changes.last().kind, LocalConfChange::Kind::Set);
    QCOMPARE(words(result.changes.last().newValue), twoContainerWords);
    for (const LocalConfChange &c : result.changes)
        QVERIFY(c.statement.startsWith(QLatin1String("BUNDLED_CONTAINERS")));

    QCOMPARE(words(evaluated(result.bytes, QStringLiteral("BUNDLED_CONTAINERS"))),
             twoContainerWords);
    QCOMPARE(linesOutside(result.bytes, QStringLiteral("BUNDLED_CONTAINERS")),
             linesOutside(before, QStringLiteral("BUNDLED_CONTAINERS")));
    const bitbake::Document edited = bitbake::Document::parse(result.bytes, file);
    QCOMPARE(edited.hasErrors(), original.hasErrors());
    QCOMPARE(edited.lineEnding(), original.lineEnding());
    QCOMPARE(edited.endsWithNewline(), original.endsWithNewline());

    // Applying the same design again changes nothing.
    const LocalConfApplyResult again = LocalConfApply::apply(result.bytes, file, twoContainers());
    QVERIFY(!again.changed());
    QCOMPARE(again.bytes, result.bytes);
}

void TestLocalConfApply::appendsThatDistortAreRemoved()
{
    const QByteArray conf = "A = \"1\"\n"
                            "BUNDLED_CONTAINERS = \"old:docker\"\n"
                            "B = \"2\"\n"
                            "BUNDLED_CONTAINERS:append = \" db:podman\"\n"
                            "BUNDLED_CONTAINERS += \"x\"\n"
                            "C = \"3\"\n";
    const LocalConfApplyResult r =
        LocalConfApply::apply(conf, QStringLiteral("local.conf"), twoContainers());
    QVERIFY2(!hasErrors(r.diagnostics), qPrintable(dump(r.diagnostics)));
    QCOMPARE(r.bytes, QByteArray("A = \"1\"\n"
                                 "BUNDLED_CONTAINERS = \"app-container:docker:always db:podman\"\n"
                                 "B = \"2\"\n"
                                 "C = \"3\"\n"));
    QCOMPARE(r.changes.size(), 3);
    QCOMPARE(r.changes.at(0).kind, LocalConfChange::Kind::Removed);
    QCOMPARE(r.changes.at(0).statement, QStringLiteral("BUNDLED_CONTAINERS +="));
    QCOMPARE(r.changes.at(1).statement, QStringLiteral("BUNDLED_CONTAINERS:append ="));
    QCOMPARE(r.changes.at(1).oldValue, QStringLiteral(" db:podman"));
    QCOMPARE(r.changes.at(2).kind, LocalConfChange::Kind::Set);
    QCOMPARE(r.changes.at(2).oldValue,
             QStringLiteral("old:docker x db:podman")); // += before :append

    // An append that already gives the wanted result is left alone.
    const QByteArray fitting = "BUNDLED_CONTAINERS = \"old:docker\"\n"
                               "BUNDLED_CONTAINERS:append = \" db:podman\"\n";
    ContainerSpec db;
    db.source = QStringLiteral("db");
    db.runtime = QStringLiteral("podman");
    const LocalConfApplyResult kept =
        LocalConfApply::apply(fitting, QStringLiteral("local.conf"), design({db}));
    QVERIFY2(!hasErrors(kept.diagnostics), qPrintable(dump(kept.diagnostics)));
    QCOMPARE(words(evaluated(kept.bytes, QStringLiteral("BUNDLED_CONTAINERS"))),
             QStringList{QStringLiteral("db:podman")});
    QCOMPARE(kept.changes.size(), 2); // the append had to go: "db:podman db:podman" otherwise
}

void TestLocalConfApply::conditionalAssignmentsAreKept()
{
    const QByteArray conf = "BUNDLED_CONTAINERS:pn-other-image = \"x:docker\"\n"
                            "BUNDLED_CONTAINERS = \"old:docker\"\n"
                            "BUNDLED_CONTAINERS:append:qemuarm64 = \" arm-only:docker\"\n";
    const LocalConfApplyResult r =
        LocalConfApply::apply(conf, QStringLiteral("local.conf"), twoContainers());
    QVERIFY2(!hasErrors(r.diagnostics), qPrintable(dump(r.diagnostics)));
    QCOMPARE(r.bytes, QByteArray("BUNDLED_CONTAINERS:pn-other-image = \"x:docker\"\n"
                                 "BUNDLED_CONTAINERS = \"app-container:docker:always db:podman\"\n"
                                 "BUNDLED_CONTAINERS:append:qemuarm64 = \" arm-only:docker\"\n"));
    QList<int> warnedLines;
    for (const Diagnostic &d : r.diagnostics) {
        if (d.code == codes::ConditionalKept)
            warnedLines.append(d.location.line);
    }
    QCOMPARE(warnedLines, (QList<int>{1, 3}));
}

void TestLocalConfApply::serviceFileFlags()
{
    const QByteArray conf = "BUNDLED_CONTAINERS = \"old:docker:always db:podman:always\"\n"
                            "CONTAINER_SERVICE_FILE[old] = \"/srv/old.service\"\n"
                            "CONTAINER_SERVICE_FILE[db] = \"/srv/db.container\"\n"
                            "CONTAINER_SERVICE_FILE[bundle-only] = \"/srv/b.service\"\n"
                            "END = \"1\"\n";
    BundleDesign d = twoContainers();
    d.containers[0].customServiceFile = QStringLiteral("/srv/app.service");
    const LocalConfApplyResult r = LocalConfApply::apply(conf, QStringLiteral("local.conf"), d);
    QVERIFY2(!hasErrors(r.diagnostics), qPrintable(dump(r.diagnostics)));
    QCOMPARE(r.bytes, QByteArray("BUNDLED_CONTAINERS = \"app-container:docker:always db:podman\"\n"
                                 "CONTAINER_SERVICE_FILE[bundle-only] = \"/srv/b.service\"\n"
                                 "CONTAINER_SERVICE_FILE[app-container] = \"/srv/app.service\"\n"
                                 "END = \"1\"\n"));
    QStringList statements;
    for (const LocalConfChange &c : r.changes)
        statements.append(c.statement);
    QCOMPARE(statements, (QStringList{QStringLiteral("BUNDLED_CONTAINERS"),
                                      QStringLiteral("CONTAINER_SERVICE_FILE[app-container]"),
                                      QStringLiteral("CONTAINER_SERVICE_FILE[old]"),
                                      QStringLiteral("CONTAINER_SERVICE_FILE[db]")}));
    bool noted = false;
    for (const Diagnostic &d2 : r.diagnostics)
        noted = noted || (d2.code == codes::ServiceFileKept && d2.location.line == 4);
    QVERIFY2(noted, qPrintable(dump(r.diagnostics)));
}

void TestLocalConfApply::prerequisiteFixes()
{
    const QByteArray conf = "MACHINE = \"qemuarm64\"\n"
                            "DISTRO_FEATURES:append = \" virtualization\"\n"
                            "BUNDLED_CONTAINERS = \"app-container:docker:always db:podman\"\n";
    // Without the options nothing changes: the design is already applied.
    const LocalConfApplyResult none =
        LocalConfApply::apply(conf, QStringLiteral("local.conf"), twoContainers());
    QVERIFY(!none.changed());
    QCOMPARE(none.bytes, conf);

    LocalConfApplyOptions fix;
    fix.fixDistroFeatures = true;
    fix.fixMulticonfig = true;
    const LocalConfApplyResult r =
        LocalConfApply::apply(conf, QStringLiteral("local.conf"), twoContainers(), fix);
    QVERIFY2(!hasErrors(r.diagnostics), qPrintable(dump(r.diagnostics)));
    QCOMPARE(r.bytes, QByteArray("MACHINE = \"qemuarm64\"\n"
                                 "DISTRO_FEATURES:append = \" virtualization vcontainer\"\n"
                                 "BUNDLED_CONTAINERS = \"app-container:docker:always db:podman\"\n"
                                 "BBMULTICONFIG:append = \" vruntime-aarch64\"\n"));
    QCOMPARE(r.changes.size(), 2);
    QCOMPARE(r.changes.at(0).statement, QStringLiteral("DISTRO_FEATURES:append"));
    QCOMPARE(r.changes.at(1).newValue, QStringLiteral(" vruntime-aarch64"));

    // The design's arch wins over MACHINE; fixes already present are not repeated.
    BundleDesign x86 = twoContainers();
    x86.targetArch = QStringLiteral("x86_64");
    const LocalConfApplyResult second =
        LocalConfApply::apply(r.bytes, QStringLiteral("local.conf"), x86, fix);
    QCOMPARE(second.changes.size(), 1);
    QVERIFY(second.bytes.endsWith("BBMULTICONFIG:append = \" vruntime-aarch64 "
                                  "vruntime-x86-64\"\n"));
}

void TestLocalConfApply::prerequisitesWithoutFixForArm()
{
    const QByteArray conf = "MACHINE = \"qemuarm\"\n";
    LocalConfApplyOptions fix;
    fix.fixMulticonfig = true;
    const LocalConfApplyResult r =
        LocalConfApply::apply(conf, QStringLiteral("local.conf"), twoContainers(), fix);
    QVERIFY(!hasErrors(r.diagnostics));
    bool warned = false;
    for (const Diagnostic &d : r.diagnostics)
        warned = warned || d.code == codes::NoVruntimeFix;
    QVERIFY2(warned, qPrintable(dump(r.diagnostics)));
    QVERIFY(!r.bytes.contains("BBMULTICONFIG"));
}

void TestLocalConfApply::fileWithAnErrorIsEditedAroundIt()
{
    // BitBake rejects line 2; the edit neither fixes nor spreads it.
    const QByteArray conf = "BUNDLED_CONTAINERS = \"a:docker\"\n"
                            "A = \"1\" # trailing comment\n";
    const LocalConfApplyResult r =
        LocalConfApply::apply(conf, QStringLiteral("local.conf"), twoContainers());
    QVERIFY2(!hasErrors(r.diagnostics), qPrintable(dump(r.diagnostics)));
    QCOMPARE(r.bytes, QByteArray("BUNDLED_CONTAINERS = \"app-container:docker:always db:podman\"\n"
                                 "A = \"1\" # trailing comment\n"));
}

void TestLocalConfApply::refusedDesigns()
{
    const QByteArray conf = "BUNDLED_CONTAINERS = \"a:docker\"\n";
    BundleDesign recipe = twoContainers();
    recipe.mode = BundleDesign::Mode::BundleRecipe;
    const LocalConfApplyResult wrongMode =
        LocalConfApply::apply(conf, QStringLiteral("local.conf"), recipe);
    QVERIFY(hasErrors(wrongMode.diagnostics));
    QVERIFY(!wrongMode.changed());
    QCOMPARE(wrongMode.bytes, conf);

    ContainerSpec remote;
    remote.source = QStringLiteral("docker.io/library/redis:7");
    const LocalConfApplyResult invalid =
        LocalConfApply::apply(conf, QStringLiteral("local.conf"), design({remote}));
    QVERIFY(hasErrors(invalid.diagnostics));
    QCOMPARE(invalid.diagnostics.last().code, QString(codes::ApplyRefused));
    QCOMPARE(invalid.bytes, conf);
}

void TestLocalConfApply::previewIsAUnifiedDiff()
{
    const QByteArray conf = "A = \"1\"\nB = \"2\"\nBUNDLED_CONTAINERS = \"a:docker\"\nC = \"3\"\n";
    const LocalConfApplyResult r =
        LocalConfApply::apply(conf, QStringLiteral("local.conf"), twoContainers());
    QCOMPARE(LocalConfApply::preview(conf, r),
             QByteArray("--- a/conf/local.conf\n"
                        "+++ b/conf/local.conf\n"
                        "@@ -1,4 +1,4 @@\n"
                        " A = \"1\"\n"
                        " B = \"2\"\n"
                        "-BUNDLED_CONTAINERS = \"a:docker\"\n"
                        "+BUNDLED_CONTAINERS = \"app-container:docker:always db:podman\"\n"
                        " C = \"3\"\n"));
    const LocalConfApplyResult same =
        LocalConfApply::apply(r.bytes, QStringLiteral("local.conf"), twoContainers());
    QVERIFY(LocalConfApply::preview(r.bytes, same).isEmpty());
}

void TestLocalConfApply::applyToFileKeepsBak()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("local.conf"));
    const QByteArray original = "MACHINE = \"qemux86-64\"\nBUNDLED_CONTAINERS = \"a:docker\"\n";
    QVERIFY(writeAll(path, original));
    const Result<LocalConfApplyResult> r = LocalConfApply::applyToFile(path, twoContainers());
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
    QVERIFY(r->written);
    QCOMPARE(readAll(path), r->bytes);
    QCOMPARE(readAll(path + QLatin1String(".bak")), original);

    const Result<LocalConfApplyResult> missing =
        LocalConfApply::applyToFile(dir.filePath(QStringLiteral("nope.conf")), twoContainers());
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(QLatin1String("nope.conf")));
}

void TestLocalConfApply::unchangedFileIsNotRewritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("local.conf"));
    const QByteArray conf = "BUNDLED_CONTAINERS = \"app-container:docker:always  db:podman\"\n";
    QVERIFY(writeAll(path, conf));
    const QDateTime past = QDateTime::currentDateTimeUtc().addDays(-3);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(past, QFileDevice::FileModificationTime));
    }
    const QFileInfo before(path);
    const quint64 inodeBefore = inode(path);
    QVERIFY(inodeBefore != 0);
    const Result<LocalConfApplyResult> r = LocalConfApply::applyToFile(path, twoContainers());
    QVERIFY(r.ok());
    QVERIFY(!r->written);
    QVERIFY(!r->changed());
    QVERIFY(!QFileInfo::exists(path + QLatin1String(".bak")));
    QCOMPARE(QFileInfo(path).lastModified(), before.lastModified());
    QCOMPARE(inode(path), inodeBefore);
    QCOMPARE(readAll(path), conf);

    // A refused edit does not write either.
    ContainerSpec remote;
    remote.source = QStringLiteral("docker.io/library/redis:7");
    const Result<LocalConfApplyResult> refused =
        LocalConfApply::applyToFile(path, design({remote}));
    QVERIFY(refused.ok());
    QVERIFY(hasErrors(refused->diagnostics));
    QVERIFY(!refused->written);
    QCOMPARE(readAll(path), conf);
}

void TestLocalConfApply::readOnlyDirectoryIsAnError()
{
    QTemporaryDir dir;
    const QString confDir = dir.filePath(QStringLiteral("conf"));
    QVERIFY(QDir().mkpath(confDir));
    const QString path = confDir + QLatin1String("/local.conf");
    const QByteArray original = "BUNDLED_CONTAINERS = \"a:docker\"\n";
    QVERIFY(writeAll(path, original));
    const auto readable = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther |
                          QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    QVERIFY(QFile::setPermissions(dir.path(), readable));
    QVERIFY(QFile::setPermissions(confDir, readable));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                            QFileDevice::ReadOther));

    // Root writes into read-only directories, so as root the write is attempted by a child
    // process that dropped to `nobody`; the child's exit status carries the verdict.
    const auto attempt = [&path]() -> int {
        const Result<LocalConfApplyResult> r = LocalConfApply::applyToFile(path, twoContainers());
        if (r.ok())
            return 10;
        if (!r.error().message.contains(QLatin1String("local.conf")))
            return 11;
        return 0;
    };
    int verdict = -1;
    if (::geteuid() == 0) {
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(12);
            ::_exit(attempt());
        }
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        verdict = WEXITSTATUS(status);
    } else {
        verdict = attempt();
    }
    QFile::setPermissions(confDir, readable | QFileDevice::WriteOwner);
    QFile::setPermissions(dir.path(), readable | QFileDevice::WriteOwner);
    QCOMPARE(verdict, 0);
    QCOMPARE(readAll(path), original);
    QVERIFY(!QFileInfo::exists(path + QLatin1String(".bak")));
    QCOMPARE(QDir(confDir).entryList(QDir::Files), QStringList{QStringLiteral("local.conf")});
}

void TestLocalConfApply::prerequisitesFromBuildDirectory_data()
{
    QTest::addColumn<QStringList>("features");
    QTest::addColumn<QStringList>("multiconfigs");
    QTest::addColumn<QString>("machine");
    QTest::addColumn<QString>("arch");
    QTest::addColumn<QStringList>("fixes");
    QTest::addColumn<QStringList>("codes");

    const QString dfBoth =
        QStringLiteral("DISTRO_FEATURES:append = \" virtualization vcontainer\"");
    QTest::newRow("nothing set, x86-64 machine")
        << QStringList() << QStringList() << QStringLiteral("qemux86-64") << QString()
        << QStringList{dfBoth, QStringLiteral("BBMULTICONFIG:append = \" vruntime-x86-64\"")}
        << QStringList{QStringLiteral("bundle.missing-distro-feature"),
                       QStringLiteral("bundle.missing-multiconfig")};
    QTest::newRow("one feature missing, arch given")
        << QStringList{QStringLiteral("virtualization")}
        << QStringList{QStringLiteral("vruntime-x86-64")} << QStringLiteral("qemux86-64")
        << QStringLiteral("aarch64")
        << QStringList{QStringLiteral("DISTRO_FEATURES:append = \" vcontainer\""),
                       QStringLiteral("BBMULTICONFIG:append = \" vruntime-aarch64\"")}
        << QStringList{QStringLiteral("bundle.missing-distro-feature"),
                       QStringLiteral("bundle.missing-multiconfig")};
    QTest::newRow("complete") << QStringList{QStringLiteral("vcontainer"),
                                             QStringLiteral("virtualization")}
                              << QStringList{QStringLiteral("vruntime-aarch64")}
                              << QStringLiteral("qemuarm64") << QString() << QStringList()
                              << QStringList();
    QTest::newRow("32-bit arm cannot be fixed")
        << QStringList{QStringLiteral("vcontainer"), QStringLiteral("virtualization")}
        << QStringList() << QStringLiteral("qemuarm") << QString() << QStringList{QString()}
        << QStringList{QStringLiteral("bundle.no-vruntime-for-arch")};
    QTest::newRow("unknown machine")
        << QStringList{QStringLiteral("vcontainer"), QStringLiteral("virtualization")}
        << QStringList() << QStringLiteral("my-board") << QString() << QStringList{QString()}
        << QStringList{QStringLiteral("bundle.unknown-arch")};
}

void TestLocalConfApply::prerequisitesFromBuildDirectory()
{
    QFETCH(QStringList, features);
    QFETCH(QStringList, multiconfigs);
    QFETCH(QString, machine);
    QFETCH(QString, arch);
    QFETCH(QStringList, fixes);
    QFETCH(QStringList, codes);
    BuildDirectoryInfo info;
    info.localConfPath = QStringLiteral("/b/conf/local.conf");
    info.distroFeatures = features;
    info.multiconfigs = multiconfigs;
    info.machine = machine;
    const QList<Prerequisite> missing = Prerequisites::missing(info, arch);
    QStringList gotFixes;
    QStringList gotCodes;
    for (const Prerequisite &p : missing) {
        gotFixes.append(p.fixText);
        gotCodes.append(p.diagnostic.code);
        QCOMPARE(p.diagnostic.location.file, info.localConfPath);
        QCOMPARE(p.isFixable(), !p.missingWords.isEmpty());
    }
    QCOMPARE(gotFixes, fixes);
    QCOMPARE(gotCodes, codes);
}

QTEST_GUILESS_MAIN(TestLocalConfApply)
#include "tst_localconfapply.moc"

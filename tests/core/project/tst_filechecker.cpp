#include "project/filechecker.h"

#include <QTest>

using namespace cbw::core;
using namespace cbw::core::project;

namespace {

const Diagnostic *findCode(const Diagnostics &diagnostics, const QString &prefix)
{
    for (const Diagnostic &d : diagnostics) {
        if (d.code.startsWith(prefix))
            return &d;
    }
    return nullptr;
}

QString dump(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.code + QLatin1Char(' ') + d.toGccString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestFileChecker : public QObject
{
    Q_OBJECT

private slots:
    void entryInAppendIsLocated();
    void unknownRuntimeIsLocatedInContinuation();
    void prerequisitesAreWarningsInOneFile();
    void completeLocalConfHasNoPrerequisiteWarning();
    void unsupportedArchStaysAnError();
    void imageOciChecksRun();
    void overridesSelectConditionalAppends();
    void diagnosticsAreSortedByPosition();
};

void TestFileChecker::entryInAppendIsLocated()
{
    // The :append line composes the value; a problem in its entry must point there.
    const QByteArray conf = "BUNDLED_CONTAINERS = \"a:docker\"\n"
                            "BUNDLED_CONTAINERS:append = \" b:lxc\"\n";
    const Diagnostics d = FileChecker::checkBytes(conf, QStringLiteral("local.conf"));
    const Diagnostic *runtime = findCode(d, QStringLiteral("bundle.unknown-runtime"));
    QVERIFY2(runtime, qPrintable(dump(d)));
    QCOMPARE(runtime->location, (SourceLocation{QStringLiteral("local.conf"), 2, 31}));
}

void TestFileChecker::unknownRuntimeIsLocatedInContinuation()
{
    const QByteArray conf = "BUNDLED_CONTAINERS = \"\\\n"
                            "    a:docker \\\n"
                            "    b:rkt:autostart \\\n"
                            "\"\n";
    const Diagnostics d = FileChecker::checkBytes(conf, QStringLiteral("local.conf"));
    const Diagnostic *runtime = findCode(d, QStringLiteral("bundle.unknown-runtime"));
    QVERIFY2(runtime, qPrintable(dump(d)));
    QCOMPARE(runtime->severity, Severity::Warning);
    QCOMPARE(runtime->location.line, 3);
    QCOMPARE(runtime->location.column, 5);
}

void TestFileChecker::prerequisitesAreWarningsInOneFile()
{
    const QByteArray conf = "MACHINE = \"qemuarm64\"\nBUNDLED_CONTAINERS = \"a:docker\"\n";
    const Diagnostics d = FileChecker::checkBytes(conf, QStringLiteral("local.conf"));
    QVERIFY2(!hasErrors(d), qPrintable(dump(d)));
    bool sawMulticonfig = false;
    for (const Diagnostic &diag : d) {
        if (diag.message.contains(QLatin1String("vruntime-aarch64"))) {
            sawMulticonfig = true;
            QCOMPARE(diag.severity, Severity::Warning);
            QCOMPARE(diag.location.file, QStringLiteral("local.conf"));
            QCOMPARE(diag.location.line, 2);
        }
    }
    QVERIFY2(sawMulticonfig, qPrintable(dump(d)));
}

void TestFileChecker::completeLocalConfHasNoPrerequisiteWarning()
{
    const QByteArray conf = "MACHINE = \"qemux86-64\"\n"
                            "DISTRO_FEATURES:append = \" virtualization vcontainer\"\n"
                            "BBMULTICONFIG = \"vruntime-aarch64 vruntime-x86-64\"\n"
                            "BUNDLED_CONTAINERS = \"a:docker b:podman:always\"\n";
    const Diagnostics d = FileChecker::checkBytes(conf, QStringLiteral("local.conf"));
    QVERIFY2(d.isEmpty(), qPrintable(dump(d)));
}

void TestFileChecker::unsupportedArchStaysAnError()
{
    // No configuration can add a vruntime multiconfig for 32-bit arm: not downgraded.
    const QByteArray conf = "MACHINE = \"qemuarm\"\n"
                            "DISTRO_FEATURES:append = \" virtualization vcontainer\"\n"
                            "BUNDLED_CONTAINERS = \"a:docker\"\n";
    const Diagnostics d = FileChecker::checkBytes(conf, QStringLiteral("local.conf"));
    const Diagnostic *arch = findCode(d, QStringLiteral("bundle.no-vruntime-for-arch"));
    QVERIFY2(arch, qPrintable(dump(d)));
    QCOMPARE(arch->severity, Severity::Error);
    QVERIFY(!arch->message.contains(QLatin1String("unless the distro")));
}

void TestFileChecker::imageOciChecksRun()
{
    const QByteArray recipe = "inherit image image-oci\n"
                              "OCI_LAYER_MODE = \"multi\"\n"
                              "OCI_LAYERS = \"base:packages:busybox app:bogus:x\"\n"
                              "OCI_BASE_IMAGE = \"docker.io/library/alpine:3.19\"\n";
    const Diagnostics d = FileChecker::checkBytes(recipe, QStringLiteral("img.bb"));
    QVERIFY2(hasErrors(d), qPrintable(dump(d)));
    const Diagnostic *type = findCode(d, QStringLiteral("layers.unknown-type"));
    QVERIFY2(type, qPrintable(dump(d)));
    QCOMPARE(type->location.line, 3);
    QCOMPARE(type->location.column, 41); // the type field itself
    const Diagnostic *remote = findCode(d, QStringLiteral("layers.base-remote"));
    QVERIFY2(remote, qPrintable(dump(d)));
    QCOMPARE(remote->location.line, 4);
}

void TestFileChecker::overridesSelectConditionalAppends()
{
    const QByteArray conf = "DISTRO_FEATURES = \"virtualization vcontainer\"\n"
                            "BBMULTICONFIG = \"vruntime-x86-64\"\n"
                            "MACHINE = \"qemux86-64\"\n"
                            "BUNDLED_CONTAINERS = \"a:docker\"\n"
                            "BUNDLED_CONTAINERS:append:pn-host = \" b:lxc\"\n";
    QVERIFY(!findCode(FileChecker::checkBytes(conf, QStringLiteral("local.conf")),
                      QStringLiteral("bundle.unknown-runtime")));
    FileCheckOptions options;
    options.overrides = {QStringLiteral("pn-host")};
    QVERIFY(findCode(FileChecker::checkBytes(conf, QStringLiteral("local.conf"), options),
                     QStringLiteral("bundle.unknown-runtime")));
}

void TestFileChecker::diagnosticsAreSortedByPosition()
{
    const QByteArray conf = "BUNDLED_CONTAINERS = \"x:lxc y:docker:bogus\"\n"
                            "   BROKEN = \"indented\"\n";
    const Diagnostics d = FileChecker::checkBytes(conf, QStringLiteral("local.conf"));
    QVERIFY(d.size() >= 3);
    for (qsizetype i = 1; i < d.size(); ++i) {
        QVERIFY(std::pair(d.at(i - 1).location.line, d.at(i - 1).location.column) <=
                std::pair(d.at(i).location.line, d.at(i).location.column));
    }
}

QTEST_GUILESS_MAIN(TestFileChecker)
#include "tst_filechecker.moc"

#include "guestinitramfs.h"
#include "projectdocument.h"
#include "tinyinitramfs.h"
#include "vmpanel/commandhistory.h"
#include "vmpanel/consoleview.h"
#include "vmpanel/vmpanelpage.h"

#include "vm/memresclient.h"
#include "vm/qemucommandline.h"
#include "vm/qmpclient.h"
#include "vm/vmprocess.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

#include <signal.h>
#include <sys/types.h>

using namespace cbw;
using cbw::app::VmHostContext;
using cbw::app::VmPanelPage;
using cbw::app::vmpanel::ConsoleView;
using cbw::app::vmpanel::HistoryLineEdit;
using core::vm::Arch;
using core::vm::ArchSource;
using core::vm::PortForward;
using core::vm::Tool;
using core::vm::VmExit;
using core::vm::VmProfile;

Q_DECLARE_METATYPE(cbw::core::vm::VmProfile)

namespace {

void writeFile(const QString &path, const QByteArray &content = "x")
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(content);
}

// <blobDir>/<arch>/ with the three blobs of that arch.
void writeBlobs(const QString &blobDir, Arch arch)
{
    const QString dir = blobDir + QLatin1Char('/') + core::vm::archName(arch);
    writeFile(dir + (arch == Arch::X86_64 ? QStringLiteral("/bzImage") : QStringLiteral("/Image")));
    writeFile(dir + QStringLiteral("/initramfs.cpio.gz"));
    writeFile(dir + QStringLiteral("/rootfs.img"));
}

core::vm::HostFacts fixedHost()
{
    core::vm::HostFacts facts;
    facts.hostMachine = QStringLiteral("x86_64");
    facts.kvmUsable = false;
    return facts;
}

bool processAlive(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) == 0;
}

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no widget %s", name);
    return widget;
}

} // namespace

class TestVmPanelPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void commandLineFollowsProfileEdits_data();
    void commandLineFollowsProfileEdits();
    void missingBlobsAreListed();
    void blobDirsFromEnvironmentAndToolSwitch();
    void archSourceIsShown_data();
    void archSourceIsShown();
    void untouchedPageIsQuietButCannotStart();
    void commandHistoryWalksWithUpAndDown();
    void consoleIsBoundedAndSearchable();
    void consoleKeepsPositionWhenScrolledUp();
    void scriptButtonsStreamOutput();
    void absentScriptDisablesControls();
    void bootsAnyKernelAndReportsPowerOff();
    void stopGoesThroughQmp();
    void runtimeDaemonRunsACommand();
    void forceStopKillsAHungGuest();

private:
    // A page over a temporary home and a build dir with vdkr blobs for both arches.
    std::unique_ptr<VmPanelPage> makePage(const QMap<QString, QString> &environment = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<app::ProjectDocument> m_document;
    QString m_home;
    QString m_buildBlobDir;
    QByteArray m_originalPath;
};

void TestVmPanelPage::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_home = m_dir->filePath(QStringLiteral("home"));
    QDir().mkpath(m_home);
    const QString top = m_dir->filePath(QStringLiteral("build"));
    m_buildBlobDir = top + QStringLiteral("/tmp-vruntime-x86-64/deploy/images/qemux86-64/vdkr");
    writeBlobs(m_buildBlobDir, Arch::X86_64);
    writeBlobs(m_buildBlobDir, Arch::Aarch64);
    m_document = std::make_unique<app::ProjectDocument>();
    core::project::BuildDirectoryInfo info;
    info.topDir = top;
    m_document->setBuildDirectory(info);
    m_originalPath = qgetenv("PATH");
}

std::unique_ptr<VmPanelPage> TestVmPanelPage::makePage(const QMap<QString, QString> &environment)
{
    auto page = std::make_unique<VmPanelPage>(m_document.get());
    VmHostContext context;
    context.environment = environment;
    context.homeDir = m_home;
    context.facts = fixedHost();
    page->setHostContext(context);
    page->setPathChooser(
        [](QWidget *, const QString &, const QString &, bool) { return QString(); });
    return page;
}

void TestVmPanelPage::commandLineFollowsProfileEdits_data()
{
    QTest::addColumn<int>("toolIndex");
    QTest::addColumn<int>("archIndex"); // 0 automatic, 1 x86_64, 2 aarch64
    QTest::addColumn<int>("memory");
    QTest::addColumn<int>("cpus");
    QTest::addColumn<QStringList>("forwards"); // host, container, protocol triples
    QTest::addColumn<QString>("share");
    QTest::addColumn<VmProfile>("expected"); // blobDir/stateDir filled in by the test

    VmProfile defaults;
    QTest::newRow("defaults") << 0 << 0 << 2048 << 2 << QStringList{} << QString() << defaults;

    VmProfile podmanArm;
    podmanArm.tool = Tool::Vpdmn;
    podmanArm.arch = Arch::Aarch64;
    podmanArm.memoryMb = 1024;
    podmanArm.cpus = 4;
    podmanArm.portForwards = {PortForward{8080, 80, QStringLiteral("tcp")},
                              PortForward{5353, 53, QStringLiteral("udp")}};
    QTest::newRow("vpdmn aarch64 with forwards")
        << 1 << 2 << 1024 << 4
        << QStringList{QStringLiteral("8080"), QStringLiteral("80"), QStringLiteral("tcp"),
                       QStringLiteral("5353"), QStringLiteral("53"), QStringLiteral("udp")}
        << QString() << podmanArm;

    VmProfile share;
    share.arch = Arch::X86_64;
    share.memoryMb = 512;
    share.cpus = 1;
    share.shareDir = QStringLiteral("/srv/share");
    QTest::newRow("x86_64 flag, 9p share")
        << 0 << 1 << 512 << 1 << QStringList{} << QStringLiteral("/srv/share") << share;
}

void TestVmPanelPage::commandLineFollowsProfileEdits()
{
    QFETCH(int, toolIndex);
    QFETCH(int, archIndex);
    QFETCH(int, memory);
    QFETCH(int, cpus);
    QFETCH(QStringList, forwards);
    QFETCH(QString, share);
    QFETCH(VmProfile, expected);

    auto page = makePage();
    QSignalSpy previews(page.get(), &app::WorkbenchPage::previewsChanged);
    child<QComboBox>(page.get(), "toolCombo")->setCurrentIndex(toolIndex);
    child<QComboBox>(page.get(), "archCombo")->setCurrentIndex(archIndex);
    // Every edit re-derives the preview, even one that lands on the value it had.
    child<QSpinBox>(page.get(), "memorySpin")->setValue(memory + 1);
    QVERIFY(previews.count() > 0);
    child<QSpinBox>(page.get(), "memorySpin")->setValue(memory);
    child<QSpinBox>(page.get(), "cpusSpin")->setValue(cpus);
    // The daemon always has networking; the box shows it and cannot be unticked.
    QVERIFY(!child<QCheckBox>(page.get(), "networkCheck")->isEnabled());
    QVERIFY(child<QCheckBox>(page.get(), "networkCheck")->isChecked());
    child<QLineEdit>(page.get(), "shareDirEdit")->setText(share);
    auto *table = child<QTableWidget>(page.get(), "portForwardTable");
    auto *add = child<QPushButton>(page.get(), "addPortForwardButton");
    for (int i = 0; i + 2 < forwards.size(); i += 3) {
        add->click();
        const int row = table->rowCount() - 1;
        for (int column = 0; column < 3; ++column)
            table->item(row, column)->setText(forwards.at(i + column));
    }

    expected.blobDir = m_buildBlobDir;
    expected.stateDir = core::vm::defaultStateDir(expected.tool, expected.arch, m_home);
    QCOMPARE(page->profile(), expected);

    core::vm::GuestRequest request;
    request.daemon = true;
    const auto launch = core::vm::buildRuntimeCommandLine(expected, request, fixedHost());
    QVERIFY2(launch, launch ? "" : qPrintable(launch.error().message));
    QCOMPARE(page->commandLineText(), launch->shellCommand());
    QCOMPARE(child<QPlainTextEdit>(page.get(), "commandLineEdit")->toPlainText(),
             launch->shellCommand());
    const QList<app::PreviewFile> files = page->previews();
    QCOMPARE(files.size(), 1);
    QCOMPARE(files.first().text.trimmed(), launch->shellCommand());
    QVERIFY(!core::hasErrors(page->diagnostics()));
}

void TestVmPanelPage::missingBlobsAreListed()
{
    const QString blobDir = m_dir->filePath(QStringLiteral("partial-blobs"));
    writeFile(blobDir + QStringLiteral("/x86_64/bzImage"));
    auto page = makePage();
    page->setPathChooser([blobDir](QWidget *, const QString &, const QString &, bool directory) {
        return directory ? blobDir : QString();
    });
    auto *combo = child<QComboBox>(page.get(), "blobDirCombo");
    const int choose = combo->count() - 1;
    QCOMPARE(combo->itemText(choose), QStringLiteral("Choose…"));
    combo->setCurrentIndex(choose);
    emit combo->activated(choose);
    QCOMPARE(page->profile().blobDir, blobDir);
    child<QComboBox>(page.get(), "archCombo")->setCurrentIndex(1);

    QStringList missing;
    for (const core::Diagnostic &diagnostic : page->diagnostics())
        if (diagnostic.code == QLatin1String("vm.missing-blob"))
            missing.append(diagnostic.message);
    QCOMPARE(missing.size(), 2);
    QVERIFY(missing.at(0).contains(blobDir + QStringLiteral("/x86_64/initramfs.cpio.gz")));
    QVERIFY(missing.at(1).contains(blobDir + QStringLiteral("/x86_64/rootfs.img")));
    const QString status = child<QLabel>(page.get(), "blobStatusLabel")->text();
    QVERIFY(status.contains(QStringLiteral("Missing")));
    QVERIFY(status.contains(QStringLiteral("color:#c00")));
    QVERIFY(status.contains(blobDir + QStringLiteral("/x86_64/rootfs.img")));
    QVERIFY(status.contains(blobDir + QStringLiteral("/x86_64/bzImage"))); // found, listed too
    QVERIFY(!child<QPushButton>(page.get(), "startButton")->isEnabled());

    const core::Diagnostic first = page->diagnostics().first();
    QVERIFY(page->revealDiagnostic(first) || first.code != QLatin1String("vm.missing-blob"));
}

void TestVmPanelPage::blobDirsFromEnvironmentAndToolSwitch()
{
    const QString podmanBlobs = m_dir->filePath(QStringLiteral("env-vpdmn-blobs"));
    writeBlobs(podmanBlobs, Arch::X86_64);
    auto page = makePage({{QStringLiteral("VPDMN_BLOB_DIR"), podmanBlobs}});
    auto *combo = child<QComboBox>(page.get(), "blobDirCombo");
    const int envIndex = combo->findData(podmanBlobs);
    QVERIFY(envIndex >= 0);
    QVERIFY2(combo->itemText(envIndex).contains(QStringLiteral("VPDMN_BLOB_DIR")),
             qPrintable(combo->itemText(envIndex)));
    QVERIFY(combo->itemText(envIndex).contains(QStringLiteral("vpdmn: x86_64")));
    const int buildIndex = combo->findData(m_buildBlobDir);
    QVERIFY(buildIndex >= 0);

    combo->setCurrentIndex(buildIndex); // vdkr blobs of the build directory
    child<QComboBox>(page.get(), "toolCombo")->setCurrentIndex(1);
    QCOMPARE(page->profile().blobDir, podmanBlobs);
    child<QComboBox>(page.get(), "toolCombo")->setCurrentIndex(0);
    QCOMPARE(page->profile().blobDir, m_buildBlobDir);
}

void TestVmPanelPage::archSourceIsShown_data()
{
    QTest::addColumn<int>("archIndex");
    QTest::addColumn<QString>("environmentValue"); // VDKR_ARCH
    QTest::addColumn<QByteArray>("configFile");    // <home>/.config/vdkr/config
    QTest::addColumn<int>("expectedSource");
    QTest::addColumn<QString>("expectedArch");
    QTest::addColumn<QString>("labelMentions");

    QTest::newRow("host") << 0 << QString() << QByteArray() << int(ArchSource::HostMachine)
                          << QStringLiteral("x86_64")
                          << QStringLiteral("decided by the host machine");
    QTest::newRow("environment") << 0 << QStringLiteral("aarch64") << QByteArray()
                                 << int(ArchSource::Environment) << QStringLiteral("aarch64")
                                 << QStringLiteral("environment");
    QTest::newRow("config file") << 0 << QString() << QByteArray("timeout=10\narch=aarch64\n")
                                 << int(ArchSource::ConfigFile) << QStringLiteral("aarch64")
                                 << QStringLiteral("config file");
    QTest::newRow("flag beats environment")
        << 1 << QStringLiteral("aarch64") << QByteArray() << int(ArchSource::Flag)
        << QStringLiteral("x86_64") << QStringLiteral("chosen here");
}

void TestVmPanelPage::archSourceIsShown()
{
    QFETCH(int, archIndex);
    QFETCH(QString, environmentValue);
    QFETCH(QByteArray, configFile);
    QFETCH(int, expectedSource);
    QFETCH(QString, expectedArch);
    QFETCH(QString, labelMentions);

    const QString config = m_home + QStringLiteral("/.config/vdkr/config");
    QFile::remove(config);
    if (!configFile.isEmpty())
        writeFile(config, configFile);
    QMap<QString, QString> environment;
    if (!environmentValue.isEmpty())
        environment.insert(QStringLiteral("VDKR_ARCH"), environmentValue);
    auto page = makePage(environment);
    child<QComboBox>(page.get(), "archCombo")->setCurrentIndex(archIndex);

    const core::vm::ArchResolution resolution = page->archResolution();
    QCOMPARE(int(resolution.source), expectedSource);
    QVERIFY(resolution.arch);
    QCOMPARE(core::vm::archName(*resolution.arch), expectedArch);
    const QString label = child<QLabel>(page.get(), "archResolutionLabel")->text();
    QVERIFY2(label.contains(labelMentions), qPrintable(label));
    QVERIFY2(label.contains(QStringLiteral("<b>%1</b>").arg(expectedArch)), qPrintable(label));
    QVERIFY(page->commandLineText().contains(expectedArch == QLatin1String("aarch64")
                                                 ? QStringLiteral("qemu-system-aarch64")
                                                 : QStringLiteral("qemu-system-x86_64")));
    QFile::remove(config);
}

void TestVmPanelPage::untouchedPageIsQuietButCannotStart()
{
    auto document = std::make_unique<app::ProjectDocument>(); // no build directory: no blobs
    VmPanelPage page(document.get());
    VmHostContext context;
    context.homeDir = m_home;
    context.facts = fixedHost();
    page.setHostContext(context);
    QVERIFY(page.diagnostics().isEmpty());
    auto *start = child<QPushButton>(&page, "startButton");
    QVERIFY(!start->isEnabled());
    page.start();
    QCOMPARE(page.statusText(), QStringLiteral("Cannot start: choose a blob directory"));
    QVERIFY(child<QLabel>(&page, "blobStatusLabel")->text().contains(QStringLiteral("No blob")));

    page.setBootMode(VmPanelPage::BootMode::AnyKernel);
    QVERIFY(page.diagnostics().isEmpty());
    QVERIFY(!start->isEnabled());
    // Half a generic boot is the user's problem now: the dock names it.
    child<QLineEdit>(&page, "kernelEdit")->setText(m_dir->filePath(QStringLiteral("no-kernel")));
    QCOMPARE(page.diagnostics().size(), 1);
    QCOMPARE(page.diagnostics().first().code, QStringLiteral("vm.missing-file"));
    QCOMPARE(page.diagnostics().first().message,
             QStringLiteral("The kernel %1 does not exist or is not a file")
                 .arg(m_dir->filePath(QStringLiteral("no-kernel"))));
    QVERIFY(page.revealDiagnostic(page.diagnostics().first()));
    QVERIFY(!start->isEnabled());
}

void TestVmPanelPage::commandHistoryWalksWithUpAndDown()
{
    HistoryLineEdit edit;
    QSignalSpy entered(&edit, &HistoryLineEdit::commandEntered);
    for (const QString &command : {QStringLiteral("docker images"), QStringLiteral("docker ps"),
                                   QStringLiteral("docker ps")}) {
        edit.setText(command);
        QTest::keyClick(&edit, Qt::Key_Return);
    }
    QCOMPARE(entered.count(), 3);
    QCOMPARE(edit.history().entries(),
             (QStringList{QStringLiteral("docker images"), QStringLiteral("docker ps")}));
    QVERIFY(edit.text().isEmpty());

    edit.setText(QStringLiteral("docker inf"));
    QTest::keyClick(&edit, Qt::Key_Up);
    QCOMPARE(edit.text(), QStringLiteral("docker ps"));
    QTest::keyClick(&edit, Qt::Key_Up);
    QCOMPARE(edit.text(), QStringLiteral("docker images"));
    QTest::keyClick(&edit, Qt::Key_Up); // stays at the oldest
    QCOMPARE(edit.text(), QStringLiteral("docker images"));
    QTest::keyClick(&edit, Qt::Key_Down);
    QCOMPARE(edit.text(), QStringLiteral("docker ps"));
    QTest::keyClick(&edit, Qt::Key_Down); // past the newest: what was being typed
    QCOMPARE(edit.text(), QStringLiteral("docker inf"));
    QTest::keyClick(&edit, Qt::Key_Down);
    QCOMPARE(edit.text(), QStringLiteral("docker inf"));
}

void TestVmPanelPage::consoleIsBoundedAndSearchable()
{
    ConsoleView console;
    console.resize(600, 300);
    console.setMaximumLines(100);
    for (int i = 0; i < 1000; ++i)
        console.appendLine(QStringLiteral("line %1").arg(i));
    QCOMPARE(console.lineCount(), 100);
    QVERIFY(console.text().startsWith(QStringLiteral("line 900\n")));
    QVERIFY(console.text().endsWith(QStringLiteral("line 999")));

    console.searchField()->setText(QStringLiteral("LINE 95"));
    QVERIFY(console.findNext());
    QCOMPARE(console.textView()->textCursor().block().text(), QStringLiteral("line 950"));
    QVERIFY(console.findNext());
    QCOMPARE(console.textView()->textCursor().block().text(), QStringLiteral("line 951"));
    QVERIFY(console.findPrevious());
    QCOMPARE(console.textView()->textCursor().block().text(), QStringLiteral("line 950"));
    QVERIFY(console.findPrevious()); // wraps around to the last match
    QCOMPARE(console.textView()->textCursor().block().text(), QStringLiteral("line 959"));
    console.searchField()->setText(QStringLiteral("line 12")); // dropped long ago
    QVERIFY(!console.findNext());
    QCOMPARE(console.findChild<QLabel *>(QStringLiteral("consoleSearchStatus"))->text(),
             QStringLiteral("Not found"));
}

void TestVmPanelPage::consoleKeepsPositionWhenScrolledUp()
{
    ConsoleView console;
    console.resize(600, 200);
    console.show();
    for (int i = 0; i < 200; ++i)
        console.appendLine(QStringLiteral("boot %1").arg(i));
    QScrollBar *bar = console.textView()->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    QCOMPARE(bar->value(), bar->maximum()); // followed the output

    bar->setValue(10);
    console.appendLine(QStringLiteral("more"));
    QCOMPARE(bar->value(), 10); // the user reads; the view stays
    bar->setValue(bar->maximum());
    console.appendLine(QStringLiteral("again"));
    QCOMPARE(bar->value(), bar->maximum());
}

void TestVmPanelPage::scriptButtonsStreamOutput()
{
    const QString bin = m_dir->filePath(QStringLiteral("bin"));
    writeFile(bin + QStringLiteral("/vdkr"),
              "#!/bin/sh\necho \"vdkr called: $*\"\necho \"to stderr\" >&2\necho done\nexit 3\n");
    QFile::setPermissions(bin + QStringLiteral("/vdkr"),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("PATH", bin.toLocal8Bit() + ':' + m_originalPath);
    auto restore = qScopeGuard([this] { qputenv("PATH", m_originalPath); });

    auto page = makePage();
    child<QComboBox>(page.get(), "archCombo")->setCurrentIndex(1);
    QCOMPARE(page->vcontainerScript(), bin + QStringLiteral("/vdkr"));
    auto *images = child<QPushButton>(page.get(), "imagesButton");
    QVERIFY(images->isEnabled());
    QVERIFY(child<QLabel>(page.get(), "scriptLabel")->text().contains(bin));

    QSignalSpy finished(page.get(), &VmPanelPage::scriptFinished);
    images->click();
    QVERIFY(!images->isEnabled()); // one script at a time
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toInt(), 3);
    const QString console = page->console()->text();
    QVERIFY2(console.contains(QStringLiteral("vdkr called: ")), qPrintable(console));
    QVERIFY2(console.contains(QStringLiteral(" images")), qPrintable(console));
    QVERIFY(console.contains(QStringLiteral("--arch x86_64")));
    QVERIFY(console.contains(QStringLiteral("to stderr")));
    QVERIFY(console.contains(QStringLiteral("done")));
    QVERIFY(child<QLabel>(page.get(), "scriptExitLabel")->text().contains(QStringLiteral("3")));
    QVERIFY(images->isEnabled());

    // Import takes the Inspector's open image and the name:tag field.
    page->setInspectedImage([] { return QStringLiteral("/images/app-oci"); });
    child<QLineEdit>(page.get(), "importNameEdit")->setText(QStringLiteral("app:1.0"));
    child<QPushButton>(page.get(), "importButton")->click();
    QVERIFY(finished.wait(30000));
    QVERIFY2(page->console()->text().contains(QStringLiteral("vimport /images/app-oci app:1.0")),
             qPrintable(page->console()->text()));
}

void TestVmPanelPage::absentScriptDisablesControls()
{
    qputenv("PATH", "/nonexistent-cbw-bin");
    auto restore = qScopeGuard([this] { qputenv("PATH", m_originalPath); });
    auto page = makePage();
    QVERIFY(page->vcontainerScript().isEmpty());
    for (const char *name :
         {"imagesButton", "storageListButton", "memresStatusButton", "importButton"})
        QVERIFY2(!child<QPushButton>(page.get(), name)->isEnabled(), name);
    QVERIFY(child<QLabel>(page.get(), "scriptLabel")
                ->text()
                .contains(QStringLiteral("No installed vdkr")));
}

namespace {

struct RealBoot
{
    QString kernel;
    QString initrd;
    QString skipReason;
};

RealBoot prepareRealBoot(const QString &workDir, const QString &afterReady)
{
    RealBoot boot;
    if (core::vm::findQemuBinary(Arch::X86_64).isEmpty()) {
        boot.skipReason =
            QStringLiteral("qemu-system-x86_64 is not installed (apt qemu-system-x86)");
        return boot;
    }
    boot.kernel = test::hostKernel();
    if (boot.kernel.isEmpty()) {
        boot.skipReason = QStringLiteral("no readable /boot/vmlinuz-* (apt linux-image-amd64)");
        return boot;
    }
    const QString init = QStringLiteral("#!/bin/busybox sh\n"
                                        "/bin/busybox echo CBW-PANEL-READY\n") +
                         afterReady;
    QString error;
    boot.initrd = test::buildTinyInitramfs(workDir, init, &error);
    if (boot.initrd.isEmpty())
        boot.skipReason = error;
    return boot;
}

void chooseAnyKernel(VmPanelPage *page, const RealBoot &boot)
{
    // TCG, as in CI: makePage's host has no usable KVM.
    child<QRadioButton>(page, "genericModeRadio")->setChecked(true);
    child<QLineEdit>(page, "kernelEdit")->setText(boot.kernel);
    child<QLineEdit>(page, "initrdEdit")->setText(boot.initrd);
    child<QLineEdit>(page, "appendEdit")->setText(QStringLiteral("quiet panic=-1"));
    child<QLineEdit>(page, "readyTextEdit")->setText(QStringLiteral("CBW-PANEL-READY"));
}

} // namespace

void TestVmPanelPage::bootsAnyKernelAndReportsPowerOff()
{
    const RealBoot boot =
        prepareRealBoot(m_dir->path(), QStringLiteral("/bin/busybox poweroff -f\n"));
    if (!boot.skipReason.isEmpty())
        QSKIP(qPrintable(boot.skipReason));
    auto page = makePage();
    chooseAnyKernel(page.get(), boot);
    QVERIFY2(!core::hasErrors(page->diagnostics()),
             qPrintable(page->diagnostics().value(0).message));
    QVERIFY(page->commandLineText().contains(boot.kernel));
    QVERIFY2(
        page->commandLineText().endsWith(QStringLiteral("'console=ttyS0,115200 quiet panic=-1'")),
        qPrintable(page->commandLineText()));
    QVERIFY(!page->commandLineText().contains(QStringLiteral("-enable-kvm")));
    auto *start = child<QPushButton>(page.get(), "startButton");
    QVERIFY(start->isEnabled());

    QSignalSpy finished(page.get(), &VmPanelPage::vmFinished);
    QSignalSpy ready(page->process(), &core::vm::VmProcess::readyTextSeen);
    start->click();
    QVERIFY(!start->isEnabled());
    QVERIFY(child<QPushButton>(page.get(), "forceStopButton")->isEnabled());
    const qint64 pid = page->process()->processId();
    QVERIFY(finished.wait(180000));
    QCOMPARE(ready.count(), 1);
    QVERIFY2(page->console()->text().contains(QStringLiteral("\nCBW-PANEL-READY")),
             qPrintable(page->console()->text().right(2000)));
    QVERIFY(page->lastExit());
    QCOMPARE(page->lastExit()->reason, VmExit::Reason::GuestPoweredOff);
    QVERIFY2(page->statusText().startsWith(QStringLiteral("Exited: ")),
             qPrintable(page->statusText()));
    QVERIFY(
        page->statusText().contains(core::vm::describeExitReason(VmExit::Reason::GuestPoweredOff)));
    QVERIFY(!processAlive(pid));
    QVERIFY(start->isEnabled());
}

void TestVmPanelPage::stopGoesThroughQmp()
{
    const RealBoot boot = prepareRealBoot(
        m_dir->path(), QStringLiteral("while true; do /bin/busybox sleep 1; done\n"));
    if (!boot.skipReason.isEmpty())
        QSKIP(qPrintable(boot.skipReason));
    auto page = makePage();
    chooseAnyKernel(page.get(), boot);
    const QString qmpSocket = page->genericBoot().qmpSocket;

    QSignalSpy finished(page.get(), &VmPanelPage::vmFinished);
    QSignalSpy ready(page->process(), &core::vm::VmProcess::readyTextSeen);
    page->start();
    const qint64 pid = page->process()->processId();
    QVERIFY(ready.wait(180000));
    QTRY_VERIFY_WITH_TIMEOUT(page->process()->qmp() && page->process()->qmp()->isReady(), 30000);
    QTRY_VERIFY(child<QPushButton>(page.get(), "qmpStatusButton")->isEnabled());
    QSignalSpy status(page.get(), &VmPanelPage::qmpStatusReceived);
    child<QPushButton>(page.get(), "qmpStatusButton")->click();
    QVERIFY(status.count() > 0 || status.wait(10000));
    QCOMPARE(status.first().at(0).toString(), QStringLiteral("QMP: running"));

    child<QPushButton>(page.get(), "stopButton")->click();
    QVERIFY(finished.wait(60000));
    QCOMPARE(page->lastExit()->reason, VmExit::Reason::QmpShutdown);
    QVERIFY(!processAlive(pid));
    QVERIFY(!QFileInfo::exists(qmpSocket));
}

// The runtime mode end to end: a blob dir whose kernel is the host's and whose initramfs serves
// the memres protocol on the virtio-serial port `vdkr`; PONG, a command, SHUTDOWN.
void TestVmPanelPage::runtimeDaemonRunsACommand()
{
    if (core::vm::findQemuBinary(Arch::X86_64).isEmpty())
        QSKIP("qemu-system-x86_64 is not installed (apt qemu-system-x86)");
    QString whyNot;
    const std::optional<test::GuestKernel> kernel = test::findGuestKernel(&whyNot);
    if (!kernel)
        QSKIP(qPrintable(whyNot));
    const QString busybox = QStringLiteral("/bin/busybox");
    if (!test::isStaticExecutable(busybox))
        QSKIP("/bin/busybox is missing or not statically linked (apt install busybox-static)");
    const QString work = m_dir->filePath(QStringLiteral("runtime"));
    QDir().mkpath(work);
    const std::optional<QString> initramfs =
        test::buildGuestInitramfs(*kernel, busybox, work, &whyNot);
    QVERIFY2(initramfs, qPrintable(whyNot));
    const QString blobDir = work + QStringLiteral("/blobs");
    QDir().mkpath(blobDir + QStringLiteral("/x86_64"));
    QVERIFY(QFile::link(kernel->image, blobDir + QStringLiteral("/x86_64/bzImage")));
    QVERIFY(QFile::link(*initramfs, blobDir + QStringLiteral("/x86_64/initramfs.cpio.gz")));
    writeFile(blobDir + QStringLiteral("/x86_64/rootfs.img"), QByteArray(65536, '\0'));
    const QString stateDir = work + QStringLiteral("/state");

    auto page = makePage();
    page->setPathChooser(
        [blobDir](QWidget *, const QString &, const QString &, bool) { return blobDir; });
    auto *combo = child<QComboBox>(page.get(), "blobDirCombo");
    combo->setCurrentIndex(combo->count() - 1);
    emit combo->activated(combo->count() - 1);
    child<QComboBox>(page.get(), "archCombo")->setCurrentIndex(1);
    child<QLineEdit>(page.get(), "stateDirEdit")->setText(stateDir);
    QVERIFY2(!core::hasErrors(page->diagnostics()),
             qPrintable(page->diagnostics().value(0).message));
    QVERIFY(page->commandLineText().contains(stateDir + QStringLiteral("/daemon.sock")));

    QSignalSpy finished(page.get(), &VmPanelPage::vmFinished);
    QSignalSpy ready(page->memres(), &core::vm::MemresClient::ready);
    auto *start = child<QPushButton>(page.get(), "startButton");
    QVERIFY(start->isEnabled());

    // A daemon the tool started on this state dir (here: this live process) is left alone.
    writeFile(stateDir + QStringLiteral("/daemon.pid"),
              QByteArray::number(QCoreApplication::applicationPid()));
    start->click();
    QVERIFY2(page->statusText().contains(QStringLiteral("already runs")),
             qPrintable(page->statusText()));
    QCOMPARE(page->process()->state(), core::vm::VmProcess::State::NotRunning);
    QVERIFY(QFile::remove(stateDir + QStringLiteral("/daemon.pid")));

    start->click();
    const qint64 pid = page->process()->processId();
    QTRY_VERIFY_WITH_TIMEOUT(ready.count() > 0 || finished.count() > 0, 240000);
    if (ready.isEmpty())
        qWarning().noquote() << page->console()->text().right(3000);
    QCOMPARE(ready.count(), 1);
    QVERIFY(QFileInfo(stateDir + QStringLiteral("/share")).isDir());
    QCOMPARE(page->statusText(), QStringLiteral("Ready"));
    QVERIFY(child<QLabel>(page.get(), "pingLabel")->text().contains(QStringLiteral("PONG")));

    auto *command = child<HistoryLineEdit>(page.get(), "memresCommandEdit");
    QVERIFY(command->isEnabled());
    QSignalSpy done(page.get(), &VmPanelPage::memresCommandFinished);
    command->setText(QStringLiteral("echo panel-$((6 * 7)); exit 5"));
    QTest::keyClick(command, Qt::Key_Return);
    QVERIFY(page->statusText().startsWith(QStringLiteral("Running a command")));
    QVERIFY(done.wait(60000));
    QCOMPARE(done.first().at(0).toInt(), 5);
    QVERIFY(done.first().at(1).toString().isEmpty());
    QVERIFY(page->console()->text().contains(QStringLiteral("\npanel-42")));
    QCOMPARE(child<QLabel>(page.get(), "memresExitLabel")->text(), QStringLiteral("Exit code 5"));
    QCOMPARE(command->history().entries(),
             QStringList{QStringLiteral("echo panel-$((6 * 7)); exit 5")});

    // QMP: the status, then a port forward that really binds the host port, and its removal.
    auto *qmpButton = child<QPushButton>(page.get(), "qmpStatusButton");
    QTRY_VERIFY_WITH_TIMEOUT(page->process()->qmp() && page->process()->qmp()->isReady(), 30000);
    QTRY_VERIFY(qmpButton->isEnabled());
    QSignalSpy status(page.get(), &VmPanelPage::qmpStatusReceived);
    qmpButton->click();
    QVERIFY(status.count() > 0 || status.wait(10000));
    QCOMPARE(status.first().at(0).toString(), QStringLiteral("QMP: running"));
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::Any, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    auto *forwardLabel = child<QLabel>(page.get(), "qmpStatusLabel");
    child<QSpinBox>(page.get(), "forwardHostSpin")->setValue(port);
    child<QPushButton>(page.get(), "forwardAddButton")->click();
    QTRY_COMPARE(forwardLabel->text(), QStringLiteral("Forwarding tcp %1").arg(port));
    QVERIFY(!probe.listen(QHostAddress::Any, port)); // qemu holds it now
    child<QPushButton>(page.get(), "forwardRemoveButton")->click();
    // QEMU confirms a removal in words ("host forwarding rule for tcp::N removed"), which is
    // success, not a complaint; and the port is free again.
    QTRY_COMPARE(forwardLabel->text(), QStringLiteral("Removed forward tcp %1").arg(port));
    QVERIFY(probe.listen(QHostAddress::Any, port));
    probe.close();

    // Stop asks the daemon first; the guest powers itself off.
    child<QPushButton>(page.get(), "stopButton")->click();
    QVERIFY(finished.wait(60000));
    QCOMPARE(page->lastExit()->reason, VmExit::Reason::GuestPoweredOff);
    QVERIFY(!processAlive(pid));
    QVERIFY(!QFileInfo::exists(stateDir + QStringLiteral("/daemon.sock")));
    QVERIFY(!QFileInfo::exists(stateDir + QStringLiteral("/qmp.sock")));
}

void TestVmPanelPage::forceStopKillsAHungGuest()
{
    const RealBoot boot = prepareRealBoot(
        m_dir->path(), QStringLiteral("while true; do /bin/busybox sleep 1; done\n"));
    if (!boot.skipReason.isEmpty())
        QSKIP(qPrintable(boot.skipReason));
    auto page = makePage();
    chooseAnyKernel(page.get(), boot);
    QSignalSpy finished(page.get(), &VmPanelPage::vmFinished);
    QSignalSpy ready(page->process(), &core::vm::VmProcess::readyTextSeen);
    page->start();
    const qint64 pid = page->process()->processId();
    QVERIFY(ready.wait(180000));
    QCOMPARE(page->statusText(), QStringLiteral("Ready"));
    auto *force = child<QPushButton>(page.get(), "forceStopButton");
    QVERIFY(force->isEnabled());
    force->click();
    QVERIFY(finished.count() > 0 || finished.wait(30000));
    const VmExit exit = *page->lastExit();
    QVERIFY2(exit.reason == VmExit::Reason::QmpShutdown || exit.reason == VmExit::Reason::Killed,
             qPrintable(core::vm::describeExitReason(exit.reason)));
    QVERIFY(!processAlive(pid));
    QVERIFY(!force->isEnabled());
    QVERIFY(child<QPushButton>(page.get(), "startButton")->isEnabled());
}

QTEST_MAIN(TestVmPanelPage)
#include "tst_vmpanelpage.moc"

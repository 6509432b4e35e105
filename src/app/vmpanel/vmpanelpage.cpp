#include "vmpanel/vmpanelpage.h"

#include "projectdocument.h"
#include "ui_vmpanelpage.h"
#include "vmpanel/commandhistory.h"
#include "vmpanel/consoleview.h"

#include "vm/memresclient.h"
#include "vm/qmpclient.h"
#include "vm/vcontainerscript.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimer>

namespace cbw::app {

using namespace cbw::core;
using namespace cbw::core::vm;

namespace {

constexpr int kChooseBlobDir = -1; // the blob dir combo's "Choose…" entry
constexpr int kDaemonConnectMs = 120000;
// How long the guest gets to act on ===SHUTDOWN=== before the QMP/SIGTERM/SIGKILL sequence.
constexpr int kShutdownGraceMs = 20000;
constexpr int kConsoleLines = 5000;

enum PortColumn
{
    HostPortColumn,
    ContainerPortColumn,
    ProtocolColumn
};

QString htmlList(const QStringList &items)
{
    QString html;
    for (const QString &item : items)
        html += QStringLiteral("<br>") + item;
    return html;
}

QString archSourceText(ArchSource source)
{
    switch (source) {
    case ArchSource::Flag:
        return VmPanelPage::tr("chosen here (--arch)");
    case ArchSource::ExecutableName:
        return VmPanelPage::tr("the script's name");
    case ArchSource::Environment:
        return VmPanelPage::tr("the environment");
    case ArchSource::ConfigFile:
        return VmPanelPage::tr("the config file");
    case ArchSource::LegacyArchFile:
        return VmPanelPage::tr("the legacy arch file");
    case ArchSource::HostMachine:
        return VmPanelPage::tr("the host machine");
    }
    return {};
}

// vmemres start records its qemu in <statedir>/daemon.pid; a second VM on the same state dir
// would take over its sockets and share its state disk.
QString runningDaemon(const QString &stateDir)
{
    QFile pidFile(stateDir + QStringLiteral("/daemon.pid"));
    if (!pidFile.open(QIODevice::ReadOnly))
        return {};
    bool ok = false;
    const qint64 pid = QString::fromLatin1(pidFile.readAll()).trimmed().toLongLong(&ok);
    if (!ok || pid <= 0 || !QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid)))
        return {};
    return VmPanelPage::tr("Cannot start: a memres daemon (pid %1) already runs on %2; stop it "
                           "(vmemres stop) or choose another state directory")
        .arg(pid)
        .arg(stateDir);
}

} // namespace

VmHostContext VmHostContext::probe()
{
    VmHostContext context;
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &key : environment.keys())
        context.environment.insert(key, environment.value(key));
    context.homeDir = QDir::homePath();
    context.facts = HostFacts::probe();
    // A sourced SDK puts its scripts on PATH; their directory holds init-env.sh and the blobs.
    for (const Tool tool : {Tool::Vdkr, Tool::Vpdmn}) {
        const QString script = QStandardPaths::findExecutable(toolName(tool));
        const QString dir = script.isEmpty() ? QString() : QFileInfo(script).absolutePath();
        if (!dir.isEmpty() && QFileInfo::exists(dir + QStringLiteral("/init-env.sh")) &&
            !context.sdkDirs.contains(dir))
            context.sdkDirs.append(dir);
    }
    return context;
}

VmPanelPage::VmPanelPage(ProjectDocument *document, QWidget *parent)
    : WorkbenchPage(parent)
    , m_ui(std::make_unique<Ui::VmPanelPage>())
    , m_document(document)
    , m_host(VmHostContext::probe())
    , m_runDir(QDir::tempPath() + QStringLiteral("/cbw-vm-XXXXXX"))
    , m_process(new VmProcess(this))
    , m_memres(new MemresClient(this))
    , m_script(new VcontainerScriptRun(this))
{
    m_ui->setupUi(this);
    m_ui->console->setMaximumLines(kConsoleLines);
    m_process->setConsoleLimit(kConsoleLines);
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 3);
    // The profile gets the height; the tabs keep their rows together at the top.
    m_ui->leftLayout->setStretch(0, 3);
    m_ui->leftLayout->setStretch(1, 1);
    m_ui->memresLayout->addStretch(1);
    m_ui->scriptsLayout->addStretch(1);
    m_ui->commandLineEdit->setFont(m_ui->console->textView()->font());
    m_ui->commandLineEdit->setObjectName(QStringLiteral("commandLineEdit"));
    m_ui->portForwardTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->portForwardTable->verticalHeader()->hide();
    // The profile starts the memres daemon, and vmemres start always turns networking on.
    m_ui->networkCheck->setChecked(true);
    m_ui->networkCheck->setEnabled(false);
    m_ui->networkCheck->setToolTip(tr("The memory-resident daemon always runs with user-mode "
                                      "networking, as vmemres start does"));

    m_choosePath = [](QWidget *owner, const QString &caption, const QString &start,
                      bool directory) {
        return directory ? QFileDialog::getExistingDirectory(owner, caption, start)
                         : QFileDialog::getOpenFileName(owner, caption, start);
    };

    // Every edit of the profile or the boot inputs re-derives the command line.
    const auto changed = [this] { refresh(); };
    connect(m_ui->runtimeModeRadio, &QRadioButton::toggled, this, changed);
    connect(m_ui->toolCombo, &QComboBox::currentIndexChanged, this,
            &VmPanelPage::preferBlobDirOfTool);
    connect(m_ui->toolCombo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->archCombo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->blobDirCombo, &QComboBox::activated, this, &VmPanelPage::onBlobDirActivated);
    connect(m_ui->blobDirCombo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->stateDirEdit, &QLineEdit::textChanged, this, changed);
    connect(m_ui->memorySpin, &QSpinBox::valueChanged, this, changed);
    connect(m_ui->cpusSpin, &QSpinBox::valueChanged, this, changed);
    connect(m_ui->networkCheck, &QCheckBox::toggled, this, changed);
    connect(m_ui->portForwardTable, &QTableWidget::itemChanged, this, changed);
    connect(m_ui->shareDirEdit, &QLineEdit::textChanged, this, changed);
    connect(m_ui->kvmCheck, &QCheckBox::toggled, this, changed);
    connect(m_ui->genericArchCombo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->kernelEdit, &QLineEdit::textChanged, this, changed);
    connect(m_ui->initrdEdit, &QLineEdit::textChanged, this, changed);
    connect(m_ui->appendEdit, &QLineEdit::textChanged, this, changed);
    connect(m_ui->drivesEdit, &QPlainTextEdit::textChanged, this, changed);
    connect(m_ui->genericMemorySpin, &QSpinBox::valueChanged, this, changed);
    connect(m_ui->genericCpusSpin, &QSpinBox::valueChanged, this, changed);
    connect(m_ui->genericKvmCheck, &QCheckBox::toggled, this, changed);

    connect(m_ui->addPortForwardButton, &QPushButton::clicked, this, [this] {
        addPortForwardRow({});
        refresh();
    });
    connect(m_ui->removePortForwardButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->portForwardTable->currentRow();
        if (row >= 0) {
            m_ui->portForwardTable->removeRow(row);
            refresh();
        }
    });
    connect(m_ui->kernelBrowseButton, &QToolButton::clicked, this,
            [this] { browseInto(m_ui->kernelEdit, tr("Choose a Kernel"), false); });
    connect(m_ui->initrdBrowseButton, &QToolButton::clicked, this,
            [this] { browseInto(m_ui->initrdEdit, tr("Choose an Initramfs"), false); });
    connect(m_ui->copyCommandLineButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_commandLine); });

    connect(m_ui->startButton, &QPushButton::clicked, this, &VmPanelPage::start);
    connect(m_ui->stopButton, &QPushButton::clicked, this, &VmPanelPage::stop);
    connect(m_ui->forceStopButton, &QPushButton::clicked, this, &VmPanelPage::forceStop);

    connect(m_process, &VmProcess::consoleLine, m_ui->console, &vmpanel::ConsoleView::appendLine);
    connect(m_process, &VmProcess::stateChanged, this, &VmPanelPage::onStateChanged);
    connect(m_process, &VmProcess::finished, this, &VmPanelPage::onFinished);

    connect(m_ui->memresCommandEdit, &vmpanel::HistoryLineEdit::commandEntered, this,
            &VmPanelPage::runMemresCommand);
    connect(m_ui->runCommandButton, &QPushButton::clicked, this, [this] {
        const QString command = m_ui->memresCommandEdit->text();
        if (command.trimmed().isEmpty())
            return;
        m_ui->memresCommandEdit->history().add(command);
        m_ui->memresCommandEdit->clear();
        runMemresCommand(command);
    });
    connect(m_memres, &MemresClient::ready, this, [this] {
        m_memresReady = true;
        m_ui->pingLabel->setText(tr("Daemon: ready (PONG)"));
        setStatus(tr("Ready"));
        updateControls();
    });
    connect(m_memres, &MemresClient::failed, this, [this](const QString &message) {
        m_memresReady = false;
        m_ui->pingLabel->setText(tr("Daemon: %1").arg(message));
        appendConsoleNote(tr("daemon: %1").arg(message));
        updateControls();
    });
    connect(m_memres, &MemresClient::outputLine, m_ui->console, &vmpanel::ConsoleView::appendLine);
    connect(m_memres, &MemresClient::commandFinished, this,
            [this](const MemresReply &reply, const QString &error) {
                const int code = reply.exitCode.value_or(-1);
                m_ui->memresExitLabel->setText(error.isEmpty() ? tr("Exit code %1").arg(code)
                                                               : tr("Failed: %1").arg(error));
                if (m_process->state() == VmProcess::State::Ready)
                    setStatus(tr("Ready"));
                updateControls();
                emit memresCommandFinished(code, error);
            });
    connect(m_memres, &MemresClient::idle, this, [this] {
        appendConsoleNote(tr("no command for the idle timeout; stopping the VM"));
        stop();
    });

    connect(m_ui->qmpStatusButton, &QPushButton::clicked, this, &VmPanelPage::queryQmpStatus);
    connect(m_ui->forwardAddButton, &QPushButton::clicked, this, [this] { onQmpHostfwd(true); });
    connect(m_ui->forwardRemoveButton, &QPushButton::clicked, this,
            [this] { onQmpHostfwd(false); });

    connect(m_ui->imagesButton, &QPushButton::clicked, this,
            [this] { runScript({QStringLiteral("images")}); });
    connect(m_ui->storageListButton, &QPushButton::clicked, this, [this] {
        runScript({QStringLiteral("vstorage"), QStringLiteral("list")});
    });
    connect(m_ui->memresStatusButton, &QPushButton::clicked, this, [this] {
        runScript({QStringLiteral("vmemres"), QStringLiteral("status")});
    });
    connect(m_ui->importButton, &QPushButton::clicked, this, &VmPanelPage::importOciImage);
    connect(m_ui->cancelScriptButton, &QPushButton::clicked, m_script,
            &VcontainerScriptRun::cancel);
    connect(m_script, &VcontainerScriptRun::outputLine, this,
            [this](const QString &line, bool) { m_ui->console->appendLine(line); });
    connect(m_script, &VcontainerScriptRun::finished, this,
            [this](int exitCode, const QString &message) {
                m_ui->scriptExitLabel->setText(
                    message.isEmpty() ? tr("Exit code %1").arg(exitCode)
                                      : tr("Exit code %1: %2").arg(exitCode).arg(message));
                updateControls();
                emit scriptFinished(exitCode, message);
            });

    if (m_document)
        connect(m_document, &ProjectDocument::buildDirectoryChanged, this,
                &VmPanelPage::refreshBlobCandidates);
    refreshBlobCandidates();
    setStatus(tr("Not running"));
}

VmPanelPage::~VmPanelPage()
{
    // The process reports its (kill) exit while it is destroyed; the page is half gone by
    // then, so nothing may reach it. Deleting it here also stops a running VM first.
    for (QObject *worker : std::initializer_list<QObject *>{m_process, m_memres, m_script})
        worker->disconnect();
    delete m_script;
    delete m_memres;
    delete m_process;
}

QString VmPanelPage::title() const
{
    return tr("VM");
}

vmpanel::ConsoleView *VmPanelPage::console() const
{
    return m_ui->console;
}

void VmPanelPage::setHostContext(const VmHostContext &context)
{
    m_host = context;
    refreshBlobCandidates();
}

// --- the profile ----------------------------------------------------------------------

VmPanelPage::BootMode VmPanelPage::bootMode() const
{
    return m_ui->genericModeRadio->isChecked() ? BootMode::AnyKernel : BootMode::Runtime;
}

void VmPanelPage::setBootMode(BootMode mode)
{
    (mode == BootMode::AnyKernel ? m_ui->genericModeRadio : m_ui->runtimeModeRadio)
        ->setChecked(true);
}

ArchResolution VmPanelPage::archResolution() const
{
    const Tool tool = m_ui->toolCombo->currentIndex() == 1 ? Tool::Vpdmn : Tool::Vdkr;
    const QString upper = toolName(tool).toUpper();
    ArchInputs inputs;
    if (m_ui->archCombo->currentIndex() > 0)
        inputs.flag = m_ui->archCombo->currentText();
    const QString script = findVcontainerScript(tool, scriptSdkDirs());
    inputs.executableName = script.isEmpty() ? toolName(tool) : QFileInfo(script).fileName();
    inputs.environment = m_host.environment;
    inputs.configDir = m_host.environment.value(upper + QStringLiteral("_CONFIG_DIR"));
    if (inputs.configDir.isEmpty())
        inputs.configDir = m_host.homeDir + QStringLiteral("/.config/") + toolName(tool);
    inputs.hostMachine = m_host.facts.hostMachine;
    return resolveArch(tool, inputs);
}

QString VmPanelPage::effectiveStateDir(Tool tool, Arch arch) const
{
    const QString typed = m_ui->stateDirEdit->text().trimmed();
    return typed.isEmpty() ? defaultStateDir(tool, arch, m_host.homeDir) : typed;
}

QList<PortForward> VmPanelPage::portForwards(Diagnostics *problems) const
{
    QList<PortForward> forwards;
    const QTableWidget *table = m_ui->portForwardTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        const auto cell = [table, row](int column) {
            const QTableWidgetItem *item = table->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        QString text = cell(HostPortColumn) + QLatin1Char(':') + cell(ContainerPortColumn);
        const QString protocol = cell(ProtocolColumn);
        if (!protocol.isEmpty() && protocol != QLatin1String("tcp"))
            text += QLatin1Char('/') + protocol;
        QString error;
        const auto forward = parsePortForward(text, &error);
        if (forward)
            forwards.append(*forward);
        else if (problems)
            problems->append(Diagnostic::error(
                QStringLiteral("vm.bad-port-forward"),
                tr("Port forward %1 (row %2): %3").arg(text).arg(row + 1).arg(error)));
    }
    return forwards;
}

VmProfile VmPanelPage::profile() const
{
    VmProfile profile;
    profile.tool = m_ui->toolCombo->currentIndex() == 1 ? Tool::Vpdmn : Tool::Vdkr;
    profile.arch = archResolution().arch.value_or(Arch::X86_64);
    profile.blobDir = m_ui->blobDirCombo->currentData().toString();
    profile.stateDir = effectiveStateDir(profile.tool, profile.arch);
    profile.memoryMb = m_ui->memorySpin->value();
    profile.cpus = m_ui->cpusSpin->value();
    profile.network = m_ui->networkCheck->isChecked();
    profile.portForwards = portForwards(nullptr);
    profile.shareDir = m_ui->shareDirEdit->text().trimmed();
    profile.allowKvm = m_ui->kvmCheck->isChecked();
    return profile;
}

GuestRequest VmPanelPage::runtimeRequest() const
{
    const VmProfile current = profile();
    GuestRequest request;
    request.daemon = true;
    // The persistent state disk is used when it exists, as vmemres does; the tool creates it
    // on its first start, the page does not format disks.
    const QString stateImage = current.stateDir + QLatin1Char('/') + runtimeName(current.tool) +
                               QStringLiteral("-state.img");
    if (QFileInfo(stateImage).isFile())
        request.stateImage = stateImage;
    return request;
}

GenericBoot VmPanelPage::genericBoot() const
{
    GenericBoot boot;
    boot.arch = m_ui->genericArchCombo->currentIndex() == 1 ? Arch::Aarch64 : Arch::X86_64;
    boot.kernel = m_ui->kernelEdit->text().trimmed();
    boot.initrd = m_ui->initrdEdit->text().trimmed();
    boot.append = m_ui->appendEdit->text().trimmed();
    boot.memoryMb = m_ui->genericMemorySpin->value();
    boot.cpus = m_ui->genericCpusSpin->value();
    boot.allowKvm = m_ui->genericKvmCheck->isChecked();
    const QStringList lines = m_ui->drivesEdit->toPlainText().split(QLatin1Char('\n'));
    for (QString line : lines) {
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        GenericBoot::Drive drive;
        if (line.endsWith(QLatin1String(",readonly"))) {
            drive.readOnly = true;
            line.chop(int(qstrlen(",readonly")));
        }
        drive.file = line;
        boot.drives.append(drive);
    }
    boot.qmpSocket = m_runDir.filePath(QStringLiteral("qmp.sock"));
    return boot;
}

Result<QemuLaunch> VmPanelPage::launch() const
{
    if (bootMode() == BootMode::AnyKernel)
        return buildGenericBootCommandLine(genericBoot(), m_host.facts);
    return buildRuntimeCommandLine(profile(), runtimeRequest(), m_host.facts);
}

QString VmPanelPage::commandLineText() const
{
    return m_commandLine;
}

QStringList VmPanelPage::scriptSdkDirs() const
{
    QStringList dirs = m_host.sdkDirs;
    // An SDK's blob dir is <sdk>/vdkr-blobs: its parent holds init-env.sh and the scripts.
    const QString blobDir = m_ui->blobDirCombo->currentData().toString();
    if (!blobDir.isEmpty()) {
        const QString parent = QFileInfo(blobDir).absolutePath();
        if (QFileInfo::exists(parent + QStringLiteral("/init-env.sh")))
            dirs.append(parent);
    }
    return dirs;
}

QString VmPanelPage::vcontainerScript() const
{
    const Tool tool = m_ui->toolCombo->currentIndex() == 1 ? Tool::Vpdmn : Tool::Vdkr;
    return findVcontainerScript(tool, scriptSdkDirs());
}

void VmPanelPage::refreshBlobCandidates()
{
    const QString buildTop = m_document ? m_document->buildDirectory().topDir : QString();
    m_candidates = discoverBlobDirs(buildTop, m_host.sdkDirs);
    // The tools' own override (spec §5.2: --blob-dir > <TOOL>_BLOB_DIR > the script's dir).
    for (const Tool tool : {Tool::Vdkr, Tool::Vpdmn}) {
        const QString variable = toolName(tool).toUpper() + QStringLiteral("_BLOB_DIR");
        const QString path = m_host.environment.value(variable);
        if (path.isEmpty() || !QFileInfo(path).isDir())
            continue;
        BlobDirCandidate candidate{tool, QFileInfo(path).absoluteFilePath(), variable, {}};
        for (const Arch arch : {Arch::X86_64, Arch::Aarch64})
            if (QFileInfo(path + QLatin1Char('/') + archName(arch)).isDir())
                candidate.arches.append(arch);
        m_candidates.prepend(candidate);
    }
    const QString current = m_ui->blobDirCombo->currentData().toString();
    m_updating = true;
    m_ui->blobDirCombo->clear();
    for (const BlobDirCandidate &candidate : std::as_const(m_candidates)) {
        QStringList arches;
        for (Arch arch : candidate.arches)
            arches.append(archName(arch));
        m_ui->blobDirCombo->addItem(QStringLiteral("%1 — %2 (%3: %4)")
                                        .arg(QDir::toNativeSeparators(candidate.path),
                                             candidate.origin, toolName(candidate.tool),
                                             arches.join(QStringLiteral(", "))),
                                    candidate.path);
    }
    for (const QString &chosen : std::as_const(m_chosenBlobDirs))
        m_ui->blobDirCombo->addItem(tr("%1 — chosen").arg(QDir::toNativeSeparators(chosen)),
                                    chosen);
    m_ui->blobDirCombo->addItem(tr("Choose…"), kChooseBlobDir);
    int index = m_ui->blobDirCombo->findData(current);
    if (current.isEmpty() || index < 0)
        index = m_candidates.isEmpty() && m_chosenBlobDirs.isEmpty() ? -1 : 0;
    m_ui->blobDirCombo->setCurrentIndex(index);
    m_updating = false;
    refresh();
}

// Switching vdkr <-> vpdmn moves to that tool's blobs when the current dir is the other's.
void VmPanelPage::preferBlobDirOfTool()
{
    const Tool tool = m_ui->toolCombo->currentIndex() == 1 ? Tool::Vpdmn : Tool::Vdkr;
    const QString current = m_ui->blobDirCombo->currentData().toString();
    const auto isCurrent = [&current](const BlobDirCandidate &c) { return c.path == current; };
    const auto selected = std::find_if(m_candidates.cbegin(), m_candidates.cend(), isCurrent);
    if (selected == m_candidates.cend() || selected->tool == tool)
        return;
    for (const BlobDirCandidate &candidate : std::as_const(m_candidates)) {
        if (candidate.tool == tool) {
            m_ui->blobDirCombo->setCurrentIndex(m_ui->blobDirCombo->findData(candidate.path));
            return;
        }
    }
}

void VmPanelPage::onBlobDirActivated(int index)
{
    if (m_ui->blobDirCombo->itemData(index) != QVariant(kChooseBlobDir))
        return;
    const QString chosen =
        m_choosePath(this, tr("Choose a vcontainer Blob Directory"), m_host.homeDir, true);
    if (chosen.isEmpty()) {
        // Back to what was selected before; "Choose…" is an action, not a value.
        m_ui->blobDirCombo->setCurrentIndex(m_ui->blobDirCombo->count() > 1 ? 0 : -1);
        return;
    }
    const QString path = QFileInfo(chosen).absoluteFilePath();
    if (!m_chosenBlobDirs.contains(path))
        m_chosenBlobDirs.append(path);
    m_updating = true;
    refreshBlobCandidates();
    m_ui->blobDirCombo->setCurrentIndex(m_ui->blobDirCombo->findData(path));
    m_updating = false;
    refresh();
}

void VmPanelPage::browseInto(QLineEdit *edit, const QString &caption, bool directory)
{
    const QString start = edit->text().isEmpty() ? m_host.homeDir : edit->text();
    const QString chosen = m_choosePath(this, caption, start, directory);
    if (!chosen.isEmpty())
        edit->setText(chosen);
}

void VmPanelPage::addPortForwardRow(const PortForward &forward)
{
    QTableWidget *table = m_ui->portForwardTable;
    const bool blocked = table->blockSignals(true);
    const int row = table->rowCount();
    table->insertRow(row);
    const PortForward shown =
        forward.hostPort > 0 ? forward : PortForward{8080, 80, QStringLiteral("tcp")};
    table->setItem(row, HostPortColumn, new QTableWidgetItem(QString::number(shown.hostPort)));
    table->setItem(row, ContainerPortColumn,
                   new QTableWidgetItem(QString::number(shown.containerPort)));
    table->setItem(row, ProtocolColumn, new QTableWidgetItem(shown.protocol));
    table->blockSignals(blocked);
    table->setCurrentCell(row, HostPortColumn);
}

// Re-derives everything shown from the inputs: arch, blobs, diagnostics, command line.
void VmPanelPage::refresh()
{
    if (m_updating)
        return;
    const BootMode mode = bootMode();
    m_ui->modeStack->setCurrentIndex(mode == BootMode::AnyKernel ? 1 : 0);
    Diagnostics diagnostics;
    Diagnostics archDiagnostics;

    if (mode == BootMode::Runtime) {
        const ArchResolution resolution = archResolution();
        archDiagnostics = resolution.diagnostics;
        diagnostics += resolution.diagnostics;
        m_ui->archResolutionLabel->setText(
            resolution.arch
                ? tr("Resolved: <b>%1</b>, decided by %2 (%3)")
                      .arg(archName(*resolution.arch), archSourceText(resolution.source),
                           resolution.detail.toHtmlEscaped())
                : tr("<span style='color:#c00'>%1 names an unsupported architecture (%2)</span>")
                      .arg(archSourceText(resolution.source), resolution.detail.toHtmlEscaped()));

        const VmProfile current = profile();
        m_ui->stateDirEdit->setPlaceholderText(
            defaultStateDir(current.tool, current.arch, m_host.homeDir));
        portForwards(&diagnostics);
        if (current.blobDir.isEmpty()) {
            diagnostics.append(Diagnostic::error(
                QStringLiteral("vm.no-blob-dir"),
                tr("No vcontainer blob directory: open a build directory that built "
                   "vdkr/vpdmn (tmp-vruntime-*) or choose one")));
            m_ui->blobStatusLabel->setText(tr("<span style='color:#c00'>No blob directory "
                                              "chosen.</span>"));
        } else {
            const BlobSet blobs = locateBlobs(current);
            QStringList present;
            for (const QString &path : {blobs.kernel, blobs.initrd, blobs.rootfs})
                if (!blobs.missing.contains(path))
                    present.append(path.toHtmlEscaped());
            QStringList missing;
            for (const QString &path : blobs.missing) {
                missing.append(path.toHtmlEscaped());
                diagnostics.append(Diagnostic::error(
                    QStringLiteral("vm.missing-blob"),
                    tr("%1 is missing from the blob directory; the %2 runtime cannot boot "
                       "without it")
                        .arg(path, archName(current.arch))));
            }
            QString html;
            if (!present.isEmpty())
                html += tr("Found:") + htmlList(present);
            if (!missing.isEmpty())
                html += (html.isEmpty() ? QString() : QStringLiteral("<br>")) +
                        QStringLiteral("<span style='color:#c00'>") + tr("Missing:") +
                        htmlList(missing) + QStringLiteral("</span>");
            m_ui->blobStatusLabel->setText(html);
        }
        if (runtimeRequest().stateImage.isEmpty()) {
            diagnostics.append(Diagnostic::note(
                QStringLiteral("vm.no-state-disk"),
                tr("%1 has no %2-state.img yet: this VM keeps its images only until it stops "
                   "(the %3 script creates the disk on its first vmemres start)")
                    .arg(current.stateDir, runtimeName(current.tool), toolName(current.tool))));
        }
    }

    if (mode == BootMode::AnyKernel) {
        const GenericBoot boot = genericBoot();
        // Whole sentences per file kind: translations cannot assemble them from words.
        const auto missing = [&diagnostics](const QString &message) {
            diagnostics.append(Diagnostic::error(QStringLiteral("vm.missing-file"), message));
        };
        const auto isFile = [](const QString &path) { return QFileInfo(path).isFile(); };
        if (boot.kernel.isEmpty())
            missing(tr("No kernel chosen"));
        else if (!isFile(boot.kernel))
            missing(tr("The kernel %1 does not exist or is not a file").arg(boot.kernel));
        if (!boot.initrd.isEmpty() && !isFile(boot.initrd))
            missing(tr("The initramfs %1 does not exist or is not a file").arg(boot.initrd));
        for (const GenericBoot::Drive &drive : boot.drives) {
            if (!isFile(drive.file))
                missing(tr("The drive %1 does not exist or is not a file").arg(drive.file));
        }
    }

    const Arch qemuArch = mode == BootMode::AnyKernel ? genericBoot().arch : profile().arch;
    const auto built = launch();
    if (built) {
        m_commandLine = built->shellCommand();
        if (findQemuBinary(qemuArch).isEmpty())
            diagnostics.append(Diagnostic::warning(
                QStringLiteral("vm.no-qemu"),
                tr("qemu-system-%1 is not installed; the command line is shown but cannot run")
                    .arg(archName(qemuArch))));
        m_ui->commandLineEdit->setPlaceholderText({});
    } else {
        m_commandLine.clear();
        m_ui->commandLineEdit->setPlaceholderText(
            tr("No command line yet: %1").arg(built.error().message));
        diagnostics.append(
            Diagnostic::error(QStringLiteral("vm.command-line"), built.error().message));
    }
    if (m_ui->commandLineEdit->toPlainText() != m_commandLine)
        m_ui->commandLineEdit->setPlainText(m_commandLine);

    // Until the user has pointed the page at blobs or a kernel, what is missing is the
    // page's own hint, not a problem of the project: the dock stays quiet (what the arch
    // resolution found in the environment or config still shows).
    const bool engaged = mode == BootMode::Runtime
                             ? !m_ui->blobDirCombo->currentData().toString().isEmpty()
                             : !(m_ui->kernelEdit->text().trimmed().isEmpty() &&
                                 m_ui->initrdEdit->text().trimmed().isEmpty());
    m_canStart = engaged && !hasErrors(diagnostics) && !m_commandLine.isEmpty();
    m_diagnostics = engaged ? diagnostics : archDiagnostics;
    updateControls();
    emit diagnosticsChanged();
    emit previewsChanged();
}

Diagnostics VmPanelPage::diagnostics() const
{
    return m_diagnostics;
}

QList<PreviewFile> VmPanelPage::previews() const
{
    if (m_commandLine.isEmpty())
        return {};
    return {PreviewFile{tr("QEMU command line"), m_commandLine + QLatin1Char('\n')}};
}

bool VmPanelPage::revealDiagnostic(const Diagnostic &diagnostic)
{
    QWidget *target = nullptr;
    const QString &code = diagnostic.code;
    if (code == QLatin1String("vm.missing-blob") || code == QLatin1String("vm.no-blob-dir"))
        target = m_ui->blobDirCombo;
    else if (code == QLatin1String("vm.bad-arch"))
        target = m_ui->archCombo;
    else if (code == QLatin1String("vm.bad-port-forward"))
        target = m_ui->portForwardTable;
    else if (code == QLatin1String("vm.no-state-disk"))
        target = m_ui->stateDirEdit;
    else if (code == QLatin1String("vm.missing-file"))
        target = m_ui->kernelEdit;
    else if (code == QLatin1String("vm.command-line"))
        target = bootMode() == BootMode::AnyKernel ? static_cast<QWidget *>(m_ui->kernelEdit)
                                                   : m_ui->blobDirCombo;
    if (!target)
        return false;
    m_ui->profileScroll->ensureWidgetVisible(target);
    target->setFocus(Qt::OtherFocusReason);
    return true;
}

// --- running --------------------------------------------------------------------------

QString VmPanelPage::statusText() const
{
    return m_status;
}

void VmPanelPage::setStatus(const QString &text)
{
    m_status = text;
    m_ui->statusLabel->setText(text);
}

void VmPanelPage::appendConsoleNote(const QString &text)
{
    m_ui->console->appendLine(QStringLiteral("[cbw] ") + text);
}

void VmPanelPage::updateControls()
{
    const VmProcess::State state = m_process->state();
    const bool running = state == VmProcess::State::Booting || state == VmProcess::State::Ready ||
                         state == VmProcess::State::Stopping;
    m_ui->startButton->setEnabled(!running && m_canStart);
    m_ui->stopButton->setEnabled(running && state != VmProcess::State::Stopping);
    m_ui->forceStopButton->setEnabled(running);
    m_ui->profileScroll->setEnabled(!running);

    const bool daemon = running && m_runningMode == BootMode::Runtime && m_memresReady;
    m_ui->memresCommandEdit->setEnabled(daemon);
    m_ui->runCommandButton->setEnabled(daemon && !m_memres->isBusy());
    const bool qmp = running && m_process->qmp() != nullptr;
    m_ui->qmpStatusButton->setEnabled(qmp);
    m_ui->forwardAddButton->setEnabled(qmp);
    m_ui->forwardRemoveButton->setEnabled(qmp);

    const QString script = vcontainerScript();
    const bool scriptIdle = !script.isEmpty() && !m_script->isRunning();
    for (QPushButton *button : {m_ui->imagesButton, m_ui->storageListButton,
                                m_ui->memresStatusButton, m_ui->importButton})
        button->setEnabled(scriptIdle);
    m_ui->importNameEdit->setEnabled(!script.isEmpty());
    m_ui->cancelScriptButton->setEnabled(m_script->isRunning());
    const QString tool = toolName(profile().tool);
    m_ui->scriptLabel->setText(
        script.isEmpty()
            ? tr("<span style='color:#c00'>No installed %1 script was found on PATH or in a "
                 "vcontainer SDK; these commands need the SDK (source its init-env.sh before "
                 "starting the workbench).</span>")
                  .arg(tool)
            : tr("Installed script: <b>%1</b>").arg(script.toHtmlEscaped()));
}

void VmPanelPage::start()
{
    refresh();
    if (!m_canStart) {
        setStatus(bootMode() == BootMode::Runtime &&
                          m_ui->blobDirCombo->currentData().toString().isEmpty()
                      ? tr("Cannot start: choose a blob directory")
                  : bootMode() == BootMode::AnyKernel && m_ui->kernelEdit->text().isEmpty()
                      ? tr("Cannot start: choose a kernel")
                      : tr("Cannot start: see the diagnostics"));
        return;
    }
    const auto built = launch();
    if (!built) {
        setStatus(tr("Cannot start: %1").arg(built.error().message));
        return;
    }
    if (bootMode() == BootMode::Runtime) {
        const QString running = runningDaemon(profile().stateDir);
        if (!running.isEmpty()) {
            setStatus(running);
            return;
        }
    }
    m_runningMode = bootMode();
    m_memresReady = false;
    m_lastExit.reset();
    m_ui->memresExitLabel->clear();
    m_ui->qmpStatusLabel->clear();
    if (m_runningMode == BootMode::Runtime) {
        const VmProfile current = profile();
        // vrunner creates the state dir (sockets, log) and the daemon's share before booting.
        // (the daemon's share defaults to <statedir>/share, as vmemres start makes it; qemu
        // refuses a -virtfs path that does not exist).
        QDir().mkpath(current.stateDir);
        QDir().mkpath(current.shareDir.isEmpty() ? current.stateDir + QStringLiteral("/share")
                                                 : current.shareDir);
        m_process->setReadyText({});
        m_process->setTimeout(0);
        m_ui->pingLabel->setText(tr("Daemon: waiting for PONG"));
    } else {
        if (!m_runDir.isValid()) {
            setStatus(tr("Cannot start: no temporary directory for the QMP socket (%1)")
                          .arg(m_runDir.errorString()));
            return;
        }
        m_process->setReadyText(m_ui->readyTextEdit->text());
        m_process->setTimeout(0);
        m_ui->pingLabel->setText(tr("Daemon: not used in this mode"));
    }
    m_ui->console->clear();
    appendConsoleNote(built->shellCommand());
    m_process->start(*built);
    if (m_runningMode == BootMode::Runtime && m_process->state() != VmProcess::State::Exited &&
        m_process->state() != VmProcess::State::NotRunning) {
        m_memres->setIdleTimeout(profile().idleTimeoutSeconds * 1000);
        m_memres->connectToDaemon(built->daemonSocket, kDaemonConnectMs);
    }
    updateControls();
}

void VmPanelPage::stop()
{
    const VmProcess::State state = m_process->state();
    if (state != VmProcess::State::Booting && state != VmProcess::State::Ready)
        return;
    if (m_runningMode == BootMode::Runtime && m_memresReady) {
        // The daemon syncs and unmounts its state disk on SHUTDOWN; QMP and signals only
        // follow when it does not power off in time.
        setStatus(tr("Stopping (daemon shutdown)…"));
        m_memres->requestShutdown();
        QTimer::singleShot(kShutdownGraceMs, m_process, [this] {
            if (m_process->state() == VmProcess::State::Booting ||
                m_process->state() == VmProcess::State::Ready)
                m_process->stop();
        });
        return;
    }
    m_process->stop();
}

void VmPanelPage::forceStop()
{
    m_process->forceStop();
}

void VmPanelPage::onStateChanged(VmProcess::State state)
{
    switch (state) {
    case VmProcess::State::NotRunning:
        setStatus(tr("Not running"));
        break;
    case VmProcess::State::Booting:
        setStatus(tr("Booting…"));
        break;
    case VmProcess::State::Ready:
        // The runtime is ready when its daemon answers, not when qemu merely runs.
        setStatus(m_runningMode == BootMode::Runtime && !m_memresReady
                      ? tr("Booting (waiting for the daemon)…")
                      : tr("Ready"));
        break;
    case VmProcess::State::Stopping:
        setStatus(tr("Stopping…"));
        break;
    case VmProcess::State::Exited:
        break; // onFinished says how
    }
    updateControls();
}

void VmPanelPage::onFinished(const VmExit &exit)
{
    m_lastExit = exit;
    m_memresReady = false;
    m_memres->disconnectFromDaemon();
    m_ui->pingLabel->setText(tr("Daemon: not connected"));
    QString text = tr("Exited: %1").arg(describeExitReason(exit.reason));
    if (exit.exitCode >= 0)
        text += tr(" (exit code %1)").arg(exit.exitCode);
    if (!exit.message.isEmpty())
        text += QStringLiteral(" — ") + exit.message;
    setStatus(text);
    appendConsoleNote(text);
    updateControls();
    emit vmFinished(exit);
}

void VmPanelPage::runMemresCommand(const QString &command)
{
    if (!m_memresReady || m_memres->isBusy()) {
        m_ui->memresExitLabel->setText(m_memresReady ? tr("A command is still running")
                                                     : tr("The daemon is not ready"));
        return;
    }
    appendConsoleNote(QStringLiteral("$ ") + command);
    setStatus(tr("Running a command: %1").arg(command));
    m_ui->memresExitLabel->setText(tr("Running…"));
    m_memres->runCommand(command);
    updateControls();
}

void VmPanelPage::queryQmpStatus()
{
    QmpClient *qmp = m_process->qmp();
    if (!qmp || !qmp->isReady()) {
        m_ui->qmpStatusLabel->setText(tr("QMP: not connected"));
        emit qmpStatusReceived(m_ui->qmpStatusLabel->text());
        return;
    }
    qmp->queryStatus([this](const Result<QJsonValue> &reply) {
        const QString text =
            reply ? tr("QMP: %1").arg(reply->toObject().value(QLatin1String("status")).toString())
                  : tr("QMP: %1").arg(reply.error().message);
        m_ui->qmpStatusLabel->setText(text);
        emit qmpStatusReceived(text);
    });
}

void VmPanelPage::onQmpHostfwd(bool add)
{
    QmpClient *qmp = m_process->qmp();
    if (!qmp || !qmp->isReady()) {
        m_ui->qmpStatusLabel->setText(tr("QMP: not connected"));
        return;
    }
    const QString protocol = m_ui->forwardProtocolCombo->currentText();
    const int port = m_ui->forwardHostSpin->value();
    const QString what = QStringLiteral("%1 %2").arg(protocol).arg(port);
    const auto done = [this, what, add](const Result<QJsonValue> &reply) {
        // QmpClient turns the monitor's complaints into errors; a reply is success.
        m_ui->qmpStatusLabel->setText(!reply ? tr("QMP: %1").arg(reply.error().message)
                                      : add  ? tr("Forwarding %1").arg(what)
                                             : tr("Removed forward %1").arg(what));
    };
    if (add)
        qmp->hostfwdAdd(protocol, port, done);
    else
        qmp->hostfwdRemove(protocol, port, done);
}

// --- installed scripts ----------------------------------------------------------------

void VmPanelPage::runScript(const QStringList &command)
{
    const QString script = vcontainerScript();
    if (script.isEmpty() || m_script->isRunning())
        return;
    const QStringList arguments = vcontainerArguments(profile(), command);
    appendConsoleNote(QStringLiteral("$ %1 %2").arg(script, arguments.join(QLatin1Char(' '))));
    m_ui->scriptExitLabel->setText(tr("Running…"));
    m_script->start(script, arguments);
    updateControls();
}

void VmPanelPage::importOciImage()
{
    QString path = m_inspectedImage ? m_inspectedImage() : QString();
    if (path.isEmpty())
        path = m_choosePath(this, tr("Choose an OCI Image Directory"), m_host.homeDir, true);
    if (path.isEmpty())
        return;
    QStringList command{QStringLiteral("vimport"), path};
    const QString reference = m_ui->importNameEdit->text().trimmed();
    if (!reference.isEmpty())
        command.append(reference);
    runScript(command);
}

} // namespace cbw::app

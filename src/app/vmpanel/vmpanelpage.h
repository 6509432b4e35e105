#pragma once

#include "workbenchpage.h"

#include "common/result.h"
#include "vm/qemucommandline.h"
#include "vm/vmprocess.h"
#include "vm/vmprofile.h"

#include <QMap>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <optional>

class QLineEdit;

namespace Ui {
class VmPanelPage;
}

namespace cbw::core::vm {
class MemresClient;
class VcontainerScriptRun;
} // namespace cbw::core::vm

namespace cbw::app {

class ProjectDocument;

namespace vmpanel {
class ConsoleView;
}

// What the page needs to know about the machine it runs on; tests replace it so the arch
// resolution and the command line do not depend on the developer's home or /dev/kvm.
struct VmHostContext
{
    QMap<QString, QString> environment;
    QString homeDir;
    core::vm::HostFacts facts;
    QStringList sdkDirs; // installed vcontainer SDKs (directories holding init-env.sh)
    static VmHostContext probe();
};

// The VM page: a profile for the vcontainer runtime (or any kernel/initramfs), the exact QEMU
// command line, Start/Stop, the serial console, the memres daemon's command box, QMP, and the
// installed vdkr/vpdmn scripts. Everything runs on signals; nothing waits.
class VmPanelPage final : public WorkbenchPage
{
    Q_OBJECT

public:
    enum class BootMode
    {
        Runtime,   // the vcontainer blobs as a memres daemon
        AnyKernel, // a kernel and initramfs of the user's choice
    };
    // Asks for an existing directory or file; "" when the user cancels. Injectable for tests.
    using PathChooser = std::function<QString(QWidget *parent, const QString &caption,
                                              const QString &start, bool directory)>;
    // The path of the image open in the Inspector; "" when none.
    using InspectedImage = std::function<QString()>;

    explicit VmPanelPage(ProjectDocument *document, QWidget *parent = nullptr);
    ~VmPanelPage() override;

    QString title() const override;
    core::Diagnostics diagnostics() const override;
    QList<PreviewFile> previews() const override;
    bool revealDiagnostic(const core::Diagnostic &diagnostic) override;

    void setHostContext(const VmHostContext &context);
    void setPathChooser(PathChooser chooser) { m_choosePath = std::move(chooser); }
    void setInspectedImage(InspectedImage provider) { m_inspectedImage = std::move(provider); }

    // State, for the window and the tests.
    BootMode bootMode() const;
    void setBootMode(BootMode mode);
    core::vm::VmProfile profile() const; // from the editor, arch resolved
    core::vm::ArchResolution archResolution() const;
    core::vm::GuestRequest runtimeRequest() const; // what Start asks the runtime guest for
    core::vm::GenericBoot genericBoot() const;
    core::Result<core::vm::QemuLaunch> launch() const; // for the current mode
    QString commandLineText() const;
    QString statusText() const;
    QString vcontainerScript() const; // "" when no installed script was found
    std::optional<core::vm::VmExit> lastExit() const { return m_lastExit; }
    core::vm::VmProcess *process() const { return m_process; }
    core::vm::MemresClient *memres() const { return m_memres; }
    vmpanel::ConsoleView *console() const;

public slots:
    void start();
    void stop();
    void forceStop();
    void runMemresCommand(const QString &command);
    void queryQmpStatus();
    // Runs the installed script with the profile's --arch/--blob-dir/--state-dir.
    void runScript(const QStringList &command);
    void importOciImage();

signals:
    void vmFinished(const cbw::core::vm::VmExit &exit);
    void memresCommandFinished(int exitCode, const QString &error);
    void qmpStatusReceived(const QString &text);
    void scriptFinished(int exitCode, const QString &message);

private:
    void refresh();
    void refreshBlobCandidates();
    void onBlobDirActivated(int index);
    void preferBlobDirOfTool();
    void browseInto(QLineEdit *edit, const QString &caption, bool directory);
    void addPortForwardRow(const core::vm::PortForward &forward);
    QList<core::vm::PortForward> portForwards(core::Diagnostics *problems) const;
    QString effectiveStateDir(core::vm::Tool tool, core::vm::Arch arch) const;
    QStringList scriptSdkDirs() const;
    void setStatus(const QString &text);
    void updateControls();
    void onStateChanged(core::vm::VmProcess::State state);
    void onFinished(const core::vm::VmExit &exit);
    void onQmpHostfwd(bool add);
    void appendConsoleNote(const QString &text);

    std::unique_ptr<Ui::VmPanelPage> m_ui;
    ProjectDocument *m_document;
    VmHostContext m_host;
    QTemporaryDir m_runDir; // the any-kernel mode's QMP socket
    core::vm::VmProcess *m_process;
    core::vm::MemresClient *m_memres;
    core::vm::VcontainerScriptRun *m_script;
    QList<core::vm::BlobDirCandidate> m_candidates;
    QStringList m_chosenBlobDirs;
    core::Diagnostics m_diagnostics;
    QString m_commandLine;
    QString m_status;
    std::optional<core::vm::VmExit> m_lastExit;
    BootMode m_runningMode = BootMode::Runtime;
    bool m_memresReady = false;
    bool m_canStart = false;
    bool m_updating = false;
    PathChooser m_choosePath;
    InspectedImage m_inspectedImage;
};

} // namespace cbw::app

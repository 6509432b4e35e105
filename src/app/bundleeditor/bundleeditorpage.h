#pragma once

#include "bundle/bundledesign.h"
#include "workbenchpage.h"

#include <functional>
#include <memory>
#include <optional>

class QModelIndex;

namespace Ui {
class BundleEditorPage;
}

namespace cbw::app {

class ContainerTableModel;
class SourceListModel;
struct LocalConfApplyRequest;

// The Bundles page: the project's bundles on the left, the selected bundle's mode, recipe
// settings, container table, build-directory sources, prerequisites and autostart units.
// Every edit goes through the ProjectDocument, so the window's undo stack covers it.
class BundleEditorPage final : public WorkbenchPage
{
    Q_OBJECT

public:
    // Asked before a mode switch that loses or changes something; true = go ahead. The
    // default shows a dialog; tests replace it so that no modal dialog blocks them.
    using ConfirmConversion =
        std::function<bool(const core::bundle::ModeConversion &conversion, QWidget *parent)>;
    // Shows the local.conf diff of `request` and returns true to write it, possibly with
    // other prerequisite options (request recomputed). Default: LocalConfApplyDialog.
    using ConfirmApply = std::function<bool(LocalConfApplyRequest &request, QWidget *parent)>;

    explicit BundleEditorPage(ProjectDocument *document, QWidget *parent = nullptr);
    ~BundleEditorPage() override;

    QString title() const override;
    core::Diagnostics diagnostics() const override;
    QList<PreviewFile> previews() const override;
    bool revealDiagnostic(const core::Diagnostic &diagnostic) override;

    void setConfirmConversion(ConfirmConversion confirm);
    void setConfirmApply(ConfirmApply confirm);

    int currentBundle() const;
    void setCurrentBundle(int index);
    ContainerTableModel *containerModel() const { return m_containers; }

    // "Apply to local.conf" of the current BUNDLED_CONTAINERS bundle: diff, confirmation,
    // lossless write with a .bak. Returns whether local.conf was written.
    bool applyToLocalConf();

    // Mode switch of the current bundle through BundleDesignCodec::convert (asks first when
    // the conversion is incomplete or has notes). Returns whether the mode changed.
    bool switchMode(core::bundle::BundleDesign::Mode mode);

private:
    void rebuildBundleList();
    void updateBundleItem(int index);
    QString bundleItemText(int index) const;
    void showBundle(int index);
    void refreshEditor();
    void refreshPreviews();
    void refreshPrerequisites();
    void refreshDiagnosticViews();
    void refreshEverything();
    void updateFixButton();
    void fixPrerequisite();
    void editCurrent(const std::function<void(core::bundle::BundleDesign &)> &change,
                     const QString &undoText);
    void addBundle();
    void removeBundle();
    void addContainer();
    void removeSelectedContainers();
    void moveCurrentContainer(int delta);
    void addSourcesFromList(const QList<QModelIndex> &indexes);
    void setApplyStatus(const QString &text, bool error);
    core::Diagnostics diagnosticsOf(int bundle) const;

    std::unique_ptr<Ui::BundleEditorPage> m_ui;
    ProjectDocument *m_document;
    ContainerTableModel *m_containers;
    SourceListModel *m_sources;
    ConfirmConversion m_confirmConversion;
    ConfirmApply m_confirmApply;
    // The current bundle with the text field being typed in, so diagnostics follow every
    // keystroke while the project changes only when the edit is finished.
    std::optional<core::bundle::BundleDesign> m_draft;
    int m_current = -1; // the shown bundle; the model drops it first when it is removed
};

} // namespace cbw::app

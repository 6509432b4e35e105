#include "bundleeditorpage.h"

#include "bundle/bundlecodes.h"
#include "bundle/bundlevalidator.h"
#include "bundle/confgenerator.h"
#include "bundle/unitgenerator.h"
#include "containerdelegate.h"
#include "containertablemodel.h"
#include "diagnostictarget.h"
#include "localconfapplydialog.h"
#include "prerequisitechecklist.h"
#include "projectdocument.h"
#include "sourcelistmodel.h"
#include "ui_bundleeditorpage.h"

#include <QAction>
#include <QFile>
#include <QFontDatabase>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalBlocker>

namespace cbw::app {

using core::Diagnostic;
using core::Diagnostics;
using core::bundle::BundleDesign;
using core::bundle::BundleDesignCodec;

namespace {

constexpr int DiagnosticIndexRole = Qt::UserRole + 1;
constexpr int PrerequisiteFixRole = Qt::UserRole + 2;

bool isRecipe(const BundleDesign &design)
{
    return design.mode == BundleDesign::Mode::BundleRecipe;
}

QString modeLabel(const BundleDesign &design)
{
    return isRecipe(design) ? BundleEditorPage::tr("container-bundle recipe")
                            : BundleEditorPage::tr("BUNDLED_CONTAINERS");
}

QIcon severityIcon(const QWidget *widget, core::Severity severity)
{
    switch (severity) {
    case core::Severity::Error:
        return widget->style()->standardIcon(QStyle::SP_MessageBoxCritical);
    case core::Severity::Warning:
        return widget->style()->standardIcon(QStyle::SP_MessageBoxWarning);
    case core::Severity::Note:
        break;
    }
    return widget->style()->standardIcon(QStyle::SP_MessageBoxInformation);
}

bool defaultConfirmApply(LocalConfApplyRequest &request, QWidget *parent)
{
    LocalConfApplyDialog dialog(request, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    request = dialog.request();
    return true;
}

bool defaultConfirmConversion(const core::bundle::ModeConversion &conversion, QWidget *parent)
{
    QStringList lines;
    for (const Diagnostic &d : conversion.diagnostics)
        lines << QStringLiteral("• ") + d.message;
    QMessageBox box(QMessageBox::Question, BundleEditorPage::tr("Switch bundle mode"),
                    conversion.complete
                        ? BundleEditorPage::tr("The containers can be converted:")
                        : BundleEditorPage::tr("Not everything can be converted. Switch anyway?"),
                    QMessageBox::Yes | QMessageBox::No, parent);
    box.setInformativeText(lines.join(QLatin1Char('\n')));
    box.setDefaultButton(conversion.complete ? QMessageBox::Yes : QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

} // namespace

BundleEditorPage::BundleEditorPage(ProjectDocument *document, QWidget *parent)
    : WorkbenchPage(parent)
    , m_ui(std::make_unique<Ui::BundleEditorPage>())
    , m_document(document)
    , m_containers(new ContainerTableModel(document, this))
    , m_sources(new SourceListModel(this))
    , m_confirmConversion(defaultConfirmConversion)
    , m_confirmApply(defaultConfirmApply)
{
    m_ui->setupUi(this);
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setStretchFactor(2, 0);
    m_ui->mainSplitter->setSizes({210, 800, 270});
    m_ui->tableSplitter->setStretchFactor(0, 3);
    m_ui->tableSplitter->setStretchFactor(1, 2);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->unitPreview->setFont(fixed);
    m_ui->generatedPreview->setFont(fixed);

    m_ui->runtimeCombo->addItem(QStringLiteral("docker"));
    m_ui->runtimeCombo->addItem(QStringLiteral("podman"));

    QTableView *table = m_ui->containerTable;
    table->setModel(m_containers);
    auto *delegate = new ContainerDelegate(table);
    table->setItemDelegate(delegate);
    // An open cell editor is checked like the text fields: as a draft of the design.
    connect(delegate, &ContainerDelegate::draftEdited, this,
            [this](const QModelIndex &index, const QString &text) {
                const int bundle = currentBundle();
                if (bundle < 0 || !index.isValid() ||
                    index.row() >= m_document->project().bundles.at(bundle).containers.size())
                    return;
                BundleDesign draft = m_document->project().bundles.at(bundle);
                core::bundle::ContainerSpec &c = draft.containers[index.row()];
                switch (static_cast<ContainerColumn>(index.column())) {
                case ContainerColumn::Source:
                    c.source = text.trimmed();
                    break;
                case ContainerColumn::Digest:
                    c.digest = text.trimmed();
                    break;
                case ContainerColumn::ServiceFile:
                    c.customServiceFile = text.trimmed();
                    break;
                default:
                    return;
                }
                m_draft = draft;
                refreshDiagnosticViews();
            });
    connect(delegate, &QAbstractItemDelegate::closeEditor, this, [this] {
        if (!m_draft)
            return;
        m_draft.reset();
        refreshDiagnosticViews();
    });
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 12);
    table->setAcceptDrops(true);
    table->setDropIndicatorShown(true);

    m_ui->sourceList->setModel(m_sources);
    table->setTextElideMode(Qt::ElideMiddle);
    const QSize smallIcon(16, 16);
    for (QAbstractItemView *view : {static_cast<QAbstractItemView *>(m_ui->bundleList),
                                    static_cast<QAbstractItemView *>(m_ui->problemList),
                                    static_cast<QAbstractItemView *>(m_ui->prerequisiteList)})
        view->setIconSize(smallIcon);
    m_ui->detailTabs->setIconSize(smallIcon);

    // Table actions, also reachable by keyboard while the table has focus.
    auto tableAction = [this, table](const QString &text, const QKeySequence &key,
                                     QPushButton *button, auto slot) {
        auto *action = new QAction(text, table);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        table->addAction(action);
        connect(action, &QAction::triggered, this, slot);
        connect(button, &QPushButton::clicked, this, slot);
        button->setToolTip(
            QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
        return action;
    };
    tableAction(tr("Add a container"), QKeySequence(Qt::Key_Insert), m_ui->addContainerButton,
                [this] { addContainer(); });
    tableAction(tr("Remove the selected containers"), QKeySequence(QKeySequence::Delete),
                m_ui->removeContainerButton, [this] { removeSelectedContainers(); });
    tableAction(tr("Move the container up"), QKeySequence(Qt::CTRL | Qt::Key_Up),
                m_ui->moveUpButton, [this] { moveCurrentContainer(-1); });
    tableAction(tr("Move the container down"), QKeySequence(Qt::CTRL | Qt::Key_Down),
                m_ui->moveDownButton, [this] { moveCurrentContainer(1); });

    connect(m_ui->sourceList, &QListView::activated, this,
            [this] { addSourcesFromList(m_ui->sourceList->selectionModel()->selectedIndexes()); });

    connect(m_ui->bundleList, &QListWidget::currentRowChanged, this,
            [this](int row) { showBundle(row); });
    connect(m_ui->addBundleButton, &QPushButton::clicked, this, [this] { addBundle(); });
    connect(m_ui->removeBundleButton, &QPushButton::clicked, this, [this] { removeBundle(); });
    // Insert / Delete work on the bundle list as on the container table.
    auto *addBundleAction = new QAction(tr("Add a bundle"), m_ui->bundleList);
    addBundleAction->setShortcut(QKeySequence(Qt::Key_Insert));
    addBundleAction->setShortcutContext(Qt::WidgetShortcut);
    m_ui->bundleList->addAction(addBundleAction);
    connect(addBundleAction, &QAction::triggered, this, [this] { addBundle(); });
    auto *removeBundleAction = new QAction(tr("Remove the bundle"), m_ui->bundleList);
    removeBundleAction->setShortcut(QKeySequence(QKeySequence::Delete));
    removeBundleAction->setShortcutContext(Qt::WidgetShortcut);
    m_ui->bundleList->addAction(removeBundleAction);
    connect(removeBundleAction, &QAction::triggered, this, [this] { removeBundle(); });

    connect(m_ui->bundledModeButton, &QRadioButton::clicked, this,
            [this] { switchMode(BundleDesign::Mode::BundledContainers); });
    connect(m_ui->recipeModeButton, &QRadioButton::clicked, this,
            [this] { switchMode(BundleDesign::Mode::BundleRecipe); });

    // Text fields: diagnostics follow every keystroke (as a draft), the project changes
    // once per finished edit so that one undo step undoes one edit.
    auto textField = [this](QLineEdit *edit, const QString &undoText,
                            void (*assign)(BundleDesign &, const QString &)) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit, assign] {
            if (currentBundle() < 0)
                return;
            BundleDesign draft = m_document->project().bundles.at(currentBundle());
            assign(draft, edit->text());
            m_draft = draft;
            refreshDiagnosticViews();
        });
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, undoText, assign] {
            m_draft.reset();
            edit->setModified(false); // from now on undo/redo may rewrite the field
            const QString text = edit->text();
            editCurrent([&text, assign](BundleDesign &d) { assign(d, text); }, undoText);
            refreshDiagnosticViews();
        });
    };
    textField(m_ui->recipeNameEdit, tr("Rename bundle"),
              [](BundleDesign &d, const QString &t) { d.recipeName = t.trimmed(); });
    textField(m_ui->versionEdit, tr("Change recipe version"),
              [](BundleDesign &d, const QString &t) { d.recipeVersion = t.trimmed(); });
    textField(m_ui->summaryEdit, tr("Change summary"),
              [](BundleDesign &d, const QString &t) { d.summary = t; });
    textField(m_ui->machineEdit, tr("Change machine"),
              [](BundleDesign &d, const QString &t) { d.machine = t.trimmed(); });
    textField(m_ui->hostImageEdit, tr("Change host image"),
              [](BundleDesign &d, const QString &t) { d.hostImage = t.trimmed(); });
    textField(m_ui->flagsAcceptedEdit, tr("Change accepted fetches"),
              [](BundleDesign &d, const QString &t) {
                  d.flagsAccepted = t.split(QLatin1Char(' '), Qt::SkipEmptyParts);
              });
    connect(m_ui->runtimeCombo, &QComboBox::activated, this, [this] {
        const QString runtime = m_ui->runtimeCombo->currentText();
        editCurrent([&runtime](BundleDesign &d) { d.runtime = runtime; }, tr("Change runtime"));
    });
    connect(m_ui->deployCheck, &QCheckBox::clicked, this, [this](bool on) {
        editCurrent([on](BundleDesign &d) { d.deploy = on; },
                    on ? tr("Deploy the first remote container")
                       : tr("Do not deploy remote containers"));
    });

    connect(m_ui->applyButton, &QPushButton::clicked, this, [this] { applyToLocalConf(); });
    connect(m_ui->problemList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int at = item->data(DiagnosticIndexRole).toInt();
        const Diagnostics ds = diagnosticsOf(currentBundle());
        if (at >= 0 && at < ds.size())
            revealDiagnostic(ds.at(at));
    });
    connect(m_ui->fixPrerequisiteButton, &QPushButton::clicked, this,
            [this] { fixPrerequisite(); });
    connect(m_ui->prerequisiteList, &QListWidget::currentRowChanged, this,
            [this] { updateFixButton(); });
    connect(m_ui->prerequisiteList, &QListWidget::itemActivated, this,
            [this] { fixPrerequisite(); });

    connect(m_document, &ProjectDocument::projectReset, this, [this] {
        rebuildBundleList();
        setCurrentBundle(m_document->project().bundles.isEmpty() ? -1 : 0);
        refreshEverything();
    });
    connect(m_document, &ProjectDocument::bundlesInsertedOrRemoved, this, [this] {
        const int keep = currentBundle();
        rebuildBundleList();
        setCurrentBundle(std::min(keep, int(m_document->project().bundles.size()) - 1));
        refreshEverything();
    });
    connect(m_document, &ProjectDocument::bundleChanged, this, [this](int index) {
        updateBundleItem(index);
        if (index == currentBundle())
            refreshEditor();
        refreshEverything();
    });
    connect(m_document, &ProjectDocument::buildDirectoryChanged, this, [this] {
        m_sources->setBuildDirectory(m_document->buildDirectory());
        refreshEditor();
        refreshEverything();
    });

    m_sources->setBuildDirectory(m_document->buildDirectory());
    rebuildBundleList();
    setCurrentBundle(m_document->project().bundles.isEmpty() ? -1 : 0);
    refreshEverything();
}

BundleEditorPage::~BundleEditorPage()
{
    // A focused field emits editingFinished while QWidget tears the page down, after the
    // form is gone.
    const QList<QLineEdit *> edits = findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits)
        disconnect(edit, nullptr, this, nullptr);
}

QString BundleEditorPage::title() const
{
    return tr("Bundles");
}

void BundleEditorPage::setConfirmConversion(ConfirmConversion confirm)
{
    m_confirmConversion = std::move(confirm);
}

void BundleEditorPage::setConfirmApply(ConfirmApply confirm)
{
    m_confirmApply = std::move(confirm);
}

int BundleEditorPage::currentBundle() const
{
    return m_current;
}

void BundleEditorPage::setCurrentBundle(int index)
{
    if (index < 0 || index >= m_document->project().bundles.size())
        index = -1;
    {
        const QSignalBlocker blocker(m_ui->bundleList);
        m_ui->bundleList->setCurrentRow(index);
    }
    showBundle(index);
}

void BundleEditorPage::showBundle(int index)
{
    if (index == currentBundle() && index >= 0)
        return;
    m_draft.reset();
    m_current = index;
    m_containers->setBundleIndex(index);
    refreshEditor();
    refreshEverything();
}

QString BundleEditorPage::bundleItemText(int index) const
{
    const BundleDesign &d = m_document->project().bundles.at(index);
    return QStringLiteral("%1\n%2").arg(d.recipeName, modeLabel(d));
}

void BundleEditorPage::rebuildBundleList()
{
    const QSignalBlocker blocker(m_ui->bundleList);
    m_ui->bundleList->clear();
    for (int i = 0; i < m_document->project().bundles.size(); ++i)
        m_ui->bundleList->addItem(bundleItemText(i));
    for (int i = 0; i < m_document->project().bundles.size(); ++i)
        updateBundleItem(i);
}

void BundleEditorPage::updateBundleItem(int index)
{
    QListWidgetItem *item = m_ui->bundleList->item(index);
    if (!item || index >= m_document->project().bundles.size())
        return;
    item->setText(bundleItemText(index));
    const Diagnostics ds = diagnosticsOf(index);
    item->setIcon(core::hasErrors(ds) ? severityIcon(this, core::Severity::Error) : QIcon());
    item->setToolTip(isRecipe(m_document->project().bundles.at(index))
                         ? tr("A container-bundle recipe (CONTAINER_BUNDLES)")
                         : tr("BUNDLED_CONTAINERS for local.conf or an image recipe"));
}

void BundleEditorPage::refreshEditor()
{
    const int index = currentBundle();
    const bool has = index >= 0;
    m_ui->modeGroup->setEnabled(has);
    m_ui->settingsGroup->setEnabled(has);
    m_ui->containersPane->setEnabled(has);
    m_ui->removeBundleButton->setEnabled(has);
    const BundleDesign design = has ? m_document->project().bundles.at(index) : BundleDesign{};
    const bool recipe = isRecipe(design);

    {
        const QSignalBlocker b1(m_ui->bundledModeButton);
        const QSignalBlocker b2(m_ui->recipeModeButton);
        m_ui->bundledModeButton->setChecked(!recipe);
        m_ui->recipeModeButton->setChecked(recipe);
    }
    m_ui->modeExplanation->setText(
        recipe ? tr("<b>Container-bundle recipe</b>: a package that carries the containers; "
                    "install it per image with <tt>IMAGE_INSTALL:append:pn-&lt;image&gt;</tt>. "
                    "Use it to pull pinned remote images (<tt>CONTAINER_DIGESTS</tt>), to ship "
                    "the same set to several images, or to reuse a fetched image as "
                    "<tt>OCI_BASE_IMAGE</tt> (deploy). One runtime per recipe.")
               : tr("<b>BUNDLED_CONTAINERS</b>: the simplest route for containers built in this "
                    "build (image-oci recipes or <tt>-oci</tt> directories); docker and podman "
                    "may be mixed per entry. Set in local.conf or the host image recipe. It "
                    "cannot fetch from registries: use a bundle recipe for remote images."));

    // A field the user is typing in keeps the typed text until the edit is finished.
    auto setText = [](QLineEdit *edit, const QString &text) {
        if (edit->text() != text && !(edit->hasFocus() && edit->isModified()))
            edit->setText(text);
    };
    setText(m_ui->recipeNameEdit, design.recipeName);
    setText(m_ui->versionEdit, design.recipeVersion);
    setText(m_ui->summaryEdit, design.summary);
    setText(m_ui->machineEdit, design.machine);
    setText(m_ui->hostImageEdit, design.hostImage);
    setText(m_ui->flagsAcceptedEdit, design.flagsAccepted.join(QLatin1Char(' ')));
    {
        const QSignalBlocker blocker(m_ui->runtimeCombo);
        m_ui->runtimeCombo->setCurrentText(design.runtime);
    }
    {
        const QSignalBlocker blocker(m_ui->deployCheck);
        m_ui->deployCheck->setChecked(design.deploy);
    }

    m_ui->recipeNameLabel->setText(recipe ? tr("Recipe &name:") : tr("&Name:"));
    m_ui->recipeNameEdit->setToolTip(
        recipe ? tr("PN of the bundle recipe: the <name> of <name>_<version>.bb")
               : tr("A name for this set of BUNDLED_CONTAINERS in the project (not written to "
                    "local.conf)"));
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->versionLabel), static_cast<QWidget *>(m_ui->versionEdit),
          static_cast<QWidget *>(m_ui->summaryLabel), static_cast<QWidget *>(m_ui->summaryEdit),
          static_cast<QWidget *>(m_ui->deployCheck),
          static_cast<QWidget *>(m_ui->flagsAcceptedLabel),
          static_cast<QWidget *>(m_ui->flagsAcceptedEdit)})
        w->setVisible(recipe);
    m_ui->runtimeCombo->setToolTip(
        recipe ? tr("CONTAINER_BUNDLE_RUNTIME: the one runtime of this bundle recipe")
               : tr("BUNDLED_CONTAINERS: runtime field (name:runtime:policy) written for "
                    "entries that do not choose their own"));
    m_ui->applyButton->setVisible(!recipe);
    const bool canApply = has && !recipe && m_document->hasBuildDirectory() &&
                          !m_document->buildDirectory().localConfPath.isEmpty();
    m_ui->applyButton->setEnabled(canApply);
    m_ui->applyButton->setToolTip(
        canApply ? tr("Write BUNDLED_CONTAINERS and CONTAINER_SERVICE_FILE[...] into %1, "
                      "changing only those statements (a .bak is kept); shows the diff first")
                       .arg(m_document->buildDirectory().localConfPath)
                 : tr("Open a build directory to apply this bundle to its conf/local.conf"));
    // Columns that mean nothing in this mode are hidden, unless a value would be hidden too.
    const bool anyExternal = std::any_of(design.containers.cbegin(), design.containers.cend(),
                                         [](const auto &c) { return c.external; });
    const bool anyDigest = std::any_of(design.containers.cbegin(), design.containers.cend(),
                                       [](const auto &c) { return !c.digest.isEmpty(); });
    QTableView *table = m_ui->containerTable;
    table->setColumnHidden(columnIndex(ContainerColumn::External), recipe && !anyExternal);
    table->setColumnHidden(columnIndex(ContainerColumn::Digest), !recipe && !anyDigest);
    table->setColumnHidden(columnIndex(ContainerColumn::DigestKey), !recipe);
    table->resizeColumnsToContents();
    const int widest = std::max(160, table->fontMetrics().horizontalAdvance(QLatin1Char('m')) * 24);
    for (int column = 0; column < m_containers->columnCount(); ++column) {
        if (table->columnWidth(column) > widest)
            table->setColumnWidth(column, widest);
    }
}

void BundleEditorPage::refreshEverything()
{
    refreshPrerequisites();
    refreshPreviews();
    refreshDiagnosticViews();
    emit previewsChanged();
}

void BundleEditorPage::refreshDiagnosticViews()
{
    const int index = currentBundle();
    m_ui->problemList->clear();
    if (index >= 0) {
        const Diagnostics ds = diagnosticsOf(index);
        for (int i = 0; i < ds.size(); ++i) {
            auto *item = new QListWidgetItem(severityIcon(this, ds.at(i).severity),
                                             ds.at(i).message, m_ui->problemList);
            item->setData(DiagnosticIndexRole, i);
            item->setToolTip(ds.at(i).code);
        }
        const qsizetype errors =
            std::count_if(ds.cbegin(), ds.cend(), [](const Diagnostic &d) { return d.isError(); });
        m_ui->detailTabs->setTabText(0, ds.isEmpty() ? tr("Problems")
                                                     : tr("Problems (%1)").arg(ds.size()));
        m_ui->detailTabs->setTabIcon(0, errors > 0 ? severityIcon(this, core::Severity::Error)
                                                   : QIcon());
        updateBundleItem(index);
    }
    emit diagnosticsChanged();
}

Diagnostics BundleEditorPage::diagnosticsOf(int bundle) const
{
    const auto &bundles = m_document->project().bundles;
    if (bundle < 0 || bundle >= bundles.size())
        return {};
    const BundleDesign &design =
        bundle == currentBundle() && m_draft ? *m_draft : bundles.at(bundle);
    Diagnostics out = BundleDesignCodec::validate(design);
    const QString where = tr("bundle %1").arg(design.recipeName);
    for (Diagnostic &d : out) {
        if (d.location.file.isEmpty())
            d.location.file = where;
    }
    if (m_document->hasBuildDirectory()) {
        const core::project::BuildDirectoryInfo &build = m_document->buildDirectory();
        core::bundle::PrerequisitesInput input;
        input.distroFeatures =
            core::bundle::LocatedValue(build.distroFeatures.join(QLatin1Char(' ')));
        input.bbMulticonfig = core::bundle::LocatedValue(build.multiconfigs.join(QLatin1Char(' ')));
        input.targetArch = PrerequisiteChecklist::targetArch(design, &build);
        input.machine = design.machine.isEmpty() ? build.machine : design.machine;
        for (Diagnostic d : core::bundle::BundleValidator::checkPrerequisites(input)) {
            // Architecture problems are already reported by the design check.
            if (d.code != core::bundle::codes::MissingDistroFeature &&
                d.code != core::bundle::codes::MissingMulticonfig)
                continue;
            d.location.file = build.localConfPath;
            d.message = tr("%1 (for %2)").arg(d.message, where);
            out.append(d);
        }
    }
    return out;
}

Diagnostics BundleEditorPage::diagnostics() const
{
    Diagnostics out;
    for (int i = 0; i < m_document->project().bundles.size(); ++i)
        out += diagnosticsOf(i);
    return out;
}

QList<PreviewFile> BundleEditorPage::previews() const
{
    QList<PreviewFile> out;
    const int index = currentBundle();
    if (index < 0)
        return out;
    const BundleDesign &design = m_document->project().bundles.at(index);
    const core::bundle::GeneratedText text =
        isRecipe(design) ? core::bundle::ConfGenerator::bundleRecipe(design)
                         : core::bundle::ConfGenerator::localConfFragment(design);
    if (!text.text.isEmpty()) {
        out.append({isRecipe(design) ? text.fileName
                                     : tr("conf/local.conf fragment (%1)").arg(design.recipeName),
                    text.text});
    }
    const core::bundle::RootfsFiles files = core::bundle::UnitGenerator::materialise(
        core::bundle::UnitGenerator::filesForDesign(design));
    const core::bundle::RootfsFiles declared = core::bundle::UnitGenerator::filesForDesign(design);
    for (qsizetype i = 0; i < files.size(); ++i) {
        const core::bundle::RootfsFile &file = files.at(i);
        if (file.kind == core::bundle::RootfsFile::Kind::Symlink) {
            out.append({file.path, tr("symbolic link to %1\n").arg(file.target)});
            continue;
        }
        QString title = file.path;
        if (i < declared.size() && declared.at(i).kind == core::bundle::RootfsFile::Kind::CopyOf)
            title += tr(" (custom: %1)").arg(declared.at(i).target);
        out.append({title, QString::fromUtf8(file.content)});
    }
    return out;
}

void BundleEditorPage::refreshPreviews()
{
    const int index = currentBundle();
    if (index < 0) {
        m_ui->unitPreview->clear();
        m_ui->generatedPreview->clear();
        return;
    }
    const BundleDesign &design = m_document->project().bundles.at(index);
    QString units;
    QString generated;
    for (const PreviewFile &file : previews()) {
        if (file.title.startsWith(QLatin1Char('/')))
            units += QStringLiteral("### %1\n%2\n").arg(file.title, file.text);
        else
            generated = file.text;
    }
    if (units.isEmpty()) {
        units = tr("No container has a restart policy, so neither class writes a unit.\n"
                   "Choose a policy (autostart, always, ...) to get a systemd unit (docker) or a "
                   "Quadlet file (podman).\n");
    }
    if (generated.isEmpty()) {
        generated = isRecipe(design)
                        ? tr("The bundle recipe is not generated while the design has errors; "
                             "see Problems.\n")
                        : tr("The local.conf fragment is not generated while the design has "
                             "errors; see Problems.\n");
    }
    if (m_ui->unitPreview->toPlainText() != units)
        m_ui->unitPreview->setPlainText(units);
    if (m_ui->generatedPreview->toPlainText() != generated)
        m_ui->generatedPreview->setPlainText(generated);
}

void BundleEditorPage::refreshPrerequisites()
{
    m_ui->prerequisiteList->clear();
    const int index = currentBundle();
    if (index < 0) {
        updateFixButton();
        return;
    }
    const BundleDesign &design = m_document->project().bundles.at(index);
    const bool hasBuild = m_document->hasBuildDirectory();
    const QList<PrerequisiteItem> items =
        PrerequisiteChecklist::items(design, hasBuild ? &m_document->buildDirectory() : nullptr);
    for (const PrerequisiteItem &p : items) {
        QIcon icon;
        if (!p.checked)
            icon = style()->standardIcon(QStyle::SP_MessageBoxQuestion);
        else if (p.satisfied)
            icon = style()->standardIcon(QStyle::SP_DialogApplyButton);
        else
            icon = severityIcon(this, core::Severity::Warning);
        auto *item = new QListWidgetItem(icon, p.text, m_ui->prerequisiteList);
        item->setData(PrerequisiteFixRole, int(p.fix));
        QString tip = p.text;
        if (!p.checked)
            tip += tr("\nOpen a build directory to check its local.conf.");
        if (!p.fixText.isEmpty())
            tip += QLatin1Char('\n') + tr("Fix: %1").arg(p.fixText);
        if (!p.fixLine.isEmpty())
            tip += QLatin1Char('\n') + tr("local.conf line: %1").arg(p.fixLine);
        item->setToolTip(tip);
    }
    m_ui->sourcesHint->setText(
        hasBuild ? tr("%n source(s) in %1", nullptr, m_sources->rowCount())
                       .arg(m_document->buildDirectory().topDir)
                 : tr("Open a build directory to list its container recipes and deployed "
                      "images."));
    // The first fixable line is the one the Fix button acts on until the user picks another.
    for (int i = 0; i < m_ui->prerequisiteList->count(); ++i) {
        if (m_ui->prerequisiteList->item(i)->data(PrerequisiteFixRole).toInt() !=
            int(PrerequisiteItem::Fix::None)) {
            const QSignalBlocker blocker(m_ui->prerequisiteList);
            m_ui->prerequisiteList->setCurrentRow(i);
            break;
        }
    }
    updateFixButton();
}

void BundleEditorPage::updateFixButton()
{
    QListWidgetItem *item = m_ui->prerequisiteList->currentItem();
    const auto fix = item ? PrerequisiteItem::Fix(item->data(PrerequisiteFixRole).toInt())
                          : PrerequisiteItem::Fix::None;
    m_ui->fixPrerequisiteButton->setEnabled(
        fix != PrerequisiteItem::Fix::None &&
        (fix != PrerequisiteItem::Fix::AddToLocalConf || m_ui->applyButton->isEnabled()));
    const QString tip = item ? item->toolTip() : QString();
    m_ui->fixPrerequisiteButton->setToolTip(tip);
    // The local.conf fix goes through the diff dialog, hence the ellipsis.
    m_ui->fixPrerequisiteButton->setText(
        fix == PrerequisiteItem::Fix::AddToLocalConf ? tr("&Fix in local.conf…") : tr("&Fix"));
}

void BundleEditorPage::fixPrerequisite()
{
    QListWidgetItem *item = m_ui->prerequisiteList->currentItem();
    if (!item || currentBundle() < 0)
        return;
    switch (PrerequisiteItem::Fix(item->data(PrerequisiteFixRole).toInt())) {
    case PrerequisiteItem::Fix::UseBuildMachine: {
        const QString machine = m_document->buildDirectory().machine;
        editCurrent([&machine](BundleDesign &d) { d.machine = machine; },
                    tr("Use the build directory's machine"));
        break;
    }
    case PrerequisiteItem::Fix::AddToLocalConf:
        applyToLocalConf();
        break;
    case PrerequisiteItem::Fix::None:
        break;
    }
}

void BundleEditorPage::editCurrent(const std::function<void(BundleDesign &)> &change,
                                   const QString &undoText)
{
    const int index = currentBundle();
    if (index < 0)
        return;
    BundleDesign design = m_document->project().bundles.at(index);
    change(design);
    m_document->setBundle(index, design, undoText);
}

bool BundleEditorPage::switchMode(BundleDesign::Mode mode)
{
    const int index = currentBundle();
    if (index < 0)
        return false;
    const BundleDesign &design = m_document->project().bundles.at(index);
    if (design.mode == mode)
        return false;
    const core::bundle::ModeConversion conversion = BundleDesignCodec::convert(design, mode);
    if (!conversion.diagnostics.isEmpty() && !m_confirmConversion(conversion, this)) {
        refreshEditor(); // put the radio buttons back
        return false;
    }
    m_document->setBundle(index, conversion.design,
                          mode == BundleDesign::Mode::BundleRecipe
                              ? tr("Make a container-bundle recipe")
                              : tr("Use BUNDLED_CONTAINERS"));
    return true;
}

void BundleEditorPage::addBundle()
{
    BundleDesign design;
    if (m_document->hasBuildDirectory())
        design.machine = m_document->buildDirectory().machine;
    const int at = int(m_document->project().bundles.size());
    m_document->insertBundle(at, design, tr("Add bundle"));
    setCurrentBundle(at);
    m_ui->recipeNameEdit->setFocus();
    m_ui->recipeNameEdit->selectAll();
}

void BundleEditorPage::removeBundle()
{
    const int index = currentBundle();
    if (index < 0)
        return;
    m_document->removeBundle(
        index, tr("Remove bundle %1").arg(m_document->project().bundles.at(index).recipeName));
}

void BundleEditorPage::addContainer()
{
    QTableView *table = m_ui->containerTable;
    const QModelIndex current = table->currentIndex();
    const int row = current.isValid() ? current.row() + 1 : m_containers->rowCount();
    if (!m_containers->insertNewContainer(row))
        return;
    const QModelIndex source = m_containers->index(row, columnIndex(ContainerColumn::Source));
    table->setFocus();
    table->setCurrentIndex(source);
    table->edit(source);
}

void BundleEditorPage::removeSelectedContainers()
{
    QList<int> rows;
    const QModelIndexList selected = m_ui->containerTable->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : selected)
        rows << index.row();
    if (rows.isEmpty() && m_ui->containerTable->currentIndex().isValid())
        rows << m_ui->containerTable->currentIndex().row();
    const int column = std::max(m_ui->containerTable->currentIndex().column(), 0);
    const int first = rows.isEmpty() ? 0 : *std::min_element(rows.cbegin(), rows.cend());
    if (!m_containers->removeContainers(rows))
        return;
    if (m_containers->rowCount() > 0) {
        m_ui->containerTable->setCurrentIndex(
            m_containers->index(std::min(first, m_containers->rowCount() - 1), column));
    }
}

void BundleEditorPage::moveCurrentContainer(int delta)
{
    const QModelIndex current = m_ui->containerTable->currentIndex();
    if (!current.isValid())
        return;
    if (m_containers->moveContainer(current.row(), delta)) {
        m_ui->containerTable->setCurrentIndex(
            m_containers->index(current.row() + delta, current.column()));
    }
}

void BundleEditorPage::addSourcesFromList(const QList<QModelIndex> &indexes)
{
    QStringList names;
    for (const QModelIndex &index : indexes) {
        const QString name = index.data(SourceListModel::SourceNameRole).toString();
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    }
    if (names.isEmpty())
        return;
    const int row = m_containers->rowCount();
    if (m_containers->insertContainers(row, names)) {
        m_ui->containerTable->setCurrentIndex(
            m_containers->index(row, columnIndex(ContainerColumn::Source)));
    }
}

void BundleEditorPage::setApplyStatus(const QString &text, bool error)
{
    m_ui->applyStatus->setText(text);
    m_ui->applyStatus->setToolTip(text);
    QPalette palette = this->palette();
    if (error)
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_ui->applyStatus->setPalette(palette);
}

bool BundleEditorPage::applyToLocalConf()
{
    const int index = currentBundle();
    if (index < 0 || !m_document->hasBuildDirectory())
        return false;
    const BundleDesign &design = m_document->project().bundles.at(index);
    if (isRecipe(design))
        return false;
    const core::project::BuildDirectoryInfo &build = m_document->buildDirectory();

    LocalConfApplyRequest request;
    request.path = build.localConfPath;
    request.design = design;
    QFile file(request.path);
    if (!file.open(QIODevice::ReadOnly)) {
        setApplyStatus(tr("Cannot read %1: %2").arg(request.path, file.errorString()), true);
        return false;
    }
    request.before = file.readAll();
    file.close();
    // Propose exactly the fixes the prerequisites panel shows as missing.
    const QString arch = PrerequisiteChecklist::targetArch(design, &build);
    const QString mc = core::bundle::BundleValidator::vruntimeMulticonfig(arch);
    request.options.targetArch = arch;
    request.options.fixDistroFeatures = !build.hasVirtualizationFeatures();
    request.options.fixMulticonfig = !mc.isEmpty() && !build.multiconfigs.contains(mc);
    request.compute();

    for (const Diagnostic &d : request.result.diagnostics) {
        if (d.isError()) {
            setApplyStatus(d.message, true);
            return false;
        }
    }
    if (!request.result.changed()) {
        setApplyStatus(tr("local.conf already has this bundle"), false);
        return false;
    }
    if (!m_confirmApply(request, this))
        return false;

    const auto applied =
        core::project::LocalConfApply::applyToFile(request.path, request.design, request.options);
    if (!applied) {
        setApplyStatus(applied.error().toString(), true);
        return false;
    }
    for (const Diagnostic &d : applied->diagnostics) {
        if (d.isError()) {
            setApplyStatus(d.message, true);
            return false;
        }
    }
    if (!applied->written) {
        setApplyStatus(tr("local.conf already has this bundle"), false);
        return false;
    }
    setApplyStatus(tr("Wrote %1 (previous version kept as .bak)").arg(request.path), false);

    // What the edit put into local.conf is now what the build directory says.
    core::project::BuildDirectoryInfo updated = build;
    if (request.options.fixDistroFeatures) {
        for (const QString &word :
             {QStringLiteral("virtualization"), QStringLiteral("vcontainer")}) {
            if (!updated.distroFeatures.contains(word))
                updated.distroFeatures << word;
        }
    }
    if (request.options.fixMulticonfig && !mc.isEmpty() && !updated.multiconfigs.contains(mc))
        updated.multiconfigs << mc;
    updated.bundledContainers = BundleDesignCodec::toValues(request.design).bundledContainers;
    m_document->setBuildDirectory(updated);
    return true;
}

bool BundleEditorPage::revealDiagnostic(const Diagnostic &diagnostic)
{
    for (int i = 0; i < m_document->project().bundles.size(); ++i) {
        const Diagnostics ds = diagnosticsOf(i);
        const bool found = std::any_of(ds.cbegin(), ds.cend(), [&diagnostic](const Diagnostic &d) {
            return d.code == diagnostic.code && d.message == diagnostic.message &&
                   d.location.file == diagnostic.location.file;
        });
        if (!found)
            continue;
        setCurrentBundle(i);
        const BundleDesign &design = m_document->project().bundles.at(i);
        const DiagnosticTarget target = DiagnosticTarget::of(design, diagnostic);
        QWidget *focus = nullptr;
        switch (target.area) {
        case DiagnosticTarget::Area::Table:
            if (target.row >= 0) {
                const QModelIndex cell =
                    m_containers->index(target.row, columnIndex(target.column));
                m_ui->containerTable->setCurrentIndex(cell);
                m_ui->containerTable->scrollTo(cell);
            }
            focus = m_ui->containerTable;
            break;
        case DiagnosticTarget::Area::RecipeName:
            focus = diagnostic.message.contains(QLatin1String("version")) ? m_ui->versionEdit
                                                                          : m_ui->recipeNameEdit;
            break;
        case DiagnosticTarget::Area::Summary:
            focus = m_ui->summaryEdit;
            break;
        case DiagnosticTarget::Area::Runtime:
            focus = m_ui->runtimeCombo;
            break;
        case DiagnosticTarget::Area::Deploy:
            focus = m_ui->deployCheck;
            break;
        case DiagnosticTarget::Area::FlagsAccepted:
            focus = m_ui->flagsAcceptedEdit;
            break;
        case DiagnosticTarget::Area::Prerequisites:
            focus = m_ui->prerequisiteList;
            break;
        case DiagnosticTarget::Area::Mode:
            focus = m_ui->bundledModeButton->isChecked() ? m_ui->bundledModeButton
                                                         : m_ui->recipeModeButton;
            break;
        }
        if (focus)
            focus->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return false;
}

} // namespace cbw::app

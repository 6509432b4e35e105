#include "exportwhatpage.h"

#include "ui_exportwizardwhat.h"

#include <QRegularExpression>

namespace cbw::app {

using core::bundle::BundleDesign;
using core::exporting::ExportContent;
using core::exporting::ExportContents;

namespace {

constexpr int NameRole = Qt::UserRole;
constexpr int ModeRole = Qt::UserRole + 1;

QStringList checkedNames(const QListWidget *list)
{
    QStringList names;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            names.append(list->item(i)->data(NameRole).toString());
    }
    return names;
}

void checkNames(QListWidget *list, const QStringList &names)
{
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem *item = list->item(i);
        item->setCheckState(names.contains(item->data(NameRole).toString()) ? Qt::Checked
                                                                            : Qt::Unchecked);
    }
}

bool anyCheckedOfMode(const QListWidget *list, BundleDesign::Mode mode)
{
    for (int i = 0; i < list->count(); ++i) {
        const QListWidgetItem *item = list->item(i);
        if (item->checkState() == Qt::Checked && item->data(ModeRole).toInt() == int(mode))
            return true;
    }
    return false;
}

} // namespace

ExportWhatPage::ExportWhatPage(const core::project::Project &project, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ExportWhatPage>())
{
    m_ui->setupUi(this);

    QString hostImage;
    for (const BundleDesign &bundle : project.bundles) {
        const bool recipe = bundle.mode == BundleDesign::Mode::BundleRecipe;
        auto *item = new QListWidgetItem(
            recipe ? tr("%1_%2.bb (bundle recipe)").arg(bundle.recipeName, bundle.recipeVersion)
                   : tr("%1 (BUNDLED_CONTAINERS in local.conf)").arg(bundle.recipeName),
            m_ui->bundlesList);
        item->setData(NameRole, bundle.recipeName);
        item->setData(ModeRole, int(bundle.mode));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Checked);
        // The host image a bundle recipe names is the natural target of its append line.
        if (hostImage.isEmpty() && recipe)
            hostImage = bundle.hostImage;
    }
    for (const core::layers::LayerDesign &image : project.images) {
        auto *item =
            new QListWidgetItem(image.recipeName + QStringLiteral(".bb"), m_ui->imagesList);
        item->setData(NameRole, image.recipeName);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Checked);
    }

    const auto hasMode = [&project](BundleDesign::Mode mode) {
        return !project.bundlesOfMode(mode).isEmpty();
    };
    m_ui->fragmentCheck->setEnabled(hasMode(BundleDesign::Mode::BundledContainers));
    m_ui->bundleRecipeCheck->setEnabled(hasMode(BundleDesign::Mode::BundleRecipe));
    m_ui->imageRecipesCheck->setEnabled(!project.images.isEmpty());
    // Only a bundle recipe makes a package an image can install.
    m_ui->hostAppendCheck->setEnabled(hasMode(BundleDesign::Mode::BundleRecipe));
    m_ui->hostImageEdit->setText(hostImage);
    setContents(ExportContent::All);

    for (QCheckBox *check : {m_ui->fragmentCheck, m_ui->bundleRecipeCheck, m_ui->imageRecipesCheck,
                             m_ui->hostAppendCheck})
        connect(check, &QCheckBox::toggled, this, &ExportWhatPage::updateState);
    connect(m_ui->everythingButton, &QPushButton::clicked, this,
            [this] { setContents(ExportContent::All); });
    connect(m_ui->hostImageEdit, &QLineEdit::textChanged, this, &ExportWhatPage::updateState);
    connect(m_ui->bundlesList, &QListWidget::itemChanged, this, &ExportWhatPage::updateState);
    connect(m_ui->imagesList, &QListWidget::itemChanged, this, &ExportWhatPage::updateState);
    updateState();
}

ExportWhatPage::~ExportWhatPage() = default;

ExportContents ExportWhatPage::contents() const
{
    ExportContents contents;
    const auto add = [&contents](const QCheckBox *check, ExportContent content) {
        if (check->isEnabled() && check->isChecked())
            contents |= content;
    };
    add(m_ui->fragmentCheck, ExportContent::LocalConfFragment);
    add(m_ui->bundleRecipeCheck, ExportContent::BundleRecipe);
    add(m_ui->imageRecipesCheck, ExportContent::ImageRecipes);
    add(m_ui->hostAppendCheck, ExportContent::HostImageAppend);
    return contents;
}

void ExportWhatPage::setContents(ExportContents contents)
{
    const auto set = [&contents](QCheckBox *check, ExportContent content) {
        check->setChecked(check->isEnabled() && contents.testFlag(content));
    };
    set(m_ui->fragmentCheck, ExportContent::LocalConfFragment);
    set(m_ui->bundleRecipeCheck, ExportContent::BundleRecipe);
    set(m_ui->imageRecipesCheck, ExportContent::ImageRecipes);
    set(m_ui->hostAppendCheck, ExportContent::HostImageAppend);
}

QStringList ExportWhatPage::selectedBundles() const
{
    return checkedNames(m_ui->bundlesList);
}

QStringList ExportWhatPage::selectedImages() const
{
    return checkedNames(m_ui->imagesList);
}

void ExportWhatPage::setSelectedBundles(const QStringList &names)
{
    checkNames(m_ui->bundlesList, names);
}

void ExportWhatPage::setSelectedImages(const QStringList &names)
{
    checkNames(m_ui->imagesList, names);
}

QString ExportWhatPage::hostImage() const
{
    return m_ui->hostImageEdit->isEnabled() ? m_ui->hostImageEdit->text().trimmed() : QString();
}

void ExportWhatPage::setHostImage(const QString &name)
{
    m_ui->hostImageEdit->setText(name);
}

QString ExportWhatPage::problem() const
{
    const ExportContents what = contents();
    if (!what)
        return tr("Choose at least one kind of content.");
    if (what.testFlag(ExportContent::LocalConfFragment) &&
        !anyCheckedOfMode(m_ui->bundlesList, BundleDesign::Mode::BundledContainers))
        return tr("The local.conf fragment needs a selected bundle that uses BUNDLED_CONTAINERS.");
    if ((what.testFlag(ExportContent::BundleRecipe) ||
         what.testFlag(ExportContent::HostImageAppend)) &&
        !anyCheckedOfMode(m_ui->bundlesList, BundleDesign::Mode::BundleRecipe))
        return tr("The bundle recipe and the host image line need a selected bundle recipe.");
    if (what.testFlag(ExportContent::ImageRecipes) && selectedImages().isEmpty())
        return tr("Select at least one image for the image recipes.");
    if (what.testFlag(ExportContent::HostImageAppend)) {
        // A recipe name; anything else would make the override never match.
        static const QRegularExpression recipeName(QStringLiteral("^[a-z0-9][a-z0-9.+-]*$"));
        const QString image = hostImage();
        if (image.isEmpty())
            return tr("Name the host image recipe that installs the bundle.");
        if (!recipeName.match(image).hasMatch())
            return tr("“%1” is not a recipe name (lower-case letters, digits, '.', '+' and '-').")
                .arg(image);
    }
    return {};
}

bool ExportWhatPage::isComplete() const
{
    return problem().isEmpty();
}

void ExportWhatPage::updateState()
{
    const bool append = m_ui->hostAppendCheck->isEnabled() && m_ui->hostAppendCheck->isChecked();
    m_ui->hostImageEdit->setEnabled(append);
    m_ui->hostImageLabel->setEnabled(append);
    m_ui->hostImageHint->setEnabled(append);
    m_ui->problemLabel->setText(problem());
    emit completeChanged();
}

} // namespace cbw::app

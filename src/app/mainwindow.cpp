#include "mainwindow.h"

#include "bundle/confgenerator.h"
#include "bundle/restartpolicy.h"
#include "bundle/unitgenerator.h"
#include "layers/imagerecipegenerator.h"
#include "project/projectfile.h"
#include "ui_mainwindow.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QMessageBox>

namespace cbw::app {

using namespace cbw::core;

namespace {

QString locationText(const SourceLocation &location)
{
    if (location.file.isEmpty())
        return {};
    QString text = QFileInfo(location.file).fileName();
    if (location.line > 0)
        text += QLatin1Char(':') + QString::number(location.line);
    if (location.column > 0)
        text += QLatin1Char(':') + QString::number(location.column);
    return text;
}

void fillRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int column = 0; column < cells.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    m_ui->generatedText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->diagnosticsTree->header()->setSectionResizeMode(2, QHeaderView::Stretch);

    m_ui->containersTable->setColumnCount(6);
    m_ui->containersTable->setHorizontalHeaderLabels({tr("Source"), tr("Runtime"),
                                                      tr("Restart policy"), tr("External"),
                                                      tr("Digest"), tr("Service file")});
    m_ui->containersTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->layersTable->setColumnCount(3);
    m_ui->layersTable->setHorizontalHeaderLabels({tr("Layer"), tr("Type"), tr("Items")});
    m_ui->layersTable->horizontalHeader()->setStretchLastSection(true);

    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::chooseProjectFile);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->bundlesList, &QListWidget::currentRowChanged, this, &MainWindow::showBundle);
    connect(m_ui->imagesList, &QListWidget::currentRowChanged, this, &MainWindow::showImage);
    connect(m_ui->generatedFileCombo, &QComboBox::currentIndexChanged, this,
            &MainWindow::showGeneratedFile);
}

MainWindow::~MainWindow() = default;

bool MainWindow::openProject(const QString &path, QString *errorMessage)
{
    auto load = project::ProjectFile::load(path);
    if (!load) {
        m_diagnostics = {Diagnostic::error(QStringLiteral("project.io"), load.error().message,
                                           load.error().location)};
        refreshDiagnostics();
        if (errorMessage)
            *errorMessage = load.error().message;
        return false;
    }
    if (hasErrors(load->diagnostics)) {
        m_diagnostics = load->diagnostics;
        refreshDiagnostics();
        if (errorMessage)
            *errorMessage = tr("%1 has errors; see the diagnostics").arg(path);
        return false;
    }
    m_projectPath = path;
    m_project = load->project;
    m_diagnostics = load->diagnostics;
    for (const auto &bundle : m_project.bundles)
        m_diagnostics += bundle::BundleDesignCodec::validate(bundle);
    for (const auto &image : m_project.images)
        m_diagnostics += layers::validateDesign(image);
    refreshAll();
    statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(path).fileName()), 5000);
    return true;
}

void MainWindow::chooseProjectFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Project"), QFileInfo(m_projectPath).absolutePath(),
        tr("Workbench projects (*.cbw.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openProject(path, &error))
        QMessageBox::warning(this, tr("Open Project"), error);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Container Bundle Workbench"),
        tr("<p><b>Container Bundle Workbench %1</b></p>"
           "<p>Design, check and export Yocto meta-virtualization container bundles and "
           "multi-layer OCI images.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::refreshAll()
{
    setWindowTitle(
        tr("%1 — Container Bundle Workbench")
            .arg(m_project.name.isEmpty() ? QFileInfo(m_projectPath).fileName() : m_project.name));
    m_ui->projectDescription->setText(m_project.description);
    m_ui->projectDescription->setVisible(!m_project.description.isEmpty());

    m_ui->bundlesList->clear();
    for (const auto &bundle : m_project.bundles) {
        const bool recipe = bundle.mode == bundle::BundleDesign::Mode::BundleRecipe;
        m_ui->bundlesList->addItem(
            recipe ? tr("%1_%2.bb (container-bundle recipe)")
                         .arg(bundle.recipeName, bundle.recipeVersion)
                   : tr("BUNDLED_CONTAINERS (%1)")
                         .arg(bundle.hostImage.isEmpty() ? tr("local.conf") : bundle.hostImage));
    }
    m_ui->imagesList->clear();
    for (const auto &image : m_project.images)
        m_ui->imagesList->addItem(
            tr("%1.bb (%2)").arg(image.recipeName, layers::layerModeName(image.mode)));

    m_ui->bundlesList->setCurrentRow(m_project.bundles.isEmpty() ? -1 : 0);
    showBundle(m_ui->bundlesList->currentRow());
    m_ui->imagesList->setCurrentRow(m_project.images.isEmpty() ? -1 : 0);
    showImage(m_ui->imagesList->currentRow());

    collectGeneratedFiles();
    refreshDiagnostics();
}

void MainWindow::showBundle(int row)
{
    m_ui->containersTable->setRowCount(0);
    if (row < 0 || row >= m_project.bundles.size())
        return;
    const auto &design = m_project.bundles.at(row);
    m_ui->containersTable->setRowCount(int(design.containers.size()));
    for (int i = 0; i < design.containers.size(); ++i) {
        const auto &spec = design.containers.at(i);
        fillRow(m_ui->containersTable, i,
                {spec.source, design.runtimeOf(spec),
                 spec.policy == bundle::RestartPolicy::None
                     ? tr("(no autostart)")
                     : bundle::restartPolicyWord(spec.policy),
                 spec.external ? tr("yes") : QString(), spec.digest, spec.customServiceFile});
    }
    m_ui->containersTable->resizeColumnsToContents();
}

void MainWindow::showImage(int row)
{
    m_ui->layersTable->setRowCount(0);
    if (row < 0 || row >= m_project.images.size())
        return;
    const auto &design = m_project.images.at(row);
    m_ui->layersTable->setRowCount(int(design.layers.size()));
    for (int i = 0; i < design.layers.size(); ++i) {
        const auto &layer = design.layers.at(i);
        fillRow(m_ui->layersTable, i,
                {layer.name, layer.typeWord(), layer.items.join(QStringLiteral(" + "))});
    }
    m_ui->layersTable->resizeColumnsToContents();
}

void MainWindow::collectGeneratedFiles()
{
    m_generated.clear();
    for (const auto &design : m_project.bundles) {
        const bool recipe = design.mode == bundle::BundleDesign::Mode::BundleRecipe;
        const bundle::GeneratedText text = recipe
                                               ? bundle::ConfGenerator::bundleRecipe(design)
                                               : bundle::ConfGenerator::localConfFragment(design);
        if (!text.text.isEmpty())
            m_generated.append({recipe ? text.fileName : tr("local.conf fragment"), text.text});
        for (const auto &file : bundle::UnitGenerator::filesForDesign(design)) {
            if (file.kind == bundle::RootfsFile::Kind::Content)
                m_generated.append({file.path, QString::fromUtf8(file.content)});
            else if (file.kind == bundle::RootfsFile::Kind::Symlink)
                m_generated.append({file.path, tr("symbolic link to %1\n").arg(file.target)});
            else
                m_generated.append({file.path, tr("installed from %1\n").arg(file.target)});
        }
    }
    for (const auto &image : m_project.images) {
        const auto text = layers::generateImageRecipe(image);
        if (text)
            m_generated.append({layers::imageRecipeFileName(image), *text});
    }

    const QSignalBlocker blocker(m_ui->generatedFileCombo);
    m_ui->generatedFileCombo->clear();
    for (const auto &file : m_generated)
        m_ui->generatedFileCombo->addItem(file.title);
    m_ui->generatedFileCombo->setCurrentIndex(m_generated.isEmpty() ? -1 : 0);
    showGeneratedFile(m_ui->generatedFileCombo->currentIndex());
}

void MainWindow::showGeneratedFile(int index)
{
    m_ui->generatedText->setPlainText(
        index >= 0 && index < m_generated.size() ? m_generated.at(index).text : QString());
}

void MainWindow::refreshDiagnostics()
{
    m_ui->diagnosticsTree->clear();
    for (const Diagnostic &d : m_diagnostics) {
        auto *item = new QTreeWidgetItem(
            m_ui->diagnosticsTree, {severityName(d.severity), locationText(d.location), d.message});
        item->setToolTip(2, d.message);
        item->setData(0, Qt::UserRole, d.code);
    }
    const qsizetype errors = std::count_if(m_diagnostics.begin(), m_diagnostics.end(),
                                           [](const Diagnostic &d) { return d.isError(); });
    m_ui->diagnosticsDock->setWindowTitle(
        tr("Diagnostics (%1 errors, %2 other)").arg(errors).arg(m_diagnostics.size() - errors));
}

} // namespace cbw::app

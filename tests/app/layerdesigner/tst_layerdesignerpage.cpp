#include "layerdesigner/itemlisteditor.h"
#include "layerdesigner/layerdesignerpage.h"
#include "layerdesigner/layerstackmodel.h"
#include "projectdocument.h"

#include "bitbake/document.h"
#include "layers/baseimage.h"
#include "layers/imagerecipegenerator.h"
#include "layers/ocilayers.h"
#include "project/documentvariables.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace cbw::app;
using namespace cbw::app::layerdesigner;
using namespace cbw::core;
using namespace cbw::core::layers;

namespace {

const QString kCorpusRecipe =
    QStringLiteral(CBW_TEST_DATA_DIR "/corpus/real/meta-virtualization/recipes-demo/images/"
                                     "app-container-multilayer.bb");

LayerSpec packagesLayer(const QString &name, const QStringList &items)
{
    LayerSpec layer;
    layer.name = name;
    layer.type = LayerType::Packages;
    layer.items = items;
    return layer;
}

LayerDesign threeLayerDesign()
{
    LayerDesign d;
    d.recipeName = QStringLiteral("app-container-multilayer");
    d.mode = LayerMode::Multi;
    d.layers = {packagesLayer(QStringLiteral("base"),
                              {QStringLiteral("base-files"), QStringLiteral("base-passwd"),
                               QStringLiteral("netbase")}),
                packagesLayer(QStringLiteral("shell"), {QStringLiteral("busybox")}),
                packagesLayer(QStringLiteral("app"), {QStringLiteral("curl")})};
    d.imageInstall = {QStringLiteral("base-files"), QStringLiteral("base-passwd"),
                      QStringLiteral("netbase"), QStringLiteral("busybox"), QStringLiteral("curl")};
    return d;
}

QStringList layerNames(const LayerDesign &d)
{
    QStringList names;
    for (const auto &layer : d.layers)
        names.append(layer.name);
    return names;
}

// What a user does in a line edit: replace the text, press Return.
void typeInto(QLineEdit *edit, const QString &text)
{
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

LayerVariables recipeVariables(const QByteArray &text, const QString &path)
{
    const auto document = bitbake::Document::parse(text, path);
    return project::DocumentVariables(document).layerVariables(
        {QStringLiteral("SUMMARY"), QStringLiteral("DESCRIPTION"), QStringLiteral("LICENSE"),
         QStringLiteral("OCI_LAYER_MODE"), QStringLiteral("OCI_LAYERS"),
         QStringLiteral("OCI_BASE_IMAGE"), QStringLiteral("OCI_IMAGE_CMD"),
         QStringLiteral("IMAGE_INSTALL")});
}

} // namespace

class TestLayerDesignerPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void addsALayerAsOneUndoStep();
    void reordersByDragAndDrop();
    void reordersByKeyboard();
    void previewFollowsTypingAndCommitsOnce();
    void itemsEditorChecksItems_data();
    void itemsEditorChecksItems();
    void hostItemsSplitOnTheLastColon();
    void dockerRunLines_data();
    void dockerRunLines();
    void registryBaseImageShowsTheClassAdvice();
    void imageInstallConsistency();
    void diagnosticsRevealTheirField();
    void exportsTheRecipeWithABackup();
    void duplicatesAndRemovesImages();
    void showsALayerTypeTheClassRejects();
    void designsTheSeedThreeLayerExampleByClicking();
    void designsTheBaseAndMultiExampleByClicking();

private:
    template<typename T> T *child(const char *name) const
    {
        return m_page->findChild<T *>(QString::fromLatin1(name));
    }
    void selectImageWith(const LayerDesign &design);

    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<LayerDesignerPage> m_page;
};

void TestLayerDesignerPage::init()
{
    m_document = std::make_unique<ProjectDocument>();
    m_page = std::make_unique<LayerDesignerPage>(m_document.get());
    m_page->resize(1000, 800);
    m_page->show();
    // Offscreen windows are not activated by show(): focus checks need an active window.
    QApplication::setActiveWindow(m_page.get());
}

void TestLayerDesignerPage::cleanup()
{
    m_page.reset();
    m_document.reset();
}

void TestLayerDesignerPage::selectImageWith(const LayerDesign &design)
{
    m_document->insertImage(0, design, QStringLiteral("test image"));
    m_page->setCurrentImage(0);
    QCOMPARE(m_page->currentImage(), 0);
}

void TestLayerDesignerPage::addsALayerAsOneUndoStep()
{
    selectImageWith(threeLayerDesign());
    QUndoStack *undo = m_document->undoStack();
    const int before = undo->count();
    QCOMPARE(m_page->layerStackModel()->rowCount(), 3);

    child<QPushButton>("addLayerButton")->click();
    QCOMPARE(undo->count(), before + 1);
    QCOMPARE(m_document->project().images.at(0).layers.size(), 4);
    QCOMPARE(m_page->layerStackModel()->rowCount(), 4);
    QCOMPARE(m_page->currentLayer(), 3);
    // The new layer is on top of the stack, i.e. the first row of the view.
    QCOMPARE(m_page->layerStackModel()->index(0).data(LayerStackModel::LayerIndexRole).toInt(), 3);

    undo->undo();
    QCOMPARE(layerNames(m_document->project().images.at(0)),
             (QStringList{QStringLiteral("base"), QStringLiteral("shell"), QStringLiteral("app")}));
    QCOMPARE(m_page->layerStackModel()->rowCount(), 3);
    undo->redo();
    QCOMPARE(m_document->project().images.at(0).layers.size(), 4);
    QCOMPARE(m_page->layerStackModel()->rowCount(), 4);
}

void TestLayerDesignerPage::reordersByDragAndDrop()
{
    selectImageWith(threeLayerDesign());
    LayerStackModel *model = m_page->layerStackModel();
    // Row 0 is the top layer "app"; drop it below the last row, i.e. at the bottom.
    QCOMPARE(model->index(0).data(LayerStackModel::LayerIndexRole).toInt(), 2);
    std::unique_ptr<QMimeData> mime(model->mimeData({model->index(0)}));
    QVERIFY(mime);
    QVERIFY(model->canDropMimeData(mime.get(), Qt::MoveAction, model->rowCount(), 0, {}));
    const int steps = m_document->undoStack()->count();
    model->dropMimeData(mime.get(), Qt::MoveAction, model->rowCount(), 0, {});
    QCOMPARE(layerNames(m_document->project().images.at(0)),
             (QStringList{QStringLiteral("app"), QStringLiteral("base"), QStringLiteral("shell")}));
    QCOMPARE(m_document->undoStack()->count(), steps + 1);
    QCOMPARE(m_page->currentLayer(), 0);

    // Drop the bottom layer ("app", last row) into the gap above row 1: between shell and base.
    std::unique_ptr<QMimeData> again(model->mimeData({model->index(2)}));
    model->dropMimeData(again.get(), Qt::MoveAction, 1, 0, {});
    QCOMPARE(layerNames(m_document->project().images.at(0)),
             (QStringList{QStringLiteral("base"), QStringLiteral("app"), QStringLiteral("shell")}));

    // A foreign drag is refused.
    QMimeData text;
    text.setText(QStringLiteral("base"));
    QVERIFY(!model->canDropMimeData(&text, Qt::MoveAction, 0, 0, {}));

    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(layerNames(m_document->project().images.at(0)),
             (QStringList{QStringLiteral("base"), QStringLiteral("shell"), QStringLiteral("app")}));
}

void TestLayerDesignerPage::reordersByKeyboard()
{
    selectImageWith(threeLayerDesign());
    auto *view = child<QListView>("layerStackView");
    QVERIFY(view);
    m_page->setCurrentLayer(0);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(layerNames(m_document->project().images.at(0)),
             (QStringList{QStringLiteral("shell"), QStringLiteral("base"), QStringLiteral("app")}));
    QCOMPARE(m_page->currentLayer(), 1);
    QTest::keyClick(view, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(layerNames(m_document->project().images.at(0)),
             (QStringList{QStringLiteral("shell"), QStringLiteral("app"), QStringLiteral("base")}));
    // Already on top: nothing happens, no undo step.
    const int steps = m_document->undoStack()->count();
    QTest::keyClick(view, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(m_document->undoStack()->count(), steps);
    QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(layerNames(m_document->project().images.at(0)),
             (QStringList{QStringLiteral("shell"), QStringLiteral("base"), QStringLiteral("app")}));
}

void TestLayerDesignerPage::previewFollowsTypingAndCommitsOnce()
{
    selectImageWith(threeLayerDesign());
    QSignalSpy previews(m_page.get(), &WorkbenchPage::previewsChanged);
    auto *cmd = child<QLineEdit>("cmdEdit");
    QVERIFY(cmd);
    const int steps = m_document->undoStack()->count();
    cmd->setFocus();
    cmd->selectAll();
    QTest::keyClicks(cmd, QStringLiteral("/usr/bin/curl --version"));
    QVERIFY(previews.count() > 0);
    QVERIFY(m_page->previews().first().text.contains(
        QLatin1String("OCI_IMAGE_CMD = \"/usr/bin/curl --version\"")));
    // Typing is a draft: the document and the undo stack have not changed yet.
    QCOMPARE(m_document->undoStack()->count(), steps);
    QCOMPARE(m_document->project().images.at(0).settings.cmd, QStringLiteral("/bin/sh"));
    QTest::keyClick(cmd, Qt::Key_Return);
    QCOMPARE(m_document->undoStack()->count(), steps + 1);
    QCOMPARE(m_document->project().images.at(0).settings.cmd,
             QStringLiteral("/usr/bin/curl --version"));
    // Leaving the field after Return adds nothing.
    child<QLineEdit>("tagEdit")->setFocus();
    QCOMPARE(m_document->undoStack()->count(), steps + 1);
    m_document->undoStack()->undo();
    QCOMPARE(cmd->text(), QStringLiteral("/bin/sh"));
    QVERIFY(!m_page->previews().first().text.contains(QLatin1String("curl --version")));
}

void TestLayerDesignerPage::itemsEditorChecksItems_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("item");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("package") << int(LayerType::Packages) << "busybox" << true;
    QTest::newRow("package with plus") << int(LayerType::Packages) << "a+b" << false;
    QTest::newRow("package with space") << int(LayerType::Packages) << "a b" << false;
    QTest::newRow("empty") << int(LayerType::Packages) << "  " << false;
    QTest::newRow("absolute directory") << int(LayerType::Directories) << "/etc/app" << true;
    QTest::newRow("relative directory") << int(LayerType::Directories) << "etc/app" << false;
    QTest::newRow("absolute file") << int(LayerType::Files) << "/etc/app.conf" << true;
    QTest::newRow("relative file") << int(LayerType::Files) << "app.conf" << false;
    QTest::newRow("host pair") << int(LayerType::Host) << "/srv/data:/data" << true;
    QTest::newRow("host without colon") << int(LayerType::Host) << "/srv/data" << false;
    QTest::newRow("host relative destination") << int(LayerType::Host) << "/srv:data" << false;
}

void TestLayerDesignerPage::itemsEditorChecksItems()
{
    QFETCH(int, type);
    QFETCH(QString, item);
    QFETCH(bool, accepted);
    LayerDesign design = threeLayerDesign();
    design.layers[1].type = LayerType(type);
    design.layers[1].items.clear();
    selectImageWith(design);
    m_page->setCurrentLayer(1);
    auto *input = m_page->itemEditor()->findChild<QLineEdit *>(QStringLiteral("layerItemInput"));
    const int steps = m_document->undoStack()->count();
    typeInto(input, item);
    const QStringList items = m_document->project().images.at(0).layers.at(1).items;
    if (accepted) {
        QCOMPARE(items, QStringList{item});
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        QVERIFY(m_page->itemEditor()->problem().isEmpty());
    } else {
        QVERIFY(items.isEmpty());
        QCOMPARE(m_document->undoStack()->count(), steps);
        QVERIFY(!m_page->itemEditor()->problem().isEmpty());
        QCOMPARE(input->text(), item); // kept for fixing
    }
}

void TestLayerDesignerPage::hostItemsSplitOnTheLastColon()
{
    LayerDesign design = threeLayerDesign();
    LayerSpec host;
    host.name = QStringLiteral("config");
    host.type = LayerType::Host;
    design.layers.append(host);
    selectImageWith(design);
    m_page->setCurrentLayer(3);
    auto *input = m_page->itemEditor()->findChild<QLineEdit *>(QStringLiteral("layerItemInput"));
    typeInto(input, QStringLiteral("/srv/a:b/c:/etc/app"));
    QCOMPARE(m_document->project().images.at(0).layers.at(3).items,
             QStringList{QStringLiteral("/srv/a:b/c:/etc/app")});
    auto *list = m_page->itemEditor()->findChild<QListWidget *>(QStringLiteral("layerItemsList"));
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), QStringLiteral("/srv/a:b/c → /etc/app"));
    QVERIFY(
        m_page->previews().first().text.contains(QLatin1String("config:host:/srv/a:b/c:/etc/app")));
}

void TestLayerDesignerPage::dockerRunLines_data()
{
    QTest::addColumn<QString>("cmd");
    QTest::addColumn<QString>("entrypoint");
    QTest::addColumn<QString>("entrypointArgs");
    QTest::addColumn<QString>("args");
    QTest::addColumn<QString>("withoutArgs");
    QTest::addColumn<QString>("withArgs");
    QTest::newRow("defaults") << "/bin/sh"
                              << ""
                              << ""
                              << "ls /"
                              << "/bin/sh"
                              << "ls /";
    QTest::newRow("cmd only") << "/bin/sh -c 'echo hi'"
                              << ""
                              << ""
                              << ""
                              << "/bin/sh -c 'echo hi'"
                              << "/bin/sh -c 'echo hi'";
    QTest::newRow("entrypoint + default cmd") << "/bin/sh"
                                              << "/usr/bin/app"
                                              << ""
                                              << "--help"
                                              << "/usr/bin/app /bin/sh"
                                              << "/usr/bin/app --help";
    QTest::newRow("entrypoint + cmd") << "--serve"
                                      << "/usr/bin/app"
                                      << ""
                                      << "--debug"
                                      << "/usr/bin/app --serve"
                                      << "/usr/bin/app --debug";
    QTest::newRow("entrypoint args replace cmd") << "--ignored"
                                                 << "/usr/bin/app"
                                                 << "--port 80"
                                                 << ""
                                                 << "/usr/bin/app --port 80"
                                                 << "/usr/bin/app --port 80";
    QTest::newRow("entrypoint args without entrypoint") << "/bin/sh"
                                                        << ""
                                                        << "/bin/true"
                                                        << "/bin/false"
                                                        << "/bin/true"
                                                        << "/bin/false";
    QTest::newRow("nothing") << ""
                             << ""
                             << ""
                             << ""
                             << "nothing"
                             << "nothing";
}

void TestLayerDesignerPage::dockerRunLines()
{
    QFETCH(QString, cmd);
    QFETCH(QString, entrypoint);
    QFETCH(QString, entrypointArgs);
    QFETCH(QString, args);
    QFETCH(QString, withoutArgs);
    QFETCH(QString, withArgs);
    selectImageWith(threeLayerDesign());
    typeInto(child<QLineEdit>("cmdEdit"), cmd);
    typeInto(child<QLineEdit>("entrypointEdit"), entrypoint);
    typeInto(child<QLineEdit>("entrypointArgsEdit"), entrypointArgs);
    typeInto(child<QLineEdit>("runArgsEdit"), args);
    const QString run = child<QLabel>("runLine")->text();
    const QString runArgs = child<QLabel>("runArgsLine")->text();
    const QString prefix = QStringLiteral("docker run IMAGE executes: ");
    QVERIFY2(run.startsWith(prefix + withoutArgs), qPrintable(run));
    if (withoutArgs != QLatin1String("nothing"))
        QCOMPARE(run, prefix + withoutArgs);
    const QString argsPrefix = QStringLiteral("docker run IMAGE %1 executes: ")
                                   .arg(args.isEmpty() ? QStringLiteral("ARGS") : args);
    QVERIFY2(runArgs.startsWith(argsPrefix + withArgs), qPrintable(runArgs));
}

void TestLayerDesignerPage::registryBaseImageShowsTheClassAdvice()
{
    selectImageWith(threeLayerDesign());
    auto *mode = child<QComboBox>("modeCombo");
    mode->setFocus();
    QTest::keyClick(mode, Qt::Key_Down); // multi -> base + multi
    QCOMPARE(mode->currentIndex(), int(LayerDesignerPage::DesignMode::BaseAndMulti));
    auto *advice = child<QLabel>("baseImageAdvice");
    QVERIFY(advice->text().contains(QLatin1String("Enter the base image")));
    typeInto(child<QLineEdit>("baseImageEdit"), QStringLiteral("docker.io/library/alpine:3.19"));
    QCOMPARE(advice->text(),
             remoteBaseImageAdvice(QStringLiteral("docker.io/library/alpine:3.19")));
    QVERIFY(advice->text().contains(QLatin1String("CONTAINER_BUNDLE_DEPLOY")));
    bool remoteError = false;
    for (const Diagnostic &d : m_page->diagnostics())
        remoteError = remoteError || d.code == QLatin1String("layers.base-remote");
    QVERIFY(remoteError);
    typeInto(child<QLineEdit>("baseImageEdit"), QStringLiteral("container-base"));
    QVERIFY(advice->text().contains(QLatin1String("container-base:do_build")));
    QCOMPARE(mode->currentIndex(), int(LayerDesignerPage::DesignMode::BaseAndMulti));
    QVERIFY(child<QLabel>("modeReason")->text().contains(QLatin1String("3 layers")));
}

void TestLayerDesignerPage::imageInstallConsistency()
{
    LayerDesign design = threeLayerDesign();
    design.imageInstall = {QStringLiteral("busybox")};
    design.layers[2].items.append(QStringLiteral("busybox"));
    selectImageWith(design);
    const QString status = child<QLabel>("imageInstallStatus")->text();
    QVERIFY2(
        status.contains(QLatin1String("Not in IMAGE_INSTALL: base-files base-passwd curl netbase")),
        qPrintable(status));
    QVERIFY2(status.contains(QLatin1String("busybox")), qPrintable(status));
    QStringList codes;
    for (const Diagnostic &d : m_page->diagnostics())
        codes.append(d.code);
    QVERIFY(codes.contains(QStringLiteral("layers.duplicate-package")));
}

void TestLayerDesignerPage::diagnosticsRevealTheirField()
{
    LayerDesign design = threeLayerDesign();
    design.settings.ports = {QStringLiteral("http")};
    selectImageWith(design);
    Diagnostic port;
    for (const Diagnostic &d : m_page->diagnostics()) {
        if (d.code == QLatin1String("layers.bad-port"))
            port = d;
    }
    QCOMPARE(port.code, QStringLiteral("layers.bad-port"));
    QCOMPARE(port.location.file, QStringLiteral("app-container-multilayer.bb"));
    QVERIFY(m_page->revealDiagnostic(port));
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("portsEdit"));
    Diagnostic foreign = port;
    foreign.message = QStringLiteral("not from this page");
    QVERIFY(!m_page->revealDiagnostic(foreign));
}

void TestLayerDesignerPage::exportsTheRecipeWithABackup()
{
    selectImageWith(threeLayerDesign());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("app-container-multilayer.bb"));
    QString suggested;
    m_page->setChooseExportPath([&](QWidget *, const QString &s) {
        suggested = s;
        return path;
    });
    QString error;
    QVERIFY2(m_page->exportRecipe(&error), qPrintable(error));
    QVERIFY(suggested.endsWith(QLatin1String("/app-container-multilayer.bb")));
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(written.readAll()), *generateImageRecipe(threeLayerDesign()));
    QVERIFY(!QFile::exists(path + QStringLiteral(".bak")));
    // The page's action (and its button) export the same way.
    QVERIFY(m_page->exportRecipeAction()->isEnabled());
    child<QPushButton>("exportRecipeButton")->click();
    QVERIFY(QFile::exists(path + QStringLiteral(".bak")));
    // Cancelled: nothing written, no error.
    m_page->setChooseExportPath([](QWidget *, const QString &) { return QString(); });
    error.clear();
    QVERIFY(!m_page->exportRecipe(&error));
    QVERIFY(error.isEmpty());
    // Without an image there is nothing to export.
    m_document->removeImage(0, QStringLiteral("remove"));
    QVERIFY(!m_page->exportRecipeAction()->isEnabled());
}

void TestLayerDesignerPage::duplicatesAndRemovesImages()
{
    selectImageWith(threeLayerDesign());
    child<QPushButton>("duplicateImageButton")->click();
    const auto &images = m_document->project().images;
    QCOMPARE(images.size(), 2);
    QCOMPARE(images.at(1).recipeName, QStringLiteral("app-container-multilayer-copy"));
    QCOMPARE(images.at(1).layers, images.at(0).layers);
    QCOMPARE(m_page->currentImage(), 1);
    child<QPushButton>("duplicateImageButton")->click();
    QCOMPARE(m_document->project().images.at(2).recipeName,
             QStringLiteral("app-container-multilayer-copy-copy"));
    QCOMPARE(m_page->previews().size(), 3);
    child<QPushButton>("removeImageButton")->click();
    QCOMPARE(m_document->project().images.size(), 2);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->project().images.size(), 3);
    auto *list = child<QListWidget>("imagesList");
    QCOMPARE(list->count(), 3);
    QCOMPARE(list->item(2)->text(), QStringLiteral("app-container-multilayer-copy-copy.bb"));
}

void TestLayerDesignerPage::showsALayerTypeTheClassRejects()
{
    LayerDesign design = threeLayerDesign();
    design.layers[1].type = LayerType::Unknown;
    design.layers[1].typeText = QStringLiteral("package");
    selectImageWith(design);
    m_page->setCurrentLayer(1);
    auto *type = child<QComboBox>("layerTypeCombo");
    QCOMPARE(type->currentIndex(), -1);
    QCOMPARE(type->placeholderText(), QStringLiteral("package"));
    bool unknownType = false;
    for (const Diagnostic &d : m_page->diagnostics())
        unknownType = unknownType || d.code == QLatin1String("layers.unknown-type");
    QVERIFY(unknownType);
    // Picking a real type fixes it in one step.
    type->setFocus();
    QTest::keyClick(type, Qt::Key_Down);
    QCOMPARE(m_document->project().images.at(0).layers.at(1).type, LayerType::Packages);
    QCOMPARE(m_document->project().images.at(0).layers.at(1).typeWord(),
             QStringLiteral("packages"));
}

void TestLayerDesignerPage::designsTheSeedThreeLayerExampleByClicking()
{
    child<QPushButton>("addImageButton")->click();
    QCOMPARE(m_page->currentImage(), 0);
    typeInto(child<QLineEdit>("recipeNameEdit"), QStringLiteral("app-container-multilayer"));
    typeInto(child<QLineEdit>("summaryEdit"),
             QStringLiteral("Multi-layer Application container - test OCI_LAYERS"));
    typeInto(
        child<QLineEdit>("descriptionEdit"),
        QStringLiteral("Demonstrates OCI_LAYER_MODE = 'multi' with explicit layer definitions"));
    auto *mode = child<QComboBox>("modeCombo");
    mode->setFocus();
    QTest::keyClick(mode, Qt::Key_Down);
    QTest::keyClick(mode, Qt::Key_Down);
    QCOMPARE(mode->currentIndex(), int(LayerDesignerPage::DesignMode::Multi));
    QCOMPARE(m_document->project().images.at(0).mode, LayerMode::Multi);

    // Switching to multi made one layer from IMAGE_INSTALL; turn it into "base".
    QCOMPARE(m_page->currentLayer(), 0);
    typeInto(child<QLineEdit>("layerNameEdit"), QStringLiteral("base"));
    auto *items = m_page->itemEditor()->findChild<QListWidget *>(QStringLiteral("layerItemsList"));
    auto *input = m_page->itemEditor()->findChild<QLineEdit *>(QStringLiteral("layerItemInput"));
    auto *removeItem =
        m_page->itemEditor()->findChild<QPushButton *>(QStringLiteral("removeLayerItemButton"));
    items->setCurrentRow(0);
    removeItem->click();
    for (const char *package : {"base-files", "base-passwd", "netbase"})
        typeInto(input, QString::fromLatin1(package));

    child<QPushButton>("addLayerButton")->click();
    typeInto(child<QLineEdit>("layerNameEdit"), QStringLiteral("shell"));
    typeInto(input, QStringLiteral("busybox"));
    child<QPushButton>("addLayerButton")->click();
    typeInto(child<QLineEdit>("layerNameEdit"), QStringLiteral("app"));
    typeInto(input, QStringLiteral("curl"));

    typeInto(
        child<QLineEdit>("cmdEdit"),
        QStringLiteral("/bin/sh -c 'echo Hello from multi-layer container && curl --version'"));
    typeInto(child<QLineEdit>("imageInstallEdit"),
             QStringLiteral("base-files base-passwd netbase busybox curl"));

    const LayerDesign designed = m_document->project().images.at(0);
    const auto text = generateImageRecipe(designed);
    if (!text)
        QFAIL(qPrintable(text.error().message));
    QFile corpus(kCorpusRecipe);
    QVERIFY2(corpus.open(QIODevice::ReadOnly), qPrintable(kCorpusRecipe));
    const LayerVariables expected = recipeVariables(corpus.readAll(), kCorpusRecipe);
    const LayerVariables actual = recipeVariables(text->toUtf8(), QStringLiteral("generated.bb"));
    QCOMPARE(actual.keys(), expected.keys());
    for (const QString &name : expected.keys()) {
        const QString want = expected.value(name).value;
        const QString got = actual.value(name).value;
        if (name == QLatin1String("OCI_LAYERS"))
            QCOMPARE(parseOciLayers(got), parseOciLayers(want));
        else
            QCOMPARE(got.simplified(), want.simplified());
    }
    QVERIFY(validateDesign(designed).isEmpty() ||
            std::none_of(validateDesign(designed).cbegin(), validateDesign(designed).cend(),
                         [](const Diagnostic &d) { return d.isError(); }));
}

void TestLayerDesignerPage::designsTheBaseAndMultiExampleByClicking()
{
    child<QPushButton>("addImageButton")->click();
    typeInto(child<QLineEdit>("recipeNameEdit"), QStringLiteral("app-container-layered"));
    auto *mode = child<QComboBox>("modeCombo");
    mode->setFocus();
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(mode, Qt::Key_Down);
    QCOMPARE(mode->currentIndex(), int(LayerDesignerPage::DesignMode::BaseAndMulti));
    typeInto(child<QLineEdit>("baseImageEdit"), QStringLiteral("container-base"));
    typeInto(child<QLineEdit>("layerNameEdit"), QStringLiteral("app"));
    auto *input = m_page->itemEditor()->findChild<QLineEdit *>(QStringLiteral("layerItemInput"));
    typeInto(input, QStringLiteral("curl"));
    child<QPushButton>("addLayerButton")->click();
    typeInto(child<QLineEdit>("layerNameEdit"), QStringLiteral("config"));
    auto *type = child<QComboBox>("layerTypeCombo");
    type->setFocus();
    QTest::keyClick(type, Qt::Key_Down); // packages -> directories
    typeInto(input, QStringLiteral("/etc/app"));
    typeInto(child<QLineEdit>("imageInstallEdit"), QStringLiteral("busybox curl"));

    const auto text = generateImageRecipe(m_document->project().images.at(0));
    if (!text)
        QFAIL(qPrintable(text.error().message));
    const LayerVariables vars = recipeVariables(text->toUtf8(), QStringLiteral("generated.bb"));
    QCOMPARE(vars.value(QStringLiteral("OCI_LAYER_MODE")).value, QStringLiteral("multi"));
    QCOMPARE(vars.value(QStringLiteral("OCI_BASE_IMAGE")).value, QStringLiteral("container-base"));
    QCOMPARE(serializeOciLayers(parseOciLayers(vars.value(QStringLiteral("OCI_LAYERS")).value)),
             QStringLiteral("app:packages:busybox+curl config:directories:/etc/app"));
    QVERIFY(child<QLabel>("modeReason")->text().contains(QLatin1String("2 base + 2")) ||
            child<QLabel>("modeReason")->text().contains(QLatin1String("on top of the base")));
}

QTEST_MAIN(TestLayerDesignerPage)
#include "tst_layerdesignerpage.moc"

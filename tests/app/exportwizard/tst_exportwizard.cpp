#include "diffview.h"
#include "exportwizard/exportpreviewpage.h"
#include "exportwizard/exportsummarypage.h"
#include "exportwizard/exportwhatpage.h"
#include "exportwizard/exportwherepage.h"
#include "exportwizard/exportwizard.h"
#include "project/projectfile.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QThreadPool>

#include <quazip.h>

using namespace cbw;
using namespace cbw::app;
using core::exporting::ExportContent;
using core::exporting::ExportContents;
using core::exporting::ExportTarget;
using core::exporting::PlannedFile;

namespace {

const QString kSeedDemo = QStringLiteral(CBW_SOURCE_DIR "/resources/examples/seed-demo.cbw.json");
const QString kLocalConfSample = QStringLiteral(
    CBW_TEST_DATA_DIR "/corpus/real/poky/meta-poky/conf/templates/default/local.conf.sample");

core::project::Project seedProject()
{
    const auto load = core::project::ProjectFile::load(kSeedDemo);
    if (!load)
        qFatal("cannot load the seed demo: %s", qPrintable(load.error().toString()));
    return load->project;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList itemTexts(const QListWidget *list)
{
    QStringList texts;
    for (int i = 0; i < list->count(); ++i)
        texts.append(list->item(i)->text());
    return texts;
}

int rowStartingWith(const QListWidget *list, const QString &prefix)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().startsWith(prefix))
            return i;
    }
    return -1;
}

// The variable a changed statement names: "CONTAINER_DIGESTS[x]" -> "CONTAINER_DIGESTS".
QString variableOf(const QString &statement)
{
    return statement.section(QLatin1Char('['), 0, 0).trimmed();
}

// A wizard shown offscreen with handles on its pages and buttons.
struct Driver
{
    explicit Driver(const core::project::Project &project, const QString &mergeTarget = {})
        : wizard(project, mergeTarget)
    {
        wizard.restart();
    }

    ExportWhatPage *what() const { return wizard.whatPage(); }
    ExportWherePage *where() const { return wizard.wherePage(); }
    ExportPreviewPage *preview() const { return wizard.previewPage(); }
    QAbstractButton *finishButton() { return wizard.button(QWizard::CommitButton); }
    QAbstractButton *nextButton() { return wizard.button(QWizard::NextButton); }
    template<typename T> T *child(const QString &name) const { return wizard.findChild<T *>(name); }
    QListWidget *filesList() const { return child<QListWidget>(QStringLiteral("filesList")); }
    DiffView *diffView() const { return child<DiffView>(QStringLiteral("diffView")); }

    // Next from the Where page, then waits for the plan (planning runs on a worker thread).
    bool toPreview()
    {
        if (wizard.currentId() != ExportWizard::WherePageId || !nextButton()->isEnabled())
            return false;
        QSignalSpy ready(preview(), &ExportPreviewPage::planReady);
        wizard.next();
        if (wizard.currentId() != ExportWizard::PreviewPageId)
            return false;
        return !preview()->isPlanning() || ready.wait(30000);
    }

    ExportWizard wizard;
};

} // namespace

// The export wizard driven page by page offscreen, writing into temporary directories.
class TestExportWizard : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void whatPageExplainsWhyItIsIncomplete_data();
    void whatPageExplainsWhyItIsIncomplete();
    void wherePageExplainsWhyItIsIncomplete_data();
    void wherePageExplainsWhyItIsIncomplete();
    void mergeIsTheDefaultWithABuildAndALayerWithout();
    void browseAsksThePathChooserForTheCurrentTarget();
    void mergeIntoCopiedLocalConfChangesOnlyTheExportedStatements_data();
    void mergeIntoCopiedLocalConfChangesOnlyTheExportedStatements();
    void layerDirectoryTargetCreatesTheLayer();
    void zipTargetWritesOneArchiveWithThePlannedEntries();
    void writeFailureNamesTheFileAndKeepsExistingFilesIdentical();
    void targetUnderARegularFileIsRefusedBeforeWriting();
    void mergeIntoABundleRecipeChangesOnlyTheChangedStatement();
    void invalidDesignDisablesFinish();
    void singleFileTargetWithEverythingSaysHowToNarrowIt();
    void reExportingTheSameHasNothingToWrite();
    void backThenNextPlansTheNewChoices();
    void leavingThePreviewDropsItsPendingPlan();
    void diffViewColoursDiffsButNotNewFiles();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestExportWizard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestExportWizard::whatPageExplainsWhyItIsIncomplete_data()
{
    QTest::addColumn<int>("contents");
    QTest::addColumn<QStringList>("bundles");
    QTest::addColumn<QStringList>("images");
    QTest::addColumn<QString>("hostImage");
    QTest::addColumn<QString>("problem"); // empty = complete

    const QStringList allBundles{QStringLiteral("container-image-host"),
                                 QStringLiteral("demo-container-bundle")};
    const QStringList allImages{QStringLiteral("app-container-multilayer")};
    const QString host = QStringLiteral("container-image-host");
    QTest::newRow("everything") << int(ExportContent::All) << allBundles << allImages << host
                                << QString();
    QTest::newRow("nothing") << 0 << allBundles << allImages << host
                             << QStringLiteral("at least one kind");
    QTest::newRow("fragment without a BUNDLED_CONTAINERS bundle")
        << int(ExportContent::LocalConfFragment) << QStringList{allBundles.last()} << allImages
        << host << QStringLiteral("BUNDLED_CONTAINERS");
    QTest::newRow("recipe without a recipe bundle")
        << int(ExportContent::BundleRecipe) << QStringList{allBundles.first()} << allImages << host
        << QStringLiteral("bundle recipe");
    QTest::newRow("images without an image")
        << int(ExportContent::ImageRecipes) << allBundles << QStringList() << host
        << QStringLiteral("at least one image");
    QTest::newRow("host line without an image name")
        << int(ExportContent::HostImageAppend) << allBundles << allImages << QString()
        << QStringLiteral("Name the host image");
    QTest::newRow("host line with a name that is no recipe")
        << int(ExportContent::HostImageAppend) << allBundles << allImages
        << QStringLiteral("core image") << QStringLiteral("not a recipe name");
    QTest::newRow("images alone need no bundle")
        << int(ExportContent::ImageRecipes) << QStringList() << allImages << QString() << QString();
}

void TestExportWizard::whatPageExplainsWhyItIsIncomplete()
{
    QFETCH(int, contents);
    QFETCH(QStringList, bundles);
    QFETCH(QStringList, images);
    QFETCH(QString, hostImage);
    QFETCH(QString, problem);

    Driver d(seedProject());
    d.what()->setContents(ExportContents::fromInt(contents));
    d.what()->setSelectedBundles(bundles);
    d.what()->setSelectedImages(images);
    d.what()->setHostImage(hostImage);
    QCOMPARE(d.what()->contents(), ExportContents::fromInt(contents));
    QCOMPARE(d.what()->selectedBundles(), bundles);
    auto *label = d.child<QLabel>(QStringLiteral("problemLabel"));
    QVERIFY(label);
    if (problem.isEmpty()) {
        QVERIFY2(d.what()->isComplete(), qPrintable(d.what()->problem()));
        QVERIFY(d.nextButton()->isEnabled());
    } else {
        QVERIFY(!d.what()->isComplete());
        QVERIFY(!d.nextButton()->isEnabled());
        QVERIFY2(label->text().contains(problem), qPrintable(label->text()));
    }
}

void TestExportWizard::wherePageExplainsWhyItIsIncomplete_data()
{
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("path"); // relative to the test directory; "" = empty
    QTest::addColumn<QString>("collection");
    QTest::addColumn<QString>("problem");

    const int merge = int(ExportTarget::MergeIntoFile);
    const int newFile = int(ExportTarget::NewFile);
    const int layer = int(ExportTarget::LayerDirectory);
    const int zip = int(ExportTarget::Zip);
    QTest::newRow("no path") << layer << QString() << QString() << QStringLiteral("Choose where");
    QTest::newRow("merge into a missing file")
        << merge << QStringLiteral("missing.conf") << QString() << QStringLiteral("does not exist");
    QTest::newRow("merge into a directory")
        << merge << QStringLiteral("dir") << QString() << QStringLiteral("is not a file");
    QTest::newRow("merge into a file")
        << merge << QStringLiteral("existing.conf") << QString() << QString();
    QTest::newRow("new file that exists") << newFile << QStringLiteral("existing.conf") << QString()
                                          << QStringLiteral("never overwrites");
    QTest::newRow("new file") << newFile << QStringLiteral("new.conf") << QString() << QString();
    QTest::newRow("layer over a file") << layer << QStringLiteral("existing.conf") << QString()
                                       << QStringLiteral("not a directory");
    QTest::newRow("new layer") << layer << QStringLiteral("meta-new") << QStringLiteral("new_one")
                               << QString();
    QTest::newRow("collection with a space")
        << layer << QStringLiteral("meta-new") << QStringLiteral("my layer")
        << QStringLiteral("collection name");
    QTest::newRow("zip without .zip")
        << zip << QStringLiteral("meta-new.tar") << QString() << QStringLiteral(".zip");
    QTest::newRow("zip") << zip << QStringLiteral("meta-new.zip") << QString() << QString();
}

void TestExportWizard::wherePageExplainsWhyItIsIncomplete()
{
    QFETCH(int, target);
    QFETCH(QString, path);
    QFETCH(QString, collection);
    QFETCH(QString, problem);

    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("existing.conf")), "A = \"1\"\n"));
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("dir"))));
    Driver d(seedProject());
    d.wizard.next();
    QCOMPARE(d.wizard.currentId(), int(ExportWizard::WherePageId));
    d.where()->setTarget(ExportTarget(target));
    d.where()->setTargetPath(path.isEmpty() ? QString() : m_dir->filePath(path));
    d.child<QLineEdit>(QStringLiteral("collectionEdit"))->setText(collection);
    QCOMPARE(d.where()->target(), ExportTarget(target));
    if (problem.isEmpty()) {
        QVERIFY2(d.where()->isComplete(), qPrintable(d.where()->problem()));
        QVERIFY(d.nextButton()->isEnabled());
    } else {
        QVERIFY(!d.nextButton()->isEnabled());
        QVERIFY2(d.where()->problem().contains(problem), qPrintable(d.where()->problem()));
    }
}

void TestExportWizard::mergeIsTheDefaultWithABuildAndALayerWithout()
{
    const QString localConf = m_dir->filePath(QStringLiteral("build/conf/local.conf"));
    QVERIFY(writeFile(localConf, "MACHINE = \"qemux86-64\"\n"));
    {
        Driver d(seedProject(), localConf);
        // What one local.conf holds.
        QCOMPARE(d.what()->contents(),
                 ExportContent::LocalConfFragment | ExportContent::HostImageAppend);
        QCOMPARE(d.what()->hostImage(), QStringLiteral("container-image-host"));
        QCOMPARE(d.where()->target(), ExportTarget::MergeIntoFile);
        QCOMPARE(d.where()->targetPath(), localConf);
        // Another target and back keeps what each target had.
        d.where()->setTarget(ExportTarget::Zip);
        QCOMPARE(d.where()->targetPath(), QString());
        d.where()->setTargetPath(m_dir->filePath(QStringLiteral("x.zip")));
        d.where()->setTarget(ExportTarget::MergeIntoFile);
        QCOMPARE(d.where()->targetPath(), localConf);
        d.where()->setTarget(ExportTarget::Zip);
        QCOMPARE(d.where()->targetPath(), m_dir->filePath(QStringLiteral("x.zip")));
    }
    Driver d(seedProject());
    QCOMPARE(d.what()->contents(), ExportContents(ExportContent::All));
    QCOMPARE(d.where()->target(), ExportTarget::LayerDirectory);
    QVERIFY(d.where()->targetPath().isEmpty());
}

void TestExportWizard::browseAsksThePathChooserForTheCurrentTarget()
{
    Driver d(seedProject());
    QList<ExportTarget> asked;
    const QString chosen = m_dir->filePath(QStringLiteral("meta-chosen"));
    d.wizard.setPathChooser([&](QWidget *, ExportTarget target, const QString &) {
        asked.append(target);
        return chosen;
    });
    d.wizard.next();
    d.where()->setTarget(ExportTarget::LayerDirectory);
    d.child<QPushButton>(QStringLiteral("browseButton"))->click();
    QCOMPARE(asked, QList<ExportTarget>{ExportTarget::LayerDirectory});
    QCOMPARE(d.where()->targetPath(), chosen);

    // Cancelling the chooser keeps the path.
    d.wizard.setPathChooser([](QWidget *, ExportTarget, const QString &) { return QString(); });
    d.child<QPushButton>(QStringLiteral("browseButton"))->click();
    QCOMPARE(d.where()->targetPath(), chosen);
}

void TestExportWizard::mergeIntoCopiedLocalConfChangesOnlyTheExportedStatements_data()
{
    QTest::addColumn<QByteArray>("original");

    const QByteArray sample = readFile(kLocalConfSample);
    QVERIFY(!sample.isEmpty());
    QTest::newRow("poky local.conf.sample") << sample;
    QTest::newRow("poky local.conf.sample.extended")
        << readFile(kLocalConfSample + QStringLiteral(".extended"));
    // The statements exist already (one of them exactly as exported): updated in place,
    // never duplicated.
    QByteArray existing = sample;
    const qsizetype machine = existing.indexOf("MACHINE ?\?=");
    QVERIFY(machine > 0);
    existing.insert(machine, "BUNDLED_CONTAINERS = \"old-container:podman\"\n"
                             "IMAGE_INSTALL:append:pn-core-image-minimal = \" "
                             "demo-container-bundle\"\n");
    QTest::newRow("existing assignments") << existing;
}

void TestExportWizard::mergeIntoCopiedLocalConfChangesOnlyTheExportedStatements()
{
    QFETCH(QByteArray, original);
    QVERIFY(!original.isEmpty());
    const QString localConf = m_dir->filePath(QStringLiteral("build/conf/local.conf"));
    QVERIFY(writeFile(localConf, original));

    Driver d(seedProject(), localConf);
    d.what()->setContents(ExportContent::LocalConfFragment | ExportContent::HostImageAppend);
    d.what()->setHostImage(QStringLiteral("core-image-minimal"));
    QVERIFY(d.what()->isComplete());
    d.wizard.next();
    QCOMPARE(d.where()->target(), ExportTarget::MergeIntoFile);
    QVERIFY(d.toPreview());

    const auto &plan = d.preview()->plan();
    QVERIFY(plan);
    QVERIFY2(
        plan->canWrite(),
        qPrintable(itemTexts(d.child<QListWidget>(QStringLiteral("diagnosticsList"))).join(u'\n')));
    QCOMPARE(plan->files.size(), 1);
    const PlannedFile &file = plan->files.first();
    QCOMPARE(file.action, PlannedFile::Action::Modify);
    QCOMPARE(d.filesList()->count(), 1);
    QVERIFY2(d.filesList()->item(0)->text().contains(QLatin1String("changed")),
             qPrintable(d.filesList()->item(0)->text()));
    // The preview is the coloured diff, and it shows the scoped append.
    QVERIFY(d.diffView()->isShowingDiff());
    const QString diff = d.diffView()->toPlainText();
    QVERIFY2(diff.contains(QLatin1String("+BUNDLED_CONTAINERS")), qPrintable(diff));
    QVERIFY2(diff.contains(QLatin1String("IMAGE_INSTALL:append:pn-core-image-minimal")),
             qPrintable(diff));
    // Nothing is written before Finish.
    QCOMPARE(readFile(localConf), original);
    QVERIFY(!QFileInfo::exists(localConf + QStringLiteral(".bak")));

    QVERIFY(d.finishButton()->isEnabled());
    d.finishButton()->click();
    QCOMPARE(d.wizard.currentId(), int(ExportWizard::SummaryPageId));
    QVERIFY(d.wizard.summaryPage()->succeeded());
    QCOMPARE(d.wizard.writeReport().written, QStringList{localConf});
    QCOMPARE(d.wizard.writeReport().backups, QStringList{localConf + QStringLiteral(".bak")});
    QCOMPARE(readFile(localConf + QStringLiteral(".bak")), original);
    const QByteArray after = readFile(localConf);
    QCOMPARE(after, file.after);

    // Only the exported statements changed: every removed line belongs to one of them, and
    // the remaining original lines are all still there, in order.
    QStringList variables;
    for (const QString &s : file.changedStatements)
        variables.append(variableOf(s));
    QVERIFY(variables.contains(QStringLiteral("BUNDLED_CONTAINERS")));
    const QList<QByteArray> beforeLines = original.split('\n');
    const QList<QByteArray> afterLines = after.split('\n');
    qsizetype next = 0;
    for (const QByteArray &line : beforeLines) {
        const qsizetype at = afterLines.indexOf(line, next);
        if (at >= 0) {
            next = at + 1;
            continue;
        }
        const QString text = QString::fromUtf8(line).trimmed();
        const bool ofAChangedStatement =
            std::any_of(variables.cbegin(), variables.cend(),
                        [&text](const QString &v) { return text.startsWith(v); });
        QVERIFY2(ofAChangedStatement, line.constData());
    }
    QCOMPARE(
        after.count("\nIMAGE_INSTALL:append:pn-core-image-minimal = \" demo-container-bundle\"\n"),
        1);
    QCOMPARE(after.count("\nBUNDLED_CONTAINERS ="), 1);
    QVERIFY(!after.contains("old-container"));

    // How to use it is on the summary.
    auto *usage = d.child<QPlainTextEdit>(QStringLiteral("usageText"));
    QCOMPARE(usage->toPlainText(), plan->usage.join(u'\n'));
}

void TestExportWizard::layerDirectoryTargetCreatesTheLayer()
{
    const QString layer = m_dir->filePath(QStringLiteral("meta-demo"));
    Driver d(seedProject());
    d.what()->setContents(ExportContent::BundleRecipe | ExportContent::ImageRecipes);
    d.wizard.next();
    d.where()->setTarget(ExportTarget::LayerDirectory);
    d.where()->setTargetPath(layer);
    d.child<QLineEdit>(QStringLiteral("collectionEdit"))->setText(QStringLiteral("demo"));
    d.child<QSpinBox>(QStringLiteral("prioritySpin"))->setValue(7);
    QVERIFY(d.toPreview());

    const auto &plan = d.preview()->plan();
    QVERIFY(plan && plan->canWrite());
    QCOMPARE(plan->request.layerCollection, QStringLiteral("demo"));
    QCOMPARE(plan->request.layerPriority, 7);
    const QStringList rows = itemTexts(d.filesList());
    QCOMPARE(rows.size(), plan->files.size());
    for (const QString &expected :
         {QStringLiteral("conf/layer.conf — new"),
          QStringLiteral("recipes-containers/bundles/demo-container-bundle_1.0.bb — new"),
          QStringLiteral("recipes-containers/images/app-container-multilayer.bb — new")})
        QVERIFY2(rows.contains(expected), qPrintable(rows.join(u'\n')));

    // A new file shows its full text, uncoloured.
    const int layerConf = rowStartingWith(d.filesList(), QStringLiteral("conf/layer.conf"));
    d.filesList()->setCurrentRow(layerConf);
    QVERIFY(!d.diffView()->isShowingDiff());
    QVERIFY2(d.diffView()->toPlainText().contains(QLatin1String("BBFILE_PRIORITY_demo = \"7\"")),
             qPrintable(d.diffView()->toPlainText()));
    QVERIFY(!QFileInfo::exists(layer));

    d.finishButton()->click();
    QVERIFY(d.wizard.summaryPage()->succeeded());
    for (const PlannedFile &file : plan->files) {
        QVERIFY2(QFileInfo::exists(file.path), qPrintable(file.path));
        QCOMPARE(readFile(file.path), file.after);
    }
    QVERIFY(d.wizard.writeReport().backups.isEmpty());
    auto *written = d.child<QListWidget>(QStringLiteral("writtenList"));
    QCOMPARE(written->count(), int(d.wizard.writeReport().written.size()));
    QVERIFY2(d.child<QPlainTextEdit>(QStringLiteral("usageText"))
                 ->toPlainText()
                 .contains(QLatin1String("bitbake-layers add-layer")),
             qPrintable(plan->usage.join(u'\n')));
}

void TestExportWizard::zipTargetWritesOneArchiveWithThePlannedEntries()
{
    const QString zip = m_dir->filePath(QStringLiteral("meta-demo.zip"));
    Driver d(seedProject());
    d.wizard.next();
    d.where()->setTarget(ExportTarget::Zip);
    d.where()->setTargetPath(zip);
    QVERIFY(d.toPreview());
    const auto &plan = d.preview()->plan();
    QVERIFY(plan && plan->canWrite());
    QVERIFY(!plan->files.isEmpty());
    QVERIFY(!QFileInfo::exists(zip));

    d.finishButton()->click();
    QVERIFY(d.wizard.summaryPage()->succeeded());
    QCOMPARE(d.wizard.writeReport().written, QStringList{zip});

    QuaZip archive(zip);
    QVERIFY(archive.open(QuaZip::mdUnzip));
    QStringList entries = archive.getFileNameList();
    archive.close();
    entries.removeIf([](const QString &e) { return e.endsWith(QLatin1Char('/')); });
    QStringList planned;
    for (const PlannedFile &file : plan->files)
        planned.append(file.path);
    entries.sort();
    planned.sort();
    QCOMPARE(entries, planned);
    QVERIFY(std::any_of(entries.cbegin(), entries.cend(), [](const QString &e) {
        return e.endsWith(QLatin1String("/conf/layer.conf"));
    }));
}

void TestExportWizard::writeFailureNamesTheFileAndKeepsExistingFilesIdentical()
{
    // A layer exported once; the second export changes the bundle recipe (an existing file)
    // and creates an image recipe whose directory turns into a regular file after the
    // preview, so the write fails mid-way.
    core::project::Project project = seedProject();
    const QString layer = m_dir->filePath(QStringLiteral("meta-demo"));
    {
        Driver first(project);
        first.what()->setContents(ExportContent::BundleRecipe);
        first.wizard.next();
        first.where()->setTarget(ExportTarget::LayerDirectory);
        first.where()->setTargetPath(layer);
        QVERIFY(first.toPreview());
        first.finishButton()->click();
        QVERIFY(first.wizard.summaryPage()->succeeded());
    }
    const QString recipe =
        layer + QStringLiteral("/recipes-containers/bundles/demo-container-bundle_1.0.bb");
    const QByteArray recipeBefore = readFile(recipe);
    QVERIFY(!recipeBefore.isEmpty());
    const QString layerConf = layer + QStringLiteral("/conf/layer.conf");
    const QByteArray layerConfBefore = readFile(layerConf);

    const int index =
        int(std::find_if(project.bundles.cbegin(), project.bundles.cend(),
                         [](const core::bundle::BundleDesign &b) {
                             return b.mode == core::bundle::BundleDesign::Mode::BundleRecipe;
                         }) -
            project.bundles.cbegin());
    project.bundles[index].summary = QStringLiteral("A changed summary");
    Driver d(project);
    d.what()->setContents(ExportContent::BundleRecipe | ExportContent::ImageRecipes);
    d.wizard.next();
    d.where()->setTarget(ExportTarget::LayerDirectory);
    d.where()->setTargetPath(layer);
    QVERIFY(d.toPreview());
    const auto &plan = d.preview()->plan();
    QVERIFY(plan && plan->canWrite());
    const auto modified =
        std::find_if(plan->files.cbegin(), plan->files.cend(),
                     [](const PlannedFile &f) { return f.action == PlannedFile::Action::Modify; });
    QVERIFY(modified != plan->files.cend());
    QCOMPARE(modified->path, recipe);
    const QString images = layer + QStringLiteral("/recipes-containers/images");
    QVERIFY(!QFileInfo::exists(images));
    QVERIFY(writeFile(images, "in the way\n"));

    d.finishButton()->click();
    QCOMPARE(d.wizard.currentId(), int(ExportWizard::SummaryPageId));
    QVERIFY(!d.wizard.summaryPage()->succeeded());
    const QString failed = d.wizard.writeReport().failedPath;
    QVERIFY2(failed.startsWith(images + QLatin1Char('/')), qPrintable(failed));
    const QString shown = d.child<QLabel>(QStringLiteral("resultLabel"))->text();
    QVERIFY2(shown.contains(failed.toHtmlEscaped()), qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1String("unchanged")), qPrintable(shown));
    QVERIFY(!d.child<QListWidget>(QStringLiteral("writtenList"))->isVisibleTo(&d.wizard));

    QCOMPARE(readFile(recipe), recipeBefore);
    QCOMPARE(readFile(layerConf), layerConfBefore);
    QCOMPARE(readFile(images), QByteArray("in the way\n"));
}

void TestExportWizard::targetUnderARegularFileIsRefusedBeforeWriting()
{
    const QString regular = m_dir->filePath(QStringLiteral("regular"));
    QVERIFY(writeFile(regular, "a file\n"));
    const QString target = regular + QStringLiteral("/new.inc");
    Driver d(seedProject());
    d.what()->setContents(ExportContent::ImageRecipes);
    d.wizard.next();
    d.where()->setTarget(ExportTarget::NewFile);
    d.where()->setTargetPath(target);
    QVERIFY(d.toPreview());
    QVERIFY(!d.finishButton()->isEnabled());
    const QStringList shown = itemTexts(d.child<QListWidget>(QStringLiteral("diagnosticsList")));
    QVERIFY2(std::any_of(shown.cbegin(), shown.cend(),
                         [&target](const QString &line) {
                             return line.startsWith(target) &&
                                    line.contains(QLatin1String("error"));
                         }),
             qPrintable(shown.join(u'\n')));
    QCOMPARE(readFile(regular), QByteArray("a file\n"));
}

void TestExportWizard::mergeIntoABundleRecipeChangesOnlyTheChangedStatement()
{
    // The recipe as a first export wrote it, then edited by hand.
    core::project::Project project = seedProject();
    const QString layer = m_dir->filePath(QStringLiteral("meta-demo"));
    {
        Driver first(project);
        first.what()->setContents(ExportContent::BundleRecipe);
        first.wizard.next();
        first.where()->setTarget(ExportTarget::LayerDirectory);
        first.where()->setTargetPath(layer);
        QVERIFY(first.toPreview());
        first.finishButton()->click();
        QVERIFY(first.wizard.summaryPage()->succeeded());
    }
    const QString recipe =
        layer + QStringLiteral("/recipes-containers/bundles/demo-container-bundle_1.0.bb");
    const QByteArray handEdited = readFile(recipe) + "\n# kept: a line the user wrote\n";
    QVERIFY(writeFile(recipe, handEdited));

    for (core::bundle::BundleDesign &bundle : project.bundles) {
        if (bundle.mode == core::bundle::BundleDesign::Mode::BundleRecipe)
            bundle.summary = QStringLiteral("A changed summary");
    }
    Driver d(project, recipe);
    d.what()->setContents(ExportContent::BundleRecipe);
    d.wizard.next();
    QCOMPARE(d.where()->target(), ExportTarget::MergeIntoFile);
    QCOMPARE(d.where()->targetPath(), recipe);
    QVERIFY(d.toPreview());
    const auto &plan = d.preview()->plan();
    QVERIFY(plan && plan->canWrite());
    QCOMPARE(plan->files.size(), 1);
    QCOMPARE(plan->files.first().changedStatements, QStringList{QStringLiteral("SUMMARY")});
    const QString diff = d.diffView()->toPlainText();
    QVERIFY2(diff.contains(QLatin1String("+SUMMARY = \"A changed summary\"")), qPrintable(diff));

    d.finishButton()->click();
    QVERIFY(d.wizard.summaryPage()->succeeded());
    QCOMPARE(readFile(recipe + QStringLiteral(".bak")), handEdited);
    const QList<QByteArray> before = handEdited.split('\n');
    const QList<QByteArray> after = readFile(recipe).split('\n');
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < before.size(); ++i) {
        if (before.at(i).startsWith("SUMMARY"))
            QCOMPARE(after.at(i), QByteArray("SUMMARY = \"A changed summary\""));
        else
            QCOMPARE(after.at(i), before.at(i));
    }
}

void TestExportWizard::invalidDesignDisablesFinish()
{
    core::project::Project project = seedProject();
    for (core::bundle::BundleDesign &bundle : project.bundles) {
        if (bundle.mode == core::bundle::BundleDesign::Mode::BundleRecipe)
            bundle.recipeName = QStringLiteral("Bad Name_with_underscores");
    }
    const QString layer = m_dir->filePath(QStringLiteral("meta-demo"));
    Driver d(project);
    d.what()->setContents(ExportContent::BundleRecipe);
    d.wizard.next();
    d.where()->setTarget(ExportTarget::LayerDirectory);
    d.where()->setTargetPath(layer);
    QVERIFY(d.toPreview());
    const auto &plan = d.preview()->plan();
    QVERIFY(plan);
    QVERIFY(core::hasErrors(plan->diagnostics));
    QVERIFY(!d.preview()->isComplete());
    QVERIFY(!d.finishButton()->isEnabled());
    auto *diagnostics = d.child<QListWidget>(QStringLiteral("diagnosticsList"));
    QVERIFY(diagnostics->isVisibleTo(&d.wizard));
    QCOMPARE(diagnostics->count(), int(plan->diagnostics.size()));
    QVERIFY(d.child<QLabel>(QStringLiteral("summaryLabel"))
                ->text()
                .contains(QLatin1String("cannot be written")));
    // Even a click on the disabled button does not write.
    d.finishButton()->click();
    QCOMPARE(d.wizard.currentId(), int(ExportWizard::PreviewPageId));
    QVERIFY(!d.wizard.hasWritten());
    QVERIFY(!QFileInfo::exists(layer));
}

void TestExportWizard::singleFileTargetWithEverythingSaysHowToNarrowIt()
{
    const QString file = m_dir->filePath(QStringLiteral("everything.conf"));
    Driver d(seedProject());
    QCOMPARE(d.what()->contents(), ExportContents(ExportContent::All));
    d.wizard.next();
    d.where()->setTarget(ExportTarget::NewFile);
    d.where()->setTargetPath(file);
    QVERIFY(d.toPreview());
    QVERIFY(!d.finishButton()->isEnabled());
    const QString summary = d.child<QLabel>(QStringLiteral("summaryLabel"))->text();
    QVERIFY2(summary.contains(QLatin1String("Narrow the selection")), qPrintable(summary));

    // Narrowed to one image recipe, the same target works.
    d.wizard.back();
    d.wizard.back();
    d.what()->setContents(ExportContent::ImageRecipes);
    d.what()->setSelectedImages({QStringLiteral("app-container-multilayer")});
    d.wizard.next();
    QCOMPARE(d.where()->targetPath(), file);
    QVERIFY(d.toPreview());
    QVERIFY(d.finishButton()->isEnabled());
    QVERIFY(!d.child<QLabel>(QStringLiteral("summaryLabel"))
                 ->text()
                 .contains(QLatin1String("Narrow the selection")));
}

void TestExportWizard::reExportingTheSameHasNothingToWrite()
{
    const QString layer = m_dir->filePath(QStringLiteral("meta-demo"));
    for (int round = 0; round < 2; ++round) {
        Driver d(seedProject());
        d.wizard.next();
        d.where()->setTarget(ExportTarget::LayerDirectory);
        d.where()->setTargetPath(layer);
        QVERIFY(d.toPreview());
        const auto &plan = d.preview()->plan();
        QVERIFY(plan && !plan->files.isEmpty());
        if (round == 0) {
            d.finishButton()->click();
            QVERIFY(d.wizard.summaryPage()->succeeded());
            continue;
        }
        for (const PlannedFile &file : plan->files)
            QCOMPARE(file.action, PlannedFile::Action::Unchanged);
        // The layer exists now: its conf/layer.conf is kept, so the new-layer fields are off.
        d.wizard.back();
        auto *layerGroup = d.child<QGroupBox>(QStringLiteral("layerGroup"));
        QVERIFY(!layerGroup->isEnabled());
        QVERIFY(layerGroup->title().contains(QLatin1String("kept")));
        d.where()->setTargetPath(m_dir->filePath(QStringLiteral("meta-other")));
        QVERIFY(layerGroup->isEnabled());
        d.where()->setTargetPath(layer);
        QVERIFY(d.toPreview());
        QVERIFY(!d.finishButton()->isEnabled());
        QVERIFY(d.child<QLabel>(QStringLiteral("summaryLabel"))
                    ->text()
                    .startsWith(QLatin1String("Nothing to write")));
        const QStringList rows = itemTexts(d.filesList());
        QVERIFY(std::all_of(rows.cbegin(), rows.cend(), [](const QString &row) {
            return row.endsWith(QStringLiteral(" — unchanged"));
        }));
        d.filesList()->setCurrentRow(0);
        QVERIFY(d.diffView()->toPlainText().contains(QLatin1String("not rewritten")));
    }
}

void TestExportWizard::backThenNextPlansTheNewChoices()
{
    Driver d(seedProject());
    d.wizard.next();
    d.where()->setTarget(ExportTarget::LayerDirectory);
    d.where()->setTargetPath(m_dir->filePath(QStringLiteral("meta-demo")));
    QVERIFY(d.toPreview());
    QVERIFY(rowStartingWith(d.filesList(), QStringLiteral("conf/layer.conf")) >= 0);

    d.wizard.back();
    QCOMPARE(d.wizard.currentId(), int(ExportWizard::WherePageId));
    const QString file = m_dir->filePath(QStringLiteral("images.inc"));
    d.wizard.back();
    d.what()->setContents(ExportContent::ImageRecipes);
    d.what()->setSelectedImages({QStringLiteral("app-container-layered")});
    d.wizard.next();
    d.where()->setTarget(ExportTarget::NewFile);
    d.where()->setTargetPath(file);
    QVERIFY(d.toPreview());
    const auto &plan = d.preview()->plan();
    QVERIFY(plan);
    QCOMPARE(plan->request.target, ExportTarget::NewFile);
    QCOMPARE(plan->request.contents, ExportContents(ExportContent::ImageRecipes));
    QCOMPARE(d.filesList()->count(), 1);
    QCOMPARE(plan->files.first().path, file);
    QCOMPARE(plan->request.imageNames, QStringList{QStringLiteral("app-container-layered")});
    QVERIFY(plan->files.first().after.contains("OCI_BASE_IMAGE = \"app-container-multilayer\""));
    QVERIFY(!QFileInfo::exists(file));
}

void TestExportWizard::leavingThePreviewDropsItsPendingPlan()
{
    // Hold every pool thread so the plan is still queued when the user goes back.
    QThreadPool *pool = QThreadPool::globalInstance();
    QSemaphore started;
    QSemaphore release;
    const int threads = pool->maxThreadCount();
    for (int i = 0; i < threads; ++i) {
        pool->start([&] {
            started.release();
            release.acquire();
        });
    }
    started.acquire(threads);

    Driver d(seedProject());
    d.wizard.next();
    d.where()->setTarget(ExportTarget::LayerDirectory);
    d.where()->setTargetPath(m_dir->filePath(QStringLiteral("meta-demo")));
    QSignalSpy ready(d.preview(), &ExportPreviewPage::planReady);
    d.wizard.next();
    QVERIFY(d.preview()->isPlanning());
    QVERIFY(!d.finishButton()->isEnabled());
    d.wizard.back();
    release.release(threads);
    pool->waitForDone();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();

    QCOMPARE(ready.count(), 0);
    QVERIFY(!d.preview()->plan());
    QCOMPARE(d.filesList()->count(), 0);
}

void TestExportWizard::diffViewColoursDiffsButNotNewFiles()
{
    DiffView view;
    const QByteArray text = "--- a/x\n+++ b/x\n@@ -1 +1 @@\n-A = \"1\"\n+A = \"2\"\n";
    const auto formatsOfLine = [&view](int line) {
        return view.document()->findBlockByNumber(line).layout()->formats();
    };
    view.showDiff(text);
    QVERIFY(view.isShowingDiff());
    QVERIFY(!formatsOfLine(3).isEmpty());
    QCOMPARE(formatsOfLine(4).first().format.foreground().color(), QColor(0x1a, 0x7f, 0x37));
    // The same text as a new file's contents: its "-" lines are no removals.
    view.showFullText(text);
    QVERIFY(!view.isShowingDiff());
    QVERIFY(formatsOfLine(3).isEmpty());
    QVERIFY(formatsOfLine(4).isEmpty());
}

QTEST_MAIN(TestExportWizard)
#include "tst_exportwizard.moc"

#include "mainwindow.h"

#include <QComboBox>
#include <QDockWidget>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace cbw::app;

namespace {
const QString kSeedDemo = QStringLiteral(CBW_SOURCE_DIR "/resources/examples/seed-demo.cbw.json");
}

// Smoke test of the window on the bundled example project, offscreen.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void opensSeedDemo();
    void showsEveryGeneratedFile();
    void selectingAnImageShowsItsLayers();
    void brokenProjectKeepsPreviousOneAndReportsWhere();
};

void TestMainWindow::opensSeedDemo()
{
    MainWindow window;
    window.show();
    QString error;
    QVERIFY2(window.openProject(kSeedDemo, &error), qPrintable(error));
    QVERIFY(window.windowTitle().startsWith(QLatin1String("seed-demo")));

    auto *bundles = window.findChild<QListWidget *>(QStringLiteral("bundlesList"));
    QVERIFY(bundles);
    QCOMPARE(bundles->count(), 2);
    auto *containers = window.findChild<QTableWidget *>(QStringLiteral("containersTable"));
    QVERIFY(containers);
    QCOMPARE(containers->rowCount(), 2);
    QCOMPARE(containers->item(0, 0)->text(), QStringLiteral("container-base"));
    QCOMPARE(containers->item(1, 0)->text(), QStringLiteral("autostart-test-container"));
    QCOMPARE(containers->item(1, 2)->text(), QStringLiteral("autostart"));

    bundles->setCurrentRow(1);
    QCOMPARE(containers->rowCount(), 2);
    QCOMPARE(containers->item(1, 0)->text(), QStringLiteral("docker.io/library/redis:7"));
    QVERIFY(containers->item(1, 4)->text().startsWith(QLatin1String("sha256:")));

    // The seed's autostart policy writes Restart=unless-stopped: the core warns, and the
    // dock must show it.
    auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("diagnosticsTree"));
    QVERIFY(tree);
    QCOMPARE(tree->topLevelItemCount(), int(window.diagnostics().size()));
    QVERIFY(tree->topLevelItemCount() > 0);
    bool sawRestartWarning = false;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        sawRestartWarning |=
            tree->topLevelItem(i)->text(2).contains(QLatin1String("unless-stopped"));
    QVERIFY(sawRestartWarning);
}

void TestMainWindow::showsEveryGeneratedFile()
{
    MainWindow window;
    QVERIFY(window.openProject(kSeedDemo));
    auto *combo = window.findChild<QComboBox *>(QStringLiteral("generatedFileCombo"));
    auto *text = window.findChild<QPlainTextEdit *>(QStringLiteral("generatedText"));
    QVERIFY(combo && text);

    QStringList titles;
    for (int i = 0; i < combo->count(); ++i)
        titles.append(combo->itemText(i));
    QVERIFY2(titles.contains(QStringLiteral("local.conf fragment")), qPrintable(titles.join(", ")));
    QVERIFY(titles.contains(QStringLiteral("demo-container-bundle_1.0.bb")));
    QVERIFY(titles.contains(QStringLiteral("app-container-multilayer.bb")));
    QVERIFY(titles.contains(
        QStringLiteral("/lib/systemd/system/container-autostart-test-container.service")));

    combo->setCurrentIndex(titles.indexOf(QStringLiteral("local.conf fragment")));
    QVERIFY(text->toPlainText().contains(
        QLatin1String("    autostart-test-container:docker:autostart \\\n")));
    combo->setCurrentIndex(titles.indexOf(
        QStringLiteral("/lib/systemd/system/container-autostart-test-container.service")));
    QVERIFY(text->toPlainText().contains(
        QLatin1String("ExecStart=/usr/bin/docker run --rm --name autostart-test-container "
                      "autostart-test-container:latest\n")));
}

void TestMainWindow::selectingAnImageShowsItsLayers()
{
    MainWindow window;
    QVERIFY(window.openProject(kSeedDemo));
    auto *layers = window.findChild<QTableWidget *>(QStringLiteral("layersTable"));
    QVERIFY(layers);
    QCOMPARE(layers->rowCount(), 3);
    QCOMPARE(layers->item(0, 0)->text(), QStringLiteral("base"));
    QCOMPARE(layers->item(0, 2)->text(), QStringLiteral("base-files + base-passwd + netbase"));
    QCOMPARE(layers->item(2, 0)->text(), QStringLiteral("app"));
}

void TestMainWindow::brokenProjectKeepsPreviousOneAndReportsWhere()
{
    MainWindow window;
    QVERIFY(window.openProject(kSeedDemo));
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.cbw.json"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        "{\n  \"format\": \"cbw-project\",\n  \"version\": 1,\n  \"bundles\": [ oops ]\n}\n");
    file.close();

    QString error;
    QVERIFY(!window.openProject(broken, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(window.project().name, QStringLiteral("seed-demo"));
    QCOMPARE(window.diagnostics().size(), 1);
    QCOMPARE(window.diagnostics().first().location.file, broken);
    QCOMPARE(window.diagnostics().first().location.line, 4);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

#include <QProcess>
#include <QTest>

// cbw-gui answers --help and --version on a machine without a display.
class TestGuiCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void textOptionsNeedNoDisplay_data();
    void textOptionsNeedNoDisplay();
};

void TestGuiCommandLine::textOptionsNeedNoDisplay_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--help") << QStringLiteral("--help") << QStringLiteral("[project]");
    QTest::newRow("-h") << QStringLiteral("-h") << QStringLiteral("Usage:");
    QTest::newRow("--help names --build-dir")
        << QStringLiteral("--help") << QStringLiteral("--build-dir <dir>");
    QTest::newRow("--version") << QStringLiteral("--version")
                               << QStringLiteral("Container Bundle Workbench");
}

void TestGuiCommandLine::textOptionsNeedNoDisplay()
{
    QFETCH(QString, option);
    QFETCH(QString, expected);
    QProcess gui;
    QProcessEnvironment environment; // empty: no DISPLAY, no WAYLAND_DISPLAY, no QT_QPA_PLATFORM
    environment.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    gui.setProcessEnvironment(environment);
    gui.start(QStringLiteral(CBW_GUI_PATH), {option});
    QVERIFY2(gui.waitForFinished(60000), qPrintable(gui.errorString()));
    const QString output = QString::fromLocal8Bit(gui.readAllStandardOutput());
    QVERIFY2(gui.exitStatus() == QProcess::NormalExit && gui.exitCode() == 0,
             qPrintable(QString::fromLocal8Bit(gui.readAllStandardError())));
    QVERIFY2(output.contains(expected), qPrintable(output));
}

QTEST_GUILESS_MAIN(TestGuiCommandLine)
#include "tst_commandline.moc"

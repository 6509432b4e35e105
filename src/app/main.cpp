#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Container Bundle Workbench"));
    QApplication::setOrganizationName(QStringLiteral("cbw"));
    QApplication::setApplicationVersion(QStringLiteral(CBW_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/cbw.svg")));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("cbw"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Container Bundle Workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("project"),
        QApplication::translate("main", "Project file (*.cbw.json) to open."),
        QStringLiteral("[project]"));
    parser.process(app);

    cbw::app::MainWindow window;
    window.show();
    const QStringList projects = parser.positionalArguments();
    if (!projects.isEmpty()) {
        QString error;
        if (!window.openProject(projects.last(), &error))
            QMessageBox::warning(&window, QApplication::translate("main", "Open Project"), error);
    }
    return app.exec();
}

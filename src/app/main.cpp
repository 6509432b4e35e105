#include "mainwindow.h"
#include "userprompts.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstring>

namespace {

void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("Container Bundle Workbench"));
    QCoreApplication::setOrganizationName(QStringLiteral("cbw"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CBW_VERSION));
}

void installTranslator(QTranslator &translator)
{
    if (translator.load(QLocale(), QStringLiteral("cbw"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
}

const QCommandLineOption &buildDirOption()
{
    static const QCommandLineOption option(
        QStringLiteral("build-dir"),
        QCoreApplication::translate("main", "Yocto build directory to scan after start."),
        QStringLiteral("dir"));
    return option;
}

void setUpParser(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Container Bundle Workbench: design, check and export Yocto container bundles "
                "and OCI images."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(buildDirOption());
    parser.addPositionalArgument(
        QStringLiteral("project"),
        QCoreApplication::translate("main", "Project file (*.cbw.json) to open."),
        QStringLiteral("[project]"));
}

// --help and --version must work on a machine without a display, where QApplication
// would abort before the parser runs.
bool wantsTextOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-h", "--help", "-?", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (wantsTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        setApplicationNames();
        QTranslator translator;
        installTranslator(translator);
        QCommandLineParser parser;
        setUpParser(parser);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/cbw.svg")));
    QTranslator translator;
    installTranslator(translator);

    QCommandLineParser parser;
    setUpParser(parser);
    parser.process(app);

    cbw::app::MainWindow window;
    window.show();
    const QStringList projects = parser.positionalArguments();
    const QString buildDir = parser.value(buildDirOption());
    // After the event loop starts, so the questions appear over a visible window.
    QTimer::singleShot(0, &window, [&window, projects, buildDir] {
        if (!projects.isEmpty()) {
            QString error;
            if (!window.openProject(projects.last(), &error))
                window.prompts()->showError(
                    &window, QCoreApplication::translate("main", "Open Project"), error);
        }
        window.offerRecovery();
        if (!buildDir.isEmpty())
            window.openBuildDirectory(buildDir);
    });
    return app.exec();
}

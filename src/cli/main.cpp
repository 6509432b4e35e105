#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cbw"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CBW_VERSION));
    QTextStream(stdout) << "cbw " << CBW_VERSION << "\n";
    return 0;
}

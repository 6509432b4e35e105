#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#ifndef CBW_CLI_PATH
#error "CBW_CLI_PATH must name the built cbw (target_compile_definitions in the test's CMakeLists)"
#endif

namespace cbw::test {

// What one run of the built `cbw` returned and printed, as a user at a shell would see it.
struct CliRun
{
    int exitCode = -1; // -1: did not finish in time (killed), -2: crashed
    QString out;
    QString err;
    QByteArray outBytes;
    QByteArray errBytes;
};

inline CliRun runCbw(const QStringList &arguments, int timeoutMs = 60000)
{
    QProcess process;
    process.start(QStringLiteral(CBW_CLI_PATH), arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.outBytes = process.readAllStandardOutput();
    run.errBytes = process.readAllStandardError();
    run.out = QString::fromUtf8(run.outBytes);
    run.err = QString::fromUtf8(run.errBytes);
    return run;
}

} // namespace cbw::test

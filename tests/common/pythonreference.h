#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

// Interoperability tests compare our code with CPython itself (json, hashlib, shlex,
// unicode_escape: the code the BitBake classes run). python3 is installed by
// scripts/setup-deps.sh, so a missing interpreter is a failure, never a skip.
struct PythonReferenceRun
{
    QString error; // empty on success
    QList<QByteArray> lines;
};

inline PythonReferenceRun runPythonReference(const QStringList &arguments, const QByteArray &input)
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        return {QStringLiteral("python3 not found (scripts/setup-deps.sh installs it)"), {}};
    QProcess process;
    process.start(python, arguments);
    if (!process.waitForStarted())
        return {QStringLiteral("python3 did not start: ") + process.errorString(), {}};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {QStringLiteral("python3 did not finish within 60 s"), {}};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {QStringLiteral("python3 failed: ") +
                    QString::fromUtf8(process.readAllStandardError()),
                {}};
    QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return {{}, lines};
}

// Layer cache keys: our C++ against the class's own algorithm in CPython (json.dumps +
// hashlib), on the same inputs, in one run. Prints both timings and the ratio, and fails
// if any key differs.
#include "cachekeycases.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>

using namespace cbw::core::layers;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int cases = 5000;
    const int repeat = 20;
    const auto inputs = cacheKeyCases(cases, 42);

    QStringList ours;
    QElapsedTimer timer;
    timer.start();
    for (int r = 0; r < repeat; ++r) {
        ours.clear();
        for (const auto &input : inputs)
            ours.append(layerCacheKey(input));
    }
    const qint64 oursNs = timer.nsecsElapsed();

    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        out << "python3 not found\n";
        return 2;
    }
    const QByteArray lines = cacheKeyCasesAsJsonLines(inputs);
    // Python start-up and JSON input parsing are measured separately (repeat 1 with an
    // empty workload is not possible), so time repeat=1 and repeat=N and take the difference.
    auto runPython = [&](int n, QStringList *keys) -> qint64 {
        QProcess process;
        QElapsedTimer t;
        t.start();
        process.start(python, {QStringLiteral(CBW_PYTHON_REFERENCE), QStringLiteral("--repeat"),
                               QString::number(n)});
        process.waitForStarted();
        process.write(lines);
        process.closeWriteChannel();
        process.waitForFinished(-1);
        const qint64 elapsed = t.nsecsElapsed();
        if (keys)
            *keys = QString::fromLatin1(process.readAllStandardOutput())
                        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        return elapsed;
    };
    QStringList theirs;
    const qint64 pythonOnce = runPython(1, &theirs);
    const qint64 pythonMany = runPython(repeat + 1, nullptr);
    const qint64 pythonNs = pythonMany - pythonOnce;

    if (theirs != ours) {
        out << "MISMATCH: our keys differ from Python's\n";
        return 1;
    }
    const double keys = double(cases) * repeat;
    out << QStringLiteral("layer cache key, %1 keys (%2 inputs x %3)\n")
               .arg(keys)
               .arg(cases)
               .arg(repeat);
    out << QStringLiteral("  cbw      %1 us/key\n").arg(oursNs / keys / 1000.0, 0, 'f', 3);
    out << QStringLiteral("  python3  %1 us/key (json.dumps + hashlib, start-up excluded)\n")
               .arg(pythonNs / keys / 1000.0, 0, 'f', 3);
    out << QStringLiteral("  ratio    python3 / cbw = %1x\n")
               .arg(double(pythonNs) / double(oursNs), 0, 'f', 2);
    return 0;
}

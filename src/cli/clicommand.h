#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace cbw::cli {

// Exit codes shared by every subcommand; scripts and CI rely on them.
enum ExitCode : int
{
    ExitOk = 0,
    ExitFindings = 1, // the command ran and found errors (e.g. validate)
    ExitUsage = 2,    // bad arguments or an I/O failure
};

struct CliStreams
{
    QTextStream &out;
    QTextStream &err;
};

// One `cbw <name>` subcommand. `arguments` starts with the subcommand name, the way
// QCommandLineParser expects argv to start with the program.
class CliCommand
{
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    virtual int run(const QStringList &arguments, CliStreams io) = 0;
};

} // namespace cbw::cli

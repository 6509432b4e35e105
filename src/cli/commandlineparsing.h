#pragma once

#include "clicommand.h"

#include <QCommandLineParser>

#include <optional>

namespace cbw::cli {

// QCommandLineParser::process() exits with code 1 on errors; our contract says 2. Returns
// an exit code when the command must stop here (help shown, or a usage error).
std::optional<int> parseOrExplain(QCommandLineParser &parser, const QStringList &arguments,
                                  CliStreams io);

// "NAME=VALUE" -> {NAME, VALUE}; nullopt when there is no '=' or the name is empty.
std::optional<std::pair<QString, QString>> splitAssignment(const QString &text);

} // namespace cbw::cli

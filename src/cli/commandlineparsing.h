#pragma once

#include "clicommand.h"

#include "common/diagnostic.h"

#include <QCommandLineParser>
#include <QJsonObject>

#include <optional>

namespace cbw::cli {

// QCommandLineParser::process() exits with code 1 on errors; our contract says 2. Returns
// an exit code when the command must stop here (help shown, or a usage error).
std::optional<int> parseOrExplain(QCommandLineParser &parser, const QStringList &arguments,
                                  CliStreams io);

// "NAME=VALUE" -> {NAME, VALUE}; nullopt when there is no '=' or the name is empty.
std::optional<std::pair<QString, QString>> splitAssignment(const QString &text);

// A diagnostic as the --json outputs write it: file, line, column, severity, code, message.
QJsonObject diagnosticJson(const core::Diagnostic &diagnostic);

} // namespace cbw::cli

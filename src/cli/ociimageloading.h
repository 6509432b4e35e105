#pragma once

#include "clicommand.h"

#include "oci/imageloader.h"

#include <QCommandLineParser>

#include <optional>
#include <variant>

namespace cbw::cli {

// Shared by the image commands (inspect, ls, verify, diff, extract).
void addPlatformOption(QCommandLineParser &parser);

// For the commands that take exactly one IMAGE (inspect, ls, verify): adds the argument,
// parses, and explains a wrong count. Returns the exit code when the command must stop.
std::optional<int> parseSingleImageArguments(QCommandLineParser &parser,
                                             const QStringList &arguments, const QString &command,
                                             CliStreams io);

// Loads and verifies IMAGE ("PATH[:TAG]", with optional oci:/oci-archive:/docker-archive:
// prefix). On failure the error is printed and the exit code returned: 2 when the image cannot
// be read or the user must choose (tag, platform), 1 when the image itself is broken.
std::variant<core::oci::LoadedImage, int> loadImageForCommand(const QString &command,
                                                              const QString &imageText,
                                                              const QCommandLineParser &parser,
                                                              CliStreams io);

QString humanBytes(qint64 bytes);
QString octalMode(quint32 mode); // four digits, "0755"

} // namespace cbw::cli

#pragma once

#include "clicommand.h"

namespace cbw::cli {

// cbw scan BUILDDIR [--json] [--arch ARCH]: what the workbench reads from a build directory.
class ScanCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("scan"); }
    QString summary() const override
    {
        return QStringLiteral("Show a build directory's configuration, container recipes and "
                              "deployed OCI images");
    }
    int run(const QStringList &arguments, CliStreams io) override;
};

} // namespace cbw::cli

#pragma once

#include "clicommand.h"

namespace cbw::cli {

// cbw inspect IMAGE [--platform P] [--json]
class InspectCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("inspect"); }
    QString summary() const override
    {
        return QStringLiteral("Show config, layers and efficiency of an OCI image");
    }
    int run(const QStringList &arguments, CliStreams io) override;
};

} // namespace cbw::cli

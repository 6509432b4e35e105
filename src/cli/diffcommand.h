#pragma once

#include "clicommand.h"

namespace cbw::cli {

// cbw diff IMAGE_A IMAGE_B [--json] [--platform P]
class DiffCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("diff"); }
    QString summary() const override
    {
        return QStringLiteral("Compare the filesystems and layers of two OCI images");
    }
    int run(const QStringList &arguments, CliStreams io) override;
};

} // namespace cbw::cli

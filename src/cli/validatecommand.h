#pragma once

#include "clicommand.h"

namespace cbw::cli {

// cbw validate [--json] [--bbpath DIRS] [--overrides LIST] FILE...
class ValidateCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("validate"); }
    QString summary() const override
    {
        return QStringLiteral("Check BitBake files and every bundling variable in them");
    }
    int run(const QStringList &arguments, CliStreams io) override;
};

} // namespace cbw::cli

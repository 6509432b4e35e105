#pragma once

#include "clicommand.h"

namespace cbw::cli {

// cbw generate (local-conf|bundle-recipe|image-recipe) --project P.cbw.json [--name N] [-o OUT]
// cbw generate units (--project P.cbw.json | --conf FILE) -o DIR
class GenerateCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("generate"); }
    QString summary() const override
    {
        return QStringLiteral("Write local.conf fragments, recipes and the autostart units");
    }
    int run(const QStringList &arguments, CliStreams io) override;
};

} // namespace cbw::cli

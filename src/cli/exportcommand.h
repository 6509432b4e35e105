#pragma once

#include "clicommand.h"

namespace cbw::cli {

// cbw export --project P.cbw.json --what (fragment|bundle-recipe|image-recipe|host-append|all)
//            (--merge-into FILE | --layer-dir DIR | --zip OUT.zip | -o FILE) [--dry-run]
//            [--host-image NAME] [--bundle NAME]... [--image NAME]... [--collection NAME]
class ExportCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override
    {
        return QStringLiteral("Write or merge fragments and recipes, a layer or a layer zip");
    }
    int run(const QStringList &arguments, CliStreams io) override;
};

} // namespace cbw::cli

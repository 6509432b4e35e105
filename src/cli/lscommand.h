#pragma once

#include "clicommand.h"

namespace cbw::cli {

// cbw ls IMAGE [--layer N | --merged] [--platform P]
class LsCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("ls"); }
    QString summary() const override
    {
        return QStringLiteral("List the files of an OCI image, merged or of one layer");
    }
    int run(const QStringList &arguments, CliStreams io) override;
};

} // namespace cbw::cli

#pragma once

#include "clicommand.h"

namespace cbw::cli {

// cbw extract IMAGE PATH --to DIR [--layer N] [--platform P]
class ExtractCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("extract"); }
    QString summary() const override
    {
        return QStringLiteral("Copy a file or folder out of an OCI image or one of its layers");
    }
    int run(const QStringList &arguments, CliStreams io) override;
};

} // namespace cbw::cli

#pragma once

#include "clicommand.h"

namespace cbw::cli {

// cbw verify IMAGE [--platform P | --all]
class VerifyCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override
    {
        return QStringLiteral("Check every digest, size and diff_id of an OCI image");
    }
    int run(const QStringList &arguments, CliStreams io) override;
};

} // namespace cbw::cli

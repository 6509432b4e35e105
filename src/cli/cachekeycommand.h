#pragma once

#include "clicommand.h"

namespace cbw::cli {

// cbw cache-key --layer NAME --packages a+b+c --machine M --tune-pkgarch T [--pkgdata DIR]
class CacheKeyCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("cache-key"); }
    QString summary() const override
    {
        return QStringLiteral(
            "Print the OCI layer cache key image-oci computes for a packages layer");
    }
    int run(const QStringList &arguments, CliStreams io) override;
};

} // namespace cbw::cli

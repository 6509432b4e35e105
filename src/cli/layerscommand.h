#pragma once

#include "clicommand.h"

namespace cbw::cli {

// cbw layers --recipe IMAGE.bb --build-dir BUILD [--machine M] [--tune-pkgarch T] [--json]
class LayersCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("layers"); }
    QString summary() const override
    {
        return QStringLiteral(
            "Predict an image recipe's OCI layers (sizes, dependencies, layer cache) before "
            "the build");
    }
    int run(const QStringList &arguments, CliStreams io) override;
};

} // namespace cbw::cli

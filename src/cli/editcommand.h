#pragma once

#include "clicommand.h"

namespace cbw::cli {

// cbw edit FILE [--set VAR=VALUE]... [--append VAR=VALUE]... [--unset VAR]...
//               [--set-flag VAR[FLAG]=VALUE]... [--unset-flag VAR[FLAG]]... (-o OUT | --in-place)
// Edits are applied in command-line order with the smallest text change each.
class EditCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("edit"); }
    QString summary() const override
    {
        return QStringLiteral("Change variables of a BitBake file, leaving every other byte alone");
    }
    int run(const QStringList &arguments, CliStreams io) override;
};

} // namespace cbw::cli

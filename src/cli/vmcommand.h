#pragma once

#include "clicommand.h"

namespace cbw::cli {

// cbw vm <subcommand>: the vdkr/vpdmn QEMU runtime.
//   command-line  print the QEMU command line the vcontainer backend would run for a profile
//   boot          boot any kernel/initramfs with a QMP socket (vmbootcommand.h)
// Subcommands receive their arguments starting with "vm <name>", so their usage errors read
// "Try 'cbw vm <name> --help'".
class VmCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("vm"); }
    QString summary() const override
    {
        return QStringLiteral("The vdkr/vpdmn QEMU runtime: command lines, boot a kernel");
    }
    int run(const QStringList &arguments, CliStreams io) override;
};

// `cbw vm command-line ...`; `arguments` starts with "vm command-line".
int runVmCommandLine(const QStringList &arguments, const CliStreams &io);

} // namespace cbw::cli

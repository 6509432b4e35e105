#pragma once

#include "clicommand.h"

namespace cbw::cli {

// cbw vm boot --arch ARCH --kernel K --initrd I [--drive FILE[,readonly]]... [--append STR]
//             [--memory MB] [--wait-for TEXT] [--timeout SEC] [--no-kvm] [--powerdown-grace SEC]
// `arguments` starts with "vm boot" (the `cbw vm` dispatcher). Exit: 0 TEXT seen (or, without
// --wait-for, the guest powered off) and the VM shut down through QMP; 1 timeout or the VM ended
// otherwise; 2 launch error.
int runVmBoot(const QStringList &arguments, const CliStreams &streams);

} // namespace cbw::cli

#include "dockerrun.h"

namespace cbw::core::layers {

QStringList ContainerProcess::runWithoutArgs() const
{
    return entrypoint + cmd;
}

QStringList ContainerProcess::runWithArgs(const QStringList &args) const
{
    if (args.isEmpty())
        return runWithoutArgs();
    return entrypoint + args;
}

} // namespace cbw::core::layers

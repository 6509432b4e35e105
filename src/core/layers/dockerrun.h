#pragma once

#include <QStringList>

namespace cbw::core::layers {

// The Entrypoint/Cmd pair written into the image config.
struct ContainerProcess
{
    QStringList entrypoint;
    QStringList cmd;

    // `docker run IMAGE`: entrypoint + cmd.
    QStringList runWithoutArgs() const;
    // `docker run IMAGE ARGS...`: entrypoint + args (args replace cmd); no args = runWithoutArgs.
    QStringList runWithArgs(const QStringList &args) const;
};

} // namespace cbw::core::layers

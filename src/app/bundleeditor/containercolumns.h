#pragma once

namespace cbw::app {

// Columns of the container table, shared by the model, its delegate and the diagnostics
// attribution so that "reveal this diagnostic" lands on the cell the delegate edits.
enum class ContainerColumn
{
    Source,
    Runtime,
    Policy,
    External,
    Digest,
    DigestKey,
    ServiceFile,
    ServiceFileKey,
    Count
};

inline constexpr int columnIndex(ContainerColumn column)
{
    return static_cast<int>(column);
}

} // namespace cbw::app

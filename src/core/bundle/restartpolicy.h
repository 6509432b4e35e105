#pragma once

#include <QString>

#include <optional>

namespace cbw::core::bundle {

// The policy words both classes understand. `None` = no policy word, so no unit.
enum class RestartPolicy
{
    None,
    Autostart,
    Always,
    UnlessStopped,
    OnFailure,
    No
};

// "autostart", "always", "unless-stopped", "on-failure", "no"; empty for None.
QString restartPolicyWord(RestartPolicy policy);

// Exact, case-sensitive match of a policy word as the classes' `case` statements do it.
// An empty word gives None; an unknown word gives std::nullopt.
std::optional<RestartPolicy> restartPolicyFromWord(const QString &word);

// The value written after `Restart=` in a generated unit: autostart and unless-stopped
// both become "unless-stopped"; None gives an empty string.
QString restartValue(RestartPolicy policy);

// What the class writes for a policy word as written: known words map as restartValue(),
// any other non-empty word becomes "unless-stopped" (the class warns); empty stays empty.
QString restartValueForWord(const QString &word);

} // namespace cbw::core::bundle

#include "restartpolicy.h"

namespace cbw::core::bundle {

QString restartPolicyWord(RestartPolicy policy)
{
    switch (policy) {
    case RestartPolicy::None:
        return {};
    case RestartPolicy::Autostart:
        return QStringLiteral("autostart");
    case RestartPolicy::Always:
        return QStringLiteral("always");
    case RestartPolicy::UnlessStopped:
        return QStringLiteral("unless-stopped");
    case RestartPolicy::OnFailure:
        return QStringLiteral("on-failure");
    case RestartPolicy::No:
        return QStringLiteral("no");
    }
    return {};
}

std::optional<RestartPolicy> restartPolicyFromWord(const QString &word)
{
    if (word.isEmpty())
        return RestartPolicy::None;
    for (RestartPolicy p :
         {RestartPolicy::Autostart, RestartPolicy::Always, RestartPolicy::UnlessStopped,
          RestartPolicy::OnFailure, RestartPolicy::No}) {
        if (word == restartPolicyWord(p))
            return p;
    }
    return std::nullopt;
}

QString restartValue(RestartPolicy policy)
{
    if (policy == RestartPolicy::Autostart)
        return QStringLiteral("unless-stopped");
    return restartPolicyWord(policy);
}

QString restartValueForWord(const QString &word)
{
    if (word.isEmpty())
        return {};
    const std::optional<RestartPolicy> p = restartPolicyFromWord(word);
    return p ? restartValue(*p) : QStringLiteral("unless-stopped");
}

} // namespace cbw::core::bundle

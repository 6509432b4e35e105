#include "platform.h"

#include <QStringList>
#include <QSysInfo>

namespace cbw::core::oci {

Result<Platform> Platform::parse(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('/'));
    const bool emptyPart =
        std::any_of(parts.begin(), parts.end(), [](const QString &part) { return part.isEmpty(); });
    if (parts.size() < 2 || parts.size() > 3 || emptyPart)
        return Error(QStringLiteral("'%1' is not a platform (expected os/arch[/variant], e.g. "
                                    "linux/arm64 or linux/arm/v7)")
                         .arg(text));
    Platform platform;
    platform.os = parts[0];
    platform.architecture = parts[1];
    if (parts.size() == 3)
        platform.variant = parts[2];
    return platform;
}

Platform Platform::host()
{
    // QSysInfo speaks the kernel's names; images speak Go's.
    const QString cpu = QSysInfo::currentCpuArchitecture();
    Platform platform;
    platform.os = QStringLiteral("linux");
    if (cpu == QLatin1String("x86_64"))
        platform.architecture = QStringLiteral("amd64");
    else if (cpu == QLatin1String("i386"))
        platform.architecture = QStringLiteral("386");
    else if (cpu == QLatin1String("arm64"))
        platform.architecture = QStringLiteral("arm64");
    else if (cpu == QLatin1String("arm"))
        platform.architecture = QStringLiteral("arm");
    else if (cpu == QLatin1String("power64"))
        platform.architecture = QStringLiteral("ppc64le");
    else
        platform.architecture = cpu;
    return platform;
}

QString Platform::toString() const
{
    QString text = os + QLatin1Char('/') + architecture;
    if (!variant.isEmpty())
        text += QLatin1Char('/') + variant;
    return text;
}

bool Platform::accepts(const Platform &candidate) const
{
    if (os != candidate.os || architecture != candidate.architecture)
        return false;
    if (variant.isEmpty() || variant == candidate.variant)
        return true;
    return architecture == QLatin1String("arm64") && variant == QLatin1String("v8") &&
           candidate.variant.isEmpty();
}

} // namespace cbw::core::oci

#include "tunepkgarch.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>

namespace cbw::core::layers {

namespace {

bool isSdkOrNative(const QString &name)
{
    // nativesdk, crosssdk and "<arch>_<machine>-sdk" feeds all carry "sdk".
    return name.contains(QLatin1String("sdk")) || name.contains(QLatin1String("cross-canadian"));
}

// "<arch>-<vendor>-<os>" with an os starting at the last "-linux": the arch is what is left
// once the vendor (the word before the os) is dropped. Native dirs ("x86_64-linux") have no
// vendor and give nothing.
QString archOfWorkDir(const QString &name)
{
    const qsizetype os = name.lastIndexOf(QLatin1String("-linux"));
    if (os <= 0)
        return {};
    const QString archAndVendor = name.left(os);
    const qsizetype vendor = archAndVendor.lastIndexOf(QLatin1Char('-'));
    if (vendor <= 0)
        return {};
    const QString vendorName = archAndVendor.mid(vendor + 1);
    if (vendorName.endsWith(QLatin1String("sdk")))
        return {};
    return archAndVendor.left(vendor);
}

class Candidates
{
public:
    Candidates(QString machine, QString tmpLabel)
        : m_machine(std::move(machine))
        , m_tmpLabel(std::move(tmpLabel))
    {}

    void consider(const QString &arch, const QString &where)
    {
        if (arch.isEmpty() || arch == QLatin1String("all") || arch == QLatin1String("any") ||
            arch == QLatin1String("noarch") || isSdkOrNative(arch) || isMachine(arch))
            return;
        m_places[arch].append(m_tmpLabel + QLatin1Char('/') + where);
    }

    // rpm feeds spell the arch with '_' for '-' (core2_64): fold them into the arch seen
    // elsewhere when there is one.
    void considerRpm(const QString &dir, const QString &where)
    {
        for (auto it = m_places.begin(); it != m_places.end(); ++it) {
            if (QString(it.key()).replace(QLatin1Char('-'), QLatin1Char('_')) == dir) {
                it->append(m_tmpLabel + QLatin1Char('/') + where);
                return;
            }
        }
        consider(dir, where);
    }

    TunePkgarchDetection result() const
    {
        TunePkgarchDetection d;
        if (m_places.size() == 1) {
            d.value = m_places.firstKey();
            d.source = m_places.first().join(QStringLiteral(", "));
        } else if (m_places.size() > 1) {
            d.candidates = m_places.keys();
        }
        return d;
    }

private:
    bool isMachine(const QString &arch) const
    {
        if (m_machine.isEmpty())
            return false;
        QString feedMachine = m_machine;
        feedMachine.replace(QLatin1Char('-'), QLatin1Char('_'));
        return arch == m_machine || arch == feedMachine;
    }

    QString m_machine;
    QString m_tmpLabel;
    QMap<QString, QStringList> m_places;
};

QStringList subdirectories(const QString &dir)
{
    return QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

TunePkgarchDetection detectTunePkgarch(const QString &tmpDir, const QString &machine)
{
    Candidates candidates(machine, QFileInfo(tmpDir).fileName());
    for (const QString &dir : subdirectories(tmpDir + QLatin1String("/work")))
        candidates.consider(archOfWorkDir(dir), QStringLiteral("work/") + dir);
    for (const char *feed : {"ipk", "deb"}) {
        const QString feedDir = QStringLiteral("deploy/") + QLatin1String(feed);
        for (const QString &dir : subdirectories(tmpDir + QLatin1Char('/') + feedDir))
            candidates.consider(dir, feedDir + QLatin1Char('/') + dir);
    }
    for (const QString &dir : subdirectories(tmpDir + QLatin1String("/deploy/rpm")))
        candidates.considerRpm(dir, QStringLiteral("deploy/rpm/") + dir);
    return candidates.result();
}

} // namespace cbw::core::layers

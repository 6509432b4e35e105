#include "layerspec.h"

namespace cbw::core::layers {

QString layerTypeName(LayerType type)
{
    switch (type) {
    case LayerType::Packages:
        return QStringLiteral("packages");
    case LayerType::Directories:
        return QStringLiteral("directories");
    case LayerType::Files:
        return QStringLiteral("files");
    case LayerType::Host:
        return QStringLiteral("host");
    case LayerType::Unknown:
        break;
    }
    return {};
}

LayerType layerTypeFromName(const QString &name)
{
    for (LayerType t :
         {LayerType::Packages, LayerType::Directories, LayerType::Files, LayerType::Host}) {
        if (name == layerTypeName(t))
            return t;
    }
    return LayerType::Unknown;
}

QList<HostCopy> LayerSpec::hostCopies() const
{
    QList<HostCopy> copies;
    for (const QString &item : items) {
        const qsizetype colon = item.lastIndexOf(QLatin1Char(':'));
        if (colon < 0)
            copies.append({item, QString()});
        else
            copies.append({item.left(colon), item.mid(colon + 1)});
    }
    return copies;
}

QString LayerSpec::typeWord() const
{
    return typeText.isEmpty() ? layerTypeName(type) : typeText;
}

QString LayerSpec::toEntry() const
{
    return name + QLatin1Char(':') + typeWord() + QLatin1Char(':') + items.join(QLatin1Char('+'));
}

} // namespace cbw::core::layers

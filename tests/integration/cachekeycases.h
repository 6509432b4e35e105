#pragma once

#include "layers/cachekey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>

// Deterministic, varied cache-key inputs shared by the interoperability test and the
// benchmark: ASCII and non-ASCII names (incl. astral characters and quotes/backslashes),
// unsorted package lists, missing versions, null machine/tune.
inline QList<cbw::core::layers::CacheKeyInput> cacheKeyCases(int count, quint32 seed)
{
    static const QStringList names = {QStringLiteral("base"),
                                      QStringLiteral("app"),
                                      QStringLiteral("shell"),
                                      QStringLiteral("d\u00e9j\u00e0-vu"),
                                      QStringLiteral("\u6f22\u5b57"),
                                      QStringLiteral("emoji-\U0001F600"),
                                      QStringLiteral("quote\"back\\slash"),
                                      QStringLiteral("tab\tnewline\n"),
                                      QStringLiteral("")};
    static const QStringList packages = {
        QStringLiteral("base-files"),    QStringLiteral("base-passwd"),
        QStringLiteral("netbase"),       QStringLiteral("busybox"),
        QStringLiteral("curl"),          QStringLiteral("libc6"),
        QStringLiteral("python3-core"),  QStringLiteral("Zlib"),
        QStringLiteral("\u00fcber-pkg"), QStringLiteral("a+b")};
    static const QStringList versions = {QStringLiteral("1.0"), QStringLiteral("3.0.14"),
                                         QStringLiteral("busybox: 1.36.1"),
                                         QStringLiteral("2:1.2-r0"), QStringLiteral("")};
    QRandomGenerator random(seed);
    QList<cbw::core::layers::CacheKeyInput> cases;
    for (int i = 0; i < count; ++i) {
        cbw::core::layers::CacheKeyInput input;
        input.layerName = names.at(random.bounded(int(names.size())));
        const int n = random.bounded(6);
        for (int p = 0; p < n; ++p) {
            const QString pkg = packages.at(random.bounded(int(packages.size())));
            input.packages.append(pkg);
            if (random.bounded(4) != 0)
                input.pkgVersions.insert(pkg, versions.at(random.bounded(int(versions.size()))));
        }
        if (random.bounded(5) != 0)
            input.machine =
                random.bounded(2) ? QStringLiteral("qemux86-64") : QStringLiteral("qemuarm64");
        if (random.bounded(5) != 0)
            input.tunePkgarch =
                random.bounded(2) ? QStringLiteral("core2-64") : QStringLiteral("cortexa57");
        cases.append(input);
    }
    return cases;
}

// One JSON line per case, in the reference script's input format.
inline QByteArray cacheKeyCasesAsJsonLines(const QList<cbw::core::layers::CacheKeyInput> &cases)
{
    QByteArray lines;
    for (const auto &input : cases) {
        QJsonObject o;
        o.insert(QStringLiteral("layer_name"), input.layerName);
        o.insert(QStringLiteral("packages"), QJsonArray::fromStringList(input.packages));
        o.insert(QStringLiteral("machine"),
                 input.machine ? QJsonValue(*input.machine) : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("tune_pkgarch"),
                 input.tunePkgarch ? QJsonValue(*input.tunePkgarch) : QJsonValue(QJsonValue::Null));
        QJsonObject versions;
        for (auto it = input.pkgVersions.cbegin(); it != input.pkgVersions.cend(); ++it)
            versions.insert(it.key(), it.value());
        o.insert(QStringLiteral("pkg_versions"), versions);
        lines += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    }
    return lines;
}

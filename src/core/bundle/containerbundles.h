#pragma once

#include "common/diagnostic.h"
#include "common/valuelocation.h"
#include "containerbundleentry.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cbw::core::bundle {

struct ContainerBundlesParse
{
    QList<ContainerBundleEntry> entries;
    Diagnostics diagnostics;
};

class ContainerBundles final
{
public:
    static ContainerBundlesParse parse(const QString &value, const ValueLocation &location = {});
    static QString serialise(const QList<ContainerBundleEntry> &entries);

    // CONTAINER_FLAGS_ACCEPTED: a whitespace list; `*` accepts everything, otherwise an
    // item must equal the full ref or the ref with ':tag' / '@digest' stripped.
    static bool isAccepted(const QString &source, const QString &flagsAccepted);

    // The ref with '@digest' removed and then ':tag' stripped (as for skopeo).
    static QString refWithoutTagOrDigest(const QString &source);

    // CONTAINER_BUNDLE_DEPLOY enables do_deploy only for the exact value "1".
    static bool deployEnabled(const QString &value) { return value == QStringLiteral("1"); }
};

} // namespace cbw::core::bundle

#include "layerprediction.h"

#include <QDir>
#include <QSet>

namespace cbw::core::layers {

namespace {

// The layers the class creates itself, bottom first. Single mode packs the whole rootfs into
// one layer; do_rootfs resolves RDEPENDS there, so the prediction follows them.
struct PlannedLayer
{
    QString name;
    LayerType type = LayerType::Packages;
    QStringList items;
    bool followDependencies = false;
};

QList<PlannedLayer> plannedLayers(const LayerDesign &design)
{
    QList<PlannedLayer> out;
    if (design.mode == LayerMode::Single) {
        out.append({QStringLiteral("rootfs"), LayerType::Packages, design.imageInstall, true});
        return out;
    }
    for (const LayerSpec &spec : design.layers)
        out.append({spec.name, spec.type, spec.items, false});
    return out;
}

// Packages of a single-mode rootfs: IMAGE_INSTALL and everything its RDEPENDS pull in.
// Dependencies no package provides are returned as "pkg -> dep".
QStringList dependencyClosure(const PkgdataIndex &index, const QStringList &roots,
                              QStringList *unresolved)
{
    QStringList order;
    QSet<QString> seen;
    QStringList queue;
    for (const QString &root : roots) {
        if (const PackageInfo *p = index.provider(root))
            queue.append(p->package);
    }
    while (!queue.isEmpty()) {
        const QString name = queue.takeFirst();
        if (seen.contains(name))
            continue;
        seen.insert(name);
        order.append(name);
        const PackageInfo *p = index.package(name);
        for (const QString &dep : p->rdepends) {
            if (const PackageInfo *provider = index.provider(dep))
                queue.append(provider->package);
            else
                unresolved->append(name + QStringLiteral(" -> ") + dep);
        }
    }
    return order;
}

QString firstItems(const QStringList &items, int shown)
{
    QStringList head = items.mid(0, shown);
    QString text = head.join(QStringLiteral(", "));
    if (items.size() > shown)
        text += QStringLiteral(" and %1 more").arg(items.size() - shown);
    return text;
}

SourceLocation noLocation()
{
    return {};
}

// The marker records MACHINE but not TUNE_PKGARCH: when an older entry's key comes back with
// another tune the build dir shows and everything else unchanged, the tune is the cause.
void explainTuneChange(const CacheKeyInput &input, const QStringList &otherTunes, CacheState *state)
{
    if (state->status != CacheState::Status::Miss ||
        state->reason != CacheState::MissReason::KeyChanged)
        return;
    for (const QString &entry : std::as_const(state->staleEntries)) {
        const QString oldKey = entry.left(16);
        for (const QString &tune : otherTunes) {
            if (input.tunePkgarch && tune == *input.tunePkgarch)
                continue;
            CacheKeyInput trial = input;
            trial.tunePkgarch = tune;
            if (layerCacheKey(trial) != oldKey)
                continue;
            state->reason = CacheState::MissReason::MachineOrTune;
            const QString now = input.tunePkgarch.value_or(QStringLiteral("(unset)"));
            state->details = {QStringLiteral("tune_pkgarch %1 → %2").arg(tune, now)};
            state->explanation = QStringLiteral("%1 was built for TUNE_PKGARCH '%2', now '%3'")
                                     .arg(entry, tune, now);
            return;
        }
    }
}

} // namespace

DesignPrediction predictDesign(const LayerDesign &design, const PredictionContext &context)
{
    DesignPrediction result;
    const PkgdataIndex *index = context.pkgdata.get();
    const QString cacheValue =
        context.cacheValue.isEmpty()
            ? (design.cacheEnabled ? QStringLiteral("1") : QStringLiteral("0"))
            : context.cacheValue;
    const bool multi = design.mode == LayerMode::Multi;
    const bool cacheEnabled = layerCacheEnabled(cacheValue);

    // What earlier layers (and this one) provide, for the RDEPENDS check.
    QSet<QString> provided;
    QMap<QString, int> fileLayer; // path -> first layer that has it
    int packageLayers = 0;
    if (multi)
        result.cache.logLines.append(cachePreinstallStartLogLine(cacheEnabled));

    const QList<PlannedLayer> planned = plannedLayers(design);
    for (int i = 0; i < planned.size(); ++i) {
        const PlannedLayer &plan = planned.at(i);
        LayerPrediction layer;
        layer.index = i;
        layer.name = plan.name;
        layer.type = plan.type;
        layer.items = plan.items;
        if (plan.type != LayerType::Packages) {
            result.layers.append(layer);
            continue;
        }

        if (index) {
            QStringList packages;
            QStringList unresolved;
            if (plan.followDependencies) {
                packages = dependencyClosure(*index, plan.items, &unresolved);
            } else {
                for (const QString &item : plan.items) {
                    if (const PackageInfo *p = index->provider(item))
                        packages.append(p->package);
                }
            }
            QStringList notProduced;
            for (const QString &item : plan.items) {
                const PackageInfo *p = index->provider(item);
                if (!p)
                    layer.unknownPackages.append(item);
                else if (!p->packaged)
                    notProduced.append(item);
            }
            if (!notProduced.isEmpty()) {
                result.diagnostics.append(Diagnostic::warning(
                    QStringLiteral("layers.package-not-produced"),
                    QStringLiteral("layer '%1': %2 has pkgdata but no .packaged marker: the "
                                   "package is empty (no files, no ALLOW_EMPTY) and is not in "
                                   "the feed, so the package manager cannot install it")
                        .arg(plan.name, notProduced.join(QStringLiteral(", "))),
                    noLocation()));
            }
            layer.predictedSize = 0;
            for (const QString &name : std::as_const(packages)) {
                const PackageInfo *p = index->package(name);
                provided.insert(p->package);
                provided.insert(p->finalName);
                for (const QString &alias : p->rprovides)
                    provided.insert(alias);
                for (auto it = p->files.cbegin(); it != p->files.cend(); ++it) {
                    if (layer.files.contains(it.key()))
                        continue;
                    layer.files.insert(it.key(), it.value());
                    layer.predictedSize += it.value();
                }
            }
            if (!plan.followDependencies) {
                for (const QString &name : std::as_const(packages)) {
                    for (const QString &dep : index->package(name)->rdepends) {
                        if (!provided.contains(dep))
                            unresolved.append(name + QStringLiteral(" -> ") + dep);
                    }
                }
            }
            unresolved.sort();
            unresolved.removeDuplicates();
            layer.unresolvedDependencies = unresolved;
            for (auto it = layer.files.cbegin(); it != layer.files.cend(); ++it) {
                const auto earlier = fileLayer.constFind(it.key());
                if (earlier != fileLayer.cend())
                    layer.filesAlsoIn.insert(it.key(), *earlier);
                else
                    fileLayer.insert(it.key(), i);
            }
        }

        QStringList unexpanded;
        for (const QString &item : plan.items) {
            if (item.contains(QLatin1String("${")))
                unexpanded.append(item);
        }
        if (!unexpanded.isEmpty()) {
            result.diagnostics.append(Diagnostic::warning(
                QStringLiteral("layers.unexpanded-item"),
                QStringLiteral("layer '%1': %2 is expanded by BitBake, not here: the size and "
                               "the cache key shown are computed from the text as written")
                    .arg(plan.name, unexpanded.join(QStringLiteral(", "))),
                noLocation()));
            layer.unknownPackages.removeIf(
                [](const QString &item) { return item.contains(QLatin1String("${")); });
        }
        if (!layer.unknownPackages.isEmpty()) {
            result.diagnostics.append(Diagnostic::warning(
                QStringLiteral("layers.unknown-package"),
                QStringLiteral("layer '%1': no pkgdata for %2 (not built yet for this MACHINE, "
                               "or misspelt); the layer size leaves it out")
                    .arg(layer.name, layer.unknownPackages.join(QStringLiteral(", "))),
                noLocation()));
        }
        if (!layer.unresolvedDependencies.isEmpty()) {
            result.diagnostics.append(Diagnostic::warning(
                QStringLiteral("layers.unresolved-rdepends"),
                multi
                    ? QStringLiteral("layer '%1': RDEPENDS that neither this layer nor a layer "
                                     "below provides: %2 (the class installs layers with "
                                     "unresolved dependencies tolerated)")
                          .arg(layer.name, layer.unresolvedDependencies.join(QStringLiteral(", ")))
                    : QStringLiteral("layer '%1': RDEPENDS that no package in pkgdata "
                                     "provides: %2")
                          .arg(layer.name, layer.unresolvedDependencies.join(QStringLiteral(", "))),
                noLocation()));
        }
        if (!layer.filesAlsoIn.isEmpty()) {
            QMap<int, QStringList> byLayer;
            for (auto it = layer.filesAlsoIn.cbegin(); it != layer.filesAlsoIn.cend(); ++it)
                byLayer[it.value()].append(it.key());
            for (auto it = byLayer.cbegin(); it != byLayer.cend(); ++it) {
                result.diagnostics.append(Diagnostic::note(
                    QStringLiteral("layers.file-in-two-layers"),
                    QStringLiteral("layer '%1' and layer '%2' both contain %3 file(s): %4 (the "
                                   "upper copy hides the lower one, both are shipped)")
                        .arg(layer.name, planned.at(it.key()).name)
                        .arg(it.value().size())
                        .arg(firstItems(it.value(), 3)),
                    noLocation()));
            }
        }

        if (multi) {
            ++packageLayers;
            LayerCachePrediction::Layer cached;
            cached.input.layerName = plan.name;
            cached.input.packages = plan.items;
            cached.input.machine = context.machine;
            cached.input.tunePkgarch = context.tunePkgarch;
            if (index) {
                for (const QString &item : plan.items) {
                    // The class opens runtime/<item> by the name as written: a final name or
                    // an RPROVIDES alias has no file and no version in the key.
                    const PackageInfo *p = index->package(item);
                    if (p && !p->cacheKeyPkgv.isEmpty())
                        cached.input.pkgVersions.insert(item, p->cacheKeyPkgv);
                }
            }
            if (context.cacheDir.isEmpty() && cacheEnabled) {
                cached.state.status = CacheState::Status::Miss;
                cached.state.reason = CacheState::MissReason::NoEntry;
                cached.state.key = layerCacheKey(cached.input);
                cached.state.explanation =
                    QStringLiteral("OCI_LAYER_CACHE_DIR is not known (MACHINE unset?): the cache "
                                   "cannot be looked at");
            } else {
                cached.state = layerCacheState(context.cacheDir, cached.input, cacheValue);
                explainTuneChange(cached.input, context.otherTunePkgarchs, &cached.state);
            }
            if (cached.state.status == CacheState::Status::Hit) {
                ++result.cache.hits;
                result.cache.logLines.append(cacheHitLogLine(plan.name, cached.state.key));
            } else if (cached.state.status == CacheState::Status::Miss) {
                ++result.cache.misses;
                result.cache.logLines.append(cacheMissLogLine(cached.input));
                result.cache.logLines.append(cacheSaveLogLine(plan.name, cached.state.key));
            }
            layer.cache = cached.state;
            result.cache.layers.append(cached);
        }
        result.layers.append(layer);
    }
    if (!multi && index) {
        result.diagnostics.append(Diagnostic::note(
            QStringLiteral("layers.single-layer-lower-bound"),
            QStringLiteral("single-layer mode: the layer is the whole rootfs; its predicted size "
                           "counts IMAGE_INSTALL and the RDEPENDS it pulls in, not "
                           "RRECOMMENDS, IMAGE_FEATURES packages or files made while the rootfs "
                           "is assembled, so it is a lower bound"),
            noLocation()));
    }
    if (multi) {
        result.cache.logLines.append(cacheSummaryLogLine(packageLayers, result.cache.hits,
                                                         result.cache.misses, cacheEnabled));
        if (cacheEnabled && packageLayers > 0 && (!context.machine || !context.tunePkgarch)) {
            result.diagnostics.append(Diagnostic::warning(
                QStringLiteral("layers.cache-key-inputs-unknown"),
                QStringLiteral("%1 is not known: the cache keys shown use null for it and will "
                               "not match the build's")
                    .arg(!context.machine ? QStringLiteral("MACHINE")
                                          : QStringLiteral("TUNE_PKGARCH")),
                noLocation()));
        }
    }
    return result;
}

} // namespace cbw::core::layers

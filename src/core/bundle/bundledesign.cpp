#include "bundledesign.h"

#include "bundlecodes.h"
#include "bundledcontainers.h"
#include "bundlevalidator.h"
#include "containerbundles.h"

#include "common/jsontypename.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace cbw::core::bundle {

namespace {

// Reads typed fields of one JSON object and reports every mismatch.
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, QString prefix, QString file, Diagnostics &out)
        : m_object(object)
        , m_prefix(std::move(prefix))
        , m_file(std::move(file))
        , m_out(out)
    {}

    QString field(const QString &key) const { return m_prefix + key; }

    void error(QLatin1String code, const QString &message) const
    {
        m_out.append(Diagnostic::error(code, message, SourceLocation{m_file, 0, 0}));
    }

    void typeError(const QString &key, const QString &expected) const
    {
        error(codes::JsonType,
              QStringLiteral("%1: expected %2, got %3; using the default")
                  .arg(field(key), expected, describeJsonType(m_object.value(key))));
    }

    bool has(const QString &key) const { return m_object.contains(key); }

    QString string(const QString &key, const QString &fallback) const
    {
        if (!has(key))
            return fallback;
        const QJsonValue v = m_object.value(key);
        if (!v.isString()) {
            typeError(key, QStringLiteral("a string"));
            return fallback;
        }
        return v.toString();
    }

    bool boolean(const QString &key, bool fallback) const
    {
        if (!has(key))
            return fallback;
        const QJsonValue v = m_object.value(key);
        if (!v.isBool()) {
            typeError(key, QStringLiteral("a boolean"));
            return fallback;
        }
        return v.toBool();
    }

    QStringList stringList(const QString &key) const
    {
        if (!has(key))
            return {};
        const QJsonValue v = m_object.value(key);
        if (!v.isArray()) {
            typeError(key, QStringLiteral("an array of strings"));
            return {};
        }
        QStringList out;
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString()) {
                error(codes::JsonType, QStringLiteral("%1[%2]: expected a string, got %3; item "
                                                      "left out")
                                           .arg(field(key))
                                           .arg(i)
                                           .arg(describeJsonType(a.at(i))));
                continue;
            }
            out << a.at(i).toString();
        }
        return out;
    }

    void reportUnknown(const QStringList &known) const
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (known.contains(it.key()))
                continue;
            m_out.append(Diagnostic::warning(
                codes::JsonUnknownField,
                QStringLiteral("%1: unknown field, ignored").arg(field(it.key())),
                SourceLocation{m_file, 0, 0}));
        }
    }

private:
    QJsonObject m_object;
    QString m_prefix;
    QString m_file;
    Diagnostics &m_out;
};

bool isRuntimeWord(const QString &w)
{
    return w == QLatin1String("docker") || w == QLatin1String("podman");
}

QStringList splitWords(const QString &value)
{
    return value.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
}

SourceLocation noLocation()
{
    return {};
}

Diagnostics checkRecipeSettings(const BundleDesign &design, const QList<ContainerSpec> &containers)
{
    Diagnostics out;
    static const QRegularExpression recipeName(QStringLiteral("^[a-z0-9][a-z0-9+.-]*$"));
    static const QRegularExpression recipeVersion(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9+.~-]*$"));
    if (!recipeName.match(design.recipeName).hasMatch()) {
        out.append(Diagnostic::error(
            codes::InvalidRecipeName,
            QStringLiteral("Recipe name '%1' is not usable: use lower-case letters, digits, "
                           "'+', '-' and '.', starting with a letter or digit (no '_', it "
                           "separates name and version in the file name)")
                .arg(design.recipeName),
            noLocation()));
    }
    if (!recipeVersion.match(design.recipeVersion).hasMatch()) {
        out.append(Diagnostic::error(
            codes::InvalidRecipeName,
            QStringLiteral("Recipe version '%1' is not usable: use letters, digits, '+', '-', "
                           "'.' and '~' (no '_' or blanks)")
                .arg(design.recipeVersion),
            noLocation()));
    }
    if (design.summary.contains(QLatin1Char('"')) && design.summary.contains(QLatin1Char('\''))) {
        out.append(Diagnostic::error(
            codes::UnquotableValue,
            QStringLiteral("The summary contains both kinds of quote; BitBake has no escape, "
                           "so it cannot be written as a value"),
            noLocation()));
    }
    if (design.summary.contains(QLatin1Char('\n'))) {
        out.append(Diagnostic::error(codes::UnquotableValue,
                                     QStringLiteral("The summary must be a single line"),
                                     noLocation()));
    }
    QHash<QString, QString> byBaseName;
    for (const ContainerSpec &c : containers) {
        if (c.customServiceFile.isEmpty())
            continue;
        const QString base = QFileInfo(c.customServiceFile).fileName();
        const QString other = byBaseName.value(base);
        if (!other.isEmpty() && other != c.customServiceFile) {
            out.append(Diagnostic::error(
                codes::ServiceFileNameClash,
                QStringLiteral("Custom service files '%1' and '%2' have the same file name; "
                               "both would be file://%3 in SRC_URI. Rename one")
                    .arg(other, c.customServiceFile, base),
                noLocation()));
        }
        byBaseName.insert(base, c.customServiceFile);
    }
    return out;
}

} // namespace

bool ContainerSpec::isRemote() const
{
    return ContainerBundleEntry::isRemoteReference(source);
}

QString BundleDesign::runtimeOf(const ContainerSpec &spec) const
{
    return spec.runtime.isEmpty() ? runtime : spec.runtime;
}

QString BundleDesign::effectiveArch() const
{
    return targetArch.isEmpty() ? BundleValidator::archForMachine(machine) : targetArch;
}

QString modeName(BundleDesign::Mode mode)
{
    return mode == BundleDesign::Mode::BundledContainers ? QStringLiteral("bundled-containers")
                                                         : QStringLiteral("bundle-recipe");
}

QJsonObject BundleDesignCodec::toJson(const BundleDesign &design)
{
    QJsonObject o;
    o.insert(QStringLiteral("mode"), modeName(design.mode));
    o.insert(QStringLiteral("recipeName"), design.recipeName);
    o.insert(QStringLiteral("recipeVersion"), design.recipeVersion);
    o.insert(QStringLiteral("summary"), design.summary);
    o.insert(QStringLiteral("runtime"), design.runtime);
    o.insert(QStringLiteral("deploy"), design.deploy);
    o.insert(QStringLiteral("flagsAccepted"), QJsonArray::fromStringList(design.flagsAccepted));
    o.insert(QStringLiteral("targetArch"), design.targetArch);
    o.insert(QStringLiteral("machine"), design.machine);
    o.insert(QStringLiteral("hostImage"), design.hostImage);
    QJsonArray containers;
    for (const ContainerSpec &c : design.containers) {
        QJsonObject co;
        co.insert(QStringLiteral("source"), c.source);
        if (!c.runtime.isEmpty())
            co.insert(QStringLiteral("runtime"), c.runtime);
        if (c.policy != RestartPolicy::None)
            co.insert(QStringLiteral("policy"), restartPolicyWord(c.policy));
        if (c.external)
            co.insert(QStringLiteral("external"), true);
        if (!c.digest.isEmpty())
            co.insert(QStringLiteral("digest"), c.digest);
        if (!c.customServiceFile.isEmpty())
            co.insert(QStringLiteral("serviceFile"), c.customServiceFile);
        containers.append(co);
    }
    o.insert(QStringLiteral("containers"), containers);
    return o;
}

BundleDesignParse BundleDesignCodec::fromJson(const QJsonObject &object, const QString &path)
{
    BundleDesignParse result;
    BundleDesign &d = result.design;
    const FieldReader r(object, QString(), path, result.diagnostics);

    const QString mode = r.string(QStringLiteral("mode"), modeName(d.mode));
    if (mode == QLatin1String("bundled-containers")) {
        d.mode = BundleDesign::Mode::BundledContainers;
    } else if (mode == QLatin1String("bundle-recipe")) {
        d.mode = BundleDesign::Mode::BundleRecipe;
    } else {
        r.error(codes::JsonValue,
                QStringLiteral("mode: '%1' is neither 'bundled-containers' nor 'bundle-recipe'; "
                               "using 'bundled-containers'")
                    .arg(mode));
    }
    d.recipeName = r.string(QStringLiteral("recipeName"), d.recipeName);
    d.recipeVersion = r.string(QStringLiteral("recipeVersion"), d.recipeVersion);
    d.summary = r.string(QStringLiteral("summary"), d.summary);
    const QString runtime = r.string(QStringLiteral("runtime"), d.runtime);
    if (isRuntimeWord(runtime)) {
        d.runtime = runtime;
    } else {
        r.error(codes::JsonValue,
                QStringLiteral("runtime: '%1' is neither 'docker' nor 'podman'; using 'docker'")
                    .arg(runtime));
    }
    d.deploy = r.boolean(QStringLiteral("deploy"), d.deploy);
    d.flagsAccepted = r.stringList(QStringLiteral("flagsAccepted"));
    d.targetArch = r.string(QStringLiteral("targetArch"), d.targetArch);
    d.machine = r.string(QStringLiteral("machine"), d.machine);
    d.hostImage = r.string(QStringLiteral("hostImage"), d.hostImage);
    r.reportUnknown(
        {QStringLiteral("mode"), QStringLiteral("recipeName"), QStringLiteral("recipeVersion"),
         QStringLiteral("summary"), QStringLiteral("runtime"), QStringLiteral("deploy"),
         QStringLiteral("flagsAccepted"), QStringLiteral("targetArch"), QStringLiteral("machine"),
         QStringLiteral("hostImage"), QStringLiteral("containers")});

    if (!r.has(QStringLiteral("containers")))
        return result;
    const QJsonValue containers = object.value(QStringLiteral("containers"));
    if (!containers.isArray()) {
        r.typeError(QStringLiteral("containers"), QStringLiteral("an array of objects"));
        return result;
    }
    const QJsonArray array = containers.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString prefix = QStringLiteral("containers[%1].").arg(i);
        if (!array.at(i).isObject()) {
            r.error(codes::JsonType, QStringLiteral("containers[%1]: expected an object, got %2; "
                                                    "container left out")
                                         .arg(i)
                                         .arg(describeJsonType(array.at(i))));
            continue;
        }
        const FieldReader c(array.at(i).toObject(), prefix, path, result.diagnostics);
        ContainerSpec spec;
        spec.source = c.string(QStringLiteral("source"), QString()).trimmed();
        const QString specRuntime = c.string(QStringLiteral("runtime"), QString());
        if (specRuntime.isEmpty() || isRuntimeWord(specRuntime)) {
            spec.runtime = specRuntime;
        } else {
            c.error(codes::JsonValue, QStringLiteral("%1: '%2' is neither 'docker' nor 'podman'; "
                                                     "using the design's runtime")
                                          .arg(c.field(QStringLiteral("runtime")), specRuntime));
        }
        const QString policy = c.string(QStringLiteral("policy"), QString());
        if (const std::optional<RestartPolicy> p = restartPolicyFromWord(policy)) {
            spec.policy = *p;
        } else {
            c.error(codes::JsonValue,
                    QStringLiteral("%1: unknown policy '%2' (autostart, always, unless-stopped, "
                                   "on-failure, no); using no policy")
                        .arg(c.field(QStringLiteral("policy")), policy));
        }
        spec.external = c.boolean(QStringLiteral("external"), false);
        spec.digest = c.string(QStringLiteral("digest"), QString());
        spec.customServiceFile = c.string(QStringLiteral("serviceFile"), QString());
        c.reportUnknown({QStringLiteral("source"), QStringLiteral("runtime"),
                         QStringLiteral("policy"), QStringLiteral("external"),
                         QStringLiteral("digest"), QStringLiteral("serviceFile")});
        if (spec.source.isEmpty() ||
            spec.source.contains(QRegularExpression(QStringLiteral("\\s")))) {
            c.error(codes::JsonValue,
                    QStringLiteral("%1: a container needs a source without blanks; container "
                                   "left out")
                        .arg(c.field(QStringLiteral("source"))));
            continue;
        }
        d.containers.append(spec);
    }
    return result;
}

DesignValues BundleDesignCodec::toValues(const BundleDesign &design)
{
    DesignValues v;
    if (design.mode == BundleDesign::Mode::BundledContainers) {
        QList<BundledContainerEntry> entries;
        for (const ContainerSpec &c : design.containers) {
            entries << BundledContainerEntry::make(c.source, design.runtimeOf(c),
                                                   restartPolicyWord(c.policy), c.external);
            if (!c.customServiceFile.isEmpty())
                v.serviceFiles.insert(c.source, c.customServiceFile);
        }
        v.bundledContainers = BundledContainers::serialise(entries);
        return v;
    }
    QList<ContainerBundleEntry> entries;
    for (const ContainerSpec &c : design.containers) {
        const ContainerBundleEntry e =
            ContainerBundleEntry::make(c.source, restartPolicyWord(c.policy));
        entries << e;
        if (e.remote && !c.digest.isEmpty())
            v.digests.insert(e.digestKey(), c.digest);
        if (!c.customServiceFile.isEmpty())
            v.serviceFiles.insert(c.source, c.customServiceFile);
    }
    v.containerBundles = ContainerBundles::serialise(entries);
    v.bundleRuntime = design.runtime;
    v.flagsAccepted = design.flagsAccepted.join(QLatin1Char(' '));
    v.deploy = design.deploy ? QStringLiteral("1") : QString();
    return v;
}

BundleDesignParse BundleDesignCodec::fromBundledContainers(const LocatedValue &bundledContainers,
                                                           const QString &defaultRuntime,
                                                           const LocatedFlags &serviceFiles)
{
    BundleDesignParse result;
    BundleDesign &d = result.design;
    d.mode = BundleDesign::Mode::BundledContainers;
    d.runtime = isRuntimeWord(defaultRuntime) ? defaultRuntime : QStringLiteral("docker");
    BundledContainersInput in;
    in.bundledContainers = bundledContainers;
    in.defaultRuntime = defaultRuntime;
    in.serviceFiles = serviceFiles;
    result.diagnostics = BundleValidator::validateBundledContainers(in);

    const QList<BundledContainerEntry> entries =
        BundledContainers::parse(bundledContainers.value, bundledContainers.location).entries;
    for (const BundledContainerEntry &e : entries) {
        const QString runtime = e.effectiveRuntime(defaultRuntime);
        // Entries the class skips (no name, remote, unknown runtime) are reported above.
        if (e.name().isEmpty() || e.name().contains(QLatin1Char('/')) || !isRuntimeWord(runtime))
            continue;
        ContainerSpec spec;
        spec.source = e.name();
        spec.runtime = runtime != d.runtime ? runtime : QString();
        // The design keeps what the class does: an unknown word (or `external` in field 3)
        // gives an enabled unless-stopped unit; the validator's warning says so.
        const QString word = e.unitPolicyWord();
        spec.policy = restartPolicyFromWord(word).value_or(RestartPolicy::UnlessStopped);
        spec.external = e.isExternal();
        spec.customServiceFile = serviceFiles.value(e.name()).value;
        d.containers.append(spec);
    }
    return result;
}

BundleDesignParse BundleDesignCodec::fromContainerBundles(
    const LocatedValue &bundles, const LocatedValue &runtime, const LocatedFlags &digests,
    const LocatedValue &flagsAccepted, const LocatedValue &deploy, const LocatedFlags &serviceFiles)
{
    BundleDesignParse result;
    BundleDesign &d = result.design;
    d.mode = BundleDesign::Mode::BundleRecipe;
    const QString rt = runtime.value.trimmed();
    d.runtime = isRuntimeWord(rt) ? rt : QStringLiteral("docker");
    d.deploy = ContainerBundles::deployEnabled(deploy.value);
    d.flagsAccepted = splitWords(flagsAccepted.value);
    ContainerBundlesInput in;
    in.bundles = bundles;
    in.runtime = runtime;
    in.digests = digests;
    in.flagsAccepted = flagsAccepted;
    in.deploy = deploy;
    in.serviceFiles = serviceFiles;
    result.diagnostics = BundleValidator::validateContainerBundles(in);

    for (const ContainerBundleEntry &e : ContainerBundles::parse(bundles.value).entries) {
        if (e.source.isEmpty())
            continue;
        ContainerSpec spec;
        spec.source = e.source;
        // A local entry with an unknown word breaks do_compile (reported as an error); the
        // design keeps the container without a policy.
        spec.policy = restartPolicyFromWord(e.policyWord).value_or(RestartPolicy::None);
        if (e.remote)
            spec.digest = digests.value(e.digestKey()).value.trimmed();
        spec.customServiceFile = serviceFiles.value(e.source).value;
        d.containers.append(spec);
    }
    return result;
}

Diagnostics BundleDesignCodec::validate(const BundleDesign &design)
{
    Diagnostics out;
    BundleDesign checked = design;
    checked.containers.clear();
    for (const ContainerSpec &c : design.containers) {
        const QString what = QStringLiteral("Container '%1'").arg(c.source);
        if (design.mode == BundleDesign::Mode::BundledContainers && c.isRemote()) {
            out.append(Diagnostic::error(
                codes::RemoteNeedsBundleRecipe,
                QStringLiteral("%1 is a registry reference; BUNDLED_CONTAINERS cannot fetch "
                               "remote containers. Switch the design to a bundle recipe")
                    .arg(what),
                noLocation()));
            continue;
        }
        if (design.mode == BundleDesign::Mode::BundleRecipe) {
            if (!c.runtime.isEmpty() && c.runtime != design.runtime) {
                out.append(Diagnostic::error(
                    codes::MixedRuntimes,
                    QStringLiteral("%1 uses runtime '%2' but the bundle recipe's runtime is '%3'; "
                                   "a container-bundle recipe has exactly one runtime "
                                   "(CONTAINER_BUNDLE_RUNTIME). Make a second bundle recipe for "
                                   "the %2 containers")
                        .arg(what, c.runtime, design.runtime),
                    noLocation()));
            }
            if (c.external) {
                out.append(Diagnostic::warning(
                    codes::ExternalDropped,
                    QStringLiteral("%1 is marked external, which only BUNDLED_CONTAINERS "
                                   "understands; a bundle recipe always depends on local "
                                   "container recipes")
                        .arg(what),
                    noLocation()));
            }
            if (c.isRemote() && !c.customServiceFile.isEmpty()) {
                out.append(Diagnostic::error(
                    codes::ServiceFileRemoteKey,
                    QStringLiteral("%1: container-bundle looks the custom service file up as "
                                   "CONTAINER_SERVICE_FILE[%2], and a BitBake flag name cannot "
                                   "contain ':', so a custom unit for a tagged remote container "
                                   "cannot be written in a recipe")
                        .arg(what, c.source),
                    noLocation()));
            }
        }
        checked.containers.append(c);
    }

    const QString arch = design.effectiveArch();
    if (!arch.isEmpty()) {
        // Only the architecture can be judged here; the fragment adds features and mc.
        PrerequisitesInput p;
        p.distroFeatures = LocatedValue(QStringLiteral("virtualization vcontainer"));
        p.bbMulticonfig = LocatedValue(BundleValidator::vruntimeMulticonfig(arch));
        p.targetArch = arch;
        out += BundleValidator::checkPrerequisites(p);
    }
    if (design.mode == BundleDesign::Mode::BundleRecipe)
        out += checkRecipeSettings(design, checked.containers);

    const DesignValues v = toValues(checked);
    // When every container was refused above, "empty value" would only repeat that.
    const bool allRefused = checked.containers.isEmpty() && !design.containers.isEmpty();
    if (allRefused)
        return out;
    if (design.mode == BundleDesign::Mode::BundledContainers) {
        BundledContainersInput in;
        in.bundledContainers = LocatedValue(v.bundledContainers);
        in.defaultRuntime = design.runtime;
        for (auto it = v.serviceFiles.cbegin(); it != v.serviceFiles.cend(); ++it)
            in.serviceFiles.insert(it.key(), LocatedValue(it.value()));
        out += BundleValidator::validateBundledContainers(in);
    } else {
        ContainerBundlesInput in;
        in.bundles = LocatedValue(v.containerBundles);
        in.runtime = LocatedValue(v.bundleRuntime);
        for (auto it = v.digests.cbegin(); it != v.digests.cend(); ++it)
            in.digests.insert(it.key(), LocatedValue(it.value()));
        in.flagsAccepted = LocatedValue(v.flagsAccepted);
        in.deploy = LocatedValue(v.deploy);
        for (auto it = v.serviceFiles.cbegin(); it != v.serviceFiles.cend(); ++it) {
            if (!ContainerBundleEntry::isRemoteReference(it.key()))
                in.serviceFiles.insert(it.key(), LocatedValue(it.value()));
        }
        out += BundleValidator::validateContainerBundles(in);
    }

    return out;
}

ModeConversion BundleDesignCodec::convert(const BundleDesign &design, BundleDesign::Mode target)
{
    ModeConversion result;
    result.design = design;
    result.design.mode = target;
    if (design.mode == target)
        return result;
    result.design.containers.clear();

    if (target == BundleDesign::Mode::BundleRecipe) {
        for (const ContainerSpec &c : design.containers) {
            const QString rt = design.runtimeOf(c);
            if (rt != design.runtime) {
                result.diagnostics.append(Diagnostic::error(
                    codes::MixedRuntimes,
                    QStringLiteral("Container '%1' uses runtime '%2' but the bundle recipe gets "
                                   "runtime '%3'; one recipe has one runtime, so it was left "
                                   "out (put it in a second bundle recipe)")
                        .arg(c.source, rt, design.runtime),
                    noLocation()));
                result.complete = false;
                continue;
            }
            ContainerSpec out = c;
            out.runtime.clear();
            if (c.external) {
                out.external = false;
                result.diagnostics.append(Diagnostic::warning(
                    codes::ExternalDropped,
                    QStringLiteral("Container '%1' was external (no build dependency); a bundle "
                                   "recipe always depends on the container recipe '%2'")
                        .arg(c.source, ImageNaming::recipeDependencyName(c.source)),
                    noLocation()));
                result.complete = false;
            }
            if (c.source.endsWith(QLatin1String("-oci"))) {
                out.source = ImageNaming::recipeDependencyName(c.source);
                result.diagnostics.append(Diagnostic::note(
                    codes::OciNameConverted,
                    QStringLiteral("OCI directory name '%1' became recipe name '%2' (bundle "
                                   "recipes name container recipes)")
                        .arg(c.source, out.source),
                    noLocation()));
            }
            result.design.containers.append(out);
        }
        return result;
    }

    for (const ContainerSpec &c : design.containers) {
        if (c.isRemote()) {
            result.diagnostics.append(Diagnostic::error(
                codes::RemoteNeedsBundleRecipe,
                QStringLiteral("Remote container '%1' cannot be bundled with BUNDLED_CONTAINERS "
                               "(only container-bundle recipes fetch from registries); it was "
                               "left out")
                    .arg(c.source),
                noLocation()));
            result.complete = false;
            continue;
        }
        ContainerSpec out = c;
        out.runtime.clear();
        out.digest.clear();
        result.design.containers.append(out);
    }
    if (design.deploy) {
        result.design.deploy = false;
        result.diagnostics.append(Diagnostic::warning(
            codes::SettingDropped,
            QStringLiteral("CONTAINER_BUNDLE_DEPLOY has no BUNDLED_CONTAINERS equivalent and was "
                           "dropped"),
            noLocation()));
        result.complete = false;
    }
    if (!design.flagsAccepted.isEmpty()) {
        result.design.flagsAccepted.clear();
        result.diagnostics.append(Diagnostic::warning(
            codes::SettingDropped,
            QStringLiteral("CONTAINER_FLAGS_ACCEPTED only concerns remote containers of bundle "
                           "recipes and was dropped"),
            noLocation()));
        result.complete = false;
    }
    return result;
}

} // namespace cbw::core::bundle

#include "bundlevalidator.h"

#include "bundlecodes.h"
#include "bundledcontainers.h"
#include "containerbundles.h"
#include "restartpolicy.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace cbw::core::bundle {

namespace {

bool isKnownRuntime(const QString &runtime)
{
    return runtime == QLatin1String("docker") || runtime == QLatin1String("podman");
}

QStringList words(const QString &value)
{
    return value.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
}

SourceLocation flagLocation(const LocatedValue &flag, const SourceLocation &fallback)
{
    if (flag.location.isValid())
        return flag.location.locate(0);
    return fallback;
}

SourceLocation valueStart(const LocatedValue &value)
{
    return value.location.locate(0);
}

// Policy diagnostics shared by both paths for a *known* policy word.
void checkKnownPolicy(Diagnostics &out, const QString &what, const QString &policyWord,
                      const SourceLocation &where)
{
    const std::optional<RestartPolicy> p = restartPolicyFromWord(policyWord);
    if (!p)
        return;
    if (*p == RestartPolicy::Autostart || *p == RestartPolicy::UnlessStopped) {
        out.append(Diagnostic::warning(
            codes::RestartUnlessStopped,
            QStringLiteral("%1: policy '%2' makes the generated unit say "
                           "'Restart=unless-stopped', which is a docker restart word, not a "
                           "systemd one; systemd ignores the line, so the container is started at "
                           "boot but never restarted. Use 'always' or 'on-failure' if it must be "
                           "restarted")
                .arg(what, policyWord),
            where));
    } else if (*p == RestartPolicy::No) {
        out.append(Diagnostic::note(
            codes::PolicyNoEnabled,
            QStringLiteral("%1: policy 'no' still installs an enabled unit that starts the "
                           "container at boot; it only writes 'Restart=no'")
                .arg(what),
            where));
    }
}

void checkServiceFileValue(Diagnostics &out, const QString &key, const LocatedValue &flag,
                           const QString &runtime, bool imageRecipe, const SourceLocation &where)
{
    const QString path = flag.value.trimmed();
    if (imageRecipe &&
        (path.contains(QLatin1String("${UNPACKDIR}")) ||
         path.contains(QLatin1String("${WORKDIR}")) || path.contains(QLatin1String("${S}")))) {
        out.append(Diagnostic::warning(
            codes::ServiceFileUnpackdir,
            QStringLiteral("CONTAINER_SERVICE_FILE[%1] = \"%2\" points into the image recipe's "
                           "work directory, but image recipes do not run do_unpack, so the file "
                           "will not exist and the generated unit is installed instead without "
                           "any message; use an absolute path such as "
                           "${THISDIR}/files/<file> or a container-bundle recipe")
                .arg(key, path),
            where));
    }
    if (QDir::isAbsolutePath(path) && !path.contains(QLatin1String("${")) &&
        !QFileInfo(path).isFile()) {
        out.append(Diagnostic::warning(
            codes::ServiceFileMissing,
            imageRecipe
                ? QStringLiteral("CONTAINER_SERVICE_FILE[%1] = \"%2\": the file does not exist, "
                                 "so container-cross-install silently installs the generated "
                                 "unit instead")
                      .arg(key, path)
                : QStringLiteral("CONTAINER_SERVICE_FILE[%1] = \"%2\": the file does not exist; "
                                 "do_install warns \"Custom service file not found\" and the "
                                 "generated unit is used")
                      .arg(key, path),
            where));
    }
    QString wanted;
    if (runtime == QLatin1String("docker"))
        wanted = QStringLiteral(".service");
    else if (runtime == QLatin1String("podman"))
        wanted = QStringLiteral(".container");
    if (!wanted.isEmpty() && !path.isEmpty() && !path.endsWith(wanted)) {
        out.append(Diagnostic::warning(
            codes::ServiceFileExtension,
            QStringLiteral("CONTAINER_SERVICE_FILE[%1] = \"%2\": a %3 container needs a %4 file "
                           "(it is installed as %4 whatever its content)")
                .arg(key, path, runtime, wanted),
            where));
    }
}

} // namespace

bool BundleValidator::isValidDigest(const QString &digest)
{
    static const QRegularExpression re(QStringLiteral("^sha256:[0-9a-f]{64}$"));
    return re.match(digest).hasMatch();
}

QString BundleValidator::defaultRuntimeForProfile(const QString &containerProfile)
{
    return containerProfile == QLatin1String("podman") ? QStringLiteral("podman")
                                                       : QStringLiteral("docker");
}

QString BundleValidator::vruntimeMulticonfig(const QString &targetArch)
{
    if (targetArch == QLatin1String("aarch64"))
        return QStringLiteral("vruntime-aarch64");
    if (targetArch == QLatin1String("x86_64") || targetArch == QLatin1String("i686") ||
        targetArch == QLatin1String("i586"))
        return QStringLiteral("vruntime-x86-64");
    return {};
}

QString BundleValidator::archForMachine(const QString &machine)
{
    static const QHash<QString, QString> table = {
        {QStringLiteral("qemuarm64"), QStringLiteral("aarch64")},
        {QStringLiteral("genericarm64"), QStringLiteral("aarch64")},
        {QStringLiteral("raspberrypi3-64"), QStringLiteral("aarch64")},
        {QStringLiteral("raspberrypi4-64"), QStringLiteral("aarch64")},
        {QStringLiteral("raspberrypi5"), QStringLiteral("aarch64")},
        {QStringLiteral("qemux86-64"), QStringLiteral("x86_64")},
        {QStringLiteral("genericx86-64"), QStringLiteral("x86_64")},
        {QStringLiteral("intel-corei7-64"), QStringLiteral("x86_64")},
        {QStringLiteral("intel-skylake-64"), QStringLiteral("x86_64")},
        {QStringLiteral("qemux86"), QStringLiteral("i686")},
        {QStringLiteral("genericx86"), QStringLiteral("i686")},
        {QStringLiteral("qemuarm"), QStringLiteral("arm")},
        {QStringLiteral("qemuarmv5"), QStringLiteral("arm")},
        {QStringLiteral("beaglebone-yocto"), QStringLiteral("arm")},
        {QStringLiteral("raspberrypi"), QStringLiteral("arm")},
        {QStringLiteral("raspberrypi0-wifi"), QStringLiteral("arm")},
        {QStringLiteral("raspberrypi2"), QStringLiteral("arm")},
        {QStringLiteral("raspberrypi3"), QStringLiteral("arm")},
        {QStringLiteral("raspberrypi4"), QStringLiteral("arm")},
        {QStringLiteral("qemuriscv64"), QStringLiteral("riscv64")},
        {QStringLiteral("qemuriscv32"), QStringLiteral("riscv32")},
        {QStringLiteral("qemumips"), QStringLiteral("mips")},
        {QStringLiteral("qemumips64"), QStringLiteral("mips64")},
        {QStringLiteral("qemuppc"), QStringLiteral("powerpc")},
        {QStringLiteral("qemuppc64"), QStringLiteral("powerpc64le")},
        {QStringLiteral("qemuloongarch64"), QStringLiteral("loongarch64")},
    };
    return table.value(machine);
}

Diagnostics BundleValidator::validateBundledContainers(const BundledContainersInput &input)
{
    Diagnostics out;
    const LocatedValue &value = input.bundledContainers;
    if (!value.isSet)
        return out;
    const BundledContainersParse parsed = BundledContainers::parse(value.value, value.location);
    if (parsed.entries.isEmpty()) {
        out.append(Diagnostic::warning(
            codes::Empty,
            QStringLiteral("BUNDLED_CONTAINERS is empty: container-cross-install bundles nothing "
                           "into this image"),
            valueStart(value)));
        return out;
    }
    out += parsed.diagnostics;

    QHash<QString, int> firstByName;  // name -> entry index (1-based)
    QHash<QString, int> firstByImage; // derived image ref -> entry index
    for (int i = 0; i < parsed.entries.size(); ++i) {
        const BundledContainerEntry &e = parsed.entries.at(i);
        const SourceLocation where = value.location.locate(e.offset);
        const QString text = e.text();
        const QString what = QStringLiteral("BUNDLED_CONTAINERS entry '%1'").arg(text);
        if (e.name().isEmpty())
            continue;
        if (e.name().contains(QLatin1Char('/'))) {
            out.append(Diagnostic::error(
                codes::RemoteInBundledContainers,
                QStringLiteral("%1 looks like a registry reference; BUNDLED_CONTAINERS only takes "
                               "container image recipes or OCI directories from DEPLOY_DIR_IMAGE. "
                               "Remote containers need a container-bundle recipe "
                               "(CONTAINER_BUNDLES plus a pinned CONTAINER_DIGESTS flag)")
                    .arg(what),
                where));
            continue;
        }

        // Duplicates: same name, or a different name that imports as the same image.
        const QString imageKey = e.unitImageRef().toString();
        if (firstByName.contains(e.name())) {
            out.append(Diagnostic::warning(
                codes::DuplicateEntry,
                QStringLiteral("%1 repeats container '%2' (entry %3): it is imported twice and "
                               "any unit is written twice")
                    .arg(what, e.name())
                    .arg(firstByName.value(e.name())),
                where));
        } else if (firstByImage.contains(imageKey)) {
            out.append(Diagnostic::warning(
                codes::DuplicateEntry,
                QStringLiteral("%1 imports as image '%2' like entry %3; the later import "
                               "replaces the earlier one and both use the unit %4")
                    .arg(what, imageKey)
                    .arg(firstByImage.value(imageKey))
                    .arg(ImageNaming::unitBaseName(e.unitImageRef().name)),
                where));
        }
        firstByName.insert(e.name(), firstByName.value(e.name(), i + 1));
        firstByImage.insert(imageKey, firstByImage.value(imageKey, i + 1));

        if (e.hasRuntimeField() && e.fields.at(0) == e.fields.at(1)) {
            out.append(Diagnostic::warning(
                codes::NameEqualsRuntime,
                QStringLiteral("%1: the container name equals the runtime word, which the class "
                               "reads as 'no runtime given': CONTAINER_DEFAULT_RUNTIME ('%2') is "
                               "used and any policy is ignored")
                    .arg(what, input.defaultRuntime),
                where));
        }

        const QString runtime = e.effectiveRuntime(input.defaultRuntime);
        if (!isKnownRuntime(runtime)) {
            const bool fromDefault = !e.runtimeView().contains(QLatin1Char(':'));
            out.append(Diagnostic::warning(
                codes::UnknownRuntime,
                fromDefault
                    ? QStringLiteral("%1: CONTAINER_DEFAULT_RUNTIME is '%2', which is neither "
                                     "'docker' nor 'podman'; container-cross-install warns "
                                     "\"Unknown runtime type\" and skips this container")
                          .arg(what, runtime)
                    : QStringLiteral("%1: unknown runtime '%2'; container-cross-install warns "
                                     "\"Unknown runtime type: %2 for %3, skipping\" and the "
                                     "container is not bundled. Use 'docker' or 'podman'")
                          .arg(what, runtime, e.name()),
                where));
            continue;
        }

        const QString policy = e.unitPolicyWord();
        if (policy == QLatin1String("external")) {
            out.append(Diagnostic::warning(
                codes::ExternalAsPolicy,
                QStringLiteral("%1: the unit generator reads field 3 as the restart policy, so "
                               "'external' there gives the warning \"Unknown restart policy "
                               "'external'\" and an ENABLED unit with Restart=unless-stopped that "
                               "starts the container at boot. Write '%2:%3:<policy>:external' to "
                               "autostart it, or '%2:%3::external' for no unit")
                    .arg(what, e.name(), e.runtimeWord()),
                where));
        } else if (!policy.isEmpty() && !restartPolicyFromWord(policy)) {
            out.append(Diagnostic::warning(
                codes::UnknownPolicy,
                QStringLiteral("%1: unknown restart policy '%2'; the class warns \"Unknown restart "
                               "policy '%2' for %3, using 'unless-stopped'\" and still installs "
                               "an enabled unit. Known policies: autostart, always, "
                               "unless-stopped, on-failure, no")
                    .arg(what, policy, e.name()),
                where));
        } else {
            checkKnownPolicy(out, what, policy, where);
        }

        const ImageRef imported = e.unitImageRef();
        if (imported.name != imported.name.toLower()) {
            out.append(Diagnostic::warning(
                codes::UppercaseImageName,
                QStringLiteral("%1: the image is imported as '%2', but image references must be "
                               "lower-case; the import inside the build VM fails and, because "
                               "its errors are ignored, the container is silently missing from "
                               "the image")
                    .arg(what, imported.toString()),
                where));
        }

        const bool versionedLegacy = e.name().endsWith(QLatin1String("-oci")) &&
                                     !e.name().endsWith(QLatin1String("-latest-oci")) &&
                                     ImageNaming::lastPartLooksLikeTag(e.name());
        if (versionedLegacy && !e.isExternal()) {
            out.append(Diagnostic::warning(
                codes::LegacyVersionedOciName,
                QStringLiteral("%1: for the OCI directory name '%2' the class derives the build "
                               "dependency '%3:do_image_complete', which is not a recipe (only "
                               "'-latest-oci' names map back cleanly). Add ':external' and a "
                               "manual dependency on the image recipe, or use the recipe name")
                    .arg(what, e.name(), ImageNaming::recipeDependencyName(e.name())),
                where));
        }
        if (!e.name().endsWith(QLatin1String("-oci")) && e.generatesUnit() &&
            ImageNaming::lastPartLooksLikeTag(e.name())) {
            const ImageRef unitRef = e.unitImageRef();
            out.append(Diagnostic::warning(
                codes::NameLooksTagged,
                QStringLiteral("%1: the last '-' part of '%2' looks like a tag, so the unit runs "
                               "image '%3', but the container is imported from %2-latest-oci as "
                               "'%2:latest'; the unit will not find its image. Rename the recipe "
                               "or use a custom service file")
                    .arg(what, e.name(), unitRef.toString()),
                where));
        }
    }

    // CONTAINER_SERVICE_FILE flags, keyed by field 1 as written.
    for (auto it = input.serviceFiles.cbegin(); it != input.serviceFiles.cend(); ++it) {
        const QString &key = it.key();
        const auto match =
            std::find_if(parsed.entries.cbegin(), parsed.entries.cend(),
                         [&](const BundledContainerEntry &e) { return e.name() == key; });
        const SourceLocation flagWhere = flagLocation(it.value(), valueStart(value));
        if (match == parsed.entries.cend()) {
            out.append(Diagnostic::warning(
                codes::ServiceFileUnmatched,
                QStringLiteral("CONTAINER_SERVICE_FILE[%1] matches no BUNDLED_CONTAINERS entry; "
                               "the flag is keyed by the container name exactly as written "
                               "(field 1 of the entry)")
                    .arg(key),
                flagWhere));
            continue;
        }
        const SourceLocation entryWhere = value.location.locate(match->offset);
        if (!match->generatesUnit()) {
            out.append(Diagnostic::warning(
                codes::ServiceFileIgnored,
                QStringLiteral("BUNDLED_CONTAINERS entry '%1' has no restart policy, so "
                               "CONTAINER_SERVICE_FILE[%2] is ignored (only entries with a "
                               "policy get a unit); add e.g. ':%3:always'")
                    .arg(match->text(), key, match->effectiveRuntime(input.defaultRuntime)),
                entryWhere));
            continue;
        }
        checkServiceFileValue(out, key, it.value(), match->unitRuntime(input.defaultRuntime), true,
                              flagWhere);
    }
    return out;
}

Diagnostics BundleValidator::validateContainerBundles(const ContainerBundlesInput &input)
{
    Diagnostics out;
    const LocatedValue &value = input.bundles;
    const ContainerBundlesParse parsed = ContainerBundles::parse(value.value, value.location);
    if (parsed.entries.isEmpty()) {
        if (value.isSet) {
            out.append(Diagnostic::warning(
                codes::Empty,
                QStringLiteral("CONTAINER_BUNDLES is empty: the bundle package contains no "
                               "containers"),
                valueStart(value)));
        }
        return out;
    }

    QString runtime = input.runtime.value.trimmed();
    if (runtime.isEmpty())
        runtime = QStringLiteral("docker");
    if (!isKnownRuntime(runtime)) {
        out.append(Diagnostic::error(
            codes::InvalidBundleRuntime,
            QStringLiteral("Invalid CONTAINER_BUNDLE_RUNTIME '%1': must be 'docker' or 'podman' "
                           "(parsing the recipe fails)")
                .arg(runtime),
            flagLocation(input.runtime, valueStart(value))));
    }

    out += parsed.diagnostics;

    QSet<QString> usedDigestKeys;
    QHash<QString, int> firstBySource;
    QHash<QString, int> firstByOciDir;
    QStringList remoteDirs;
    for (int i = 0; i < parsed.entries.size(); ++i) {
        const ContainerBundleEntry &e = parsed.entries.at(i);
        const SourceLocation where = value.location.locate(e.offset);
        const QString what = QStringLiteral("CONTAINER_BUNDLES entry '%1'").arg(e.text);
        if (e.source.isEmpty())
            continue;

        if (firstBySource.contains(e.source)) {
            out.append(Diagnostic::warning(
                codes::DuplicateEntry,
                QStringLiteral("%1 repeats '%2' (entry %3): do_compile copies the OCI directory "
                               "twice into the same place (a nested copy) and lists it twice")
                    .arg(what, e.source)
                    .arg(firstBySource.value(e.source)),
                where));
        } else if (firstByOciDir.contains(e.ociDirName())) {
            out.append(Diagnostic::warning(
                codes::DuplicateEntry,
                QStringLiteral("%1 imports as '%2' like entry %3; both are copied to oci/%4, "
                               "so one ends up nested inside the other")
                    .arg(what, e.importRef().toString())
                    .arg(firstByOciDir.value(e.ociDirName()))
                    .arg(e.ociDirName()),
                where));
        }
        firstBySource.insert(e.source, firstBySource.value(e.source, i + 1));
        firstByOciDir.insert(e.ociDirName(), firstByOciDir.value(e.ociDirName(), i + 1));

        if (e.text.contains(QLatin1Char('@'))) {
            out.append(Diagnostic::error(
                codes::DigestInEntry,
                QStringLiteral("%1 contains a digest ('@...'); the class strips the text after "
                               "the last ':' as a tag and appends its own '@<digest>', so the "
                               "fetch reference is broken. Write the reference with a tag and "
                               "put the digest in CONTAINER_DIGESTS")
                    .arg(what),
                where));
            continue;
        }

        if (e.remote) {
            remoteDirs << ImageNaming::mangle(e.source);
            const QString lastSegment = e.source.mid(e.source.lastIndexOf(QLatin1Char('/')) + 1);
            if (!lastSegment.contains(QLatin1Char(':'))) {
                out.append(Diagnostic::error(
                    codes::RemoteUntagged,
                    QStringLiteral("%1 has no tag; the class then imports it as '%2', which "
                                   "is not a valid image reference, and the import fails without "
                                   "an error. Give it an explicit tag, e.g. '%3:latest'")
                        .arg(what, e.importRef().toString(), e.source),
                    where));
            } else if (lastSegment.count(QLatin1Char(':')) > 1) {
                out.append(Diagnostic::warning(
                    codes::RemotePolicyAsTag,
                    QStringLiteral("%1: '%2' is not a restart policy, so the whole entry is the "
                                   "reference and '%2' is taken as its tag. Known policies: "
                                   "autostart, always, unless-stopped, on-failure, no")
                        .arg(what, e.importRef().tag),
                    where));
            }

            const QString key = e.digestKey();
            usedDigestKeys.insert(key);
            const LocatedValue digest = input.digests.value(key);
            if (digest.value.trimmed().isEmpty()) {
                out.append(Diagnostic::error(
                    codes::MissingDigest,
                    QStringLiteral("Remote container '%1' requires a pinned digest. Add: "
                                   "CONTAINER_DIGESTS[%2] = \"sha256:...\" (get it with: skopeo "
                                   "inspect docker://%1 | jq -r '.Digest')")
                        .arg(e.source, key),
                    where));
            } else if (!isValidDigest(digest.value)) {
                out.append(Diagnostic::error(
                    codes::MalformedDigest,
                    QStringLiteral("CONTAINER_DIGESTS[%1] = \"%2\" is not a digest: it must be "
                                   "'sha256:' followed by 64 lowercase hex digits")
                        .arg(key, digest.value),
                    flagLocation(digest, where)));
            }

            if (ContainerBundles::isAccepted(e.source, input.flagsAccepted.value)) {
                out.append(Diagnostic::note(
                    codes::RemoteFetchAccepted,
                    QStringLiteral("Fetching third-party container: %1 (acknowledged in "
                                   "CONTAINER_FLAGS_ACCEPTED)")
                        .arg(e.source),
                    where));
            } else {
                out.append(Diagnostic::warning(
                    codes::RemoteFetch,
                    QStringLiteral("Fetching third-party container: %1 - every build warns about "
                                   "it; make sure you may redistribute it, then add '%2' to "
                                   "CONTAINER_FLAGS_ACCEPTED to turn the warning into a note")
                        .arg(e.source, ContainerBundles::refWithoutTagOrDigest(e.source)),
                    where));
            }
        } else {
            const QString beforeColon = e.text.section(QLatin1Char(':'), 0, 0);
            if (e.text.contains(QLatin1Char('/'))) {
                out.append(Diagnostic::warning(
                    codes::LocalhostRegistry,
                    QStringLiteral("%1 is treated as a LOCAL recipe '%2': an entry is remote only "
                                   "if the text before the first ':' ('%2') contains '/' or '.'. "
                                   "A registry with a port needs a dotted host name or address "
                                   "(e.g. 127.0.0.1:5000/...)")
                        .arg(what, beforeColon),
                    where));
            }
            if (!e.policyWord.isEmpty() && !restartPolicyFromWord(e.policyWord)) {
                const bool isRuntime = isKnownRuntime(e.policyWord);
                out.append(Diagnostic::error(
                    codes::LocalUnknownPolicy,
                    QStringLiteral("%1: unknown restart policy '%2'. container-bundle keeps it, "
                                   "and do_compile then looks for the OCI directory '%3' and "
                                   "fails with \"Container OCI directory not found\"%4")
                        .arg(what, e.policyWord, e.metadataLine(runtime),
                             isRuntime ? QStringLiteral(". The runtime is never written in a "
                                                        "CONTAINER_BUNDLES entry; set "
                                                        "CONTAINER_BUNDLE_RUNTIME instead")
                                       : QString()),
                    where));
                continue;
            }
        }
        checkKnownPolicy(out, what, e.policyWord, where);
    }

    for (auto it = input.digests.cbegin(); it != input.digests.cend(); ++it) {
        if (usedDigestKeys.contains(it.key()))
            continue;
        QString hint;
        if (ImageNaming::mangle(it.key()) != it.key() &&
            usedDigestKeys.contains(ImageNaming::mangle(it.key())))
            hint = QStringLiteral("; the class reads the mangled key CONTAINER_DIGESTS[%1]")
                       .arg(ImageNaming::mangle(it.key()));
        out.append(Diagnostic::note(
            codes::UnusedDigest,
            QStringLiteral("CONTAINER_DIGESTS[%1] matches no remote CONTAINER_BUNDLES entry and is "
                           "never read%2")
                .arg(it.key(), hint),
            flagLocation(it.value(), valueStart(value))));
    }

    const QString deploy = input.deploy.value;
    if (ContainerBundles::deployEnabled(deploy)) {
        const SourceLocation deployWhere = flagLocation(input.deploy, valueStart(value));
        if (remoteDirs.isEmpty()) {
            out.append(Diagnostic::warning(
                codes::DeployWithoutRemote,
                QStringLiteral("CONTAINER_BUNDLE_DEPLOY = \"1\" but there is no remote entry: "
                               "do_deploy warns \"No fetched containers to deploy\" and deploys "
                               "nothing (only fetched remote containers are deployed)"),
                deployWhere));
        } else if (remoteDirs.size() > 1) {
            QStringList sorted = remoteDirs;
            sorted.sort();
            out.append(Diagnostic::note(
                codes::DeployFirstOnly,
                QStringLiteral("CONTAINER_BUNDLE_DEPLOY deploys only the first fetched directory "
                               "in file-name order ('%1'), not every remote container")
                    .arg(sorted.first()),
                deployWhere));
        }
    } else if (!deploy.trimmed().isEmpty()) {
        out.append(Diagnostic::note(
            codes::DeployValue,
            QStringLiteral("CONTAINER_BUNDLE_DEPLOY = \"%1\" does not enable do_deploy; only the "
                           "exact value \"1\" does")
                .arg(deploy),
            flagLocation(input.deploy, valueStart(value))));
    }

    for (auto it = input.serviceFiles.cbegin(); it != input.serviceFiles.cend(); ++it) {
        const QString &key = it.key();
        const auto match =
            std::find_if(parsed.entries.cbegin(), parsed.entries.cend(),
                         [&](const ContainerBundleEntry &e) { return e.source == key; });
        const SourceLocation flagWhere = flagLocation(it.value(), valueStart(value));
        if (match == parsed.entries.cend()) {
            out.append(Diagnostic::warning(
                codes::ServiceFileUnmatched,
                QStringLiteral("CONTAINER_SERVICE_FILE[%1] matches no CONTAINER_BUNDLES entry; the "
                               "flag is keyed by the entry's source as written, without the "
                               "policy (for remote references that key contains ':', which a "
                               "BitBake flag name cannot)")
                    .arg(key),
                flagWhere));
            continue;
        }
        if (match->policyWord.isEmpty()) {
            out.append(Diagnostic::warning(
                codes::ServiceFileIgnored,
                QStringLiteral("CONTAINER_BUNDLES entry '%1' has no restart policy, so "
                               "CONTAINER_SERVICE_FILE[%2] is packaged but never installed (only "
                               "entries with a policy get a unit); add e.g. ':always'")
                    .arg(match->text, key),
                value.location.locate(match->offset)));
            continue;
        }
        checkServiceFileValue(out, key, it.value(), runtime, false, flagWhere);
    }
    return out;
}

Diagnostics BundleValidator::checkPrerequisites(const PrerequisitesInput &input)
{
    Diagnostics out;
    const QStringList features = words(input.distroFeatures.value);
    const SourceLocation featuresWhere = valueStart(input.distroFeatures);
    for (const QLatin1String feature :
         {QLatin1String("virtualization"), QLatin1String("vcontainer")}) {
        if (features.contains(feature))
            continue;
        out.append(Diagnostic::error(
            codes::MissingDistroFeature,
            QStringLiteral("DISTRO_FEATURES lacks '%1'; meta-virtualization's container "
                           "cross-install needs both 'virtualization' and 'vcontainer'. Add: "
                           "DISTRO_FEATURES:append = \" %1\"")
                .arg(feature),
            featuresWhere));
    }

    QString arch = input.targetArch.trimmed();
    if (arch.isEmpty())
        arch = archForMachine(input.machine.trimmed());
    if (arch.isEmpty()) {
        out.append(Diagnostic::note(
            codes::UnknownArch,
            input.machine.isEmpty()
                ? QStringLiteral("Neither TARGET_ARCH nor MACHINE is known, so BBMULTICONFIG "
                                 "cannot be checked for the vruntime multiconfig")
                : QStringLiteral("TARGET_ARCH of MACHINE '%1' is not known here, so "
                                 "BBMULTICONFIG cannot be checked for the vruntime multiconfig")
                      .arg(input.machine),
            valueStart(input.bbMulticonfig)));
        return out;
    }
    const QString mc = vruntimeMulticonfig(arch);
    if (mc.isEmpty()) {
        out.append(Diagnostic::error(
            codes::NoVruntimeForArch,
            QStringLiteral("TARGET_ARCH '%1' has no vruntime multiconfig (only aarch64 and "
                           "x86_64/i686/i586 do%2): the vdkr/vpdmn blobs are never built and "
                           "do_rootfs fails with \"Docker blob directory not found\"")
                .arg(arch, arch == QLatin1String("arm")
                               ? QStringLiteral("; 32-bit arm is not supported at all")
                               : QString()),
            valueStart(input.bbMulticonfig)));
        return out;
    }
    if (!words(input.bbMulticonfig.value).contains(mc)) {
        out.append(Diagnostic::error(
            codes::MissingMulticonfig,
            QStringLiteral("BBMULTICONFIG does not contain '%1' (needed for TARGET_ARCH %2): the "
                           "vdkr/vpdmn blob dependencies are silently skipped and do_rootfs dies "
                           "with \"Docker blob directory not found\". Add: "
                           "BBMULTICONFIG:append = \" %1\"")
                .arg(mc, arch),
            valueStart(input.bbMulticonfig)));
    }
    return out;
}

} // namespace cbw::core::bundle

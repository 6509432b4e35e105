#include "filechecker.h"

#include "bitbake/document.h"
#include "bitbake/includechecker.h"
#include "bundle/bundlecodes.h"
#include "bundle/bundlevalidator.h"
#include "layers/imagerecipechecks.h"
#include "project/documentvariables.h"

#include <QFile>

#include <algorithm>

namespace cbw::core::project {

namespace {

const QString kBundled = QStringLiteral("BUNDLED_CONTAINERS");
const QString kBundles = QStringLiteral("CONTAINER_BUNDLES");

bool setsAnyOf(const bitbake::Document &document, const QStringList &prefixes)
{
    const QStringList names = document.variableNames();
    return std::any_of(names.begin(), names.end(), [&](const QString &name) {
        return std::any_of(prefixes.begin(), prefixes.end(),
                           [&](const QString &p) { return name.startsWith(p); });
    });
}

Diagnostics checkBundledContainers(const bitbake::Document &document, const DocumentVariables &vars)
{
    bundle::BundledContainersInput input;
    input.bundledContainers = vars.value(kBundled);
    if (vars.isSet(QStringLiteral("CONTAINER_DEFAULT_RUNTIME")))
        input.defaultRuntime = vars.value(QStringLiteral("CONTAINER_DEFAULT_RUNTIME")).value;
    else if (vars.value(QStringLiteral("CONTAINER_PROFILE")).value == QLatin1String("podman"))
        input.defaultRuntime = QStringLiteral("podman");
    input.serviceFiles = vars.flags(QStringLiteral("CONTAINER_SERVICE_FILE"));
    Diagnostics diagnostics = bundle::BundleValidator::validateBundledContainers(input);

    // Prerequisites live in the build configuration: check them where the bundle is
    // declared in a .conf file (local.conf or a fragment of it).
    if (document.grammar() == bitbake::Grammar::Configuration) {
        bundle::PrerequisitesInput prerequisites;
        prerequisites.distroFeatures = vars.value(QStringLiteral("DISTRO_FEATURES"));
        prerequisites.bbMulticonfig = vars.value(QStringLiteral("BBMULTICONFIG"));
        prerequisites.machine = vars.value(QStringLiteral("MACHINE")).value;
        prerequisites.targetArch = vars.value(QStringLiteral("TARGET_ARCH")).value;
        // One file cannot prove a feature absent: the distro configuration or another
        // include may add it. So in this context a missing prerequisite is a warning, and
        // one about a variable the file does not set points at BUNDLED_CONTAINERS.
        const SourceLocation anchor = input.bundledContainers.location.locate(0);
        for (Diagnostic d : bundle::BundleValidator::checkPrerequisites(prerequisites)) {
            const bool addable = d.code == bundle::codes::MissingDistroFeature ||
                                 d.code == bundle::codes::MissingMulticonfig;
            if (addable && d.severity == Severity::Error) {
                d.severity = Severity::Warning;
                d.message += QStringLiteral(" (unless the distro configuration adds it)");
            }
            if (d.location.file.isEmpty())
                d.location = anchor;
            diagnostics.append(d);
        }
    }
    return diagnostics;
}

Diagnostics checkContainerBundles(const DocumentVariables &vars)
{
    bundle::ContainerBundlesInput input;
    input.bundles = vars.value(kBundles);
    input.runtime = vars.value(QStringLiteral("CONTAINER_BUNDLE_RUNTIME"));
    input.digests = vars.flags(QStringLiteral("CONTAINER_DIGESTS"));
    input.flagsAccepted = vars.value(QStringLiteral("CONTAINER_FLAGS_ACCEPTED"));
    input.deploy = vars.value(QStringLiteral("CONTAINER_BUNDLE_DEPLOY"));
    input.serviceFiles = vars.flags(QStringLiteral("CONTAINER_SERVICE_FILE"));
    return bundle::BundleValidator::validateContainerBundles(input);
}

Diagnostics checkImageOci(const bitbake::Document &document, const DocumentVariables &vars)
{
    QStringList names;
    for (const QString &name : document.variableNames()) {
        if (name.startsWith(QLatin1String("OCI_")) || name == QLatin1String("IMAGE_INSTALL"))
            names.append(name);
    }
    return layers::validateImageVariables(vars.layerVariables(names));
}

} // namespace

Diagnostics FileChecker::checkBytes(const QByteArray &bytes, const QString &path,
                                    const FileCheckOptions &options)
{
    const auto document = bitbake::Document::parse(bytes, path);
    Diagnostics diagnostics = document.diagnostics();
    diagnostics += bitbake::IncludeChecker(options.bbpath).check(document);

    const DocumentVariables vars(document, options.overrides);
    const QStringList classes = vars.inheritedClasses();

    if (vars.isSet(kBundled))
        diagnostics += checkBundledContainers(document, vars);
    if (vars.isSet(kBundles) || classes.contains(QLatin1String("container-bundle")))
        diagnostics += checkContainerBundles(vars);
    if (classes.contains(QLatin1String("image-oci")) ||
        setsAnyOf(document, {QStringLiteral("OCI_LAYER"), QStringLiteral("OCI_BASE_IMAGE"),
                             QStringLiteral("OCI_IMAGE_")}))
        diagnostics += checkImageOci(document, vars);

    std::stable_sort(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic &a, const Diagnostic &b) {
                         return std::pair(a.location.line, a.location.column) <
                                std::pair(b.location.line, b.location.column);
                     });
    return diagnostics;
}

Diagnostics FileChecker::checkFile(const QString &path, const FileCheckOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {Diagnostic::error(QStringLiteral("io.read"),
                                  QStringLiteral("cannot read file: %1").arg(file.errorString()),
                                  {path, 0, 0})};
    }
    return checkBytes(file.readAll(), path, options);
}

} // namespace cbw::core::project

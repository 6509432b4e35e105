#include "exportunits.h"

#include "bitbake/document.h"
#include "bundle/confgenerator.h"
#include "bundle/containerbundles.h"
#include "common/atomicwrite.h"
#include "export/statementmerger.h"
#include "layers/imagerecipegenerator.h"
#include "project/localconfapply.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>

namespace cbw::core::exporting {

namespace {

using bundle::BundleDesign;

const QString bundlesDir = QStringLiteral("recipes-containers/bundles/");
const QString imagesDir = QStringLiteral("recipes-containers/images/");
const QString fragmentPath = QStringLiteral("conf/local.conf.fragment");

Diagnostic prefixed(Diagnostic d, const QString &what)
{
    d.message = what + QStringLiteral(": ") + d.message;
    return d;
}

class UnitBuilder
{
public:
    explicit UnitBuilder(const ExportRequest &request)
        : m_request(request)
        , m_explicit(request.contents != ExportContents(ExportContent::All))
    {}

    ExportUnits build()
    {
        const QList<BundleDesign> bundles = selectedBundles();
        const QList<layers::LayerDesign> images = selectedImages();
        for (const BundleDesign &b : bundles) {
            if (m_out.machine.isEmpty())
                m_out.machine = b.machine;
        }
        QList<BundleDesign> bundled;
        QList<BundleDesign> recipes;
        for (const BundleDesign &b : bundles)
            (b.mode == BundleDesign::Mode::BundledContainers ? bundled : recipes).append(b);

        ExportUnit localConf;
        localConf.kind = ExportUnit::Kind::LocalConf;
        localConf.layerPath = fragmentPath;
        localConf.label = QStringLiteral("local.conf fragment");
        if (wants(ExportContent::LocalConfFragment))
            addFragment(bundled, localConf);
        if (wants(ExportContent::HostImageAppend))
            addHostImageLines(recipes, localConf);
        if (!localConf.text.isEmpty())
            m_out.units.append(localConf);
        if (wants(ExportContent::BundleRecipe)) {
            if (recipes.isEmpty() && m_explicit)
                error(QStringLiteral("export.nothing-selected"),
                      QStringLiteral("the selection has no bundle-recipe design"));
            for (const BundleDesign &b : std::as_const(recipes))
                addBundleRecipe(b);
        }
        if (wants(ExportContent::ImageRecipes)) {
            if (images.isEmpty() && m_explicit)
                error(QStringLiteral("export.nothing-selected"),
                      QStringLiteral("the project has no container image design"));
            for (const layers::LayerDesign &image : images)
                addImageRecipe(image);
        }
        return m_out;
    }

private:
    bool wants(ExportContent c) const { return m_request.contents.testFlag(c); }

    void error(const QString &code, const QString &message)
    {
        m_out.diagnostics.append(Diagnostic::error(code, message));
    }

    QList<BundleDesign> selectedBundles()
    {
        QList<BundleDesign> result;
        for (const QString &name : m_request.bundleNames) {
            bool found = false;
            for (const BundleDesign &b : m_request.project.bundles)
                found = found || b.recipeName == name;
            if (!found)
                error(QStringLiteral("export.unknown-bundle"),
                      QStringLiteral("the project has no bundle named '%1'").arg(name));
        }
        for (const BundleDesign &b : m_request.project.bundles) {
            if (m_request.bundleNames.isEmpty() || m_request.bundleNames.contains(b.recipeName))
                result.append(b);
        }
        return result;
    }

    QList<layers::LayerDesign> selectedImages()
    {
        QList<layers::LayerDesign> result;
        for (const QString &name : m_request.imageNames) {
            bool found = false;
            for (const layers::LayerDesign &d : m_request.project.images)
                found = found || d.recipeName == name;
            if (!found)
                error(QStringLiteral("export.unknown-image"),
                      QStringLiteral("the project has no image named '%1'").arg(name));
        }
        for (const layers::LayerDesign &d : m_request.project.images) {
            if (m_request.imageNames.isEmpty() || m_request.imageNames.contains(d.recipeName))
                result.append(d);
        }
        return result;
    }

    void addFragment(const QList<BundleDesign> &bundled, ExportUnit &unit)
    {
        if (bundled.isEmpty()) {
            if (m_explicit)
                error(QStringLiteral("export.nothing-selected"),
                      QStringLiteral("the selection has no BUNDLED_CONTAINERS design for a "
                                     "local.conf fragment"));
            return;
        }
        if (bundled.size() > 1) {
            QStringList names;
            for (const BundleDesign &b : bundled)
                names.append(b.recipeName);
            error(QStringLiteral("export.several-bundled"),
                  QStringLiteral("BUNDLED_CONTAINERS holds one design, the selection has %1 (%2); "
                                 "choose one with --bundle")
                      .arg(bundled.size())
                      .arg(names.join(QStringLiteral(", "))));
            return;
        }
        const BundleDesign design = withAbsoluteServiceFiles(bundled.first());
        const bundle::GeneratedText text = bundle::ConfGenerator::localConfFragment(design);
        for (const Diagnostic &d : text.diagnostics)
            m_out.diagnostics.append(prefixed(d, QStringLiteral("bundle ") + design.recipeName));
        if (hasErrors(text.diagnostics))
            return;
        unit.text += text.text.toUtf8();
        unit.bundledContainers = design;
    }

    QDir projectDirectory() const
    {
        return QDir(m_request.projectDirectory.isEmpty() ? QDir::currentPath()
                                                         : m_request.projectDirectory);
    }

    // container-cross-install reads CONTAINER_SERVICE_FILE as a path on the build host, and
    // nothing in local.conf knows where the project lives: relative paths become absolute.
    BundleDesign withAbsoluteServiceFiles(BundleDesign design)
    {
        for (bundle::ContainerSpec &c : design.containers) {
            if (c.customServiceFile.isEmpty())
                continue;
            c.customServiceFile =
                QDir::cleanPath(projectDirectory().absoluteFilePath(c.customServiceFile));
            if (!QFileInfo(c.customServiceFile).isFile())
                m_out.diagnostics.append(Diagnostic::error(
                    QStringLiteral("export.service-file"),
                    QStringLiteral("bundle %1: custom service file %2 of %3 does not exist")
                        .arg(design.recipeName, c.customServiceFile, c.source),
                    {c.customServiceFile}));
        }
        return design;
    }

    void addHostImageLines(const QList<BundleDesign> &recipes, ExportUnit &unit)
    {
        static const QRegularExpression validImage(
            QStringLiteral(R"(\A[a-zA-Z0-9][a-zA-Z0-9+.-]*\z)"));
        QMap<QString, QStringList> byHost;
        for (const BundleDesign &b : recipes) {
            const QString host = m_request.hostImage.isEmpty() ? b.hostImage : m_request.hostImage;
            if (host.isEmpty()) {
                const QString message =
                    QStringLiteral(
                        "bundle %1: no host image, so no IMAGE_INSTALL:append:pn-<image> "
                        "line is exported for it; give one with --host-image")
                        .arg(b.recipeName);
                m_out.diagnostics.append(
                    m_explicit
                        ? Diagnostic::error(QStringLiteral("export.no-host-image"), message)
                        : Diagnostic::warning(QStringLiteral("export.no-host-image"), message));
                continue;
            }
            if (!validImage.match(host).hasMatch()) {
                error(
                    QStringLiteral("export.bad-host-image"),
                    QStringLiteral("'%1' is not a recipe name usable in a pn- override").arg(host));
                continue;
            }
            if (!byHost[host].contains(b.recipeName))
                byHost[host].append(b.recipeName);
        }
        if (recipes.isEmpty() && m_explicit && !wants(ExportContent::LocalConfFragment))
            error(QStringLiteral("export.nothing-selected"),
                  QStringLiteral("the selection has no bundle-recipe design to install"));
        if (byHost.isEmpty())
            return;
        QByteArray lines;
        for (auto it = byHost.cbegin(); it != byHost.cend(); ++it) {
            lines += QStringLiteral("IMAGE_INSTALL:append:pn-%1 = \" %2\"\n")
                         .arg(it.key(), it.value().join(QLatin1Char(' ')))
                         .toUtf8();
            if (!m_out.hostImages.contains(it.key()))
                m_out.hostImages.append(it.key());
        }
        if (!unit.text.isEmpty())
            unit.text += '\n';
        unit.text += "# Bundle packages for the host image, pn- scoped: a global IMAGE_INSTALL\n"
                     "# append would make every image depend on the bundle (circular).\n";
        unit.text += lines;
        unit.hostImageLines = lines;
    }

    void addBundleRecipe(const BundleDesign &design)
    {
        const bundle::GeneratedText text = bundle::ConfGenerator::bundleRecipe(design);
        const QString what = QStringLiteral("bundle ") + design.recipeName;
        for (const Diagnostic &d : text.diagnostics)
            m_out.diagnostics.append(prefixed(d, what));
        if (hasErrors(text.diagnostics))
            return;
        ExportUnit unit;
        unit.kind = ExportUnit::Kind::BundleRecipe;
        unit.layerPath = bundlesDir + text.fileName;
        unit.label = QStringLiteral("bundle recipe ") + text.fileName;
        unit.text = text.text.toUtf8();
        const QDir base = projectDirectory();
        for (const bundle::CompanionFile &c : text.companions) {
            const Result<QByteArray> bytes = readWholeFile(base.absoluteFilePath(c.sourcePath));
            if (!bytes) {
                m_out.diagnostics.append(Diagnostic::error(
                    QStringLiteral("export.service-file"),
                    QStringLiteral("%1: custom service file: %2").arg(what, bytes.error().message),
                    {base.absoluteFilePath(c.sourcePath)}));
                continue;
            }
            unit.companions.append({c.relativePath, *bytes});
        }
        m_out.units.append(unit);
    }

    void addImageRecipe(const layers::LayerDesign &design)
    {
        const QString what = QStringLiteral("image ") + design.recipeName;
        const Diagnostics problems = layers::validateDesign(design);
        for (const Diagnostic &d : problems)
            m_out.diagnostics.append(prefixed(d, what));
        if (hasErrors(problems))
            return;
        const Result<QString> text = layers::generateImageRecipe(design);
        if (!text) {
            error(QStringLiteral("export.image-recipe"),
                  what + QStringLiteral(": ") + text.error().message);
            return;
        }
        ExportUnit unit;
        unit.kind = ExportUnit::Kind::ImageRecipe;
        unit.layerPath = imagesDir + layers::imageRecipeFileName(design);
        unit.label = QStringLiteral("image recipe ") + layers::imageRecipeFileName(design);
        unit.text = text->toUtf8();
        m_out.units.append(unit);
        m_out.imageRecipes.append(design.recipeName);
    }

    const ExportRequest &m_request;
    const bool m_explicit;
    ExportUnits m_out;
};

} // namespace

ExportUnits buildExportUnits(const ExportRequest &request)
{
    return UnitBuilder(request).build();
}

namespace {

// A digest flag is only read for a remote entry of CONTAINER_BUNDLES. Flags of entries that
// left the recipe are kept (a conditional :append may still use them) but pointed out.
void warnAboutUnusedDigests(const QByteArray &bytes, const QString &path, Diagnostics &out)
{
    const bitbake::Document doc = bitbake::Document::parse(bytes, path);
    const QString flagVar = QStringLiteral("CONTAINER_DIGESTS");
    QStringList used;
    for (const bitbake::Assignment &a : doc.assignments(QStringLiteral("CONTAINER_BUNDLES"))) {
        for (const bundle::ContainerBundleEntry &e :
             bundle::ContainerBundles::parse(a.value).entries) {
            if (e.remote)
                used.append(e.digestKey());
        }
    }
    for (const QString &flag : doc.flagNames(flagVar)) {
        const QList<bitbake::Assignment> statements = doc.flagAssignments(flagVar, flag);
        if (used.contains(flag) || statements.isEmpty())
            continue;
        out.append(Diagnostic::warning(
            QStringLiteral("export.unused-digest"),
            QStringLiteral("%1[%2] is kept, but no CONTAINER_BUNDLES entry of the file uses it")
                .arg(flagVar, flag),
            {path, statements.first().lastLine, 1}));
    }
}

} // namespace

UnitMerge mergeUnit(const ExportUnit &unit, const QByteArray &existing, const QString &path)
{
    UnitMerge out;
    out.bytes = existing;
    if (unit.kind != ExportUnit::Kind::LocalConf) {
        MergeOutcome merged = StatementMerger::merge(existing, path, unit.text);
        out.diagnostics = merged.diagnostics;
        if (merged.ok()) {
            out.bytes = merged.bytes;
            out.changed = merged.changed;
            if (unit.kind == ExportUnit::Kind::BundleRecipe)
                warnAboutUnusedDigests(out.bytes, path, out.diagnostics);
        }
        return out;
    }
    if (StatementMerger::refusesBrokenFile(existing, path, out.diagnostics))
        return out;
    QByteArray bytes = existing;
    QStringList changed;
    if (unit.bundledContainers) {
        project::LocalConfApplyOptions options;
        options.fixDistroFeatures = true;
        options.fixMulticonfig = true;
        const project::LocalConfApplyResult applied =
            project::LocalConfApply::apply(existing, path, *unit.bundledContainers, options);
        out.diagnostics += applied.diagnostics;
        if (hasErrors(applied.diagnostics))
            return out;
        bytes = applied.bytes;
        for (const project::LocalConfChange &c : applied.changes)
            changed.append(c.kind == project::LocalConfChange::Kind::Removed
                               ? QStringLiteral("removed ") + c.statement
                               : c.statement);
    }
    if (!unit.hostImageLines.isEmpty()) {
        const MergeOutcome merged = StatementMerger::merge(bytes, path, unit.hostImageLines);
        out.diagnostics += merged.diagnostics;
        if (!merged.ok())
            return out;
        bytes = merged.bytes;
        changed += merged.changed;
    }
    out.bytes = bytes;
    out.changed = changed;
    return out;
}

QStringList statementsOf(const QByteArray &text, const QString &path)
{
    QStringList names;
    const bitbake::Document doc = bitbake::Document::parse(text, path);
    for (const bitbake::Statement &st : doc.statements()) {
        if (st.kind == bitbake::StatementKind::Assignment) {
            const bitbake::Assignment &a = st.assignment;
            names.append(a.isFlag() ? a.name + QLatin1Char('[') + a.flag + QLatin1Char(']')
                                    : a.name);
        } else if (st.kind == bitbake::StatementKind::Inherit) {
            names.append(QStringLiteral("inherit ") + st.arguments.join(QLatin1Char(' ')));
        }
    }
    return names;
}

} // namespace cbw::core::exporting

#include "exportplan.h"

#include "bitbake/document.h"
#include "common/atomicwrite.h"
#include "common/unifieddiff.h"
#include "export/exportunits.h"
#include "export/layerconf.h"
#include "export/writetransaction.h"
#include "export/zipwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace cbw::core::exporting {

namespace {

const QString fragmentUse = QStringLiteral(
    "append %1 to your build's conf/local.conf, or use --merge-into conf/local.conf");

Diagnostic planError(const QString &code, const QString &message, const QString &file = {})
{
    return Diagnostic::error(code, message, {file});
}

// Plans files on disk: what exists is merged (or left alone when the merge changes nothing),
// what does not is created.
class DiskPlanner
{
public:
    explicit DiskPlanner(ExportPlan &plan)
        : m_plan(plan)
    {}

    void planUnit(const ExportUnit &unit, const QString &path, const QString &display)
    {
        const QFileInfo info(path);
        if (!info.exists()) {
            planCreate(path, display, unit.text, statementsOf(unit.text, path));
        } else if (readable(path)) {
            const Result<QByteArray> before = readWholeFile(path);
            if (!before) {
                m_plan.diagnostics.append(
                    planError(QStringLiteral("export.read-failed"), before.error().message, path));
                return;
            }
            const UnitMerge merged = mergeUnit(unit, *before, path);
            m_plan.diagnostics += merged.diagnostics;
            if (hasErrors(merged.diagnostics))
                return;
            addExisting(path, display, *before, merged.bytes, merged.changed);
        }
        const QString dir = QFileInfo(path).absolutePath();
        const QString displayDir = QFileInfo(display).path();
        for (const CompanionBytes &c : unit.companions) {
            const QString displayPath = displayDir == QLatin1String(".")
                                            ? c.relativePath
                                            : displayDir + QLatin1Char('/') + c.relativePath;
            planPlainFile(QDir(dir).absoluteFilePath(c.relativePath), displayPath, c.bytes);
        }
    }

    // A file that is replaced as a whole (service files, layer.conf).
    void planPlainFile(const QString &path, const QString &display, const QByteArray &bytes)
    {
        if (!QFileInfo::exists(path)) {
            planCreate(path, display, bytes, {});
            return;
        }
        if (!readable(path))
            return;
        const Result<QByteArray> before = readWholeFile(path);
        if (!before) {
            m_plan.diagnostics.append(
                planError(QStringLiteral("export.read-failed"), before.error().message, path));
            return;
        }
        addExisting(path, display, *before, bytes, {});
    }

private:
    bool readable(const QString &path)
    {
        if (QFileInfo(path).isDir()) {
            m_plan.diagnostics.append(planError(QStringLiteral("export.target-is-directory"),
                                                QStringLiteral("%1 is a directory").arg(path),
                                                path));
            return false;
        }
        return true;
    }

    void planCreate(const QString &path, const QString &display, const QByteArray &bytes,
                    const QStringList &statements)
    {
        // Found now rather than half-way through writing.
        QString dir = QFileInfo(path).absolutePath();
        while (!QFileInfo::exists(dir) && QFileInfo(dir).absolutePath() != dir)
            dir = QFileInfo(dir).absolutePath();
        if (!QFileInfo(dir).isDir()) {
            m_plan.diagnostics.append(planError(
                QStringLiteral("export.not-a-directory"),
                QStringLiteral("cannot create %1: %2 is not a directory").arg(path, dir), path));
            return;
        }
        PlannedFile f;
        f.action = PlannedFile::Action::Create;
        f.path = path;
        f.displayName = display;
        f.after = bytes;
        f.changedStatements = statements;
        m_plan.files.append(f);
    }

    void addExisting(const QString &path, const QString &display, const QByteArray &before,
                     const QByteArray &after, const QStringList &changed)
    {
        PlannedFile f;
        f.action = before == after ? PlannedFile::Action::Unchanged : PlannedFile::Action::Modify;
        f.path = path;
        f.displayName = display;
        f.before = before;
        f.after = after;
        f.changedStatements = changed;
        m_plan.files.append(f);
    }

    ExportPlan &m_plan;
};

class Planner
{
public:
    explicit Planner(const ExportRequest &request) { m_plan.request = request; }

    ExportPlan run()
    {
        const ExportRequest &r = m_plan.request;
        if (r.targetPath.isEmpty()) {
            m_plan.diagnostics.append(planError(QStringLiteral("export.no-target"),
                                                QStringLiteral("no target path given")));
            return m_plan;
        }
        m_units = buildExportUnits(r);
        m_plan.diagnostics += m_units.diagnostics;
        if (m_units.units.isEmpty()) {
            if (!hasErrors(m_plan.diagnostics))
                m_plan.diagnostics.append(
                    planError(QStringLiteral("export.nothing-selected"),
                              QStringLiteral("nothing to export: the selection is empty")));
            return m_plan;
        }
        m_target = QFileInfo(r.targetPath).absoluteFilePath();
        switch (r.target) {
        case ExportTarget::NewFile:
        case ExportTarget::MergeIntoFile:
            planSingleFile();
            break;
        case ExportTarget::LayerDirectory:
            planLayerDirectory();
            break;
        case ExportTarget::Zip:
            planZip();
            break;
        }
        addUsage();
        return m_plan;
    }

private:
    bool hasUnit(ExportUnit::Kind kind) const
    {
        for (const ExportUnit &u : m_units.units) {
            if (u.kind == kind)
                return true;
        }
        return false;
    }

    void planSingleFile()
    {
        const bool merge = m_plan.request.target == ExportTarget::MergeIntoFile;
        if (m_units.units.size() != 1) {
            QStringList labels;
            for (const ExportUnit &u : std::as_const(m_units.units))
                labels.append(u.label);
            m_plan.diagnostics.append(planError(
                QStringLiteral("export.several-files"),
                QStringLiteral("the selection makes %1 files (%2); %3 takes one: narrow it with "
                               "--what/--bundle, or export a layer directory or zip")
                    .arg(m_units.units.size())
                    .arg(labels.join(QStringLiteral(", ")),
                         merge ? QStringLiteral("--merge-into") : QStringLiteral("-o")),
                m_target));
            return;
        }
        const ExportUnit &unit = m_units.units.first();
        const QFileInfo info(m_target);
        if (merge && !info.exists()) {
            m_plan.diagnostics.append(planError(
                QStringLiteral("export.missing-target"),
                QStringLiteral("%1 does not exist; use -o to create it").arg(m_target), m_target));
            return;
        }
        if (!merge && info.exists()) {
            m_plan.diagnostics.append(planError(
                QStringLiteral("export.target-exists"),
                QStringLiteral("%1 exists; use --merge-into to merge into it").arg(m_target),
                m_target));
            return;
        }
        const bool isConf = m_target.endsWith(QLatin1String(".conf")) ||
                            m_target.endsWith(QLatin1String(".conf.fragment"));
        const bool isRecipe = m_target.endsWith(QLatin1String(".bb")) ||
                              m_target.endsWith(QLatin1String(".bbappend")) ||
                              m_target.endsWith(QLatin1String(".inc"));
        if (merge && unit.kind == ExportUnit::Kind::LocalConf && !isConf) {
            m_plan.diagnostics.append(planError(
                QStringLiteral("export.wrong-file-kind"),
                QStringLiteral("local.conf statements are merged into a .conf file, not %1")
                    .arg(m_target),
                m_target));
            return;
        }
        if (merge && unit.kind != ExportUnit::Kind::LocalConf && !isRecipe) {
            m_plan.diagnostics.append(planError(
                QStringLiteral("export.wrong-file-kind"),
                QStringLiteral("a recipe is merged into a .bb/.bbappend/.inc file, not %1")
                    .arg(m_target),
                m_target));
            return;
        }
        DiskPlanner(m_plan).planUnit(unit, m_target, info.fileName());
    }

    void planLayerDirectory()
    {
        const QFileInfo root(m_target);
        if (root.exists() && !root.isDir()) {
            m_plan.diagnostics.append(
                planError(QStringLiteral("export.not-a-directory"),
                          QStringLiteral("%1 is not a directory").arg(m_target), m_target));
            return;
        }
        const QString collection = collectionName(root.fileName());
        if (collection.isEmpty())
            return;
        DiskPlanner disk(m_plan);
        const QDir dir(m_target);
        const QString layerConf = dir.absoluteFilePath(QStringLiteral("conf/layer.conf"));
        // An existing layer keeps its own layer.conf.
        if (!QFileInfo::exists(layerConf))
            disk.planPlainFile(layerConf, QStringLiteral("conf/layer.conf"),
                               layerConfText(collection));
        else
            checkExistingBbfiles(layerConf);
        for (const ExportUnit &unit : std::as_const(m_units.units))
            disk.planUnit(unit, dir.absoluteFilePath(unit.layerPath), unit.layerPath);
    }

    // A recipe that the layer's BBFILES does not match is silently never parsed by BitBake.
    // BitBake globs BBFILES: '*' stays within one path segment, as in Qt's path wildcards.
    void checkExistingBbfiles(const QString &layerConf)
    {
        const Result<QByteArray> bytes = readWholeFile(layerConf);
        if (!bytes)
            return;
        const bitbake::Document doc = bitbake::Document::parse(*bytes, layerConf);
        QList<QRegularExpression> patterns;
        for (QString word : doc.evaluate(QStringLiteral("BBFILES"))
                                .value.simplified()
                                .split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            word.replace(QStringLiteral("${LAYERDIR}"), m_target);
            patterns.append(
                QRegularExpression(QRegularExpression::wildcardToRegularExpression(word)));
        }
        for (const ExportUnit &unit : std::as_const(m_units.units)) {
            if (unit.kind == ExportUnit::Kind::LocalConf)
                continue;
            const QString path = QDir(m_target).absoluteFilePath(unit.layerPath);
            bool matched = false;
            for (const QRegularExpression &re : std::as_const(patterns))
                matched = matched || re.match(path).hasMatch();
            if (!matched)
                m_plan.diagnostics.append(Diagnostic::warning(
                    QStringLiteral("export.not-in-bbfiles"),
                    QStringLiteral("%1 is not matched by BBFILES of %2, so BitBake will not "
                                   "parse it")
                        .arg(unit.layerPath, layerConf),
                    {layerConf}));
        }
    }

    void planZip()
    {
        const QFileInfo zip(m_target);
        if (zip.isDir()) {
            m_plan.diagnostics.append(planError(QStringLiteral("export.target-is-directory"),
                                                QStringLiteral("%1 is a directory").arg(m_target),
                                                m_target));
            return;
        }
        if (!QFileInfo(zip.absolutePath()).isDir()) {
            m_plan.diagnostics.append(
                planError(QStringLiteral("export.not-a-directory"),
                          QStringLiteral("cannot create %1: %2 is not a directory")
                              .arg(m_target, zip.absolutePath()),
                          m_target));
            return;
        }
        if (zip.exists())
            m_plan.diagnostics.append(Diagnostic::warning(
                QStringLiteral("export.zip-replaced"),
                QStringLiteral("%1 exists and is replaced (the old one is kept as .bak)")
                    .arg(m_target),
                {m_target}));
        const QString root = zipRootName();
        const QString collection = collectionName(root);
        if (collection.isEmpty())
            return;
        const auto entry = [&root](const QString &relative) -> QString {
            return root + QLatin1Char('/') + relative;
        };
        addZipEntry(entry(QStringLiteral("conf/layer.conf")), layerConfText(collection), {});
        for (const ExportUnit &unit : std::as_const(m_units.units)) {
            addZipEntry(entry(unit.layerPath), unit.text, statementsOf(unit.text, unit.layerPath));
            const QString dir = QFileInfo(unit.layerPath).path();
            for (const CompanionBytes &c : unit.companions)
                addZipEntry(entry(dir + QLatin1Char('/') + c.relativePath), c.bytes, {});
        }
    }

    void addZipEntry(const QString &path, const QByteArray &bytes, const QStringList &statements)
    {
        if (const VoidResult ok = ZipWriter::checkEntryPath(path); !ok) {
            m_plan.diagnostics.append(
                planError(QStringLiteral("export.bad-entry"), ok.error().message, m_target));
            return;
        }
        PlannedFile f;
        f.action = PlannedFile::Action::Create;
        f.path = path;
        f.displayName = path;
        f.after = bytes;
        f.changedStatements = statements;
        m_plan.files.append(f);
    }

    // "OUT.zip" -> "meta-OUT", "meta-foo.zip" -> "meta-foo".
    QString zipRootName() const
    {
        QString base = QFileInfo(m_target).fileName();
        if (base.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
            base.chop(4);
        return base.startsWith(QLatin1String("meta-")) ? base : QStringLiteral("meta-") + base;
    }

    QString collectionName(const QString &directoryName)
    {
        const QString collection = m_plan.request.layerCollection.isEmpty()
                                       ? LayerConf::collectionForDirectory(directoryName)
                                       : m_plan.request.layerCollection;
        if (const VoidResult ok = LayerConf::checkCollection(collection); !ok) {
            m_plan.diagnostics.append(planError(
                QStringLiteral("export.bad-collection"),
                ok.error().message + QStringLiteral("; choose one explicitly"), m_target));
            return {};
        }
        return collection;
    }

    QByteArray layerConfText(const QString &collection) const
    {
        return LayerConf::text(collection, m_plan.request.layerPriority,
                               m_plan.request.layerSeriesCompat)
            .toUtf8();
    }

    void addUsage()
    {
        const ExportRequest &r = m_plan.request;
        const QString machine =
            m_units.machine.isEmpty() ? QStringLiteral("<machine>") : m_units.machine;
        QString layer;
        if (r.target == ExportTarget::LayerDirectory) {
            layer = m_target;
            m_plan.usage.append(QStringLiteral("bitbake-layers add-layer ") + layer);
        } else if (r.target == ExportTarget::Zip) {
            m_plan.usage.append(
                QStringLiteral("unzip %1 -d <your layers directory>").arg(m_target));
            layer = QStringLiteral("<your layers directory>/") + zipRootName();
            m_plan.usage.append(QStringLiteral("bitbake-layers add-layer ") + layer);
        } else if (!hasUnit(ExportUnit::Kind::LocalConf)) {
            m_plan.usage.append(
                QStringLiteral("place %1 in a layer's recipes-containers/ directory")
                    .arg(QFileInfo(m_target).fileName()));
        }
        if (!layer.isEmpty() && hasUnit(ExportUnit::Kind::LocalConf))
            m_plan.usage.append(
                fragmentUse.arg(layer + QStringLiteral("/conf/local.conf.fragment")));
        if (r.target == ExportTarget::NewFile && hasUnit(ExportUnit::Kind::LocalConf))
            m_plan.usage.append(fragmentUse.arg(m_target));
        QStringList targets = m_units.hostImages;
        if (targets.isEmpty())
            targets = m_units.imageRecipes;
        if (!targets.isEmpty())
            m_plan.usage.append(QStringLiteral("MACHINE=%1 bitbake %2")
                                    .arg(machine, targets.join(QLatin1Char(' '))));
    }

    ExportPlan m_plan;
    ExportUnits m_units;
    QString m_target;
};

} // namespace

QByteArray PlannedFile::preview() const
{
    switch (action) {
    case Action::Create:
        return after;
    case Action::Modify:
        return UnifiedDiff::diff(before, after, QStringLiteral("a/") + displayName,
                                 QStringLiteral("b/") + displayName);
    case Action::Unchanged:
        break;
    }
    return {};
}

bool ExportPlan::canWrite() const
{
    if (hasErrors(diagnostics))
        return false;
    for (const PlannedFile &f : files) {
        if (f.action != PlannedFile::Action::Unchanged)
            return true;
    }
    return false;
}

ExportPlan planExport(const ExportRequest &request)
{
    return Planner(request).run();
}

ExportWriteReport writeExport(const ExportPlan &plan)
{
    ExportWriteReport report;
    if (!plan.canWrite()) {
        report.failedPath = plan.request.targetPath;
        report.error = hasErrors(plan.diagnostics)
                           ? QStringLiteral("the plan has errors; nothing was written")
                           : QStringLiteral("nothing to write");
        return report;
    }
    if (plan.request.target != ExportTarget::Zip)
        return WriteTransaction().run(plan.files);

    QList<ZipEntry> entries;
    for (const PlannedFile &f : plan.files)
        entries.append({f.path, f.after});
    const QString zipPath = QFileInfo(plan.request.targetPath).absoluteFilePath();
    const Result<QByteArray> zip = ZipWriter::build(entries);
    if (!zip) {
        report.failedPath = zipPath;
        report.error = zip.error().message;
        return report;
    }
    const bool existed = QFileInfo::exists(zipPath);
    if (const VoidResult w = writeFileAtomically(
            zipPath, *zip, existed ? BackupPolicy::KeepBak : BackupPolicy::None);
        !w) {
        report.failedPath = zipPath;
        report.error = w.error().message;
        return report;
    }
    report.written.append(zipPath);
    if (existed)
        report.backups.append(zipPath + QStringLiteral(".bak"));
    return report;
}

} // namespace cbw::core::exporting

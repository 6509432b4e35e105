#include "localconfapply.h"

#include "bitbake/document.h"
#include "common/atomicwrite.h"
#include "common/unifieddiff.h"
#include "project/documentvariables.h"
#include "project/prerequisites.h"

#include <QSet>

#include <algorithm>

namespace cbw::core::project {

namespace {

using bitbake::Assignment;
using bitbake::AssignOperator;
using bitbake::Document;
using bitbake::OverrideOperation;

const QString bundledVar = QStringLiteral("BUNDLED_CONTAINERS");
const QString serviceVar = QStringLiteral("CONTAINER_SERVICE_FILE");

QStringList splitWords(const QString &text)
{
    return text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// A statement that changes BUNDLED_CONTAINERS after (or regardless of) the assignment
// setValue rewrites, so the rewritten value alone would not be what BitBake reads.
bool distortsValue(const Assignment &a)
{
    if (a.isFlag() || !a.isUnconditional())
        return false;
    return a.operation != OverrideOperation::None || a.op == AssignOperator::AppendSpace ||
           a.op == AssignOperator::PrependSpace || a.op == AssignOperator::AppendDot ||
           a.op == AssignOperator::PrependDot;
}

// The edits run on a copy and are all-or-nothing: the first refused edit becomes an error
// diagnostic and the caller keeps the original bytes.
class LocalConfEditor
{
public:
    LocalConfEditor(const Document &original, LocalConfApplyResult &result)
        : m_original(original)
        , m_doc(original)
        , m_result(result)
    {}

    bool failed() const { return m_failed; }
    const Document &document() const { return m_doc; }

    void applyBundledContainers(const QString &value)
    {
        const QStringList wanted = splitWords(value);
        const bitbake::EvaluatedValue before = m_doc.evaluate(bundledVar);
        for (const Assignment &a : m_doc.assignments(bundledVar)) {
            if (!a.isUnconditional())
                m_result.diagnostics.append(Diagnostic::warning(
                    codes::ConditionalKept,
                    QStringLiteral("%1 is kept: it still changes BUNDLED_CONTAINERS wherever its "
                                   "override is active")
                        .arg(a.name),
                    {m_doc.filePath(), a.lastLine, 1}));
        }
        if (splitWords(before.value) == wanted && (before.isSet || wanted.isEmpty()))
            return;

        Document trial = m_doc;
        if (trial.setValue(bundledVar, value) &&
            splitWords(trial.evaluate(bundledVar).value) == wanted) {
            m_doc = std::move(trial);
            record(LocalConfChange::Kind::Set, bundledVar, before.value, value);
            return;
        }
        // Appends, prepends, removes or += lines would distort the new value: drop them
        // (last first, so the earlier statements keep their indexes) and set the base.
        QList<Assignment> distorting;
        for (const Assignment &a : m_doc.assignments(bundledVar)) {
            if (distortsValue(a))
                distorting.append(a);
        }
        std::reverse(distorting.begin(), distorting.end());
        for (const Assignment &a : std::as_const(distorting)) {
            if (!check(m_doc.removeAssignment(a)))
                return;
            record(LocalConfChange::Kind::Removed, a.name + QLatin1Char(' ') + operatorText(a.op),
                   a.value, {});
        }
        if (!check(m_doc.setValue(bundledVar, value)))
            return;
        const QString now = m_doc.evaluate(bundledVar).value;
        if (splitWords(now) != wanted) {
            fail(Error(QStringLiteral("BUNDLED_CONTAINERS would read '%1' instead of '%2' after "
                                      "the edit; edit local.conf by hand")
                           .arg(now, value),
                       {m_doc.filePath()}));
            return;
        }
        record(LocalConfChange::Kind::Set, bundledVar, before.value, value);
    }

    void applyServiceFiles(const bundle::BundleDesign &design, const QMap<QString, QString> &wanted,
                           const QStringList &oldNames)
    {
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
            const bitbake::EvaluatedValue current = m_doc.evaluateFlag(serviceVar, it.key());
            if (current.isSet && current.value == it.value())
                continue;
            if (!check(m_doc.setFlag(serviceVar, it.key(), it.value())))
                return;
            record(LocalConfChange::Kind::Set, flagName(it.key()), current.value, it.value());
        }
        QSet<QString> designNames;
        for (const bundle::ContainerSpec &c : design.containers)
            designNames.insert(c.source);
        for (const QString &flag : m_doc.flagNames(serviceVar)) {
            if (wanted.contains(flag))
                continue;
            if (m_doc.flagAssignments(serviceVar, flag).isEmpty())
                continue;
            if (!designNames.contains(flag) && !oldNames.contains(flag)) {
                // Diagnostics point into the file as the user has it, not the edited copy.
                const QList<Assignment> statements = m_original.flagAssignments(serviceVar, flag);
                m_result.diagnostics.append(Diagnostic::note(
                    codes::ServiceFileKept,
                    QStringLiteral("%1 is kept: no container of this design or of the old "
                                   "BUNDLED_CONTAINERS has that name (a bundle recipe may use it)")
                        .arg(flagName(flag)),
                    {m_doc.filePath(), statements.isEmpty() ? 0 : statements.first().lastLine, 1}));
                continue;
            }
            const QString old = m_doc.evaluateFlag(serviceVar, flag).value;
            if (!check(m_doc.removeFlag(serviceVar, flag)))
                return;
            record(LocalConfChange::Kind::Removed, flagName(flag), old, {});
        }
    }

    void applyPrerequisites(const bundle::BundleDesign &design,
                            const LocalConfApplyOptions &options)
    {
        // The edits so far touch neither variable; reading the original keeps the
        // diagnostics' positions in the file as the user has it.
        const DocumentVariables vars(m_original);
        bundle::PrerequisitesInput input;
        input.distroFeatures = vars.value(QStringLiteral("DISTRO_FEATURES"));
        input.bbMulticonfig = vars.value(QStringLiteral("BBMULTICONFIG"));
        input.targetArch =
            options.targetArch.isEmpty() ? design.effectiveArch() : options.targetArch;
        input.machine = vars.value(QStringLiteral("MACHINE")).value.trimmed();
        for (const Prerequisite &p : Prerequisites::missing(input)) {
            const bool wanted = p.variable == QLatin1String("DISTRO_FEATURES")
                                    ? options.fixDistroFeatures
                                    : options.fixMulticonfig;
            if (!wanted)
                continue;
            if (!p.isFixable()) {
                m_result.diagnostics.append(Diagnostic::warning(
                    codes::NoVruntimeFix,
                    QStringLiteral("BBMULTICONFIG not changed: %1").arg(p.diagnostic.message),
                    p.diagnostic.location));
                continue;
            }
            const QString before = m_doc.evaluate(p.variable).value;
            if (!check(m_doc.appendValue(p.variable, p.missingWords)))
                return;
            record(LocalConfChange::Kind::Set, p.variable + QStringLiteral(":append"), before,
                   m_doc.evaluate(p.variable).value);
        }
    }

private:
    static QString flagName(const QString &flag)
    {
        return serviceVar + QLatin1Char('[') + flag + QLatin1Char(']');
    }

    bool check(const VoidResult &result)
    {
        if (!result)
            fail(result.error());
        return bool(result);
    }

    void fail(const Error &error)
    {
        SourceLocation where = error.location;
        if (where.file.isEmpty())
            where.file = m_doc.filePath();
        m_result.diagnostics.append(Diagnostic::error(
            codes::ApplyRefused, QStringLiteral("local.conf not changed: %1").arg(error.message),
            where));
        m_failed = true;
    }

    void record(LocalConfChange::Kind kind, const QString &statement, const QString &oldValue,
                const QString &newValue)
    {
        m_result.changes.append({kind, statement, oldValue, newValue});
    }

    const Document &m_original;
    Document m_doc;
    LocalConfApplyResult &m_result;
    bool m_failed = false;
};

} // namespace

LocalConfApplyResult LocalConfApply::apply(const QByteArray &localConf, const QString &path,
                                           const bundle::BundleDesign &design,
                                           const LocalConfApplyOptions &options)
{
    LocalConfApplyResult result;
    result.bytes = localConf;
    if (design.mode != bundle::BundleDesign::Mode::BundledContainers) {
        result.diagnostics.append(Diagnostic::error(
            codes::ApplyRefused,
            QStringLiteral("Only a BUNDLED_CONTAINERS design is applied to local.conf; a bundle "
                           "recipe design is exported as a recipe"),
            {path}));
        return result;
    }
    const Diagnostics designProblems = bundle::BundleDesignCodec::validate(design);
    if (hasErrors(designProblems)) {
        for (const Diagnostic &d : designProblems) {
            if (d.isError())
                result.diagnostics.append(d);
        }
        result.diagnostics.append(Diagnostic::error(
            codes::ApplyRefused, QStringLiteral("local.conf not changed: the design has errors"),
            {path}));
        return result;
    }

    const Document original = Document::parse(localConf, path);
    QStringList oldNames;
    for (const QString &entry : splitWords(original.evaluate(bundledVar).value))
        oldNames.append(entry.section(QLatin1Char(':'), 0, 0));

    const bundle::DesignValues values = bundle::BundleDesignCodec::toValues(design);
    LocalConfEditor editor(original, result);
    editor.applyBundledContainers(values.bundledContainers);
    if (!editor.failed())
        editor.applyServiceFiles(design, values.serviceFiles, oldNames);
    if (!editor.failed() && (options.fixDistroFeatures || options.fixMulticonfig))
        editor.applyPrerequisites(design, options);
    if (editor.failed()) {
        result.changes.clear();
        return result;
    }
    result.bytes = editor.document().toBytes();
    return result;
}

Result<LocalConfApplyResult> LocalConfApply::applyToFile(const QString &path,
                                                         const bundle::BundleDesign &design,
                                                         const LocalConfApplyOptions &options)
{
    const Result<QByteArray> bytes = readWholeFile(path);
    if (!bytes)
        return bytes.error();
    LocalConfApplyResult result = apply(*bytes, path, design, options);
    if (hasErrors(result.diagnostics) || result.bytes == *bytes)
        return result;
    if (const VoidResult written = writeFileAtomically(path, result.bytes, BackupPolicy::KeepBak);
        !written)
        return written.error();
    result.written = true;
    return result;
}

QByteArray LocalConfApply::preview(const QByteArray &before, const LocalConfApplyResult &result,
                                   const QString &displayName)
{
    return UnifiedDiff::diff(before, result.bytes, QStringLiteral("a/") + displayName,
                             QStringLiteral("b/") + displayName);
}

} // namespace cbw::core::project

#include "documentvariables.h"

#include <algorithm>

namespace cbw::core::project {

using bitbake::Assignment;

DocumentVariables::DocumentVariables(const bitbake::Document &document, QStringList overrides)
    : m_document(document)
    , m_overrides(std::move(overrides))
{}

bool DocumentVariables::isSet(const QString &variable) const
{
    return m_document.evaluate(variable, m_overrides).isSet;
}

ValueLocation DocumentVariables::composeLocation(const QString &value,
                                                 const QList<Assignment> &assignments) const
{
    // Each statement's text appears verbatim somewhere in the composed value (operators
    // only add spaces around it; :remove deletes whole words, which we skip). Claim the
    // first unclaimed occurrence of each, latest statements first so an overridden early
    // assignment does not steal the position of the one that counts.
    struct Piece
    {
        int offset;
        int length;
        ValueLocation location;
    };
    QList<Piece> pieces;
    const auto overlaps = [&pieces](int begin, int length) {
        return std::any_of(pieces.begin(), pieces.end(), [&](const Piece &p) {
            return begin < p.offset + p.length && p.offset < begin + length;
        });
    };
    for (auto it = assignments.crbegin(); it != assignments.crend(); ++it) {
        const Assignment &a = *it;
        if (a.operation == bitbake::OverrideOperation::Remove || a.value.isEmpty())
            continue;
        qsizetype from = 0;
        while (true) {
            const qsizetype at = value.indexOf(a.value, from);
            if (at < 0)
                break;
            if (!overlaps(int(at), int(a.value.size()))) {
                pieces.append({int(at), int(a.value.size()), a.valueLocation});
                break;
            }
            from = at + 1;
        }
    }
    if (pieces.isEmpty()) {
        if (assignments.isEmpty())
            return ValueLocation(m_document.filePath(), 0, 0);
        const Assignment &last = assignments.last();
        return last.valueLocation.isValid()
                   ? last.valueLocation
                   : ValueLocation(m_document.filePath(), last.lastLine, 1);
    }
    std::sort(pieces.begin(), pieces.end(),
              [](const Piece &a, const Piece &b) { return a.offset < b.offset; });
    ValueLocation composed;
    for (const Piece &p : pieces)
        composed.appendShifted(p.location, p.offset);
    return composed;
}

bundle::LocatedValue DocumentVariables::value(const QString &variable) const
{
    const auto evaluated = m_document.evaluate(variable, m_overrides);
    if (!evaluated.isSet)
        return {};
    return {evaluated.value, composeLocation(evaluated.value, m_document.assignments(variable))};
}

bundle::LocatedFlags DocumentVariables::flags(const QString &variable) const
{
    bundle::LocatedFlags result;
    for (const QString &flag : m_document.flagNames(variable)) {
        const auto evaluated = m_document.evaluateFlag(variable, flag, m_overrides);
        if (!evaluated.isSet)
            continue;
        result.insert(
            flag, {evaluated.value,
                   composeLocation(evaluated.value, m_document.flagAssignments(variable, flag))});
    }
    return result;
}

layers::LayerVariables DocumentVariables::layerVariables(const QStringList &names) const
{
    layers::LayerVariables result;
    for (const QString &name : names) {
        const auto located = value(name);
        if (located.isSet)
            result.insert(name, {located.value, located.location});
    }
    return result;
}

QStringList DocumentVariables::inheritedClasses() const
{
    QStringList classes;
    for (const auto &statement : m_document.statements()) {
        if (statement.kind == bitbake::StatementKind::Inherit ||
            statement.kind == bitbake::StatementKind::InheritDefer)
            classes += statement.arguments;
    }
    return classes;
}

} // namespace cbw::core::project

#include "datastore.h"

#include "documentparser.h"

#include <QRegularExpression>

namespace cbw::core::bitbake::detail {

namespace {

constexpr int kMaxDepth = 64;

const QRegularExpression &varRefRe()
{
    static const QRegularExpression re(QStringLiteral(R"(\$\{([a-zA-Z0-9\-_+./~:]+)\})"));
    return re;
}

bool isOverrideName(const QString &part)
{
    if (part.isEmpty())
        return false;
    const QChar c = part.at(0);
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || part.startsWith(QLatin1String("${"));
}

void addUnique(QStringList &list, const QString &item)
{
    if (!list.contains(item))
        list.append(item);
}

void addUnique(QStringList &list, const QStringList &items)
{
    for (const QString &item : items)
        addUnique(list, item);
}

// Splits keeping every whitespace character as its own element, like BitBake's
// re.split(r'(\s)'), so removing a word keeps the blanks around it.
QStringList whitespaceSplit(const QString &s)
{
    QStringList out;
    QString word;
    for (const QChar c : s) {
        if (isPythonSpace(c)) {
            out.append(word);
            out.append(QString(c));
            word.clear();
        } else {
            word += c;
        }
    }
    out.append(word);
    return out;
}

} // namespace

DataStore::DataStore(QStringList overrides)
    : m_overrides(std::move(overrides))
    , m_overrideSet(m_overrides.begin(), m_overrides.end())
{}

void DataStore::registerOverrides(const QString &var)
{
    // data_smart._setvar_update_overrides
    qsizetype cut = var.lastIndexOf(QLatin1Char(':'));
    if (cut < 0)
        return;
    QString override = var.mid(cut + 1);
    QString shortVar = var.left(cut);
    while (!override.isEmpty() && isOverrideName(override)) {
        auto &list = m_overrideData[shortVar];
        const QPair<QString, QString> entry{var, override};
        if (!list.contains(entry))
            list.append(entry);
        override.clear();
        cut = shortVar.lastIndexOf(QLatin1Char(':'));
        if (cut >= 0) {
            override = var.mid(cut + 1);
            shortVar = var.left(cut);
        }
    }
}

void DataStore::setVar(const QString &key, const QString &value)
{
    const NameParts parts = decomposeName(key);
    if (parts.operation == OverrideOperation::None) {
        m_vars[key].content = value;
        registerOverrides(key);
        return;
    }
    QString target = parts.base;
    for (const QString &v : parts.variant)
        target += QLatin1Char(':') + v;
    Record &record = m_vars[target];
    const OpEntry entry{value, parts.condition};
    if (parts.operation == OverrideOperation::Append)
        record.appends.append(entry);
    else if (parts.operation == OverrideOperation::Prepend)
        record.prepends.append(entry);
    else
        record.removes.append(entry);
    registerOverrides(target);
}

void DataStore::deleteVar(const QString &key)
{
    // data_smart.delVar: the variable, its flags and pending operations, plus the active
    // variants; the variant links are forgotten.
    m_vars.remove(key);
    const auto variants = m_overrideData.take(key);
    for (const auto &[variant, override] : variants) {
        const QStringList parts = override.split(QLatin1Char(':'));
        bool active = true;
        for (const QString &p : parts)
            active = active && m_overrideSet.contains(p);
        if (active)
            m_vars.remove(variant);
    }
}

std::optional<QString> DataStore::rawContent(const QString &key) const
{
    const auto it = m_vars.constFind(key);
    if (it == m_vars.constEnd())
        return std::nullopt;
    return it->content;
}

bool DataStore::conditionActive(const QStringList &condition) const
{
    for (const QString &o : condition) {
        if (!m_overrideSet.contains(o))
            return false;
    }
    return true;
}

void DataStore::apply(const Statement &st)
{
    switch (st.kind) {
    case StatementKind::Assignment: {
        const Assignment &a = st.assignment;
        const QString &key = a.name;
        if (a.exported)
            m_vars[key].flags.insert(QStringLiteral("export"), QStringLiteral("1"));
        std::optional<QString> old;
        if (a.isFlag()) {
            const auto it = m_vars.constFind(key);
            if (it != m_vars.constEnd() && it->flags.contains(a.flag))
                old = it->flags.value(a.flag);
        } else if (decomposeName(key).operation == OverrideOperation::None) {
            old = rawContent(key);
        }
        const QString oldText = old.value_or(QString());
        QString value = a.value;
        switch (a.op) {
        case AssignOperator::Set:
            break;
        case AssignOperator::SoftDefault:
            if (old.has_value())
                return;
            break;
        case AssignOperator::WeakDefault:
            if (a.isFlag())
                m_vars[key].weakFlags.insert(a.flag, value);
            else
                m_vars[key].weakDefault = value;
            return;
        case AssignOperator::Immediate: {
            // `A := "${A}${A}"` repeated doubles A on every line: the whole file shares
            // one budget for immediate expansion, not one per statement.
            ExpansionState state;
            state.budget = m_immediateBudget;
            value = expand(value, key, state, 0).value;
            m_immediateBudget = state.budget;
            break;
        }
        case AssignOperator::AppendSpace:
            value = oldText + QLatin1Char(' ') + value;
            break;
        case AssignOperator::PrependSpace:
            value = value + QLatin1Char(' ') + oldText;
            break;
        case AssignOperator::AppendDot:
            value = oldText + value;
            break;
        case AssignOperator::PrependDot:
            value = value + oldText;
            break;
        }
        if (a.isFlag())
            m_vars[key].flags.insert(a.flag, value);
        else
            setVar(key, value);
        return;
    }
    case StatementKind::Export:
        m_vars[st.name].flags.insert(QStringLiteral("export"), QStringLiteral("1"));
        return;
    case StatementKind::Unset:
        deleteVar(st.name);
        return;
    case StatementKind::UnsetFlag: {
        const auto it = m_vars.find(st.name);
        if (it != m_vars.end()) {
            it->flags.remove(st.flag);
            it->weakFlags.remove(st.flag);
        }
        return;
    }
    case StatementKind::Function:
    case StatementKind::PythonDef:
        if (st.name.isEmpty())
            return; // anonymous python runs at finalisation; it sets no variable of its own
        setVar(st.name, st.body);
        m_vars[st.name].flags.insert(QStringLiteral("func"), QStringLiteral("1"));
        if (st.python)
            m_vars[st.name].flags.insert(QStringLiteral("python"), QStringLiteral("1"));
        if (st.fakeroot)
            m_vars[st.name].flags.insert(QStringLiteral("fakeroot"), QStringLiteral("1"));
        return;
    default:
        return;
    }
}

DataStore::Content DataStore::content(const QString &key, int depth) const
{
    // data_smart.getVarFlag(var, "_content") before expansion.
    Content result;
    if (depth > kMaxDepth)
        return result;
    const auto overrideIt = m_overrideData.constFind(key);
    if (overrideIt != m_overrideData.constEnd()) {
        QList<QPair<QString, QString>> active; // override string -> variant, insertion order
        auto setActive = [&active](const QString &o, const QString &r) {
            for (auto &entry : active) {
                if (entry.first == o) {
                    entry.second = r;
                    return;
                }
            }
            active.append({o, r});
        };
        for (const auto &[variant, override] : *overrideIt) {
            if (m_overrideSet.contains(override)) {
                setActive(override, variant);
            } else if (override.contains(QLatin1Char(':'))) {
                if (conditionActive(override.split(QLatin1Char(':'))))
                    setActive(override, variant);
            }
        }
        QString match;
        bool modified = true;
        while (modified) {
            modified = false;
            for (const QString &o : m_overrides) {
                const auto snapshot = active;
                for (const auto &entry : snapshot) {
                    // Named copies, not structured bindings: clang 14 (the fuzz build)
                    // cannot capture bindings in the lambdas below.
                    const QString &a = entry.first;
                    const auto &r = entry.second;
                    const QString suffix = QLatin1Char(':') + o;
                    if (a.endsWith(suffix)) {
                        active.removeIf([&](const auto &e) { return e.first == a; });
                        setActive(a.left(a.size() - suffix.size()), r);
                        modified = true;
                    } else if (a == o) {
                        match = r;
                        active.removeIf([&](const auto &e) { return e.first == a; });
                    }
                }
            }
        }
        if (!match.isEmpty()) {
            const Content sub = content(match, depth + 1);
            result.value = sub.value;
            result.removes = sub.removes;
        }
    }
    const auto it = m_vars.constFind(key);
    if (it == m_vars.constEnd())
        return result;
    const Record &record = *it;
    if (!result.value.has_value()) {
        if (record.content.has_value()) {
            result.value = record.content;
        } else if (record.weakDefault.has_value()) {
            result.value = record.weakDefault;
            result.fromWeakDefault = true;
        }
    }
    for (const OpEntry &e : record.appends) {
        if (conditionActive(e.condition)) {
            result.value = result.value.value_or(QString()) + e.value;
            result.fromWeakDefault = false;
        }
    }
    for (const OpEntry &e : record.prepends) {
        if (conditionActive(e.condition)) {
            result.value = e.value + result.value.value_or(QString());
            result.fromWeakDefault = false;
        }
    }
    for (const OpEntry &e : record.removes) {
        if (conditionActive(e.condition))
            result.removes.append(e.value);
    }
    return result;
}

DataStore::Expansion DataStore::expand(const QString &text, const QString &varName,
                                       ExpansionState &state, int depth) const
{
    Expansion out{text, {}};
    if (depth > kMaxDepth)
        return out;
    while (out.value.contains(QLatin1String("${"))) {
        const QString before = out.value;
        QString next;
        qsizetype last = 0;
        QRegularExpressionMatchIterator it = varRefRe().globalMatch(out.value);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const QString name = m.captured(1);
            addUnique(out.references, name);
            next += QStringView(out.value).mid(last, m.capturedStart() - last);
            last = m.capturedEnd();
            std::optional<Expansion> sub;
            if (name != varName && !state.active.contains(name) && state.budget > 0)
                sub = fullValue(name, state, depth + 1);
            if (sub && sub->value.size() <= state.budget) {
                state.budget -= sub->value.size();
                next += sub->value;
                addUnique(out.references, sub->references);
            } else {
                next += m.captured(0);
            }
        }
        next += QStringView(out.value).mid(last);
        out.value = next;
        // Each pass copies the whole text: charge it too, so that many passes over a long
        // value cannot run unbounded either.
        state.budget -= next.size();
        if (out.value == before || state.budget <= 0)
            break;
    }
    return out;
}

std::optional<DataStore::Expansion> DataStore::fullValue(const QString &key, ExpansionState &state,
                                                         int depth, bool *weak) const
{
    const Content c = content(key, depth);
    if (weak)
        *weak = c.fromWeakDefault;
    if (!c.value.has_value())
        return std::nullopt;
    --state.budget;
    state.active.insert(key);
    Expansion e = expand(*c.value, key, state, depth + 1);
    if (!e.value.isEmpty() && !c.removes.isEmpty()) {
        QStringList removeWords;
        for (const QString &r : c.removes) {
            const Expansion re = expand(r, key, state, depth + 1);
            addUnique(e.references, re.references);
            removeWords +=
                re.value.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        }
        QStringList kept;
        for (const QString &piece : whitespaceSplit(e.value)) {
            if (!piece.isEmpty() && removeWords.contains(piece))
                continue;
            kept.append(piece);
        }
        e.value = kept.join(QString());
    }
    state.active.remove(key);
    return e;
}

EvaluatedValue DataStore::getVar(const QString &name) const
{
    EvaluatedValue out;
    ExpansionState state;
    bool weak = false;
    const std::optional<Expansion> e = fullValue(name, state, 0, &weak);
    const auto it = m_vars.constFind(name);
    out.exported = it != m_vars.constEnd() && it->flags.contains(QStringLiteral("export"));
    if (!e)
        return out;
    out.isSet = true;
    out.value = e->value;
    out.references = e->references;
    out.fromWeakDefault = weak;
    out.needsExpansion = out.value.contains(QLatin1String("${"));
    out.hasInlinePython = out.value.contains(QLatin1String("${@"));
    return out;
}

EvaluatedValue DataStore::getVarFlag(const QString &name, const QString &flag) const
{
    EvaluatedValue out;
    const auto it = m_vars.constFind(name);
    if (it == m_vars.constEnd())
        return out;
    out.exported = it->flags.contains(QStringLiteral("export"));
    std::optional<QString> raw;
    if (it->flags.contains(flag)) {
        raw = it->flags.value(flag);
    } else if (it->weakFlags.contains(flag)) {
        raw = it->weakFlags.value(flag);
        out.fromWeakDefault = true;
    }
    if (!raw)
        return out;
    ExpansionState state;
    const Expansion e = expand(*raw, name + QLatin1Char('[') + flag + QLatin1Char(']'), state, 0);
    out.isSet = true;
    out.value = e.value;
    out.references = e.references;
    out.needsExpansion = out.value.contains(QLatin1String("${"));
    out.hasInlinePython = out.value.contains(QLatin1String("${@"));
    return out;
}

} // namespace cbw::core::bitbake::detail

#pragma once

#include "bitbake/evaluatedvalue.h"
#include "bitbake/statement.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace cbw::core::bitbake::detail {

// A small model of BitBake's data_smart for the statements of one file: stores values,
// weak defaults, flags, :append/:prepend/:remove lists and override variants as the
// parser's ast nodes do, and reads them back as getVar/getVarFlag do.
class DataStore final
{
public:
    explicit DataStore(QStringList overrides);

    void apply(const Statement &statement);

    EvaluatedValue getVar(const QString &name) const;
    EvaluatedValue getVarFlag(const QString &name, const QString &flag) const;

private:
    struct OpEntry
    {
        QString value;
        QStringList condition;
    };
    struct Record
    {
        std::optional<QString> content;
        std::optional<QString> weakDefault;
        QList<OpEntry> appends;
        QList<OpEntry> prepends;
        QList<OpEntry> removes;
        QMap<QString, QString> flags;
        QMap<QString, QString> weakFlags;
    };
    struct Content
    {
        std::optional<QString> value;
        bool fromWeakDefault = false;
        QStringList removes;
    };
    struct Expansion
    {
        QString value;
        QStringList references;
    };
    // One evaluation's walk: the variables being expanded (self-references stay literal)
    // and a work budget. References such as A = "${B}${B}", B = "${C}${C}", ... grow
    // exponentially; once the budget is spent the remaining references stay literal, so a
    // hostile file costs bounded time and memory (the value then still needs expansion).
    struct ExpansionState
    {
        QSet<QString> active;
        qsizetype budget = 1024 * 1024; // characters produced + variables visited
    };

    void setVar(const QString &key, const QString &value);
    void registerOverrides(const QString &key);
    void deleteVar(const QString &key);
    std::optional<QString> rawContent(const QString &key) const;
    bool conditionActive(const QStringList &condition) const;
    Content content(const QString &key, int depth) const;
    Expansion expand(const QString &text, const QString &varName, ExpansionState &state,
                     int depth) const;
    std::optional<Expansion> fullValue(const QString &key, ExpansionState &state, int depth,
                                       bool *weak = nullptr) const;

    QStringList m_overrides;
    QSet<QString> m_overrideSet;
    qsizetype m_immediateBudget = 8 * 1024 * 1024; // shared by every `:=` of the file
    QHash<QString, Record> m_vars;
    // BitBake's overridedata: variable -> (variant name, override string) in order.
    QHash<QString, QList<QPair<QString, QString>>> m_overrideData;
};

} // namespace cbw::core::bitbake::detail

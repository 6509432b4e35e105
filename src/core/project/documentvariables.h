#pragma once

#include "bitbake/document.h"
#include "bundle/locatedvalue.h"
#include "layers/layervariables.h"

#include <QString>
#include <QStringList>

namespace cbw::core::project {

// Hands the values of one parsed BitBake file to the grammar checkers, each with a
// ValueLocation that points into the file even when BitBake composes the value from
// several statements (a base assignment plus :append lines).
class DocumentVariables final
{
public:
    explicit DocumentVariables(const bitbake::Document &document, QStringList overrides = {});

    bool isSet(const QString &variable) const;
    bundle::LocatedValue value(const QString &variable) const;
    bundle::LocatedFlags flags(const QString &variable) const;
    // Every variable of `names` the file sets, for the layers area.
    layers::LayerVariables layerVariables(const QStringList &names) const;
    // Classes named by inherit / inherit_defer statements (unexpanded words).
    QStringList inheritedClasses() const;

private:
    ValueLocation composeLocation(const QString &value,
                                  const QList<bitbake::Assignment> &assignments) const;

    const bitbake::Document &m_document;
    QStringList m_overrides;
};

} // namespace cbw::core::project

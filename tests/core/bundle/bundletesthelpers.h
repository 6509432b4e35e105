#pragma once

#include "bundle/bundledesign.h"
#include "bundle/locatedvalue.h"
#include "common/diagnostic.h"

#include <QString>
#include <QStringList>

namespace cbw::core::bundle::test {

// Builds a logical value the way the BitBake engine hands it over for
//     NAME = "<pieces[0]>\ (continued)
//     <pieces[1]>\ (continued)
//     ..."
// where pieces[0] starts at (firstLine, firstColumn) and every further piece at column 1
// of the next line (the backslash-newline joins are removed from the value).
inline LocatedValue multiLine(const QString &file, int firstLine, int firstColumn,
                              const QStringList &pieces)
{
    LocatedValue v;
    v.isSet = true;
    v.location = ValueLocation(file, firstLine, firstColumn);
    int offset = 0;
    for (int i = 0; i < pieces.size(); ++i) {
        if (i > 0)
            v.location.addSegment(offset, firstLine + i, 1);
        v.value += pieces.at(i);
        offset += int(pieces.at(i).size());
    }
    return v;
}

inline LocatedValue singleLine(const QString &file, int line, int column, const QString &value)
{
    return LocatedValue(value, ValueLocation(file, line, column));
}

// A valid digest of 64 'a's.
inline const QString kDigestA = QStringLiteral("sha256:") + QString(64, QLatin1Char('a'));

inline ContainerSpec spec(const QString &source, RestartPolicy policy = RestartPolicy::None,
                          const QString &runtime = {})
{
    ContainerSpec c;
    c.source = source;
    c.policy = policy;
    c.runtime = runtime;
    return c;
}

// "warning bundle.code 12:5" per diagnostic, for exact list comparisons.
inline QStringList summarise(const Diagnostics &diagnostics)
{
    QStringList out;
    for (const Diagnostic &d : diagnostics) {
        out << QStringLiteral("%1 %2 %3:%4")
                   .arg(severityName(d.severity), d.code)
                   .arg(d.location.line)
                   .arg(d.location.column);
    }
    return out;
}

} // namespace cbw::core::bundle::test

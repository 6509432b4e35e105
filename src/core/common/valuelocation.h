#pragma once

#include "diagnostic.h"

#include <QList>
#include <QString>

namespace cbw::core {

// Maps an offset inside a variable's logical value (continuations joined) back to the
// physical line and column of the file, so that a grammar checker can point at the exact
// entry that is wrong even when the value spans several lines.
class ValueLocation
{
public:
    ValueLocation() = default;
    // A value whose first character is at (line, column) of file.
    ValueLocation(QString file, int line, int column);

    // The value text from valueOffset on starts at physical (line, column), until the
    // next segment. Segments must be added in increasing valueOffset order.
    void addSegment(int valueOffset, int line, int column);

    QString file() const { return m_file; }
    bool isValid() const { return !m_segments.isEmpty(); }

    // Appends `other` as the text that starts at valueOffset of this value, for values
    // BitBake composes from several statements (a base assignment plus its :append).
    void appendShifted(const ValueLocation &other, int valueOffset);

    // Position of the character at valueOffset; with no segments, just the file.
    SourceLocation locate(int valueOffset) const;

private:
    struct Segment
    {
        int valueOffset;
        int line;
        int column;
    };
    QString m_file;
    QList<Segment> m_segments;
};

} // namespace cbw::core

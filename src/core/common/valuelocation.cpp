#include "valuelocation.h"

namespace cbw::core {

ValueLocation::ValueLocation(QString file, int line, int column)
    : m_file(std::move(file))
{
    addSegment(0, line, column);
}

void ValueLocation::addSegment(int valueOffset, int line, int column)
{
    m_segments.append({valueOffset, line, column});
}

void ValueLocation::appendShifted(const ValueLocation &other, int valueOffset)
{
    if (m_file.isEmpty())
        m_file = other.m_file;
    for (const Segment &s : other.m_segments)
        m_segments.append({s.valueOffset + valueOffset, s.line, s.column});
}

SourceLocation ValueLocation::locate(int valueOffset) const
{
    if (m_segments.isEmpty())
        return {m_file, 0, 0};
    const Segment *best = &m_segments.first();
    for (const Segment &s : m_segments) {
        if (s.valueOffset > valueOffset)
            break;
        best = &s;
    }
    const int delta = valueOffset - best->valueOffset;
    return {m_file, best->line, best->column + (delta > 0 ? delta : 0)};
}

} // namespace cbw::core

#pragma once

#include <QList>
#include <QString>

namespace cbw::core::bundle {

// A whitespace-separated word of a variable value with its position.
struct ValueWord
{
    QString text;
    int offset = 0;
};

// Python's str.split() / the shell's default IFS splitting, keeping offsets.
QList<ValueWord> splitValueWords(const QString &value);

} // namespace cbw::core::bundle

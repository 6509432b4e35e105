#include "wordsplitter.h"

namespace cbw::core::bundle {

QList<ValueWord> splitValueWords(const QString &value)
{
    QList<ValueWord> words;
    int i = 0;
    const int n = int(value.size());
    while (i < n) {
        while (i < n && value.at(i).isSpace())
            ++i;
        const int start = i;
        while (i < n && !value.at(i).isSpace())
            ++i;
        if (i > start)
            words.append({value.mid(start, i - start), start});
    }
    return words;
}

} // namespace cbw::core::bundle

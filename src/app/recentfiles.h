#pragma once

#include <QStringList>

namespace cbw::app {

// The File > Open Recent list, newest first, kept in QSettings under "recentFiles".
// Files that no longer exist are dropped whenever the list is read.
class RecentFiles final
{
public:
    static constexpr int MaximumCount = 10;

    static QStringList files();
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();
};

} // namespace cbw::app

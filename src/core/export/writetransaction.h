#pragma once

#include "export/exportplan.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cbw::core::exporting {

// Writes the planned files of a directory export one by one and, when one fails, undoes the
// ones already done: modified files get their planned-from bytes back (and their older .bak,
// if there was one), created files and directories are removed. A file that changed on disk
// since planning is not overwritten (the preview would have been a lie).
class WriteTransaction final
{
public:
    ExportWriteReport run(const QList<PlannedFile> &files);

private:
    struct Done
    {
        QString path;
        bool created = false;
        QByteArray before;
        std::optional<QByteArray> olderBackup; // the .bak that existed before (Modify)
    };

    bool writeOne(const PlannedFile &file, ExportWriteReport &report);
    bool makeParent(const QString &path, QString *error);
    void rollback();

    QList<Done> m_done;
    QStringList m_createdDirectories; // outermost first
};

} // namespace cbw::core::exporting

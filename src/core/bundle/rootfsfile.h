#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace cbw::core::bundle {

// One file the classes put into the host image rootfs.
struct RootfsFile
{
    enum class Kind
    {
        Content, // `content` is written (mode 0644)
        Symlink, // a symlink pointing at `target`
        CopyOf,  // a custom service file installed from `target` (install -m 0644);
                 // `content` holds the generated unit the class falls back to when the
                 // file does not exist at build time
    };

    QString path; // absolute path inside the rootfs
    Kind kind = Kind::Content;
    QByteArray content;
    QString target;

    friend bool operator==(const RootfsFile &, const RootfsFile &) = default;
};

using RootfsFiles = QList<RootfsFile>;

} // namespace cbw::core::bundle

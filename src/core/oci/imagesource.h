#pragma once

#include "image.h"
#include "imagereference.h"

#include <QHash>

#include <memory>
#include <optional>

namespace cbw::core::oci {

// A byte range of a file on disk: a blob of a layout directory (offset 0), or a member of an
// uncompressed archive (read in place, so layers of an archive can be read in parallel too).
struct BlobLocation
{
    QString file;
    qint64 offset = 0;
    qint64 length = 0;
    QString displayName; // "blobs/sha256/ab12…" or "image.tar:blobs/sha256/ab12…", for messages
};

struct ResolveOptions
{
    QString tag;                      // empty: the only image, or the one matching the platform
    std::optional<Platform> platform; // empty: the host's, falling back to the only image
    Digest manifest; // when valid: exactly this manifest of an OCI index (tag, platform ignored)
};

// An image layout or archive opened for reading. The kind is detected from the content; an
// archive is indexed once (member name → offset) so that blobs are read without extraction.
class ImageSource
{
public:
    static Result<std::shared_ptr<const ImageSource>> open(const ImageReference &reference);
    static Result<std::shared_ptr<const ImageSource>> open(const QString &path);

    SourceKind kind() const { return m_kind; }
    QString path() const { return m_path; }

    // index → (nested index) → manifest → config; verifies manifest and config digests.
    // `selectionFailed` (optional) is set when the failure is one of choosing — unknown tag,
    // no or several matching platforms: the user's to fix — rather than a broken image; the
    // CLI exits 2 for the first and 1 for the second.
    Result<Image> resolve(const ResolveOptions &options, bool *selectionFailed = nullptr) const;

    // Where the member (a relative path such as "blobs/sha256/<hex>" or "<id>/layer.tar") is.
    // Members that would leave the layout ("../", absolute, symlinks pointing outside) are
    // refused with an error naming them.
    Result<BlobLocation> locate(const QString &member) const;
    static QString memberForDigest(const Digest &digest); // "blobs/sha256/<hex>"

    // Every image the index (or manifest.json) offers, nested indexes flattened, each manifest
    // once; for `verify --all` and for showing the choices.
    Result<QList<ManifestChoice>> listImages() const;

    // A small blob (JSON) read whole, refusing anything larger than `maxSize`.
    Result<QByteArray> readMember(const QString &member, qint64 maxSize) const;

private:
    ImageSource() = default;
    Result<Image> resolveOci(const ResolveOptions &options, bool &selectionFailed) const;
    Result<Image> resolveDocker(const ResolveOptions &options, bool &selectionFailed) const;

    SourceKind m_kind = SourceKind::OciLayout;
    QString m_path;
    struct Member
    {
        qint64 offset = 0;
        qint64 length = 0;
    };
    QHash<QString, Member> m_members; // archives only
};

} // namespace cbw::core::oci

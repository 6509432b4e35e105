#pragma once

#include "efficiency.h"
#include "filetree.h"
#include "image.h"
#include "imagesource.h"

#include <QFuture>

#include <atomic>
#include <functional>
#include <memory>

namespace cbw::core::oci {

// An image whose layers have all been read and verified.
struct LoadedImage
{
    std::shared_ptr<const ImageSource> source;
    Image image; // layers[i].uncompressedSize and (docker-archive) blob digests filled in
    std::shared_ptr<const FileTree> tree;
    EfficiencyReport efficiency;
};

struct LoadOptions
{
    ResolveOptions resolve;
    int maxThreads = 0; // 0: QThread::idealThreadCount()
};

// Progress in compressed bytes read, out of Image::compressedSize().
using ProgressFunction = std::function<void(qint64 done, qint64 total)>;

// Reads every layer blob once, in parallel: the compressed bytes are hashed as they are read
// from disk, libarchive decompresses them, the uncompressed stream is hashed for the diff_id
// and parsed as tar in the same pass. Any digest, size or diff_id mismatch is an error naming
// the blob; nothing of an image that does not verify is returned.
class ImageLoader
{
public:
    static Result<LoadedImage> load(const ImageReference &reference, const LoadOptions &options,
                                    const std::atomic<bool> *cancel = nullptr,
                                    const ProgressFunction &progress = {});
    static Result<LoadedImage> load(std::shared_ptr<const ImageSource> source,
                                    const LoadOptions &options,
                                    const std::atomic<bool> *cancel = nullptr,
                                    const ProgressFunction &progress = {});

    // The same on the global thread pool, for the GUI: progress range is 0..compressed bytes
    // (in KiB, to stay inside int), QFuture::cancel() stops the reading, a cancelled future
    // carries no result.
    static QFuture<Result<LoadedImage>> loadAsync(const ImageReference &reference,
                                                  const LoadOptions &options);
};

} // namespace cbw::core::oci

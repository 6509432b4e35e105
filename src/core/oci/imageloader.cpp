#include "imageloader.h"

#include "filetreebuilder_p.h"
#include "layerreader.h"

#include <QPromise>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>

namespace cbw::core::oci {

namespace {

struct LayerOutcome
{
    std::optional<Result<LayerDigests>> digests;
    ScannedLayer scan;
};

QString blobName(const LayerInfo &layer, const BlobLocation &location)
{
    return QStringLiteral("layer %1 (%2)").arg(layer.index).arg(location.displayName);
}

} // namespace

Result<LoadedImage> ImageLoader::load(const ImageReference &reference, const LoadOptions &options,
                                      const std::atomic<bool> *cancel,
                                      const ProgressFunction &progress)
{
    auto source = ImageSource::open(reference);
    if (!source)
        return source.error();
    LoadOptions withTag = options;
    if (withTag.resolve.tag.isEmpty())
        withTag.resolve.tag = reference.tag;
    return load(*source, withTag, cancel, progress);
}

Result<LoadedImage> ImageLoader::load(std::shared_ptr<const ImageSource> source,
                                      const LoadOptions &options, const std::atomic<bool> *cancel,
                                      const ProgressFunction &progress)
{
    auto resolved = source->resolve(options.resolve);
    if (!resolved)
        return resolved.error();
    LoadedImage loaded;
    loaded.source = source;
    loaded.image = *resolved;
    Image &image = loaded.image;
    const int layerCount = int(image.layers.size());

    std::vector<BlobLocation> locations;
    for (const LayerInfo &layer : std::as_const(image.layers)) {
        auto location = source->locate(layer.member);
        if (!location)
            return Error(
                QStringLiteral("layer %1: %2").arg(layer.index).arg(location.error().message));
        locations.push_back(*location);
    }

    qint64 total = 0;
    for (const BlobLocation &location : locations)
        total += location.length;
    std::atomic<qint64> done{0};
    std::atomic<bool> stop{false};
    std::mutex mutex;
    std::condition_variable finished;
    std::vector<LayerOutcome> outcomes(static_cast<size_t>(layerCount));

    std::vector<LayerExpectation> expectations;
    for (const LayerInfo &layer : std::as_const(image.layers)) {
        LayerExpectation expect;
        expect.blobName = blobName(layer, locations[size_t(layer.index)]);
        expect.digest = layer.blob.digest;
        expect.size = layer.blob.size;
        expect.diffId = layer.diffId;
        expectations.push_back(expect);
    }

    QThreadPool pool;
    pool.setMaxThreadCount(options.maxThreads > 0 ? options.maxThreads
                                                  : QThread::idealThreadCount());
    for (int i = 0; i < layerCount; ++i) {
        pool.start([&, i]() {
            ScannedLayer scan;
            auto visitor = [&scan](const RawTarEntry &raw, EntryData &data) -> VoidResult {
                ContentHasher hasher;
                if (raw.type == EntryType::File && raw.size > 0) {
                    const VoidResult read = data.forEachBlock(
                        [&hasher](const char *bytes, size_t size) { hasher.update(bytes, size); });
                    if (!read)
                        return read;
                }
                scan.add(raw, raw.type == EntryType::File ? hasher.finish() : 0);
                return Success{};
            };
            auto result = readLayerBlob(locations[size_t(i)], expectations[size_t(i)], visitor,
                                        &stop, [&done](qint64 delta) { done += delta; });
            if (!result)
                stop = true;
            // It may wait for the layers below; only its bytes, not the growth slack.
            scan.squeeze();
            std::lock_guard lock(mutex);
            outcomes[size_t(i)].digests = std::move(result);
            outcomes[size_t(i)].scan = std::move(scan);
            finished.notify_all();
        });
    }

    // Layers are merged bottom-up as soon as each is read, so a scan is freed early.
    FileTreeBuilder builder;
    std::optional<Error> firstError;
    // A layer stopped because another failed reports "cancelled"; the real cause wins.
    std::optional<Error> firstCancel;
    for (int i = 0; i < layerCount; ++i) {
        std::unique_lock lock(mutex);
        while (!outcomes[size_t(i)].digests) {
            finished.wait_for(lock, std::chrono::milliseconds(50));
            if (cancel && cancel->load())
                stop = true;
            if (progress) {
                lock.unlock();
                progress(done.load(), total);
                lock.lock();
            }
        }
        LayerOutcome outcome = std::move(outcomes[size_t(i)]);
        lock.unlock();
        if (!*outcome.digests) {
            const Error &error = outcome.digests->error();
            if (error.message.endsWith(QLatin1String(": cancelled"))) {
                if (!firstCancel)
                    firstCancel = error;
            } else if (!firstError) {
                firstError = error;
            }
            continue;
        }
        if (firstError)
            continue;
        LayerInfo &layer = image.layers[i];
        const LayerDigests &digests = outcome.digests->value();
        layer.uncompressedSize = digests.uncompressedSize;
        if (!layer.blob.digest.isValid())
            layer.blob.digest = digests.compressed;
        if (image.sourceKind != SourceKind::DockerArchive &&
            digests.compression != layer.compression)
            firstError =
                Error(QStringLiteral("layer %1 (%2): the manifest declares %3 but the blob is %4")
                          .arg(i)
                          .arg(locations[size_t(i)].displayName, compressionName(layer.compression),
                               compressionName(digests.compression)));
        layer.compression = digests.compression;
        if (firstError) {
            stop = true;
            continue;
        }
        const VoidResult added =
            builder.addLayer(outcome.scan, blobName(layer, locations[size_t(i)]));
        if (!added) {
            firstError = added.error();
            stop = true;
        }
    }
    pool.waitForDone();
    if (cancel && cancel->load())
        return Error(QStringLiteral("%1: loading cancelled").arg(image.sourcePath));
    if (firstError)
        return *firstError;
    if (firstCancel)
        return *firstCancel;
    if (progress)
        progress(total, total);
    loaded.tree = builder.finish();
    loaded.efficiency = computeEfficiency(*loaded.tree);
    return loaded;
}

QFuture<Result<LoadedImage>> ImageLoader::loadAsync(const ImageReference &reference,
                                                    const LoadOptions &options)
{
    return QtConcurrent::run([reference, options](QPromise<Result<LoadedImage>> &promise) {
        std::atomic<bool> cancel{false};
        auto progress = [&promise, &cancel](qint64 done, qint64 total) {
            if (promise.isCanceled())
                cancel = true;
            promise.setProgressRange(0, int(qMin<qint64>(total / 1024, INT_MAX)));
            promise.setProgressValue(int(qMin<qint64>(done / 1024, INT_MAX)));
        };
        auto result = load(reference, options, &cancel, progress);
        if (promise.isCanceled())
            return;
        promise.addResult(std::move(result));
    });
}

} // namespace cbw::core::oci

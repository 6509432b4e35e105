// The physical limit for reading an image's layers: every blob through libarchive's
// decompressor and tar reader, every byte of entry data read, nothing hashed, nothing kept.
// `cbw inspect` has to do at least this much work, so bench-inspect.sh compares against it.
//
// usage: inflate_pass BLOB...     prints "<entries> entries, <bytes> bytes of entry data"
#include <archive.h>
#include <archive_entry.h>

#include <clocale>
#include <cstdio>
#include <vector>

int main(int argc, char **argv)
{
    // Names are UTF-8 in practice; a C locale would make libarchive warn on every non-ASCII one.
    std::setlocale(LC_ALL, "C.UTF-8");
    long long entries = 0;
    long long bytes = 0;
    std::vector<char> buffer(1 << 20);
    for (int i = 1; i < argc; ++i) {
        archive *reader = archive_read_new();
        archive_read_support_filter_gzip(reader);
        archive_read_support_filter_zstd(reader);
        archive_read_support_format_tar(reader);
        if (archive_read_open_filename(reader, argv[i], buffer.size()) != ARCHIVE_OK) {
            std::fprintf(stderr, "%s: %s\n", argv[i], archive_error_string(reader));
            archive_read_free(reader);
            return 1;
        }
        archive_entry *entry = nullptr;
        int status = ARCHIVE_OK;
        while ((status = archive_read_next_header(reader, &entry)) == ARCHIVE_OK ||
               status == ARCHIVE_WARN) {
            ++entries;
            la_ssize_t got = 0;
            while ((got = archive_read_data(reader, buffer.data(), buffer.size())) > 0)
                bytes += got;
            if (got < 0) {
                status = ARCHIVE_FATAL;
                break;
            }
        }
        if (status != ARCHIVE_EOF) {
            std::fprintf(stderr, "%s: %s\n", argv[i], archive_error_string(reader));
            archive_read_free(reader);
            return 1;
        }
        archive_read_free(reader);
    }
    std::printf("%lld entries, %lld bytes of entry data\n", entries, bytes);
    return 0;
}

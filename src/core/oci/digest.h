#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace cbw::core::oci {

// "sha256:<64 lower-case hex>". Only sha256 is accepted: it is what every OCI and Docker image
// in practice uses, and a digest we cannot recompute is a digest we cannot verify.
struct Digest
{
    QByteArray hex; // 64 lower-case hex characters, empty when invalid

    static Result<Digest> parse(const QString &text);
    static Digest fromRawSha256(const QByteArray &raw32);
    static Digest ofData(const QByteArray &data);

    bool isValid() const { return hex.size() == 64; }
    QString toString() const;    // "sha256:…"
    QString shortString() const; // first 12 hex characters, for tables
    friend bool operator==(const Digest &, const Digest &) = default;
};

size_t qHash(const Digest &digest, size_t seed = 0) noexcept;

// Incremental SHA-256 over OpenSSL EVP, fed while a blob is streamed.
class Sha256Hasher
{
public:
    Sha256Hasher();
    ~Sha256Hasher();
    Sha256Hasher(const Sha256Hasher &) = delete;
    Sha256Hasher &operator=(const Sha256Hasher &) = delete;

    void update(const void *data, size_t size);
    Digest finish(); // the hasher must not be fed after this
    qint64 bytesHashed() const { return m_bytes; }

private:
    struct Context;
    std::unique_ptr<Context> m_context;
    qint64 m_bytes = 0;
};

} // namespace cbw::core::oci

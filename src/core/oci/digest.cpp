#include "digest.h"

#include <QHash>

#include <openssl/evp.h>

namespace cbw::core::oci {

namespace {

bool isLowerHex(const QString &text)
{
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if (!((u >= '0' && u <= '9') || (u >= 'a' && u <= 'f')))
            return false;
    }
    return true;
}

} // namespace

Result<Digest> Digest::parse(const QString &text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return Error(
            QStringLiteral("'%1' is not a digest (expected sha256:<64 hex digits>)").arg(text));
    const QString algorithm = text.left(colon);
    const QString hex = text.mid(colon + 1);
    if (algorithm != QLatin1String("sha256"))
        return Error(QStringLiteral("digest '%1' uses the unsupported algorithm '%2'; only sha256 "
                                    "can be verified")
                         .arg(text, algorithm));
    // The length and alphabet check is also what keeps "../" and "/" out of blob paths.
    if (hex.size() != 64 || !isLowerHex(hex))
        return Error(QStringLiteral("digest '%1' is malformed (expected 64 lower-case hex digits)")
                         .arg(text));
    Digest digest;
    digest.hex = hex.toLatin1();
    return digest;
}

Digest Digest::fromRawSha256(const QByteArray &raw32)
{
    Digest digest;
    digest.hex = raw32.toHex();
    return digest;
}

Digest Digest::ofData(const QByteArray &data)
{
    Sha256Hasher hasher;
    hasher.update(data.constData(), size_t(data.size()));
    return hasher.finish();
}

QString Digest::toString() const
{
    return QLatin1String("sha256:") + QLatin1String(hex);
}

QString Digest::shortString() const
{
    return QString::fromLatin1(hex.left(12));
}

size_t qHash(const Digest &digest, size_t seed) noexcept
{
    return ::qHash(digest.hex, seed);
}

struct Sha256Hasher::Context
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(ctx); }
};

Sha256Hasher::Sha256Hasher()
    : m_context(std::make_unique<Context>())
{
    EVP_DigestInit_ex(m_context->ctx, EVP_sha256(), nullptr);
}

Sha256Hasher::~Sha256Hasher() = default;

void Sha256Hasher::update(const void *data, size_t size)
{
    if (size == 0)
        return;
    EVP_DigestUpdate(m_context->ctx, data, size);
    m_bytes += qint64(size);
}

Digest Sha256Hasher::finish()
{
    unsigned char raw[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_context->ctx, raw, &length);
    return Digest::fromRawSha256(
        QByteArray(reinterpret_cast<const char *>(raw), qsizetype(length)));
}

} // namespace cbw::core::oci

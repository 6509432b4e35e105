#pragma once

#include "common/jsontypename.h"
#include "common/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace cbw::core::oci {

// Typed access to untrusted JSON: every wrong type becomes an error naming the file and the
// JSON path ("index.json: manifests[2].size: expected a number, found a string").
class JsonReader
{
public:
    explicit JsonReader(QString file)
        : m_file(std::move(file))
    {}

    Result<QJsonValue> parse(const QByteArray &bytes) const;

    Error error(const QString &where, const QString &message) const;

    Result<QJsonObject> object(const QJsonValue &value, const QString &where) const;
    Result<QJsonArray> array(const QJsonValue &value, const QString &where) const;
    // Absent or null → nullopt; present but not a string → error.
    Result<std::optional<QString>> optionalString(const QJsonObject &object, const QString &key,
                                                  const QString &where) const;
    Result<QString> requiredString(const QJsonObject &object, const QString &key,
                                   const QString &where) const;
    Result<std::optional<qint64>> optionalInteger(const QJsonObject &object, const QString &key,
                                                  const QString &where) const;
    // Absent or null → empty list.
    Result<QStringList> stringList(const QJsonObject &object, const QString &key,
                                   const QString &where) const;
    Result<QMap<QString, QString>> stringMap(const QJsonObject &object, const QString &key,
                                             const QString &where) const;
    // Keys of an object such as ExposedPorts or Volumes.
    Result<QStringList> objectKeys(const QJsonObject &object, const QString &key,
                                   const QString &where) const;

    const QString &file() const { return m_file; }

private:
    QString m_file;
};

} // namespace cbw::core::oci

#include "jsonreader_p.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace cbw::core::oci {

namespace {

QString joinPath(const QString &where, const QString &key)
{
    return where.isEmpty() ? key : where + QLatin1Char('.') + key;
}

} // namespace

Result<QJsonValue> JsonReader::parse(const QByteArray &bytes) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error(QStringLiteral("%1: invalid JSON at byte %2: %3")
                         .arg(m_file)
                         .arg(parseError.offset)
                         .arg(parseError.errorString()));
    if (document.isArray())
        return QJsonValue(document.array());
    return QJsonValue(document.object());
}

Error JsonReader::error(const QString &where, const QString &message) const
{
    if (where.isEmpty())
        return Error(m_file + QStringLiteral(": ") + message);
    return Error(m_file + QStringLiteral(": ") + where + QStringLiteral(": ") + message);
}

Result<QJsonObject> JsonReader::object(const QJsonValue &value, const QString &where) const
{
    if (!value.isObject())
        return error(where,
                     QStringLiteral("expected an object, found %1").arg(describeJsonType(value)));
    return value.toObject();
}

Result<QJsonArray> JsonReader::array(const QJsonValue &value, const QString &where) const
{
    if (!value.isArray())
        return error(where,
                     QStringLiteral("expected an array, found %1").arg(describeJsonType(value)));
    return value.toArray();
}

Result<std::optional<QString>> JsonReader::optionalString(const QJsonObject &object,
                                                          const QString &key,
                                                          const QString &where) const
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::optional<QString>();
    if (!value.isString())
        return error(joinPath(where, key),
                     QStringLiteral("expected a string, found %1").arg(describeJsonType(value)));
    return std::optional<QString>(value.toString());
}

Result<QString> JsonReader::requiredString(const QJsonObject &object, const QString &key,
                                           const QString &where) const
{
    auto value = optionalString(object, key, where);
    if (!value)
        return value.error();
    if (!value->has_value())
        return error(joinPath(where, key), QStringLiteral("missing"));
    return **value;
}

Result<std::optional<qint64>> JsonReader::optionalInteger(const QJsonObject &object,
                                                          const QString &key,
                                                          const QString &where) const
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::optional<qint64>();
    if (!value.isDouble())
        return error(joinPath(where, key),
                     QStringLiteral("expected a number, found %1").arg(describeJsonType(value)));
    const double number = value.toDouble();
    // 2^53: beyond it a double no longer holds every integer, and no blob is that large.
    if (number < 0 || number > 9007199254740992.0 || std::floor(number) != number)
        return error(joinPath(where, key),
                     QStringLiteral("expected a non-negative integer, found %1").arg(number));
    return std::optional<qint64>(qint64(number));
}

Result<QStringList> JsonReader::stringList(const QJsonObject &object, const QString &key,
                                           const QString &where) const
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return QStringList();
    if (!value.isArray())
        return error(
            joinPath(where, key),
            QStringLiteral("expected an array of strings, found %1").arg(describeJsonType(value)));
    QStringList list;
    const QJsonArray items = value.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items[i].isString())
            return error(
                joinPath(where, key) + QStringLiteral("[%1]").arg(i),
                QStringLiteral("expected a string, found %1").arg(describeJsonType(items[i])));
        list.append(items[i].toString());
    }
    return list;
}

Result<QMap<QString, QString>> JsonReader::stringMap(const QJsonObject &object, const QString &key,
                                                     const QString &where) const
{
    const QJsonValue value = object.value(key);
    QMap<QString, QString> map;
    if (value.isUndefined() || value.isNull())
        return map;
    if (!value.isObject())
        return error(joinPath(where, key),
                     QStringLiteral("expected an object, found %1").arg(describeJsonType(value)));
    const QJsonObject items = value.toObject();
    for (auto it = items.begin(); it != items.end(); ++it) {
        if (!it.value().isString())
            return error(
                joinPath(joinPath(where, key), it.key()),
                QStringLiteral("expected a string, found %1").arg(describeJsonType(it.value())));
        map.insert(it.key(), it.value().toString());
    }
    return map;
}

Result<QStringList> JsonReader::objectKeys(const QJsonObject &object, const QString &key,
                                           const QString &where) const
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return QStringList();
    if (!value.isObject())
        return error(joinPath(where, key),
                     QStringLiteral("expected an object, found %1").arg(describeJsonType(value)));
    return value.toObject().keys();
}

} // namespace cbw::core::oci

#pragma once

#include <QJsonValue>
#include <QString>

namespace cbw::core {

// How a JSON value's type reads in an error message ("a string", "an array", "null"); a
// missing value (QJsonValue::Undefined) reads "nothing".
QString describeJsonType(const QJsonValue &value);

} // namespace cbw::core

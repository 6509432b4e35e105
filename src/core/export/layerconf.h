#pragma once

#include "common/result.h"

#include <QString>

namespace cbw::core::exporting {

// conf/layer.conf of a layer the export creates. The collection name becomes part of
// variable names (BBFILE_PATTERN_<collection>), so it is checked against what an override-free
// variable suffix may hold.
class LayerConf final
{
public:
    // "meta-foo" -> "foo"; any other name stays as it is.
    static QString collectionForDirectory(const QString &directoryName);
    static VoidResult checkCollection(const QString &collection);
    static QString text(const QString &collection, int priority, const QString &seriesCompat);
};

} // namespace cbw::core::exporting

#pragma once

#include "layers/layerspec.h"
#include "pytext_p.h"

namespace cbw::core::layers::detail {

// One OCI_LAYERS entry with everything validation needs to point into the value.
struct RawLayerEntry
{
    Piece entry;
    QList<Piece> fields; // split on ':' outside ${...}
    QString content;     // fields 3.. joined with ':'
    int contentOffset = -1;
    QList<Piece> rawItems; // content split on '+', empties kept
    LayerSpec spec;
};

QList<RawLayerEntry> parseRawLayers(const QString &value);

} // namespace cbw::core::layers::detail

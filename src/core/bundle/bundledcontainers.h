#pragma once

#include "bundledcontainerentry.h"
#include "common/diagnostic.h"
#include "common/valuelocation.h"

#include <QList>
#include <QString>

namespace cbw::core::bundle {

struct BundledContainersParse
{
    QList<BundledContainerEntry> entries;
    Diagnostics diagnostics; // grammar problems only; see BundleValidator for semantics
};

class BundledContainers final
{
public:
    // Splits on whitespace (space, tab, newline, as Python's split()) and ':' without
    // judging the words; entries keep their offset in `value`.
    static BundledContainersParse parse(const QString &value, const ValueLocation &location = {});

    // Entries joined by one space.
    static QString serialise(const QList<BundledContainerEntry> &entries);
};

} // namespace cbw::core::bundle

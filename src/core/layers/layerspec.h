#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cbw::core::layers {

// The four layer kinds image-oci.bbclass understands; Unknown keeps an entry whose type word
// the class would reject, so an editor can still show it.
enum class LayerType
{
    Packages,
    Directories,
    Files,
    Host,
    Unknown
};

// "packages", "directories", "files", "host"; Unknown gives an empty string.
QString layerTypeName(LayerType type);
// Exact, case-sensitive match as the class does it; anything else is Unknown.
LayerType layerTypeFromName(const QString &name);

// One `src:dst` item of a host layer, split on the LAST ':' like the class's shell code.
struct HostCopy
{
    QString source;
    QString destination;
    friend bool operator==(const HostCopy &, const HostCopy &) = default;
};

// One whitespace-separated entry of OCI_LAYERS (`name:type:content`).
struct LayerSpec
{
    QString name;
    LayerType type = LayerType::Packages;
    // The type word as written (kept for Unknown and for exact serialisation).
    QString typeText;
    // Content items: `+`-separated parts of fields 3.. re-joined with ':'; empty parts dropped
    // (the class turns '+' into spaces and splits on whitespace).
    QStringList items;

    // Where the entry came from in the variable's value; -1 when built in code.
    int valueOffset = -1;
    // Offset of each item inside the value (parallel to items), empty when built in code.
    QList<int> itemOffsets;

    // Host items split on the last ':'; items without ':' give source = item, destination = "".
    QList<HostCopy> hostCopies() const;
    // typeText when set, else the name of type.
    QString typeWord() const;
    // `name:type:item+item` exactly as the class reads it back.
    QString toEntry() const;

    // Offsets do not take part: a parsed layer equals the same layer built in code.
    friend bool operator==(const LayerSpec &a, const LayerSpec &b)
    {
        return a.name == b.name && a.type == b.type && a.typeWord() == b.typeWord() &&
               a.items == b.items;
    }
};

using LayerSpecs = QList<LayerSpec>;

} // namespace cbw::core::layers

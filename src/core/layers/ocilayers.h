#pragma once

#include "layers/layerspec.h"

#include "common/diagnostic.h"
#include "common/valuelocation.h"

#include <QString>

namespace cbw::core::layers {

// OCI_LAYER_MODE: only the exact string "multi" switches the class to multi-layer mode.
enum class LayerMode
{
    Single,
    Multi
};

LayerMode layerModeFromValue(const QString &value);
QString layerModeName(LayerMode mode);

// Parses OCI_LAYERS leniently (never fails): whitespace-separated entries, fields split on ':',
// content = fields 3.. re-joined with ':', items separated by '+'. Entries with fewer than three
// fields are kept with the fields they have (type Unknown when the type is missing) so that
// validateOciLayers() can point at them.
LayerSpecs parseOciLayers(const QString &value);

// Single-line serialisation: entries joined with one space (what the class reads back).
QString serializeOciLayers(const LayerSpecs &layers);

// All diagnostics for OCI_LAYERS given OCI_LAYER_MODE's value. Codes (severity):
//   layers.mode-not-multi (warning)   OCI_LAYERS set, mode not exactly "multi": layers ignored
//   layers.empty (error)              multi mode, OCI_LAYERS empty/blank
//   layers.bad-entry (error)          entry with fewer than 3 ':' fields
//   layers.unknown-type (error)       type not packages/directories/files/host
//   layers.host-pair (error)          host item without ':'
//   layers.host-content (warning)     host layers present; message lists the host paths
//   layers.relative-path (warning)    directories/files item or host destination not absolute
//   layers.semicolon (warning)        ';' used as an item separator
//   layers.empty-item (warning)       empty item ("a++b", leading/trailing '+')
//   layers.empty-layer (warning)      entry without any item
//   layers.empty-name (warning)       entry with an empty name
//   layers.duplicate-name (warning)   two entries with the same name
//   layers.duplicate-package (warning) a package listed in two packages layers
//   layers.inline-python (note)       `${@...}` / `${VAR}` inside an entry: expanded by BitBake
// Locations point at the offending entry/item through `location`; mode-not-multi points at
// modeLocation when valid, else at the start of OCI_LAYERS.
Diagnostics validateOciLayers(const QString &value, const ValueLocation &location,
                              const QString &layerModeValue,
                              const ValueLocation &modeLocation = {});

// Build-time checks against the disk, with the class's own texts (multi mode only; call it
// for recipes whose OCI_LAYER_MODE is "multi"):
//   layers.host-missing (error)    host source missing: "OCI: Host path not found: <src>"
//                                  (bbfatal in do_image_oci)
//   layers.rootfs-missing (warning) directories/files item missing under imageRootfs:
//                                  "OCI: Directory not found in IMAGE_ROOTFS: <d>" /
//                                  "OCI: File not found in IMAGE_ROOTFS: <f>" (skipped when
//                                  imageRootfs is empty, i.e. no rootfs has been built)
Diagnostics checkLayerContentOnDisk(const QString &value, const ValueLocation &location,
                                    const QString &imageRootfs);

} // namespace cbw::core::layers

#pragma once

#include "bundle/bundledesign.h"
#include "common/diagnostic.h"
#include "containercolumns.h"

namespace cbw::app {

// Where in the bundle editor a diagnostic of one bundle belongs. The core reports against
// the BitBake values it generates (entries quoted as written, flags by their key), so the
// editor finds the container by the text the message quotes and the field by the code.
struct DiagnosticTarget
{
    enum class Area
    {
        Table,         // a container row (row >= 0) or the table as a whole (row < 0)
        RecipeName,    // recipe name / version fields
        Summary,       // summary field
        Runtime,       // the bundle's runtime selector
        Deploy,        // CONTAINER_BUNDLE_DEPLOY check box
        FlagsAccepted, // CONTAINER_FLAGS_ACCEPTED field
        Prerequisites, // DISTRO_FEATURES / BBMULTICONFIG / architecture
        Mode           // the mode selector (diagnostics of the mode itself)
    };

    Area area = Area::Table;
    int row = -1;
    ContainerColumn column = ContainerColumn::Source;

    // Works for diagnostics of BundleDesignCodec::validate and of the prerequisite check.
    static DiagnosticTarget of(const core::bundle::BundleDesign &design,
                               const core::Diagnostic &diagnostic);

    friend bool operator==(const DiagnosticTarget &, const DiagnosticTarget &) = default;
};

} // namespace cbw::app

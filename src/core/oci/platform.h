#pragma once

#include "common/result.h"

#include <QString>

namespace cbw::core::oci {

// The os/architecture[/variant] triple of the OCI image index, in GOOS/GOARCH spelling.
struct Platform
{
    QString os;
    QString architecture;
    QString variant; // empty when none

    // "linux/arm64", "linux/arm/v7"; an error names the text when it is malformed.
    static Result<Platform> parse(const QString &text);
    // The machine we run on, e.g. linux/amd64.
    static Platform host();

    bool isEmpty() const { return os.isEmpty() && architecture.isEmpty(); }
    QString toString() const;
    // True when `candidate` can serve a request for *this. An empty variant in the request
    // accepts any variant; "arm64" requests accept a "v8" variant as Docker does.
    bool accepts(const Platform &candidate) const;
    friend bool operator==(const Platform &, const Platform &) = default;
};

} // namespace cbw::core::oci

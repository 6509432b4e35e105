#pragma once

#include <QLatin1String>

// Stable diagnostic codes of the bundle area. Tests, the CLI and the GUI key on them, so
// a code is never renamed once released; severities are given next to each.
namespace cbw::core::bundle::codes {

// BUNDLED_CONTAINERS (container-cross-install)
inline constexpr QLatin1String Empty{"bundle.empty"};                    // warning (both vars)
inline constexpr QLatin1String EmptyName{"bundle.empty-name"};           // error
inline constexpr QLatin1String UnknownRuntime{"bundle.unknown-runtime"}; // warning, skipped
inline constexpr QLatin1String NameEqualsRuntime{"bundle.name-equals-runtime"};       // warning
inline constexpr QLatin1String UnknownPolicy{"bundle.unknown-policy"};                // warning
inline constexpr QLatin1String ExternalAsPolicy{"bundle.external-as-policy"};         // warning
inline constexpr QLatin1String RestartUnlessStopped{"bundle.restart-unless-stopped"}; // warning
inline constexpr QLatin1String PolicyNoEnabled{"bundle.policy-no-enabled"};           // note
inline constexpr QLatin1String ExtraFields{"bundle.extra-fields"};                    // warning
inline constexpr QLatin1String LegacyVersionedOciName{
    "bundle.legacy-versioned-oci-name"};                                    // warning
inline constexpr QLatin1String NameLooksTagged{"bundle.name-looks-tagged"}; // warning
inline constexpr QLatin1String RemoteInBundledContainers{
    "bundle.remote-in-bundled-containers"};                                           // error
inline constexpr QLatin1String UppercaseImageName{"bundle.uppercase-image-name"};     // warning
inline constexpr QLatin1String DuplicateEntry{"bundle.duplicate-entry"};              // warning
inline constexpr QLatin1String ServiceFileIgnored{"bundle.service-file-ignored"};     // warning
inline constexpr QLatin1String ServiceFileUnmatched{"bundle.service-file-unmatched"}; // warning
inline constexpr QLatin1String ServiceFileUnpackdir{"bundle.service-file-unpackdir"}; // warning
inline constexpr QLatin1String ServiceFileMissing{"bundle.service-file-missing"};     // warning
inline constexpr QLatin1String ServiceFileExtension{"bundle.service-file-extension"}; // warning

// CONTAINER_BUNDLES (container-bundle)
inline constexpr QLatin1String InvalidBundleRuntime{"bundle.invalid-bundle-runtime"}; // error
inline constexpr QLatin1String MissingDigest{"bundle.missing-digest"};                // error
inline constexpr QLatin1String MalformedDigest{"bundle.malformed-digest"};            // error
inline constexpr QLatin1String DigestInEntry{"bundle.digest-in-entry"};               // error
inline constexpr QLatin1String RemoteUntagged{"bundle.remote-untagged"};              // error
inline constexpr QLatin1String RemotePolicyAsTag{"bundle.remote-policy-as-tag"};      // warning
inline constexpr QLatin1String LocalhostRegistry{"bundle.localhost-registry"};        // warning
inline constexpr QLatin1String LocalUnknownPolicy{"bundle.local-unknown-policy"};     // error
inline constexpr QLatin1String RemoteFetch{"bundle.remote-fetch"};                    // warning
inline constexpr QLatin1String RemoteFetchAccepted{"bundle.remote-fetch-accepted"};   // note
inline constexpr QLatin1String UnusedDigest{"bundle.unused-digest"};                  // note
inline constexpr QLatin1String DeployWithoutRemote{"bundle.deploy-without-remote"};   // warning
inline constexpr QLatin1String DeployFirstOnly{"bundle.deploy-first-only"};           // note
inline constexpr QLatin1String DeployValue{"bundle.deploy-value"};                    // note

// Prerequisites
inline constexpr QLatin1String MissingDistroFeature{"bundle.missing-distro-feature"}; // error
inline constexpr QLatin1String MissingMulticonfig{"bundle.missing-multiconfig"};      // error
inline constexpr QLatin1String NoVruntimeForArch{"bundle.no-vruntime-for-arch"};      // error
inline constexpr QLatin1String UnknownArch{"bundle.unknown-arch"};                    // note

// Design model / conversions / JSON
inline constexpr QLatin1String RemoteNeedsBundleRecipe{
    "bundle.remote-needs-bundle-recipe"};                                              // error
inline constexpr QLatin1String MixedRuntimes{"bundle.mixed-runtimes"};                 // error
inline constexpr QLatin1String ExternalDropped{"bundle.external-dropped"};             // warning
inline constexpr QLatin1String ServiceFileRemoteKey{"bundle.service-file-remote-key"}; // error
inline constexpr QLatin1String InvalidRecipeName{"bundle.invalid-recipe-name"};        // error
inline constexpr QLatin1String SettingDropped{"bundle.setting-dropped"};               // warning
inline constexpr QLatin1String OciNameConverted{"bundle.oci-name-converted"};          // note
inline constexpr QLatin1String UnquotableValue{"bundle.unquotable-value"};             // error
inline constexpr QLatin1String ServiceFileNameClash{"bundle.service-file-name-clash"}; // error
inline constexpr QLatin1String WrongMode{"bundle.wrong-mode"};                         // error
inline constexpr QLatin1String JsonUnknownField{"bundle.json-unknown-field"};          // warning
inline constexpr QLatin1String JsonType{"bundle.json-type"};                           // error
inline constexpr QLatin1String JsonValue{"bundle.json-value"};                         // error

} // namespace cbw::core::bundle::codes

#pragma once

#include "layers/dockerrun.h"
#include "layers/layervariables.h"

#include "common/diagnostic.h"

#include <QString>
#include <QStringList>

namespace cbw::core::layers {

// The OCI_IMAGE_* settings of an image-oci recipe, with image-oci.bbclass's defaults.
struct ImageSettings
{
    QString cmd = QStringLiteral("/bin/sh");    // OCI_IMAGE_CMD
    QString entrypoint;                         // OCI_IMAGE_ENTRYPOINT
    QString entrypointArgs;                     // OCI_IMAGE_ENTRYPOINT_ARGS (legacy, wins as Cmd)
    QString workingDir;                         // OCI_IMAGE_WORKINGDIR
    QString stopSignal;                         // OCI_IMAGE_STOPSIGNAL
    QStringList ports;                          // OCI_IMAGE_PORTS
    QStringList labels;                         // OCI_IMAGE_LABELS, "key=value" each
    QStringList envVars;                        // OCI_IMAGE_ENV_VARS, "KEY=value" each
    QString tag = QStringLiteral("latest");     // OCI_IMAGE_TAG
    QString runtimeUid;                         // OCI_IMAGE_RUNTIME_UID
    QString autoLabels = QStringLiteral("1");   // OCI_IMAGE_AUTO_LABELS
    QString revision;                           // OCI_IMAGE_REVISION
    QString branch;                             // OCI_IMAGE_BRANCH
    QString buildDate;                          // OCI_IMAGE_BUILD_DATE
    QString tarOutput = QStringLiteral("true"); // OCI_IMAGE_TAR_OUTPUT

    friend bool operator==(const ImageSettings &, const ImageSettings &) = default;

    // Variables not in the map keep the class defaults.
    static ImageSettings fromVariables(const LayerVariables &vars);
    // Only the variables whose value differs from the class default, by variable name.
    QMap<QString, QString> toVariables() const;

    // Tag used inside the layout: empty → "initial-tag".
    QString effectiveTag() const;
    // Tag as used in deploy file names: ':' → '_'.
    QString fileNameTag() const;
    // "<recipe>-<fileNameTag>-oci" (the stable deploy link).
    QString deployLinkName(const QString &recipe) const;
    bool producesTarballs() const { return !tarOutput.isEmpty(); }
    bool autoLabelsEnabled() const { return autoLabels == QLatin1String("1"); }

    // Entrypoint = shlex(entrypoint); Cmd = shlex(entrypointArgs) when non-empty, else
    // shlex(cmd). Unbalanced quoting yields no tokens for that variable (see validate()).
    ContainerProcess process() const;

    // Labels the build adds on its own (with OCI_IMAGE_AUTO_LABELS = "1"): keys of revision,
    // ref.name and created with the explicit value, "<auto>" when detected at build time;
    // "none" drops a label.
    QStringList autoLabelList() const;
};

// Checks the settings, pointing into `vars` locations (missing entries give file-less
// diagnostics). Codes:
//   layers.shlex (error)            unbalanced quote / trailing backslash in CMD or
//                                   ENTRYPOINT(_ARGS)
//   layers.shlex-quote-char (warn)  a token containing "'": the class wraps tokens in '...'
//   layers.entrypoint-default-cmd (warn) ENTRYPOINT set, ENTRYPOINT_ARGS empty and CMD left at
//                                   its default /bin/sh (not written in the recipe; with an
//                                   empty `vars`: whenever cmd is "/bin/sh")
//   layers.cmd-ignored (warn)       ENTRYPOINT_ARGS non-empty and OCI_IMAGE_CMD written in the
//                                   recipe (with an empty `vars`: cmd not default)
//   layers.bad-port (error)         not port, port/tcp or port/udp with 1..65535
//   layers.bad-label (error)        label without '=' or with an empty key
//   layers.bad-env (error)          env entry without '=' or with an empty name
//   layers.env-name (warn)          env name that is not a shell identifier
//   layers.bad-stopsignal (warn)    not SIGNAME or a number
//   layers.tar-output (warn)        OCI_IMAGE_TAR_OUTPUT non-empty but looks like "off"
//                                   ("false", "0", "no", "off", ...): tars are still made
//   layers.shell-syntax (error)     a value leaves a quote open in the task's shell script
//   layers.shell-test (warn)        quotes in a value make [ -n "${VAR}" ] see several words:
//                                   the setting is silently skipped
//   layers.unquoted-space (error)   whitespace in WORKINGDIR, STOPSIGNAL or RUNTIME_UID (passed
//                                   to umoci unquoted)
//   layers.workingdir-relative (warn) OCI_IMAGE_WORKINGDIR not absolute
//   layers.list-quoting (warn)      quotes/backslashes in PORTS, LABELS or ENV_VARS (recipe
//                                   values only): the shell's quoting applies
//   layers.tag-empty (warn)         OCI_IMAGE_TAG empty
//   layers.tag-colon (note)         ':' in the tag becomes '_' in file names
Diagnostics validateImageSettings(const ImageSettings &settings, const LayerVariables &vars = {});

} // namespace cbw::core::layers

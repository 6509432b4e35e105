#include "imagesettings.h"

#include "pytext_p.h"
#include "shlex.h"

#include <QRegularExpression>

namespace cbw::core::layers {

namespace {

const QString kCmd = QStringLiteral("OCI_IMAGE_CMD");
const QString kEntrypoint = QStringLiteral("OCI_IMAGE_ENTRYPOINT");
const QString kEntrypointArgs = QStringLiteral("OCI_IMAGE_ENTRYPOINT_ARGS");
const QString kWorkingDir = QStringLiteral("OCI_IMAGE_WORKINGDIR");
const QString kStopSignal = QStringLiteral("OCI_IMAGE_STOPSIGNAL");
const QString kPorts = QStringLiteral("OCI_IMAGE_PORTS");
const QString kLabels = QStringLiteral("OCI_IMAGE_LABELS");
const QString kEnvVars = QStringLiteral("OCI_IMAGE_ENV_VARS");
const QString kTag = QStringLiteral("OCI_IMAGE_TAG");
const QString kRuntimeUid = QStringLiteral("OCI_IMAGE_RUNTIME_UID");
const QString kAutoLabels = QStringLiteral("OCI_IMAGE_AUTO_LABELS");
const QString kRevision = QStringLiteral("OCI_IMAGE_REVISION");
const QString kBranch = QStringLiteral("OCI_IMAGE_BRANCH");
const QString kBuildDate = QStringLiteral("OCI_IMAGE_BUILD_DATE");
const QString kTarOutput = QStringLiteral("OCI_IMAGE_TAR_OUTPUT");

QStringList words(const QString &value)
{
    QStringList out;
    for (const detail::Piece &p : detail::splitWhitespace(value))
        out.append(p.text);
    return out;
}

// The text a list variable is checked on: the recipe's value when known (offsets then point
// into the file), else the settings' list joined with spaces (no file position).
struct ListSource
{
    QList<detail::Piece> pieces;
    ValueLocation location;
};

ListSource listSource(const LayerVariables &vars, const QString &name, const QStringList &items)
{
    const auto it = vars.constFind(name);
    if (it != vars.constEnd() && words(it->value) == items)
        return {detail::splitWhitespace(it->value), it->location};
    return {detail::splitWhitespace(items.join(QLatin1Char(' '))), ValueLocation()};
}

} // namespace

ImageSettings ImageSettings::fromVariables(const LayerVariables &vars)
{
    ImageSettings s;
    s.cmd = variableValue(vars, kCmd, s.cmd);
    s.entrypoint = variableValue(vars, kEntrypoint, s.entrypoint);
    s.entrypointArgs = variableValue(vars, kEntrypointArgs, s.entrypointArgs);
    s.workingDir = variableValue(vars, kWorkingDir, s.workingDir);
    s.stopSignal = variableValue(vars, kStopSignal, s.stopSignal);
    s.ports = words(variableValue(vars, kPorts));
    s.labels = words(variableValue(vars, kLabels));
    s.envVars = words(variableValue(vars, kEnvVars));
    s.tag = variableValue(vars, kTag, s.tag);
    s.runtimeUid = variableValue(vars, kRuntimeUid, s.runtimeUid);
    s.autoLabels = variableValue(vars, kAutoLabels, s.autoLabels);
    s.revision = variableValue(vars, kRevision, s.revision);
    s.branch = variableValue(vars, kBranch, s.branch);
    s.buildDate = variableValue(vars, kBuildDate, s.buildDate);
    s.tarOutput = variableValue(vars, kTarOutput, s.tarOutput);
    return s;
}

QMap<QString, QString> ImageSettings::toVariables() const
{
    const ImageSettings d;
    QMap<QString, QString> out;
    auto put = [&out](const QString &name, const QString &value, const QString &def) {
        if (value != def)
            out.insert(name, value);
    };
    put(kCmd, cmd, d.cmd);
    put(kEntrypoint, entrypoint, d.entrypoint);
    put(kEntrypointArgs, entrypointArgs, d.entrypointArgs);
    put(kWorkingDir, workingDir, d.workingDir);
    put(kStopSignal, stopSignal, d.stopSignal);
    put(kPorts, ports.join(QLatin1Char(' ')), QString());
    put(kLabels, labels.join(QLatin1Char(' ')), QString());
    put(kEnvVars, envVars.join(QLatin1Char(' ')), QString());
    put(kTag, tag, d.tag);
    put(kRuntimeUid, runtimeUid, d.runtimeUid);
    put(kAutoLabels, autoLabels, d.autoLabels);
    put(kRevision, revision, d.revision);
    put(kBranch, branch, d.branch);
    put(kBuildDate, buildDate, d.buildDate);
    put(kTarOutput, tarOutput, d.tarOutput);
    return out;
}

QString ImageSettings::effectiveTag() const
{
    return tag.isEmpty() ? QStringLiteral("initial-tag") : tag;
}

QString ImageSettings::fileNameTag() const
{
    QString t = effectiveTag();
    return t.replace(QLatin1Char(':'), QLatin1Char('_'));
}

QString ImageSettings::deployLinkName(const QString &recipe) const
{
    return recipe + QLatin1Char('-') + fileNameTag() + QStringLiteral("-oci");
}

ContainerProcess ImageSettings::process() const
{
    ContainerProcess p;
    if (!entrypoint.isEmpty())
        p.entrypoint = shlexSplit(entrypoint).tokens;
    if (!entrypointArgs.isEmpty())
        p.cmd = shlexSplit(entrypointArgs).tokens;
    else if (!cmd.isEmpty())
        p.cmd = shlexSplit(cmd).tokens;
    return p;
}

QStringList ImageSettings::autoLabelList() const
{
    QStringList out;
    if (!autoLabelsEnabled())
        return out;
    auto add = [&out](const QString &key, const QString &value) {
        if (value == QLatin1String("none"))
            return;
        out.append(key + QLatin1Char('=') + (value.isEmpty() ? QStringLiteral("<auto>") : value));
    };
    add(QStringLiteral("org.opencontainers.image.revision"), revision);
    add(QStringLiteral("org.opencontainers.image.ref.name"), branch);
    add(QStringLiteral("org.opencontainers.image.created"), buildDate);
    return out;
}

Diagnostics validateImageSettings(const ImageSettings &s, const LayerVariables &vars)
{
    Diagnostics out;
    auto locate = [&vars](const QString &name, int offset) {
        const auto it = vars.constFind(name);
        if (it == vars.constEnd())
            return SourceLocation{};
        return it->location.locate(offset);
    };

    // Command-like variables: shlex errors and tokens the class cannot quote.
    const struct
    {
        const QString &name;
        const QString &value;
    } commands[] = {
        {kEntrypoint, s.entrypoint}, {kEntrypointArgs, s.entrypointArgs}, {kCmd, s.cmd}};
    for (const auto &c : commands) {
        if (c.value.isEmpty())
            continue;
        const ShlexResult r = shlexSplit(c.value);
        if (!r.ok) {
            out.append(Diagnostic::error(
                QStringLiteral("layers.shlex"),
                QStringLiteral("%1 cannot be split like the class does (Python shlex.split): %2")
                    .arg(c.name, r.error),
                locate(c.name, r.errorOffset)));
            continue;
        }
        for (const QString &token : r.tokens) {
            if (!token.contains(QLatin1Char('\'')))
                continue;
            out.append(Diagnostic::warning(
                QStringLiteral("layers.shlex-quote-char"),
                QStringLiteral("%1 token \"%2\" contains a single quote: the class passes every "
                               "token to umoci as '%3' inside a shell command, which breaks "
                               "the quoting")
                    .arg(c.name, token, token),
                locate(c.name, 0)));
        }
    }

    const bool cmdExplicit = vars.contains(kCmd);
    if (!s.entrypoint.isEmpty() && s.entrypointArgs.isEmpty() && s.cmd == ImageSettings().cmd &&
        !cmdExplicit) {
        out.append(Diagnostic::warning(
            QStringLiteral("layers.entrypoint-default-cmd"),
            QStringLiteral("OCI_IMAGE_ENTRYPOINT is set but OCI_IMAGE_CMD keeps its default "
                           "\"/bin/sh\": `docker run IMAGE` runs %1. Set OCI_IMAGE_CMD = \"\" "
                           "or give the arguments in OCI_IMAGE_ENTRYPOINT_ARGS")
                .arg((s.process().runWithoutArgs()).join(QLatin1Char(' '))),
            locate(kEntrypoint, 0)));
    }
    if (!s.entrypointArgs.isEmpty() && !s.cmd.isEmpty() &&
        (cmdExplicit || (vars.isEmpty() && s.cmd != ImageSettings().cmd))) {
        out.append(Diagnostic::warning(
            QStringLiteral("layers.cmd-ignored"),
            QStringLiteral("OCI_IMAGE_ENTRYPOINT_ARGS is non-empty, so it is written as the "
                           "image Cmd and OCI_IMAGE_CMD (\"%1\") is ignored")
                .arg(s.cmd),
            locate(cmdExplicit ? kCmd : kEntrypointArgs, 0)));
    }

    static const QRegularExpression portRe(QStringLiteral("^([0-9]+)(/(tcp|udp))?$"));
    const ListSource ports = listSource(vars, kPorts, s.ports);
    for (const detail::Piece &p : ports.pieces) {
        const QRegularExpressionMatch m = portRe.match(p.text);
        bool ok = m.hasMatch();
        if (ok) {
            const qlonglong n = m.captured(1).toLongLong(&ok);
            ok = ok && n >= 1 && n <= 65535;
        }
        if (!ok) {
            out.append(Diagnostic::error(
                QStringLiteral("layers.bad-port"),
                QStringLiteral("OCI_IMAGE_PORTS entry '%1' is not <port>, <port>/tcp or "
                               "<port>/udp with a port from 1 to 65535")
                    .arg(p.text),
                ports.location.locate(p.offset)));
        }
    }

    const ListSource labels = listSource(vars, kLabels, s.labels);
    for (const detail::Piece &p : labels.pieces) {
        const qsizetype eq = p.text.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            out.append(Diagnostic::error(
                QStringLiteral("layers.bad-label"),
                QStringLiteral("OCI_IMAGE_LABELS entry '%1' is not key=value (values cannot "
                               "contain spaces: the list is split on whitespace)")
                    .arg(p.text),
                labels.location.locate(p.offset)));
        }
    }

    static const QRegularExpression envNameRe(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    const ListSource envs = listSource(vars, kEnvVars, s.envVars);
    for (const detail::Piece &p : envs.pieces) {
        const qsizetype eq = p.text.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            out.append(Diagnostic::error(
                QStringLiteral("layers.bad-env"),
                QStringLiteral("OCI_IMAGE_ENV_VARS entry '%1' is not KEY=value").arg(p.text),
                envs.location.locate(p.offset)));
        } else if (!envNameRe.match(p.text.left(eq)).hasMatch()) {
            out.append(Diagnostic::warning(
                QStringLiteral("layers.env-name"),
                QStringLiteral("OCI_IMAGE_ENV_VARS name '%1' is not a shell identifier; "
                               "programs may not be able to read it")
                    .arg(p.text.left(eq)),
                envs.location.locate(p.offset)));
        }
    }

    // IMAGE_CMD:oci pastes the values into its shell script: `[ -n "${VAR}" ]` guards every
    // setting, and some values are passed to umoci unquoted.
    const struct
    {
        const QString &name;
        QString value;
    } shellValues[] = {
        {kEntrypoint, s.entrypoint},
        {kEntrypointArgs, s.entrypointArgs},
        {kCmd, s.cmd},
        {kWorkingDir, s.workingDir},
        {kStopSignal, s.stopSignal},
        {kPorts, variableValue(vars, kPorts, s.ports.join(QLatin1Char(' ')))},
        {kLabels, variableValue(vars, kLabels, s.labels.join(QLatin1Char(' ')))},
        {kEnvVars, variableValue(vars, kEnvVars, s.envVars.join(QLatin1Char(' ')))},
        {kTag, s.tag},
        {kRuntimeUid, s.runtimeUid},
        {kRevision, s.revision},
        {kBranch, s.branch},
        {kBuildDate, s.buildDate},
        {kTarOutput, s.tarOutput},
    };
    for (const auto &v : shellValues) {
        if (v.value.isEmpty())
            continue;
        const std::optional<int> words =
            detail::shellWordCount(QLatin1Char('"') + v.value + QLatin1Char('"'));
        if (!words) {
            out.append(Diagnostic::error(
                QStringLiteral("layers.shell-syntax"),
                QStringLiteral("%1 leaves a quote open in the shell script of do_image_oci "
                               "(the class writes [ -n \"${%1}\" ]): the task fails with a "
                               "syntax error")
                    .arg(v.name),
                locate(v.name, 0)));
        } else if (*words != 1) {
            out.append(Diagnostic::warning(
                QStringLiteral("layers.shell-test"),
                QStringLiteral("the quotes in %1 split [ -n \"${%1}\" ] into %2 words in the "
                               "shell script of do_image_oci: the test fails and %1 is silently "
                               "not applied")
                    .arg(v.name)
                    .arg(*words),
                locate(v.name, 0)));
        }
    }
    for (const QString *name : {&kWorkingDir, &kStopSignal, &kRuntimeUid}) {
        const QString value = *name == kWorkingDir   ? s.workingDir
                              : *name == kStopSignal ? s.stopSignal
                                                     : s.runtimeUid;
        const qsizetype blank = value.indexOf(QRegularExpression(QStringLiteral("\\s")));
        if (blank >= 0) {
            out.append(Diagnostic::error(
                QStringLiteral("layers.unquoted-space"),
                QStringLiteral("%1 '%2' contains whitespace: the class passes it to umoci "
                               "unquoted, so it becomes several arguments and do_image_oci fails")
                    .arg(*name, value),
                locate(*name, int(blank))));
        }
    }
    if (!s.workingDir.isEmpty() && !s.workingDir.startsWith(QLatin1Char('/')) &&
        !detail::hasExpansion(s.workingDir)) {
        out.append(Diagnostic::warning(
            QStringLiteral("layers.workingdir-relative"),
            QStringLiteral("OCI_IMAGE_WORKINGDIR '%1' is not absolute: runtimes require an "
                           "absolute working directory (docker refuses to start the container)")
                .arg(s.workingDir),
            locate(kWorkingDir, 0)));
    }
    for (const QString *name : {&kPorts, &kLabels, &kEnvVars}) {
        const QString value = variableValue(vars, *name);
        static const QRegularExpression quoting(QStringLiteral("[\"'\\\\]"));
        const qsizetype at = value.indexOf(quoting);
        if (at >= 0) {
            out.append(Diagnostic::warning(
                QStringLiteral("layers.list-quoting"),
                QStringLiteral("%1 contains quotes or backslashes: the class pastes the value "
                               "into a shell 'for' loop, so the shell's quoting decides the "
                               "entries, not a plain whitespace split (checked here as "
                               "whitespace-separated)")
                    .arg(*name),
                locate(*name, int(at))));
        }
    }

    static const QRegularExpression signalRe(QStringLiteral("^(SIG[A-Z0-9+-]+|[0-9]+)$"));
    if (!s.stopSignal.isEmpty() && !signalRe.match(s.stopSignal).hasMatch()) {
        out.append(Diagnostic::warning(
            QStringLiteral("layers.bad-stopsignal"),
            QStringLiteral("OCI_IMAGE_STOPSIGNAL '%1' is neither a signal name like SIGTERM nor "
                           "a number")
                .arg(s.stopSignal),
            locate(kStopSignal, 0)));
    }

    static const QStringList offWords = {QStringLiteral("false"),   QStringLiteral("0"),
                                         QStringLiteral("no"),      QStringLiteral("off"),
                                         QStringLiteral("n"),       QStringLiteral("disable"),
                                         QStringLiteral("disabled")};
    if (offWords.contains(detail::pyStrip(s.tarOutput).toLower())) {
        out.append(Diagnostic::warning(
            QStringLiteral("layers.tar-output"),
            QStringLiteral("OCI_IMAGE_TAR_OUTPUT = \"%1\" still produces the .tar outputs: the "
                           "class only tests for a non-empty value; set it to \"\" to disable "
                           "them")
                .arg(s.tarOutput),
            locate(kTarOutput, 0)));
    }

    if (s.tag.isEmpty()) {
        out.append(Diagnostic::warning(
            QStringLiteral("layers.tag-empty"),
            QStringLiteral("OCI_IMAGE_TAG is empty: the class falls back to 'initial-tag', and "
                           "BUNDLED_CONTAINERS and container-bundle only look for "
                           "'<recipe>-latest-oci'"),
            locate(kTag, 0)));
    } else if (s.tag.contains(QLatin1Char(':'))) {
        out.append(Diagnostic::note(
            QStringLiteral("layers.tag-colon"),
            QStringLiteral("OCI_IMAGE_TAG '%1' contains ':', which becomes '_' in the deploy "
                           "file names (%2)")
                .arg(s.tag, s.fileNameTag()),
            locate(kTag, int(s.tag.indexOf(QLatin1Char(':'))))));
    }
    return out;
}

} // namespace cbw::core::layers

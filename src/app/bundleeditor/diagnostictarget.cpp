#include "diagnostictarget.h"

#include "bundle/bundlecodes.h"
#include "bundle/bundledcontainerentry.h"
#include "bundle/containerbundleentry.h"
#include "bundle/imagenaming.h"

#include <QStringList>

namespace cbw::app {

namespace codes = core::bundle::codes;
using core::bundle::BundleDesign;
using core::bundle::ContainerSpec;

namespace {

bool isOneOf(const QString &code, std::initializer_list<QLatin1String> list)
{
    for (const QLatin1String &c : list) {
        if (code == c)
            return true;
    }
    return false;
}

ContainerColumn columnForCode(const QString &code)
{
    if (isOneOf(code, {codes::UnknownRuntime, codes::NameEqualsRuntime, codes::MixedRuntimes}))
        return ContainerColumn::Runtime;
    if (isOneOf(code,
                {codes::UnknownPolicy, codes::ExternalAsPolicy, codes::RestartUnlessStopped,
                 codes::PolicyNoEnabled, codes::LocalUnknownPolicy, codes::RemotePolicyAsTag}))
        return ContainerColumn::Policy;
    if (code == codes::ExternalDropped)
        return ContainerColumn::External;
    if (isOneOf(code, {codes::MissingDigest, codes::MalformedDigest, codes::UnusedDigest}))
        return ContainerColumn::Digest;
    if (isOneOf(code, {codes::ServiceFileIgnored, codes::ServiceFileUnmatched,
                       codes::ServiceFileUnpackdir, codes::ServiceFileMissing,
                       codes::ServiceFileExtension, codes::ServiceFileRemoteKey,
                       codes::ServiceFileNameClash}))
        return ContainerColumn::ServiceFile;
    return ContainerColumn::Source;
}

// The ways the core's messages name a container: the entry as written, the source quoted,
// and the varflag keys.
QStringList mentionsOf(const BundleDesign &design, const ContainerSpec &c)
{
    const QString policy = core::bundle::restartPolicyWord(c.policy);
    QString entry;
    QString digestKey;
    if (design.mode == BundleDesign::Mode::BundledContainers) {
        entry = core::bundle::BundledContainerEntry::make(c.source, design.runtimeOf(c), policy,
                                                          c.external)
                    .text();
    } else {
        const auto e = core::bundle::ContainerBundleEntry::make(c.source, policy);
        entry = e.text;
        digestKey = e.digestKey();
    }
    QStringList out{QLatin1Char('\'') + entry + QLatin1Char('\''),
                    QLatin1Char('\'') + c.source + QLatin1Char('\''),
                    QLatin1Char('[') + c.source + QLatin1Char(']'),
                    QStringLiteral(": ") + c.source + QLatin1Char(' ')};
    if (!digestKey.isEmpty())
        out << QLatin1Char('[') + digestKey + QLatin1Char(']');
    return out;
}

int rowMentioned(const BundleDesign &design, const QString &message)
{
    int best = -1;
    qsizetype bestLength = 0;
    for (int i = 0; i < design.containers.size(); ++i) {
        for (const QString &m : mentionsOf(design, design.containers.at(i))) {
            if (m.size() > bestLength && message.contains(m)) {
                best = i;
                bestLength = m.size();
            }
        }
    }
    return best;
}

} // namespace

DiagnosticTarget DiagnosticTarget::of(const BundleDesign &design,
                                      const core::Diagnostic &diagnostic)
{
    DiagnosticTarget t;
    const QString &code = diagnostic.code;
    if (isOneOf(code, {codes::MissingDistroFeature, codes::MissingMulticonfig,
                       codes::NoVruntimeForArch, codes::UnknownArch})) {
        t.area = Area::Prerequisites;
        return t;
    }
    if (code == codes::InvalidRecipeName) {
        t.area = Area::RecipeName;
        return t;
    }
    if (code == codes::UnquotableValue) {
        t.area = Area::Summary;
        return t;
    }
    if (code == codes::InvalidBundleRuntime) {
        t.area = Area::Runtime;
        return t;
    }
    if (isOneOf(code, {codes::DeployWithoutRemote, codes::DeployFirstOnly, codes::DeployValue})) {
        t.area = Area::Deploy;
        return t;
    }
    if (code == codes::WrongMode) {
        t.area = Area::Mode;
        return t;
    }
    t.column = columnForCode(code);
    t.row = rowMentioned(design, diagnostic.message);
    if (t.row < 0 && code == codes::ServiceFileUnmatched)
        t.column = ContainerColumn::Source;
    return t;
}

} // namespace cbw::app

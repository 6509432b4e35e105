#include "bundledcontainerentry.h"

#include "restartpolicy.h"

namespace cbw::core::bundle {

namespace {

// `cut -d: -f1` / `-f2` plus the class's "name == runtime means no runtime" rule. cut
// prints the whole token for every field when there is no ':' at all.
QString runtimeOfToken(const QString &token, const QString &defaultRuntime)
{
    const QStringList f = token.split(QLatin1Char(':'));
    if (f.size() < 2 || f.at(0) == f.at(1))
        return defaultRuntime;
    return f.at(1);
}

} // namespace

BundledContainerEntry BundledContainerEntry::make(const QString &name, const QString &runtime,
                                                  const QString &policyWord, bool external)
{
    BundledContainerEntry e;
    e.fields << name;
    if (!policyWord.isEmpty()) {
        e.fields << runtime << policyWord;
        if (external)
            e.fields << QStringLiteral("external");
    } else if (!runtime.isEmpty()) {
        e.fields << runtime;
        if (external)
            e.fields << QString() << QStringLiteral("external");
    } else if (external) {
        e.fields << QStringLiteral("external");
    }
    e.length = int(e.text().size());
    return e;
}

QString BundledContainerEntry::runtimeView() const
{
    QString t = text();
    const int at = int(t.indexOf(QLatin1String(":external")));
    if (at >= 0)
        t.remove(at, 9);
    return t;
}

QString BundledContainerEntry::effectiveRuntime(const QString &defaultRuntime) const
{
    return runtimeOfToken(runtimeView(), defaultRuntime);
}

QString BundledContainerEntry::unitRuntime(const QString &defaultRuntime) const
{
    return runtimeOfToken(text(), defaultRuntime);
}

QString BundledContainerEntry::unitPolicyWord() const
{
    if (fields.size() < 2 || fields.at(0) == fields.at(1))
        return {};
    return fields.value(2);
}

QString BundledContainerEntry::restartValue() const
{
    return restartValueForWord(unitPolicyWord());
}

QString BundledContainerEntry::dependencyRecipe() const
{
    if (isExternal())
        return {};
    return ImageNaming::recipeDependencyName(name());
}

} // namespace cbw::core::bundle

#include "layerdesign.h"

#include "layers/baseimage.h"
#include "layers/layercache.h"
#include "pytext_p.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace cbw::core::layers {

namespace {

QJsonArray toArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

QStringList words(const QString &value)
{
    QStringList out;
    for (const detail::Piece &p : detail::splitWhitespace(value))
        out.append(p.text);
    return out;
}

// Reads JSON fields into a design, reporting every bad one against `file`.
class JsonReader
{
public:
    JsonReader(QString file, Diagnostics *diagnostics)
        : m_file(std::move(file))
        , m_diagnostics(diagnostics)
    {}

    void error(const QString &jsonPath, const QString &what)
    {
        report(Diagnostic::error(QStringLiteral("design.bad-field"),
                                 jsonPath + QStringLiteral(": ") + what, {m_file, 0, 0}));
    }
    void warning(const QString &code, const QString &jsonPath, const QString &what)
    {
        report(Diagnostic::warning(code, jsonPath + QStringLiteral(": ") + what, {m_file, 0, 0}));
    }

    void readString(const QJsonObject &obj, const QString &key, const QString &jsonPath,
                    QString *target)
    {
        const auto it = obj.constFind(key);
        if (it == obj.constEnd())
            return;
        if (!it->isString()) {
            error(jsonPath, QStringLiteral("expected a string"));
            return;
        }
        *target = it->toString();
    }
    void readBool(const QJsonObject &obj, const QString &key, const QString &jsonPath, bool *target)
    {
        const auto it = obj.constFind(key);
        if (it == obj.constEnd())
            return;
        if (!it->isBool()) {
            error(jsonPath, QStringLiteral("expected true or false"));
            return;
        }
        *target = it->toBool();
    }
    void readStringList(const QJsonObject &obj, const QString &key, const QString &jsonPath,
                        QStringList *target)
    {
        const auto it = obj.constFind(key);
        if (it == obj.constEnd())
            return;
        if (!it->isArray()) {
            error(jsonPath, QStringLiteral("expected an array of strings"));
            return;
        }
        QStringList out;
        const QJsonArray a = it->toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString itemPath = jsonPath + QStringLiteral("[%1]").arg(i);
            if (!a.at(i).isString()) {
                error(itemPath, QStringLiteral("expected a string"));
                continue;
            }
            out.append(a.at(i).toString());
        }
        *target = out;
    }
    void checkKeys(const QJsonObject &obj, const QStringList &known, const QString &jsonPath)
    {
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            if (!known.contains(it.key())) {
                warning(QStringLiteral("design.unknown-key"),
                        jsonPath.isEmpty() ? it.key() : jsonPath + QLatin1Char('.') + it.key(),
                        QStringLiteral("unknown key, ignored"));
            }
        }
    }

private:
    void report(Diagnostic d)
    {
        if (m_diagnostics)
            m_diagnostics->append(std::move(d));
    }
    QString m_file;
    Diagnostics *m_diagnostics;
};

const QStringList kTopKeys = {
    QStringLiteral("recipe"),       QStringLiteral("summary"), QStringLiteral("description"),
    QStringLiteral("license"),      QStringLiteral("mode"),    QStringLiteral("baseImage"),
    QStringLiteral("baseImageTag"), QStringLiteral("layers"),  QStringLiteral("imageInstall"),
    QStringLiteral("settings"),     QStringLiteral("cache"),   QStringLiteral("backend")};
const QStringList kLayerKeys = {QStringLiteral("name"), QStringLiteral("type"),
                                QStringLiteral("items")};
const QStringList kSettingKeys = {
    QStringLiteral("cmd"),        QStringLiteral("entrypoint"), QStringLiteral("entrypointArgs"),
    QStringLiteral("workingDir"), QStringLiteral("stopSignal"), QStringLiteral("ports"),
    QStringLiteral("labels"),     QStringLiteral("envVars"),    QStringLiteral("tag"),
    QStringLiteral("runtimeUid"), QStringLiteral("autoLabels"), QStringLiteral("revision"),
    QStringLiteral("branch"),     QStringLiteral("buildDate"),  QStringLiteral("tarOutput")};

QJsonObject settingsToJson(const ImageSettings &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("cmd"), s.cmd);
    o.insert(QStringLiteral("entrypoint"), s.entrypoint);
    o.insert(QStringLiteral("entrypointArgs"), s.entrypointArgs);
    o.insert(QStringLiteral("workingDir"), s.workingDir);
    o.insert(QStringLiteral("stopSignal"), s.stopSignal);
    o.insert(QStringLiteral("ports"), toArray(s.ports));
    o.insert(QStringLiteral("labels"), toArray(s.labels));
    o.insert(QStringLiteral("envVars"), toArray(s.envVars));
    o.insert(QStringLiteral("tag"), s.tag);
    o.insert(QStringLiteral("runtimeUid"), s.runtimeUid);
    o.insert(QStringLiteral("autoLabels"), s.autoLabels);
    o.insert(QStringLiteral("revision"), s.revision);
    o.insert(QStringLiteral("branch"), s.branch);
    o.insert(QStringLiteral("buildDate"), s.buildDate);
    o.insert(QStringLiteral("tarOutput"), s.tarOutput);
    return o;
}

void settingsFromJson(const QJsonObject &o, ImageSettings *s, JsonReader &r)
{
    r.checkKeys(o, kSettingKeys, QStringLiteral("settings"));
    auto str = [&](const char *key, QString *target) {
        const QString k = QLatin1String(key);
        r.readString(o, k, QStringLiteral("settings.") + k, target);
    };
    auto list = [&](const char *key, QStringList *target) {
        const QString k = QLatin1String(key);
        r.readStringList(o, k, QStringLiteral("settings.") + k, target);
    };
    str("cmd", &s->cmd);
    str("entrypoint", &s->entrypoint);
    str("entrypointArgs", &s->entrypointArgs);
    str("workingDir", &s->workingDir);
    str("stopSignal", &s->stopSignal);
    list("ports", &s->ports);
    list("labels", &s->labels);
    list("envVars", &s->envVars);
    str("tag", &s->tag);
    str("runtimeUid", &s->runtimeUid);
    str("autoLabels", &s->autoLabels);
    str("revision", &s->revision);
    str("branch", &s->branch);
    str("buildDate", &s->buildDate);
    str("tarOutput", &s->tarOutput);
}

} // namespace

QJsonObject LayerDesign::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("recipe"), recipeName);
    o.insert(QStringLiteral("summary"), summary);
    o.insert(QStringLiteral("description"), description);
    o.insert(QStringLiteral("license"), license);
    o.insert(QStringLiteral("mode"), layerModeName(mode));
    o.insert(QStringLiteral("baseImage"), baseImage);
    o.insert(QStringLiteral("baseImageTag"), baseImageTag);
    QJsonArray layerArray;
    for (const LayerSpec &l : layers) {
        QJsonObject lo;
        lo.insert(QStringLiteral("name"), l.name);
        lo.insert(QStringLiteral("type"), l.typeWord());
        lo.insert(QStringLiteral("items"), toArray(l.items));
        layerArray.append(lo);
    }
    o.insert(QStringLiteral("layers"), layerArray);
    o.insert(QStringLiteral("imageInstall"), toArray(imageInstall));
    o.insert(QStringLiteral("settings"), settingsToJson(settings));
    o.insert(QStringLiteral("cache"), cacheEnabled);
    o.insert(QStringLiteral("backend"), backend);
    return o;
}

LayerDesign LayerDesign::fromJson(const QJsonObject &json, const QString &path,
                                  Diagnostics *diagnostics)
{
    LayerDesign d;
    JsonReader r(path, diagnostics);
    r.checkKeys(json, kTopKeys, QString());
    r.readString(json, QStringLiteral("recipe"), QStringLiteral("recipe"), &d.recipeName);
    r.readString(json, QStringLiteral("summary"), QStringLiteral("summary"), &d.summary);
    r.readString(json, QStringLiteral("description"), QStringLiteral("description"),
                 &d.description);
    r.readString(json, QStringLiteral("license"), QStringLiteral("license"), &d.license);
    QString mode = layerModeName(d.mode);
    r.readString(json, QStringLiteral("mode"), QStringLiteral("mode"), &mode);
    if (mode == QLatin1String("multi") || mode == QLatin1String("single"))
        d.mode = layerModeFromValue(mode);
    else
        r.error(QStringLiteral("mode"),
                QStringLiteral("expected \"single\" or \"multi\", got \"%1\"").arg(mode));
    r.readString(json, QStringLiteral("baseImage"), QStringLiteral("baseImage"), &d.baseImage);
    r.readString(json, QStringLiteral("baseImageTag"), QStringLiteral("baseImageTag"),
                 &d.baseImageTag);
    r.readStringList(json, QStringLiteral("imageInstall"), QStringLiteral("imageInstall"),
                     &d.imageInstall);
    r.readBool(json, QStringLiteral("cache"), QStringLiteral("cache"), &d.cacheEnabled);
    r.readString(json, QStringLiteral("backend"), QStringLiteral("backend"), &d.backend);

    const auto layersIt = json.constFind(QStringLiteral("layers"));
    if (layersIt != json.constEnd()) {
        if (!layersIt->isArray()) {
            r.error(QStringLiteral("layers"), QStringLiteral("expected an array of layers"));
        } else {
            const QJsonArray a = layersIt->toArray();
            for (qsizetype i = 0; i < a.size(); ++i) {
                const QString lp = QStringLiteral("layers[%1]").arg(i);
                if (!a.at(i).isObject()) {
                    r.error(lp, QStringLiteral("expected an object"));
                    continue;
                }
                const QJsonObject lo = a.at(i).toObject();
                r.checkKeys(lo, kLayerKeys, lp);
                LayerSpec spec;
                r.readString(lo, QStringLiteral("name"), lp + QStringLiteral(".name"), &spec.name);
                QString type = QStringLiteral("packages");
                r.readString(lo, QStringLiteral("type"), lp + QStringLiteral(".type"), &type);
                spec.typeText = type;
                spec.type = layerTypeFromName(type);
                if (spec.type == LayerType::Unknown)
                    r.error(lp + QStringLiteral(".type"),
                            QStringLiteral("expected packages, directories, files or host, "
                                           "got \"%1\"")
                                .arg(type));
                r.readStringList(lo, QStringLiteral("items"), lp + QStringLiteral(".items"),
                                 &spec.items);
                d.layers.append(spec);
            }
        }
    }

    const auto settingsIt = json.constFind(QStringLiteral("settings"));
    if (settingsIt != json.constEnd()) {
        if (settingsIt->isObject())
            settingsFromJson(settingsIt->toObject(), &d.settings, r);
        else
            r.error(QStringLiteral("settings"), QStringLiteral("expected an object"));
    }
    return d;
}

QMap<QString, QString> LayerDesign::toVariables() const
{
    QMap<QString, QString> v = settings.toVariables();
    v.insert(QStringLiteral("SUMMARY"), summary);
    if (!description.isEmpty())
        v.insert(QStringLiteral("DESCRIPTION"), description);
    v.insert(QStringLiteral("LICENSE"), license);
    v.insert(QStringLiteral("OCI_LAYER_MODE"), layerModeName(mode));
    v.insert(QStringLiteral("OCI_LAYERS"), serializeOciLayers(layers));
    v.insert(QStringLiteral("OCI_BASE_IMAGE"), baseImage);
    v.insert(QStringLiteral("OCI_BASE_IMAGE_TAG"), baseImageTag);
    v.insert(QStringLiteral("OCI_LAYER_CACHE"),
             cacheEnabled ? QStringLiteral("1") : QStringLiteral("0"));
    v.insert(QStringLiteral("OCI_IMAGE_BACKEND"), backend);
    v.insert(QStringLiteral("IMAGE_INSTALL"), imageInstall.join(QLatin1Char(' ')));
    return v;
}

LayerDesign LayerDesign::fromVariables(const LayerVariables &vars, const QString &recipe)
{
    LayerDesign d;
    d.recipeName = recipe;
    d.summary = variableValue(vars, QStringLiteral("SUMMARY"));
    d.description = variableValue(vars, QStringLiteral("DESCRIPTION"));
    d.license = variableValue(vars, QStringLiteral("LICENSE"), d.license);
    d.mode = layerModeFromValue(variableValue(vars, QStringLiteral("OCI_LAYER_MODE")));
    d.layers = parseOciLayers(variableValue(vars, QStringLiteral("OCI_LAYERS")));
    d.baseImage = variableValue(vars, QStringLiteral("OCI_BASE_IMAGE"));
    d.baseImageTag = variableValue(vars, QStringLiteral("OCI_BASE_IMAGE_TAG"), d.baseImageTag);
    d.imageInstall = words(variableValue(vars, QStringLiteral("IMAGE_INSTALL")));
    d.settings = ImageSettings::fromVariables(vars);
    d.cacheEnabled = layerCacheEnabled(
        variableValue(vars, QStringLiteral("OCI_LAYER_CACHE"), QStringLiteral("1")));
    d.backend = variableValue(vars, QStringLiteral("OCI_IMAGE_BACKEND"), d.backend);
    return d;
}

Diagnostics validateDesign(const LayerDesign &design, ClassSeries series)
{
    Diagnostics out;
    static const QRegularExpression recipeRe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9+.-]*$"));
    if (!recipeRe.match(design.recipeName).hasMatch()) {
        out.append(Diagnostic::error(
            QStringLiteral("design.recipe-name"),
            design.recipeName.isEmpty()
                ? QStringLiteral("the image recipe has no name")
                : QStringLiteral("'%1' is not a usable recipe name: use letters, digits, '+', "
                                 "'.' and '-' ('_' separates PN from PV in a file name)")
                      .arg(design.recipeName)));
    }
    for (const LayerSpec &l : design.layers) {
        if (l.name.isEmpty() || l.name.contains(QLatin1Char(':')) ||
            std::any_of(l.name.begin(), l.name.end(), detail::pyIsSpace)) {
            out.append(Diagnostic::error(
                QStringLiteral("design.bad-layer-name"),
                QStringLiteral("layer name '%1' must be non-empty, without ':' or whitespace")
                    .arg(l.name)));
        }
        for (const QString &item : l.items) {
            if (item.isEmpty() || item.contains(QLatin1Char('+')) ||
                (!detail::hasExpansion(item) &&
                 std::any_of(item.begin(), item.end(), detail::pyIsSpace))) {
                out.append(Diagnostic::error(
                    QStringLiteral("design.bad-item"),
                    QStringLiteral("item '%1' of layer '%2' must be non-empty, without '+' or "
                                   "whitespace (they separate items and entries)")
                        .arg(item, l.name)));
            }
        }
    }

    const QString modeValue = layerModeName(design.mode);
    const QString layersValue = serializeOciLayers(design.layers);
    Diagnostics checks = validateOciLayers(layersValue, ValueLocation(), modeValue);
    checks += validateBaseImage(design.baseImage, ValueLocation());
    checks += validateBackend(design.backend, modeValue, design.baseImage);
    checks += validateImageSettings(design.settings);
    if (design.mode == LayerMode::Multi) {
        checks += checkImageInstall(design.imageInstall.join(QLatin1Char(' ')), ValueLocation(),
                                    design.layers, ValueLocation(), series);
    }
    // validateOciLayers and checkImageInstall both report packages in two layers.
    for (const Diagnostic &d : std::as_const(checks)) {
        const bool dup = std::any_of(out.begin(), out.end(), [&d](const Diagnostic &o) {
            return o.code == d.code && o.message == d.message && o.location == d.location;
        });
        if (!dup)
            out.append(d);
    }
    return out;
}

} // namespace cbw::core::layers

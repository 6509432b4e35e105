#include "projectfile.h"

#include "common/atomicwrite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace cbw::core::project {

namespace {

Diagnostic fieldError(const QString &path, const QString &field, const QString &message)
{
    return Diagnostic::error(QStringLiteral("project.bad-field"),
                             QStringLiteral("\"%1\": %2").arg(field, message), {path, 0, 0});
}

// Line and column of a byte offset, for JSON syntax errors.
SourceLocation locationOfOffset(const QByteArray &bytes, qsizetype offset, const QString &path)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {path, line, column};
}

QString readString(const QJsonObject &object, const QString &key, const QString &path,
                   Diagnostics &diagnostics)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString()) {
        diagnostics.append(fieldError(path, key, QStringLiteral("expected a string")));
        return {};
    }
    return value.toString();
}

} // namespace

QList<bundle::BundleDesign> Project::bundlesOfMode(bundle::BundleDesign::Mode mode) const
{
    QList<bundle::BundleDesign> result;
    for (const auto &b : bundles) {
        if (b.mode == mode)
            result.append(b);
    }
    return result;
}

QJsonObject ProjectFile::toJson(const Project &project)
{
    QJsonArray bundles;
    for (const auto &b : project.bundles)
        bundles.append(bundle::BundleDesignCodec::toJson(b));
    QJsonArray images;
    for (const auto &image : project.images)
        images.append(image.toJson());

    QJsonObject object;
    object.insert(QStringLiteral("format"), QLatin1String(FormatName));
    object.insert(QStringLiteral("version"), CurrentVersion);
    object.insert(QStringLiteral("name"), project.name);
    if (!project.description.isEmpty())
        object.insert(QStringLiteral("description"), project.description);
    if (!project.buildDirectory.isEmpty())
        object.insert(QStringLiteral("buildDirectory"), project.buildDirectory);
    object.insert(QStringLiteral("bundles"), bundles);
    object.insert(QStringLiteral("images"), images);
    return object;
}

QByteArray ProjectFile::toBytes(const Project &project)
{
    return QJsonDocument(toJson(project)).toJson(QJsonDocument::Indented);
}

ProjectLoad ProjectFile::fromBytes(const QByteArray &bytes, const QString &path)
{
    ProjectLoad load;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        load.diagnostics.append(
            Diagnostic::error(QStringLiteral("project.json-syntax"),
                              QStringLiteral("not valid JSON: %1").arg(parseError.errorString()),
                              locationOfOffset(bytes, parseError.offset, path)));
        return load;
    }
    if (!document.isObject()) {
        load.diagnostics.append(Diagnostic::error(
            QStringLiteral("project.not-an-object"),
            QStringLiteral("a project file holds one JSON object"), {path, 1, 1}));
        return load;
    }
    const QJsonObject object = document.object();

    const QJsonValue format = object.value(QStringLiteral("format"));
    if (format.toString() != QLatin1String(FormatName)) {
        load.diagnostics.append(Diagnostic::error(
            QStringLiteral("project.wrong-format"),
            QStringLiteral("\"format\" must be \"%1\"; this is not a workbench project file")
                .arg(QLatin1String(FormatName)),
            {path, 0, 0}));
        return load;
    }
    const QJsonValue version = object.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != version.toInt() || version.toInt() < 1) {
        load.diagnostics.append(fieldError(path, QStringLiteral("version"),
                                           QStringLiteral("expected a positive integer")));
        return load;
    }
    if (version.toInt() > CurrentVersion) {
        load.diagnostics.append(Diagnostic::error(
            QStringLiteral("project.newer-version"),
            QStringLiteral("project file version %1 is newer than this workbench understands (%2)")
                .arg(version.toInt())
                .arg(CurrentVersion),
            {path, 0, 0}));
        return load;
    }

    Project &project = load.project;
    project.name = readString(object, QStringLiteral("name"), path, load.diagnostics);
    project.description = readString(object, QStringLiteral("description"), path, load.diagnostics);
    project.buildDirectory =
        readString(object, QStringLiteral("buildDirectory"), path, load.diagnostics);

    const auto readArray = [&](const QString &key) -> QJsonArray {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isArray()) {
            load.diagnostics.append(fieldError(path, key, QStringLiteral("expected an array")));
            return {};
        }
        return value.toArray();
    };

    const QJsonArray bundles = readArray(QStringLiteral("bundles"));
    for (qsizetype i = 0; i < bundles.size(); ++i) {
        const QString field = QStringLiteral("bundles[%1]").arg(i);
        if (!bundles.at(i).isObject()) {
            load.diagnostics.append(fieldError(path, field, QStringLiteral("expected an object")));
            continue;
        }
        auto parsed = bundle::BundleDesignCodec::fromJson(bundles.at(i).toObject(), path);
        for (Diagnostic &d : parsed.diagnostics)
            d.message = field + QStringLiteral(": ") + d.message;
        load.diagnostics += parsed.diagnostics;
        project.bundles.append(parsed.design);
    }

    const QJsonArray images = readArray(QStringLiteral("images"));
    for (qsizetype i = 0; i < images.size(); ++i) {
        const QString field = QStringLiteral("images[%1]").arg(i);
        if (!images.at(i).isObject()) {
            load.diagnostics.append(fieldError(path, field, QStringLiteral("expected an object")));
            continue;
        }
        Diagnostics imageDiagnostics;
        project.images.append(
            layers::LayerDesign::fromJson(images.at(i).toObject(), path, &imageDiagnostics));
        for (Diagnostic &d : imageDiagnostics)
            d.message = field + QStringLiteral(": ") + d.message;
        load.diagnostics += imageDiagnostics;
    }
    return load;
}

Result<ProjectLoad> ProjectFile::load(const QString &path)
{
    auto bytes = readWholeFile(path);
    if (!bytes)
        return bytes.error();
    return fromBytes(*bytes, path);
}

VoidResult ProjectFile::save(const Project &project, const QString &path, bool keepBackup)
{
    return writeFileAtomically(path, toBytes(project),
                               keepBackup ? BackupPolicy::KeepBak : BackupPolicy::None);
}

} // namespace cbw::core::project

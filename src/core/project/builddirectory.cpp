#include "builddirectory.h"

#include "bitbake/document.h"
#include "common/atomicwrite.h"
#include "project/documentvariables.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

namespace cbw::core::project {

namespace {

using bitbake::Document;

QStringList splitWords(const QString &text)
{
    return text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// Replaces `${NAME}` for the names BitBake itself defines outside the files we read
// (TOPDIR, LAYERDIR) or that we resolved already; other references stay.
QString substitute(QString text, const QHash<QString, QString> &known)
{
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        if (!it.value().isEmpty())
            text.replace(QLatin1String("${") + it.key() + QLatin1Char('}'), it.value());
    }
    return text;
}

// A path BitBake would use: relative paths are relative to TOPDIR, where bitbake runs.
QString absoluteUnder(const QString &topDir, const QString &path)
{
    return QDir::cleanPath(QDir::isAbsolutePath(path) ? path : topDir + QLatin1Char('/') + path);
}

struct LocatedWord
{
    QString text;
    SourceLocation where;
};

QList<LocatedWord> locatedWords(const bundle::LocatedValue &value)
{
    QList<LocatedWord> out;
    const QString &v = value.value;
    qsizetype i = 0;
    while (i < v.size()) {
        while (i < v.size() && v.at(i).isSpace())
            ++i;
        const qsizetype start = i;
        while (i < v.size() && !v.at(i).isSpace())
            ++i;
        if (i > start)
            out.append({v.mid(start, i - start), value.location.locate(int(start))});
    }
    return out;
}

// Python fnmatch semantics for one path component (glob.glob matches per component).
QRegularExpression fnmatchRegex(const QString &glob)
{
    QString rx = QStringLiteral("\\A");
    const qsizetype n = glob.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = glob.at(i);
        if (c == QLatin1Char('*')) {
            rx += QLatin1String(".*");
        } else if (c == QLatin1Char('?')) {
            rx += QLatin1Char('.');
        } else if (c == QLatin1Char('[')) {
            qsizetype j = i + 1;
            if (j < n && glob.at(j) == QLatin1Char('!'))
                ++j;
            if (j < n && glob.at(j) == QLatin1Char(']'))
                ++j;
            while (j < n && glob.at(j) != QLatin1Char(']'))
                ++j;
            if (j >= n) {
                rx += QLatin1String("\\[");
                continue;
            }
            QString set = glob.mid(i + 1, j - i - 1);
            set.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
            if (set.startsWith(QLatin1Char('!')))
                set[0] = QLatin1Char('^');
            else if (set.startsWith(QLatin1Char('^')))
                set.prepend(QLatin1Char('\\'));
            rx += QLatin1Char('[') + set + QLatin1Char(']');
            i = j;
        } else {
            rx += QRegularExpression::escape(QString(c));
        }
    }
    rx += QLatin1String("\\z");
    return QRegularExpression(rx);
}

// A BBFILES pattern relative to its layer, matched component by component. `**` (only in
// our own fallback pattern) spans any number of directories.
class LayerGlob
{
public:
    LayerGlob(const QString &relativePattern, bool recursiveStars)
    {
        for (const QString &part : relativePattern.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
            const bool any = recursiveStars && part == QLatin1String("**");
            m_anyDepth.append(any);
            m_parts.append(any ? QRegularExpression() : fnmatchRegex(part));
        }
    }

    bool matchesFile(const QStringList &components) const { return match(0, 0, components, false); }
    // Whether a file below the directory `components` could still match.
    bool mayContain(const QStringList &components) const { return match(0, 0, components, true); }

private:
    bool match(qsizetype pi, qsizetype ci, const QStringList &c, bool prefix) const
    {
        if (ci == c.size()) {
            if (prefix)
                return pi < m_parts.size();
            while (pi < m_parts.size() && m_anyDepth.at(pi))
                ++pi;
            return pi == m_parts.size();
        }
        if (pi == m_parts.size())
            return false;
        if (m_anyDepth.at(pi))
            return match(pi + 1, ci, c, prefix) || match(pi, ci + 1, c, prefix);
        return m_parts.at(pi).match(c.at(ci)).hasMatch() && match(pi + 1, ci + 1, c, prefix);
    }

    QList<QRegularExpression> m_parts;
    QList<bool> m_anyDepth;
};

struct Layer
{
    QString dir;
    QList<LayerGlob> globs;
};

// Reads one configuration file; absent or unreadable files become diagnostics.
std::optional<Document> readConf(const QString &path, Diagnostics &out)
{
    const Result<QByteArray> bytes = readWholeFile(path);
    if (!bytes) {
        out.append(Diagnostic::error(codes::UnreadableFile, bytes.error().message, {path}));
        return std::nullopt;
    }
    Document document = Document::parse(*bytes, path);
    out += document.diagnostics();
    return document;
}

class ScanContext
{
public:
    ScanContext(const ScanProgress &progress, BuildDirectoryInfo &info)
        : m_progress(progress)
        , m_info(info)
    {}

    bool cancelled() const
    {
        return m_progress.cancelled && m_progress.cancelled->load(std::memory_order_relaxed);
    }
    void report(int done, int total, const QString &what) const
    {
        if (m_progress.report)
            m_progress.report(done, total, what);
    }
    void add(Diagnostic diagnostic) { m_info.diagnostics.append(std::move(diagnostic)); }
    BuildDirectoryInfo &info() { return m_info; }

private:
    const ScanProgress &m_progress;
    BuildDirectoryInfo &m_info;
};

// Which of the two classes a recipe ends up inheriting, found with a text scan of the
// recipe, of the files it includes/requires and of the classes it inherits (transitively),
// without evaluating anything: thousands of recipes must stay cheap.
class InheritScanner
{
public:
    enum Kind : unsigned
    {
        None = 0,
        Image = 1,
        Bundle = 2
    };

    InheritScanner(QStringList searchPath, ScanContext &context)
        : m_searchPath(std::move(searchPath))
        , m_context(context)
    {}

    unsigned kindsOf(const QString &file) { return kindsOfFile(file, 0); }

private:
    struct Facts
    {
        QStringList inherits;
        QStringList includes;
    };

    static QString rstrip(QStringView line)
    {
        qsizetype end = line.size();
        while (end > 0 && line.at(end - 1).isSpace())
            --end;
        return line.first(end).toString();
    }

    static QStringList argumentsAfter(const QString &logical, QLatin1String keyword)
    {
        if (!logical.startsWith(keyword) || logical.size() <= keyword.size() ||
            !logical.at(keyword.size()).isSpace())
            return {};
        return splitWords(logical.mid(keyword.size()));
    }

    // BitBake's line rules, just enough to find column-0 inherit/include/require statements:
    // continuations joined, comments (also continued ones) and function bodies skipped.
    static Facts scanText(const QString &text)
    {
        Facts facts;
        const QStringList lines = text.split(QLatin1Char('\n'));
        bool inFunction = false;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QString logical = rstrip(lines.at(i));
            if (inFunction) {
                if (logical.startsWith(QLatin1Char('}')))
                    inFunction = false;
                continue;
            }
            while (logical.endsWith(QLatin1Char('\\')) && i + 1 < lines.size()) {
                logical.chop(1);
                logical += rstrip(lines.at(++i));
            }
            if (logical.isEmpty() || logical.startsWith(QLatin1Char('#')))
                continue;
            if (logical.endsWith(QLatin1Char('{')) && logical.contains(QLatin1String("()"))) {
                inFunction = true;
                continue;
            }
            facts.inherits += argumentsAfter(logical, QLatin1String("inherit"));
            facts.inherits += argumentsAfter(logical, QLatin1String("inherit_defer"));
            facts.includes += argumentsAfter(logical, QLatin1String("include"));
            facts.includes += argumentsAfter(logical, QLatin1String("require"));
        }
        return facts;
    }

    QString findInclude(const QString &name, const QString &fromDir) const
    {
        if (QDir::isAbsolutePath(name))
            return QFileInfo(name).isFile() ? name : QString();
        for (const QString &dir : QStringList(fromDir) + m_searchPath) {
            const QString candidate = dir + QLatin1Char('/') + name;
            if (QFileInfo(candidate).isFile())
                return candidate;
        }
        return {};
    }

    QString findClass(const QString &name)
    {
        const auto cached = m_classPaths.constFind(name);
        if (cached != m_classPaths.cend())
            return *cached;
        QString found;
        for (const QString &dir : m_searchPath) {
            for (const char *sub : {"classes-recipe", "classes", "classes-global"}) {
                const QString candidate = dir + QLatin1Char('/') + QLatin1String(sub) +
                                          QLatin1Char('/') + name + QLatin1String(".bbclass");
                if (QFileInfo(candidate).isFile()) {
                    found = candidate;
                    break;
                }
            }
            if (!found.isEmpty())
                break;
        }
        m_classPaths.insert(name, found);
        return found;
    }

    unsigned kindsOfFile(const QString &file, int depth)
    {
        const QString key = QFileInfo(file).canonicalFilePath();
        const auto cached = m_cache.constFind(key);
        if (cached != m_cache.cend())
            return *cached;
        // Include cycles and absurd depth: BitBake would fail on them; we just stop.
        if (depth > 32 || m_inProgress.contains(key))
            return None;
        m_inProgress.insert(key);

        unsigned kinds = None;
        const Result<QByteArray> bytes = readWholeFile(file);
        if (!bytes) {
            m_context.add(
                Diagnostic::warning(codes::UnreadableFile, bytes.error().message, {file}));
        } else {
            const Facts facts = scanText(QString::fromUtf8(*bytes));
            for (const QString &cls : facts.inherits) {
                if (cls == QLatin1String("image-oci"))
                    kinds |= Image;
                else if (cls == QLatin1String("container-bundle"))
                    kinds |= Bundle;
                else if (!cls.contains(QLatin1Char('$'))) {
                    const QString classFile = findClass(cls);
                    if (!classFile.isEmpty())
                        kinds |= kindsOfFile(classFile, depth + 1);
                }
            }
            const QString dir = QFileInfo(file).absolutePath();
            for (const QString &name : facts.includes) {
                if (name.contains(QLatin1Char('$')))
                    continue;
                const QString included = findInclude(name, dir);
                if (!included.isEmpty())
                    kinds |= kindsOfFile(included, depth + 1);
            }
        }
        m_inProgress.remove(key);
        m_cache.insert(key, kinds);
        return kinds;
    }

    QStringList m_searchPath;
    ScanContext &m_context;
    QHash<QString, unsigned> m_cache;
    QSet<QString> m_inProgress;
    QHash<QString, QString> m_classPaths;
};

class BuildDirectoryScan
{
public:
    BuildDirectoryScan(const QString &buildDir, const ScanProgress &progress)
        : m_context(progress, m_info)
    {
        m_info.topDir = QDir::cleanPath(QFileInfo(buildDir).absoluteFilePath());
        m_info.localConfPath = m_info.topDir + QLatin1String("/conf/local.conf");
        m_info.bblayersPath = m_info.topDir + QLatin1String("/conf/bblayers.conf");
    }

    BuildDirectoryInfo run()
    {
        if (!QFileInfo(m_info.topDir).isDir()) {
            m_context.add(Diagnostic::error(
                codes::NotABuildDirectory,
                QStringLiteral("'%1' is not a directory").arg(m_info.topDir), {m_info.topDir}));
            return m_info;
        }
        readLocalConf();
        reportConfigElsewhere();
        readBblayers();
        checkLayerContents();
        if (!stopped())
            scanRecipes();
        if (!stopped())
            scanDeployDirs();
        if (stopped())
            m_context.add(
                Diagnostic::note(codes::ScanCancelled,
                                 QStringLiteral("Scan of %1 cancelled; the results are incomplete")
                                     .arg(m_info.topDir)));
        return m_info;
    }

private:
    bool stopped()
    {
        if (!m_cancelled && m_context.cancelled())
            m_cancelled = true;
        return m_cancelled;
    }

    QHash<QString, QString> knownVariables() const
    {
        return {{QStringLiteral("TOPDIR"), m_info.topDir},
                {QStringLiteral("MACHINE"), m_info.machine},
                {QStringLiteral("DISTRO"), m_info.distro},
                {QStringLiteral("TMPDIR"), m_tmpDir}};
    }

    // A directory from local.conf, or `fallback` when it is unset or cannot be resolved.
    QString directoryVariable(const DocumentVariables &vars, const QString &name,
                              const QString &fallback)
    {
        const bundle::LocatedValue located = vars.value(name);
        if (!located.isSet || located.value.trimmed().isEmpty())
            return fallback;
        const QString value = substitute(located.value.trimmed(), knownVariables());
        if (value.contains(QLatin1String("${"))) {
            m_context.add(Diagnostic::warning(
                codes::UnresolvedPath,
                QStringLiteral("%1 = \"%2\" refers to variables not set in local.conf; "
                               "using %3 instead")
                    .arg(name, located.value,
                         fallback.isEmpty() ? QStringLiteral("nothing") : fallback),
                located.location.locate(0)));
            return fallback;
        }
        return absoluteUnder(m_info.topDir, value);
    }

    void readLocalConf()
    {
        m_tmpDir = m_info.topDir + QLatin1String("/tmp");
        if (!QFileInfo::exists(m_info.localConfPath)) {
            m_context.add(Diagnostic::error(
                codes::LocalConfMissing,
                QStringLiteral("%1 does not exist: not a BitBake build directory (run "
                               "oe-init-build-env first)")
                    .arg(m_info.localConfPath),
                {m_info.localConfPath}));
            return;
        }
        const std::optional<Document> doc = readConf(m_info.localConfPath, m_info.diagnostics);
        if (!doc)
            return;
        const DocumentVariables vars(*doc);
        m_info.machine = vars.value(QStringLiteral("MACHINE")).value.trimmed();
        m_info.distro = vars.value(QStringLiteral("DISTRO")).value.trimmed();
        m_info.distroFeatures = splitWords(vars.value(QStringLiteral("DISTRO_FEATURES")).value);
        m_info.multiconfigs = splitWords(vars.value(QStringLiteral("BBMULTICONFIG")).value);
        m_info.bundledContainers = vars.value(QStringLiteral("BUNDLED_CONTAINERS")).value;
        m_tmpDir = directoryVariable(vars, QStringLiteral("TMPDIR"), m_tmpDir);

        QString cacheDefault;
        if (m_info.machine.isEmpty())
            m_context.add(Diagnostic::note(
                codes::MachineUnset,
                QStringLiteral("MACHINE is not set in local.conf, so the layer cache and "
                               "pkgdata directories are not known"),
                {m_info.localConfPath}));
        else
            cacheDefault = m_info.topDir + QLatin1String("/oci-layer-cache/") + m_info.machine;
        m_info.layerCacheDir =
            directoryVariable(vars, QStringLiteral("OCI_LAYER_CACHE_DIR"), cacheDefault);
        if (!m_info.machine.isEmpty()) {
            const QString pkgdata = m_tmpDir + QLatin1String("/pkgdata/") + m_info.machine;
            if (QFileInfo(pkgdata).isDir())
                m_info.pkgdataDir = pkgdata;
        }
    }

    // bitbake.conf reads site.conf and auto.conf next to local.conf; we only report values
    // set there, since the info (and any edit) is about local.conf.
    void reportConfigElsewhere()
    {
        static const QStringList watched = {QStringLiteral("MACHINE"),
                                            QStringLiteral("DISTRO"),
                                            QStringLiteral("DISTRO_FEATURES"),
                                            QStringLiteral("BBMULTICONFIG"),
                                            QStringLiteral("BUNDLED_CONTAINERS"),
                                            QStringLiteral("TMPDIR"),
                                            QStringLiteral("OCI_LAYER_CACHE_DIR")};
        for (const char *name : {"site.conf", "auto.conf"}) {
            const QString path = m_info.topDir + QLatin1String("/conf/") + QLatin1String(name);
            if (!QFileInfo::exists(path))
                continue;
            const std::optional<Document> doc = readConf(path, m_info.diagnostics);
            if (!doc)
                continue;
            for (const QString &variable : doc->variableNames()) {
                if (!watched.contains(variable))
                    continue;
                const auto assignments = doc->assignments(variable);
                m_context.add(Diagnostic::note(
                    codes::ConfigElsewhere,
                    QStringLiteral("%1 is also set in %2, which BitBake reads before "
                                   "local.conf; the workbench shows local.conf's value")
                        .arg(variable, path),
                    {path, assignments.isEmpty() ? 0 : assignments.first().lastLine}));
            }
        }
    }

    void readBblayers()
    {
        if (!QFileInfo::exists(m_info.bblayersPath)) {
            m_context.add(Diagnostic::warning(
                codes::BblayersMissing,
                QStringLiteral("%1 does not exist: no layers to scan for recipes")
                    .arg(m_info.bblayersPath),
                {m_info.bblayersPath}));
            return;
        }
        const std::optional<Document> doc = readConf(m_info.bblayersPath, m_info.diagnostics);
        if (!doc)
            return;
        m_bblayersRead = true;
        const DocumentVariables vars(*doc);
        const QHash<QString, QString> known = {{QStringLiteral("TOPDIR"), m_info.topDir}};
        for (const LocatedWord &word : locatedWords(vars.value(QStringLiteral("BBLAYERS")))) {
            const QString expanded = substitute(word.text, known);
            if (expanded.contains(QLatin1String("${")) || expanded.contains(QLatin1String("##"))) {
                m_context.add(Diagnostic::warning(
                    codes::UnresolvedPath,
                    QStringLiteral("Layer path '%1' refers to something not set in bblayers.conf; "
                                   "the layer is not scanned")
                        .arg(word.text),
                    word.where));
                continue;
            }
            const QString dir = absoluteUnder(m_info.topDir, expanded);
            if (m_info.layers.contains(dir))
                continue;
            if (!QFileInfo(dir).isDir()) {
                m_context.add(Diagnostic::error(
                    codes::LayerMissing,
                    QStringLiteral("Layer directory %1 does not exist (BitBake stops with "
                                   "\"Layer directory does not exist\")")
                        .arg(dir),
                    word.where));
                continue;
            }
            m_info.layers.append(dir);
        }
    }

    // A file some layer (or TOPDIR, first on BBPATH) provides, e.g. "conf/multiconfig/x.conf".
    QString findOnBbpath(const QStringList &relativePaths) const
    {
        for (const QString &dir : QStringList(m_info.topDir) + m_info.layers) {
            for (const QString &relative : relativePaths) {
                const QString candidate = dir + QLatin1Char('/') + relative;
                if (QFileInfo(candidate).isFile())
                    return candidate;
            }
        }
        return {};
    }

    // What BitBake would trip over before building anything container-related: the classes
    // come from meta-virtualization, and every BBMULTICONFIG entry needs its conf file.
    void checkLayerContents()
    {
        if (!m_bblayersRead)
            return;
        const QString cls = QStringLiteral("container-cross-install.bbclass");
        if (findOnBbpath({QStringLiteral("classes-recipe/") + cls, QStringLiteral("classes/") + cls,
                          QStringLiteral("classes-global/") + cls})
                .isEmpty())
            m_context.add(Diagnostic::warning(
                codes::NoMetaVirtualization,
                QStringLiteral("No layer in BBLAYERS provides container-cross-install.bbclass: add "
                               "meta-virtualization to bblayers.conf (bitbake-layers add-layer)"),
                {m_info.bblayersPath}));
        for (const QString &mc : std::as_const(m_info.multiconfigs)) {
            if (mc.contains(QLatin1String("${")))
                continue;
            const QString relative =
                QStringLiteral("conf/multiconfig/") + mc + QStringLiteral(".conf");
            if (findOnBbpath({relative}).isEmpty())
                m_context.add(Diagnostic::warning(
                    codes::MulticonfigMissing,
                    QStringLiteral("BBMULTICONFIG names '%1' but no layer (nor the build "
                                   "directory) has %2; BitBake stops before parsing")
                        .arg(mc, relative),
                    {m_info.localConfPath}));
        }
    }

    void readLayerConfs()
    {
        // Every layer's collections first: BBFILES_DYNAMIC entries depend on which other
        // layers are present.
        QSet<QString> collections;
        QHash<QString, std::optional<Document>> confs;
        for (const QString &dir : std::as_const(m_info.layers)) {
            const QString path = dir + QLatin1String("/conf/layer.conf");
            if (!QFileInfo::exists(path)) {
                m_context.add(Diagnostic::warning(
                    codes::LayerConfMissing,
                    QStringLiteral("%1 has no conf/layer.conf (BitBake refuses such a layer); "
                                   "scanning its recipes-*/ directories anyway")
                        .arg(dir),
                    {path}));
                confs.insert(dir, std::nullopt);
                continue;
            }
            std::optional<Document> doc = readConf(path, m_info.diagnostics);
            if (doc) {
                for (const QString &c :
                     splitWords(doc->evaluate(QStringLiteral("BBFILE_COLLECTIONS")).value))
                    collections.insert(c);
            }
            confs.insert(dir, std::move(doc));
        }

        for (const QString &dir : std::as_const(m_info.layers)) {
            Layer layer{dir, {}};
            const std::optional<Document> &doc = confs.value(dir);
            if (!doc) {
                layer.globs.append(LayerGlob(QStringLiteral("recipes-*/**/*.bb"), true));
                m_layers.append(layer);
                continue;
            }
            const QHash<QString, QString> known = {{QStringLiteral("LAYERDIR"), dir},
                                                   {QStringLiteral("TOPDIR"), m_info.topDir}};
            QStringList patterns = splitWords(doc->evaluate(QStringLiteral("BBFILES")).value);
            for (const QString &entry :
                 splitWords(doc->evaluate(QStringLiteral("BBFILES_DYNAMIC")).value)) {
                const qsizetype colon = entry.indexOf(QLatin1Char(':'));
                if (colon <= 0)
                    continue;
                QString collection = entry.left(colon);
                const bool negated = collection.startsWith(QLatin1Char('!'));
                if (negated)
                    collection.remove(0, 1);
                if (collections.contains(collection) != negated)
                    patterns.append(entry.mid(colon + 1));
            }
            for (const QString &pattern : std::as_const(patterns)) {
                const QString expanded = substitute(pattern, known);
                const QString prefix = dir + QLatin1Char('/');
                if (expanded.contains(QLatin1String("${")) || !expanded.startsWith(prefix))
                    continue; // another layer's directory or something we cannot resolve
                if (expanded.endsWith(QLatin1String(".bb")))
                    layer.globs.append(LayerGlob(expanded.mid(prefix.size()), false));
            }
            if (layer.globs.isEmpty()) {
                const auto bbfiles = doc->assignments(QStringLiteral("BBFILES"));
                m_context.add(Diagnostic::note(
                    codes::NoRecipePatterns,
                    QStringLiteral("BBFILES in %1 names no .bb pattern inside the layer; its "
                                   "recipes are not scanned")
                        .arg(doc->filePath()),
                    {doc->filePath(), bbfiles.isEmpty() ? 0 : bbfiles.last().lastLine}));
            }
            m_layers.append(layer);
        }
    }

    // Recipe files of one layer that its BBFILES patterns match, walking only directories
    // a pattern can reach. BitBake's glob follows symlinks; a link back to an ancestor is a
    // loop we report and do not follow.
    void listLayer(const Layer &layer, QStringList &files, QSet<QString> &seenFiles)
    {
        struct Pending
        {
            QString path;
            QStringList components;
            QString canonical;
        };
        QList<Pending> stack{{layer.dir, {}, QFileInfo(layer.dir).canonicalFilePath()}};
        QSet<QString> visited{stack.first().canonical};
        int entries = 0;
        while (!stack.isEmpty()) {
            if (stopped())
                return;
            const Pending current = stack.takeLast();
            const QFileInfo dirInfo(current.path);
            if (!dirInfo.isReadable() || !dirInfo.isExecutable()) {
                m_context.add(Diagnostic::warning(
                    codes::UnreadableDirectory,
                    QStringLiteral("Cannot read directory %1; recipes in it are not listed")
                        .arg(current.path),
                    {current.path}));
                continue;
            }
            const QFileInfoList children =
                QDir(current.path)
                    .entryInfoList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot,
                                   QDir::Name | QDir::Reversed);
            for (const QFileInfo &child : children) {
                if (++entries % 500 == 0) {
                    if (stopped())
                        return;
                    m_context.report(int(files.size()), 0, current.path);
                }
                const QStringList components = current.components + QStringList(child.fileName());
                if (child.isDir()) {
                    if (!std::any_of(
                            layer.globs.cbegin(), layer.globs.cend(),
                            [&components](const LayerGlob &g) { return g.mayContain(components); }))
                        continue;
                    const QString canonical = child.canonicalFilePath();
                    if (canonical == current.canonical ||
                        current.canonical.startsWith(canonical + QLatin1Char('/'))) {
                        m_context.add(Diagnostic::note(
                            codes::SymlinkLoop,
                            QStringLiteral("%1 links back to %2 (a loop); not followed")
                                .arg(child.filePath(), canonical),
                            {child.filePath()}));
                        continue;
                    }
                    if (visited.contains(canonical))
                        continue;
                    visited.insert(canonical);
                    stack.append({child.filePath(), components, canonical});
                } else if (child.fileName().endsWith(QLatin1String(".bb")) &&
                           std::any_of(layer.globs.cbegin(), layer.globs.cend(),
                                       [&components](const LayerGlob &g) {
                                           return g.matchesFile(components);
                                       })) {
                    const QString canonical = child.canonicalFilePath();
                    if (seenFiles.contains(canonical))
                        continue;
                    seenFiles.insert(canonical);
                    files.append(child.filePath());
                    m_fileLayer.insert(child.filePath(), layer.dir);
                }
            }
        }
    }

    // PN as OE's bitbake.conf derives it: the file name up to the first underscore.
    QString recipeName(const QString &file)
    {
        QString base = QFileInfo(file).fileName();
        base.chop(3); // ".bb"
        const QStringList parts = base.split(QLatin1Char('_'));
        if (parts.size() > 3)
            m_context.add(Diagnostic::warning(
                codes::RecipeFileName,
                QStringLiteral("Recipe file name has more than two underscores; BitBake fails "
                               "with \"Unable to generate default variables from filename\""),
                {file}));
        return parts.first();
    }

    void scanRecipes()
    {
        readLayerConfs();
        QStringList files;
        QSet<QString> seenFiles;
        for (const Layer &layer : std::as_const(m_layers)) {
            m_context.report(int(files.size()), 0, layer.dir);
            listLayer(layer, files, seenFiles);
            if (stopped())
                return;
        }

        // BBPATH: TOPDIR, then every layer (each layer.conf appends its LAYERDIR).
        InheritScanner scanner(QStringList(m_info.topDir) + m_info.layers, m_context);
        const int total = int(files.size());
        m_context.report(0, total, QString());
        for (int i = 0; i < total; ++i) {
            if (stopped())
                return;
            const QString &file = files.at(i);
            const unsigned kinds = scanner.kindsOf(file);
            if (kinds != InheritScanner::None) {
                const QString name = recipeName(file);
                const QString layerDir = m_fileLayer.value(file);
                if (kinds & InheritScanner::Image)
                    m_info.recipes.append(
                        {RecipeSource::Kind::ContainerImage, name, file, layerDir});
                if (kinds & InheritScanner::Bundle)
                    m_info.recipes.append(
                        {RecipeSource::Kind::ContainerBundle, name, file, layerDir});
            }
            if ((i + 1) % 50 == 0 || i + 1 == total)
                m_context.report(i + 1, total, file);
        }
        std::stable_sort(m_info.recipes.begin(), m_info.recipes.end(),
                         [](const RecipeSource &a, const RecipeSource &b) {
                             return a.name == b.name ? a.file < b.file : a.name < b.name;
                         });
    }

    // TMPDIR plus every tmp* of TOPDIR (multiconfigs use tmp-<mc>), each directory once even
    // when TMPDIR is a link to one of them.
    QStringList tmpDirectories() const
    {
        QStringList dirs;
        QSet<QString> seen;
        QFileInfoList candidates{QFileInfo(m_tmpDir)};
        candidates += QDir(m_info.topDir)
                          .entryInfoList({QStringLiteral("tmp*")},
                                         QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo &entry : std::as_const(candidates)) {
            const QString canonical = entry.canonicalFilePath();
            if (canonical.isEmpty() || seen.contains(canonical))
                continue;
            seen.insert(canonical);
            dirs.append(QDir::cleanPath(entry.absoluteFilePath()));
        }
        return dirs;
    }

    void scanDeployDirs()
    {
        for (const QString &tmp : tmpDirectories()) {
            const QString imagesDir = tmp + QLatin1String("/deploy/images");
            if (!QFileInfo(imagesDir).isDir())
                continue;
            const QFileInfoList machines =
                QDir(imagesDir).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
            for (const QFileInfo &machineDir : machines) {
                if (stopped())
                    return;
                if (!machineDir.isReadable() || !machineDir.isExecutable()) {
                    m_context.add(Diagnostic::warning(
                        codes::UnreadableDirectory,
                        QStringLiteral("Cannot read directory %1; its OCI images are not listed")
                            .arg(machineDir.filePath()),
                        {machineDir.filePath()}));
                    continue;
                }
                scanMachineDir(machineDir);
            }
        }
    }

    void scanMachineDir(const QFileInfo &machineDir)
    {
        const QFileInfoList entries =
            QDir(machineDir.filePath())
                .entryInfoList({QStringLiteral("*-oci")},
                               QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo &entry : entries) {
            DeployedImage image;
            image.name = entry.fileName();
            image.path = QDir::cleanPath(entry.absoluteFilePath());
            image.machine = machineDir.fileName();
            image.isSymlink = entry.isSymLink();
            if (image.isSymlink && !entry.exists()) {
                m_context.add(Diagnostic::warning(
                    codes::DanglingOciLink,
                    QStringLiteral("%1 points to %2, which does not exist (rebuild the image "
                                   "or remove the link)")
                        .arg(image.path, entry.symLinkTarget()),
                    {image.path}));
                m_info.deployedImages.append(image);
                continue;
            }
            if (!entry.isDir())
                continue; // a file named *-oci is no OCI layout
            image.resolvedPath = entry.canonicalFilePath();
            if (!QFileInfo::exists(image.resolvedPath + QLatin1String("/index.json")))
                m_context.add(Diagnostic::note(
                    codes::OciWithoutIndex,
                    QStringLiteral("%1 has no index.json: not a complete OCI image layout")
                        .arg(image.path),
                    {image.path}));
            m_info.deployedImages.append(image);
        }
    }

    BuildDirectoryInfo m_info;
    ScanContext m_context;
    QString m_tmpDir;
    QList<Layer> m_layers;
    QHash<QString, QString> m_fileLayer;
    bool m_bblayersRead = false;
    bool m_cancelled = false;
};

} // namespace

bool BuildDirectoryInfo::hasVirtualizationFeatures() const
{
    return distroFeatures.contains(QLatin1String("virtualization")) &&
           distroFeatures.contains(QLatin1String("vcontainer"));
}

QStringList BuildDirectoryInfo::recipeNames(RecipeSource::Kind kind) const
{
    QStringList names;
    for (const RecipeSource &recipe : recipes) {
        if (recipe.kind == kind && !names.contains(recipe.name))
            names.append(recipe.name);
    }
    return names;
}

BuildDirectoryInfo BuildDirectoryScanner::scan(const QString &buildDir,
                                               const ScanProgress &progress)
{
    BuildDirectoryScan scan(buildDir, progress);
    return scan.run();
}

} // namespace cbw::core::project

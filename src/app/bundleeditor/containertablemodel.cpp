#include "containertablemodel.h"

#include "bundle/bundlevalidator.h"
#include "bundle/containerbundleentry.h"
#include "diagnostictarget.h"
#include "projectdocument.h"

#include <QColor>
#include <QMimeData>
#include <QRegularExpression>

#include <algorithm>

namespace cbw::app {

using core::Diagnostic;
using core::Diagnostics;
using core::bundle::BundleDesign;
using core::bundle::ContainerSpec;
using core::bundle::RestartPolicy;

namespace {

constexpr int SeverityRole = Qt::UserRole + 1;

quint64 cellKey(int row, int column)
{
    return (quint64(quint32(row)) << 8) | quint64(column);
}

bool hasBlank(const QString &text)
{
    static const QRegularExpression blank(QStringLiteral("\\s"));
    return text.contains(blank);
}

ContainerColumn columnOf(const QModelIndex &index)
{
    return static_cast<ContainerColumn>(index.column());
}

} // namespace

ContainerTableModel::ContainerTableModel(ProjectDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(m_document, &ProjectDocument::bundleChanged, this,
            &ContainerTableModel::followDocument);
    connect(m_document, &ProjectDocument::bundlesInsertedOrRemoved, this,
            [this] { followDocument(m_bundleIndex); });
    connect(m_document, &ProjectDocument::projectReset, this, [this] {
        beginResetModel();
        const auto &bundles = m_document->project().bundles;
        if (m_bundleIndex >= bundles.size())
            m_bundleIndex = -1;
        m_design = m_bundleIndex >= 0 ? bundles.at(m_bundleIndex) : BundleDesign{};
        recomputeDiagnostics();
        endResetModel();
    });
}

void ContainerTableModel::setBundleIndex(int index)
{
    const auto &bundles = m_document->project().bundles;
    if (index < 0 || index >= bundles.size())
        index = -1;
    beginResetModel();
    m_bundleIndex = index;
    m_design = index >= 0 ? bundles.at(index) : BundleDesign{};
    m_design.containers = index >= 0 ? m_design.containers : QList<ContainerSpec>{};
    recomputeDiagnostics();
    endResetModel();
}

void ContainerTableModel::followDocument(int changedBundle)
{
    if (changedBundle != m_bundleIndex || m_bundleIndex < 0)
        return;
    const auto &bundles = m_document->project().bundles;
    if (m_bundleIndex >= bundles.size()) {
        setBundleIndex(-1);
        return;
    }
    takeDesign(bundles.at(m_bundleIndex));
}

// Turns the difference between the shown design and the document's into the smallest row
// signals, so views keep their selection and current cell across edits, undo and redo.
void ContainerTableModel::takeDesign(const BundleDesign &design)
{
    if (m_ownStructuralEdit) {
        m_design = design;
        recomputeDiagnostics();
        return;
    }
    const QList<ContainerSpec> &before = m_design.containers;
    const QList<ContainerSpec> &after = design.containers;
    const int n = int(before.size());
    const int m = int(after.size());
    int prefix = 0;
    while (prefix < n && prefix < m && before.at(prefix) == after.at(prefix))
        ++prefix;
    int suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix &&
           before.at(n - 1 - suffix) == after.at(m - 1 - suffix))
        ++suffix;

    if (m > n && prefix + suffix == n) {
        beginInsertRows({}, prefix, prefix + (m - n) - 1);
        m_design = design;
        recomputeDiagnostics();
        endInsertRows();
    } else if (m < n && prefix + suffix == m) {
        beginRemoveRows({}, prefix, prefix + (n - m) - 1);
        m_design = design;
        recomputeDiagnostics();
        endRemoveRows();
    } else if (m == n) {
        m_design = design;
        recomputeDiagnostics();
    } else {
        beginResetModel();
        m_design = design;
        recomputeDiagnostics();
        endResetModel();
        return;
    }
    // Design-wide settings (mode, runtime) and diagnostics colour every row.
    if (!m_design.containers.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void ContainerTableModel::recomputeDiagnostics()
{
    m_cellDiagnostics.clear();
    if (m_bundleIndex < 0)
        return;
    for (const Diagnostic &d : core::bundle::BundleDesignCodec::validate(m_design)) {
        const DiagnosticTarget t = DiagnosticTarget::of(m_design, d);
        if (t.area == DiagnosticTarget::Area::Table && t.row >= 0)
            m_cellDiagnostics[cellKey(t.row, columnIndex(t.column))].append(d);
    }
}

bool ContainerTableModel::commit(const BundleDesign &design, const QString &undoText)
{
    if (m_bundleIndex < 0 || design == m_design)
        return false;
    m_document->setBundle(m_bundleIndex, design, undoText);
    return true;
}

bool ContainerTableModel::isBundleRecipe() const
{
    return m_design.mode == BundleDesign::Mode::BundleRecipe;
}

int ContainerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_bundleIndex < 0 ? 0 : int(m_design.containers.size());
}

int ContainerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columnIndex(ContainerColumn::Count);
}

QString ContainerTableModel::policyLabel(RestartPolicy policy)
{
    return policy == RestartPolicy::None ? QStringLiteral("none")
                                         : core::bundle::restartPolicyWord(policy);
}

QStringList ContainerTableModel::policyChoices()
{
    return {QStringLiteral("none"),       QStringLiteral("autostart"),
            QStringLiteral("always"),     QStringLiteral("unless-stopped"),
            QStringLiteral("on-failure"), QStringLiteral("no")};
}

QStringList ContainerTableModel::runtimeChoices() const
{
    return {QString(), QStringLiteral("docker"), QStringLiteral("podman")};
}

QString ContainerTableModel::fieldDescription(ContainerColumn column, int row) const
{
    const bool recipe = isBundleRecipe();
    const ContainerSpec spec = row >= 0 && row < m_design.containers.size()
                                   ? m_design.containers.at(row)
                                   : ContainerSpec{};
    const QString key = spec.source.isEmpty() ? QStringLiteral("<name>") : spec.source;
    switch (column) {
    case ContainerColumn::Source:
        return recipe ? tr("CONTAINER_BUNDLES: source field (source:policy): a container image "
                           "recipe, or a registry reference with an explicit tag")
                      : tr("BUNDLED_CONTAINERS: name field (name:runtime:policy): a container "
                           "image recipe or an -oci directory in DEPLOY_DIR_IMAGE");
    case ContainerColumn::Runtime:
        return recipe ? tr("CONTAINER_BUNDLE_RUNTIME: one runtime for the whole bundle recipe "
                           "(set it above)")
                      : tr("BUNDLED_CONTAINERS: runtime field (name:runtime:policy); empty uses "
                           "the bundle's runtime");
    case ContainerColumn::Policy:
        return recipe ? tr("CONTAINER_BUNDLES: restart policy field (source:policy)")
                      : tr("BUNDLED_CONTAINERS: restart policy field (name:runtime:policy)");
    case ContainerColumn::External:
        return recipe ? tr("External is a BUNDLED_CONTAINERS field; a bundle recipe always "
                           "depends on local container recipes")
                      : tr("BUNDLED_CONTAINERS: external field (name:runtime:policy:external): "
                           "no build dependency on the container recipe");
    case ContainerColumn::Digest: {
        const QString digestKey =
            core::bundle::ContainerBundleEntry::make(key, QString()).digestKey();
        return recipe ? tr("CONTAINER_DIGESTS[%1]: the pinned digest (sha256: and 64 lower-case "
                           "hex digits) of a remote container")
                            .arg(digestKey)
                      : tr("CONTAINER_DIGESTS applies to remote containers of bundle recipes "
                           "only");
    }
    case ContainerColumn::DigestKey:
        return tr("The varflag the class reads: every '/' and ':' of the reference becomes '_'");
    case ContainerColumn::ServiceFile:
        return tr("CONTAINER_SERVICE_FILE[%1]: a custom .service (docker) or .container (podman) "
                  "file replacing the generated unit; used only with a restart policy")
            .arg(key);
    case ContainerColumn::ServiceFileKey:
        return tr("The varflag the class reads for a custom service file");
    case ContainerColumn::Count:
        break;
    }
    return {};
}

QVariant ContainerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContainerSpec &c = m_design.containers.at(index.row());
    const ContainerColumn column = columnOf(index);
    const bool recipe = isBundleRecipe();
    const bool remote = c.isRemote();

    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (column) {
        case ContainerColumn::Source:
            return c.source;
        case ContainerColumn::Runtime:
            if (role == Qt::EditRole)
                return c.runtime;
            if (recipe)
                return m_design.runtime;
            return c.runtime.isEmpty() ? tr("default (%1)").arg(m_design.runtime) : c.runtime;
        case ContainerColumn::Policy:
            return policyLabel(c.policy);
        case ContainerColumn::External:
            return {};
        case ContainerColumn::Digest:
            return c.digest;
        case ContainerColumn::DigestKey:
            if (recipe && remote) {
                return QStringLiteral("CONTAINER_DIGESTS[%1]")
                    .arg(core::bundle::ContainerBundleEntry::make(c.source, QString()).digestKey());
            }
            return {};
        case ContainerColumn::ServiceFile:
            return c.customServiceFile;
        case ContainerColumn::ServiceFileKey:
            if (c.policy != RestartPolicy::None || !c.customServiceFile.isEmpty())
                return QStringLiteral("CONTAINER_SERVICE_FILE[%1]").arg(c.source);
            return {};
        case ContainerColumn::Count:
            break;
        }
        return {};
    case Qt::CheckStateRole:
        if (column == ContainerColumn::External)
            return c.external ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole: {
        QString tip = fieldDescription(column, index.row());
        for (const Diagnostic &d : cellDiagnostics(index.row(), column))
            tip += QStringLiteral("\n\n") + core::severityName(d.severity) + QStringLiteral(": ") +
                   d.message;
        return tip;
    }
    case Qt::BackgroundRole:
    case Qt::ForegroundRole:
    case SeverityRole: {
        const Diagnostics ds = cellDiagnostics(index.row(), column);
        int severity = -1;
        for (const Diagnostic &d : ds)
            severity = std::max(severity, int(d.severity));
        if (role == SeverityRole)
            return severity;
        if (severity == int(core::Severity::Error))
            return role == Qt::BackgroundRole ? QColor(0xf8, 0xd7, 0xda) : QColor(0x58, 0x15, 0x1c);
        if (severity == int(core::Severity::Warning))
            return role == Qt::BackgroundRole ? QColor(0xff, 0xf3, 0xcd) : QColor(0x66, 0x4d, 0x03);
        if (role == Qt::ForegroundRole &&
            !(flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)))
            return QColor(0x70, 0x70, 0x70);
        return {};
    }
    default:
        break;
    }
    return {};
}

QVariant ContainerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
            return section + 1;
        return {};
    }
    const auto column = static_cast<ContainerColumn>(section);
    if (role == Qt::ToolTipRole)
        return fieldDescription(column);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case ContainerColumn::Source:
        return isBundleRecipe() ? tr("Source") : tr("Name");
    case ContainerColumn::Runtime:
        return tr("Runtime");
    case ContainerColumn::Policy:
        return tr("Restart policy");
    case ContainerColumn::External:
        return tr("External");
    case ContainerColumn::Digest:
        return tr("Digest");
    case ContainerColumn::DigestKey:
        return tr("Digest varflag");
    case ContainerColumn::ServiceFile:
        return tr("Custom service file");
    case ContainerColumn::ServiceFileKey:
        return tr("Service file varflag");
    case ContainerColumn::Count:
        break;
    }
    return {};
}

Qt::ItemFlags ContainerTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_bundleIndex >= 0 ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
    const ContainerSpec &c = m_design.containers.at(index.row());
    const bool recipe = isBundleRecipe();
    switch (columnOf(index)) {
    case ContainerColumn::Source:
    case ContainerColumn::Policy:
    case ContainerColumn::ServiceFile:
        return f | Qt::ItemIsEditable;
    case ContainerColumn::Runtime:
        // A bundle recipe has one runtime; a stray per-container one can still be cleared.
        return !recipe || !c.runtime.isEmpty() ? f | Qt::ItemIsEditable : f;
    case ContainerColumn::External:
        return !recipe || c.external ? f | Qt::ItemIsUserCheckable : f;
    case ContainerColumn::Digest:
        return (recipe && c.isRemote()) || !c.digest.isEmpty() ? f | Qt::ItemIsEditable : f;
    case ContainerColumn::DigestKey:
    case ContainerColumn::ServiceFileKey:
    case ContainerColumn::Count:
        break;
    }
    return f;
}

bool ContainerTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !(flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)))
        return false;
    BundleDesign next = m_design;
    ContainerSpec &c = next.containers[index.row()];
    const ContainerColumn column = columnOf(index);

    if (role == Qt::CheckStateRole) {
        if (column != ContainerColumn::External)
            return false;
        c.external = value.toInt() == Qt::Checked;
        return commit(next, c.external ? tr("Mark container external")
                                       : tr("Mark container not external"));
    }
    if (role != Qt::EditRole)
        return false;
    const QString text = value.toString().trimmed();
    switch (column) {
    case ContainerColumn::Source:
        if (text.isEmpty() || hasBlank(text))
            return false;
        c.source = text;
        return commit(next, tr("Rename container"));
    case ContainerColumn::Runtime:
        if (!runtimeChoices().contains(text))
            return false;
        c.runtime = text;
        return commit(next, tr("Change container runtime"));
    case ContainerColumn::Policy: {
        const std::optional<RestartPolicy> p = text == QLatin1String("none")
                                                   ? std::optional(RestartPolicy::None)
                                                   : core::bundle::restartPolicyFromWord(text);
        if (!p)
            return false;
        c.policy = *p;
        return commit(next, tr("Change restart policy"));
    }
    case ContainerColumn::Digest:
        if (hasBlank(text))
            return false;
        c.digest = text;
        return commit(next, tr("Change digest"));
    case ContainerColumn::ServiceFile:
        c.customServiceFile = text;
        return commit(next, tr("Change custom service file"));
    case ContainerColumn::External:
    case ContainerColumn::DigestKey:
    case ContainerColumn::ServiceFileKey:
    case ContainerColumn::Count:
        break;
    }
    return false;
}

QString ContainerTableModel::uniqueSource(const QString &base) const
{
    auto taken = [this](const QString &name) {
        return std::any_of(m_design.containers.cbegin(), m_design.containers.cend(),
                           [&name](const ContainerSpec &c) { return c.source == name; });
    };
    if (!taken(base))
        return base;
    // "-n2", not "-2": a numeric last part would be read as an image tag.
    for (int i = 2;; ++i) {
        const QString candidate = base + QStringLiteral("-n%1").arg(i);
        if (!taken(candidate))
            return candidate;
    }
}

bool ContainerTableModel::insertContainers(int row, const QStringList &sources)
{
    if (m_bundleIndex < 0 || sources.isEmpty())
        return false;
    for (const QString &s : sources) {
        if (s.trimmed().isEmpty() || hasBlank(s.trimmed()))
            return false;
    }
    row = std::clamp(row < 0 ? rowCount() : row, 0, rowCount());
    BundleDesign next = m_design;
    for (int i = 0; i < sources.size(); ++i) {
        ContainerSpec spec;
        spec.source = sources.at(i).trimmed();
        next.containers.insert(row + i, spec);
    }
    // takeDesign() turns the document's change into the row insertion.
    return commit(next, sources.size() == 1
                            ? tr("Add container %1").arg(sources.first())
                            : tr("Add %n container(s)", nullptr, int(sources.size())));
}

bool ContainerTableModel::insertNewContainer(int row)
{
    return insertContainers(row, {uniqueSource(QStringLiteral("new-container"))});
}

bool ContainerTableModel::removeContainers(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    rows.removeIf([this](int r) { return r < 0 || r >= rowCount(); });
    if (rows.isEmpty())
        return false;
    BundleDesign next = m_design;
    for (auto it = rows.crbegin(); it != rows.crend(); ++it)
        next.containers.removeAt(*it);
    const QString text =
        rows.size() == 1
            ? tr("Remove container %1").arg(m_design.containers.at(rows.first()).source)
            : tr("Remove %n container(s)", nullptr, int(rows.size()));
    // One undo step; takeDesign() reports a contiguous block as removed rows, scattered
    // rows as a reset.
    return commit(next, text);
}

bool ContainerTableModel::moveContainer(int row, int delta)
{
    const int target = row + delta;
    if (row < 0 || row >= rowCount() || target < 0 || target >= rowCount() || delta == 0)
        return false;
    BundleDesign next = m_design;
    next.containers.move(row, target);
    const int destination = delta > 0 ? target + 1 : target;
    if (!beginMoveRows({}, row, row, {}, destination))
        return false;
    m_ownStructuralEdit = true;
    commit(next, delta < 0 ? tr("Move container up") : tr("Move container down"));
    m_ownStructuralEdit = false;
    endMoveRows();
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    return true;
}

Diagnostics ContainerTableModel::cellDiagnostics(int row, ContainerColumn column) const
{
    return m_cellDiagnostics.value(cellKey(row, columnIndex(column)));
}

QStringList ContainerTableModel::mimeTypes() const
{
    return {QString::fromLatin1(SourceMimeType)};
}

Qt::DropActions ContainerTableModel::supportedDropActions() const
{
    return Qt::CopyAction;
}

bool ContainerTableModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                          int column, const QModelIndex &parent) const
{
    Q_UNUSED(row);
    Q_UNUSED(column);
    Q_UNUSED(parent);
    return m_bundleIndex >= 0 && data && action == Qt::CopyAction &&
           data->hasFormat(QString::fromLatin1(SourceMimeType));
}

bool ContainerTableModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                       int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QStringList sources = QString::fromUtf8(data->data(QString::fromLatin1(SourceMimeType)))
                                    .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // Dropped onto a row: insert before it; between rows: at `row`; elsewhere: append.
    const int at = parent.isValid() ? parent.row() : (row < 0 ? rowCount() : row);
    return insertContainers(at, sources);
}

} // namespace cbw::app

#include "itemlisteditor.h"

#include "layers/ocilayers.h"

#include <QCompleter>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStringListModel>

namespace cbw::app::layerdesigner {

using namespace cbw::core;
using namespace cbw::core::layers;

QString layerItemProblem(LayerType type, const QString &item)
{
    const QString trimmed = item.trimmed();
    if (trimmed.isEmpty())
        return ItemListEditor::tr("An item cannot be empty.");
    if (trimmed.contains(QLatin1Char('+')))
        return ItemListEditor::tr("'+' separates items in OCI_LAYERS; add each item on its own.");
    for (const QChar c : trimmed) {
        if (c.isSpace())
            return ItemListEditor::tr(
                "Whitespace separates OCI_LAYERS entries; an item cannot contain it.");
    }
    LayerSpec probe;
    probe.name = QStringLiteral("probe");
    probe.type = type;
    probe.items = {trimmed};
    static const QStringList rejected{QStringLiteral("layers.relative-path"),
                                      QStringLiteral("layers.host-pair"),
                                      QStringLiteral("layers.semicolon")};
    for (const Diagnostic &d :
         validateOciLayers(serializeOciLayers({probe}), {}, QStringLiteral("multi"))) {
        if (rejected.contains(d.code))
            return d.message;
    }
    return {};
}

ItemListEditor::ItemListEditor(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_input(new QLineEdit(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_problem(new QLabel(this))
    , m_packageNames(new QStringListModel(this))
    , m_completer(new QCompleter(m_packageNames, this))
{
    m_list->setObjectName(QStringLiteral("layerItemsList"));
    m_input->setObjectName(QStringLiteral("layerItemInput"));
    m_add->setObjectName(QStringLiteral("addLayerItemButton"));
    m_remove->setObjectName(QStringLiteral("removeLayerItemButton"));
    m_problem->setObjectName(QStringLiteral("layerItemProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    auto *up = new QPushButton(tr("Up"), this);
    auto *down = new QPushButton(tr("Down"), this);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 0, 0, 4, 2);
    layout->addWidget(m_remove, 0, 2);
    layout->addWidget(up, 1, 2);
    layout->addWidget(down, 2, 2);
    layout->addWidget(m_input, 4, 0);
    layout->addWidget(m_add, 4, 1);
    layout->addWidget(m_problem, 5, 0, 1, 3);

    connect(m_add, &QPushButton::clicked, this, [this] { addItem(m_input->text()); });
    connect(m_input, &QLineEdit::returnPressed, this, [this] { addItem(m_input->text()); });
    connect(m_input, &QLineEdit::textEdited, this, [this] { m_problem->clear(); });
    connect(m_remove, &QPushButton::clicked, this, &ItemListEditor::removeCurrentItem);
    connect(up, &QPushButton::clicked, this, [this] { moveCurrentItem(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveCurrentItem(1); });
    updatePlaceholder();
}

void ItemListEditor::setLayer(LayerType type, const QStringList &items)
{
    const bool typeChanged = type != m_type;
    m_type = type;
    m_items = items;
    m_input->setCompleter(type == LayerType::Packages ? m_completer : nullptr);
    if (typeChanged)
        m_problem->clear();
    updatePlaceholder();
    refreshList();
}

void ItemListEditor::setKnownPackages(const QStringList &packages)
{
    m_packageNames->setStringList(packages);
}

QString ItemListEditor::problem() const
{
    return m_problem->text();
}

bool ItemListEditor::addItem(const QString &text)
{
    const QString item = text.trimmed();
    QString why = layerItemProblem(m_type, item);
    if (why.isEmpty() && m_items.contains(item))
        why = tr("'%1' is already in this layer.").arg(item);
    if (!why.isEmpty()) {
        m_problem->setText(why);
        return false;
    }
    m_problem->clear();
    m_input->clear();
    m_items.append(item);
    refreshList();
    m_list->setCurrentRow(int(m_items.size()) - 1);
    emit itemsEdited(m_items);
    return true;
}

void ItemListEditor::removeCurrentItem()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_items.size())
        return;
    m_items.removeAt(row);
    refreshList();
    m_list->setCurrentRow(qMin(row, int(m_items.size()) - 1));
    emit itemsEdited(m_items);
}

void ItemListEditor::moveCurrentItem(int delta)
{
    const int row = m_list->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_items.size())
        return;
    m_items.move(row, to);
    refreshList();
    m_list->setCurrentRow(to);
    emit itemsEdited(m_items);
}

void ItemListEditor::refreshList()
{
    m_list->clear();
    if (m_type == LayerType::Host) {
        LayerSpec spec;
        spec.type = m_type;
        spec.items = m_items;
        for (const HostCopy &copy : spec.hostCopies())
            m_list->addItem(tr("%1 → %2").arg(copy.source, copy.destination));
    } else {
        m_list->addItems(m_items);
    }
}

void ItemListEditor::updatePlaceholder()
{
    switch (m_type) {
    case LayerType::Packages:
        m_input->setPlaceholderText(tr("package name (from the build's pkgdata)"));
        break;
    case LayerType::Directories:
        m_input->setPlaceholderText(tr("absolute directory in IMAGE_ROOTFS, e.g. /etc/app"));
        break;
    case LayerType::Files:
        m_input->setPlaceholderText(tr("absolute file in IMAGE_ROOTFS, e.g. /etc/app.conf"));
        break;
    case LayerType::Host:
        m_input->setPlaceholderText(
            tr("host-path:/destination (split on the last ':'), e.g. /srv/data:/data"));
        break;
    case LayerType::Unknown:
        m_input->setPlaceholderText(tr("item"));
        break;
    }
}

} // namespace cbw::app::layerdesigner

#pragma once

#include "layers/layerspec.h"

#include <QStringList>
#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStringListModel;

namespace cbw::app::layerdesigner {

// Why `item` cannot be an item of a layer of `type` (empty when it can): the checks of
// core::layers::validateOciLayers on a one-item layer (relative paths, host pairs without
// ':', ';' separators) plus the characters that would split the item ('+', whitespace).
QString layerItemProblem(core::layers::LayerType type, const QString &item);

// The items of one layer as a list: one entry per package, directory, file or host copy, so
// nobody types the '+' separators of OCI_LAYERS. A finished change (add, remove, move) is
// reported once through itemsEdited(); a rejected entry stays in the line edit with the reason.
class ItemListEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit ItemListEditor(QWidget *parent = nullptr);

    void setLayer(core::layers::LayerType type, const QStringList &items);
    QStringList items() const { return m_items; }
    // Package names offered while typing a packages item (the build's pkgdata).
    void setKnownPackages(const QStringList &packages);

    // Adds the line edit's text; false (with the reason shown) when it is rejected.
    bool addItem(const QString &text);
    void removeCurrentItem();
    void moveCurrentItem(int delta);
    QString problem() const;

signals:
    void itemsEdited(const QStringList &items);

private:
    void refreshList();
    void updatePlaceholder();

    core::layers::LayerType m_type = core::layers::LayerType::Packages;
    QStringList m_items;
    QListWidget *m_list;
    QLineEdit *m_input;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_problem;
    QStringListModel *m_packageNames;
    QCompleter *m_completer;
};

} // namespace cbw::app::layerdesigner

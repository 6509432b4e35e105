#pragma once

#include <QStyledItemDelegate>

namespace cbw::app {

// Editors of the container table: combo boxes for runtime and restart policy, validated
// line edits (coloured while typing) for source and digest, a file chooser for the custom
// service file. Combo boxes commit as soon as a choice is made, so the keyboard flow
// "F2, arrow, Enter" is one undoable edit.
class ContainerDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

signals:
    // The text of an open source / digest / service-file editor, on every keystroke, so the
    // page can check the value before it is committed.
    void draftEdited(const QModelIndex &index, const QString &text);

public:
    // Background of a line edit while typing: red when the text cannot be committed or
    // cannot work in this mode, amber when it is questionable, none when fine.
    static void colourEditor(QWidget *editor, int severity);
};

} // namespace cbw::app

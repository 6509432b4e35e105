#include "containerdelegate.h"

#include "bundle/bundlevalidator.h"
#include "bundle/containerbundleentry.h"
#include "containertablemodel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QToolButton>

namespace cbw::app {

namespace {

constexpr int NoProblem = -1;

ContainerColumn columnOf(const QModelIndex &index)
{
    return static_cast<ContainerColumn>(index.column());
}

const ContainerTableModel *tableModel(const QModelIndex &index)
{
    return qobject_cast<const ContainerTableModel *>(index.model());
}

// The custom service file editor: a path line edit and a chooser button.
class ServiceFileEditor final : public QWidget
{
public:
    explicit ServiceFileEditor(QWidget *parent)
        : QWidget(parent)
        , m_edit(new QLineEdit(this))
    {
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        layout->addWidget(m_edit);
        auto *browse = new QToolButton(this);
        browse->setText(QStringLiteral("…"));
        browse->setToolTip(ContainerDelegate::tr("Choose the .service or .container file"));
        layout->addWidget(browse);
        setFocusProxy(m_edit);
        setAutoFillBackground(true);
        m_edit->setObjectName(QStringLiteral("serviceFileEdit"));
        connect(browse, &QToolButton::clicked, this, [this] {
            const QString file = QFileDialog::getOpenFileName(
                this, ContainerDelegate::tr("Custom service file"), m_edit->text(),
                ContainerDelegate::tr("Units (*.service *.container);;All files (*)"));
            if (!file.isEmpty())
                m_edit->setText(file);
        });
    }
    QLineEdit *edit() const { return m_edit; }

private:
    QLineEdit *m_edit;
};

int sourceSeverity(const QString &text, bool bundleRecipe)
{
    if (text.trimmed().isEmpty())
        return int(core::Severity::Error);
    const bool remote = core::bundle::ContainerBundleEntry::isRemoteReference(text);
    if (remote && !bundleRecipe)
        return int(core::Severity::Error); // BUNDLED_CONTAINERS cannot fetch
    if (bundleRecipe && text.startsWith(QLatin1String("localhost:")))
        return int(core::Severity::Warning); // classified local by container-bundle
    return NoProblem;
}

int digestSeverity(const QString &text)
{
    if (text.isEmpty() || core::bundle::BundleValidator::isValidDigest(text))
        return NoProblem;
    return int(core::Severity::Error);
}

} // namespace

void ContainerDelegate::colourEditor(QWidget *editor, int severity)
{
    QPalette palette =
        editor->parentWidget() ? editor->parentWidget()->palette() : editor->palette();
    if (severity == int(core::Severity::Error)) {
        palette.setColor(QPalette::Base, QColor(0xf8, 0xd7, 0xda));
        palette.setColor(QPalette::Text, QColor(0x58, 0x15, 0x1c));
    } else if (severity == int(core::Severity::Warning)) {
        palette.setColor(QPalette::Base, QColor(0xff, 0xf3, 0xcd));
        palette.setColor(QPalette::Text, QColor(0x66, 0x4d, 0x03));
    }
    editor->setPalette(palette);
    editor->setProperty("cbwSeverity", severity);
}

QWidget *ContainerDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    const ContainerTableModel *model = tableModel(index);
    if (!model)
        return QStyledItemDelegate::createEditor(parent, option, index);
    const bool recipe = model->design().mode == core::bundle::BundleDesign::Mode::BundleRecipe;
    switch (columnOf(index)) {
    case ContainerColumn::Runtime: {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("runtimeEditor"));
        for (const QString &choice : model->runtimeChoices()) {
            combo->addItem(choice.isEmpty() ? tr("default (%1)").arg(model->design().runtime)
                                            : choice,
                           choice);
        }
        combo->setToolTip(model->fieldDescription(ContainerColumn::Runtime, index.row()));
        connect(combo, &QComboBox::activated, this, [this, combo] {
            auto *self = const_cast<ContainerDelegate *>(this);
            emit self->commitData(combo);
            emit self->closeEditor(combo, QAbstractItemDelegate::NoHint);
        });
        return combo;
    }
    case ContainerColumn::Policy: {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("policyEditor"));
        combo->addItems(ContainerTableModel::policyChoices());
        combo->setToolTip(model->fieldDescription(ContainerColumn::Policy, index.row()));
        connect(combo, &QComboBox::activated, this, [this, combo] {
            auto *self = const_cast<ContainerDelegate *>(this);
            emit self->commitData(combo);
            emit self->closeEditor(combo, QAbstractItemDelegate::NoHint);
        });
        return combo;
    }
    case ContainerColumn::Source: {
        auto *edit = new QLineEdit(parent);
        edit->setObjectName(QStringLiteral("sourceEditor"));
        edit->setValidator(
            new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\S+")), edit));
        edit->setToolTip(model->fieldDescription(ContainerColumn::Source, index.row()));
        connect(edit, &QLineEdit::textChanged, this,
                [this, edit, recipe, cell = QPersistentModelIndex(index)](const QString &text) {
                    colourEditor(edit, sourceSeverity(text, recipe));
                    emit const_cast<ContainerDelegate *>(this)->draftEdited(cell, text);
                });
        return edit;
    }
    case ContainerColumn::Digest: {
        auto *edit = new QLineEdit(parent);
        edit->setObjectName(QStringLiteral("digestEditor"));
        // Empty clears the digest; anything else must become sha256:<64 lower-case hex>.
        edit->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("(sha256:[0-9a-f]{64})?")), edit));
        edit->setPlaceholderText(QStringLiteral("sha256:…"));
        edit->setToolTip(model->fieldDescription(ContainerColumn::Digest, index.row()));
        connect(edit, &QLineEdit::textChanged, this,
                [this, edit, cell = QPersistentModelIndex(index)](const QString &text) {
                    colourEditor(edit, digestSeverity(text));
                    emit const_cast<ContainerDelegate *>(this)->draftEdited(cell, text);
                });
        return edit;
    }
    case ContainerColumn::ServiceFile: {
        auto *editor = new ServiceFileEditor(parent);
        editor->setObjectName(QStringLiteral("serviceFileEditor"));
        editor->setToolTip(model->fieldDescription(ContainerColumn::ServiceFile, index.row()));
        connect(editor->edit(), &QLineEdit::textChanged, this,
                [this, cell = QPersistentModelIndex(index)](const QString &text) {
                    emit const_cast<ContainerDelegate *>(this)->draftEdited(cell, text);
                });
        return editor;
    }
    default:
        break;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void ContainerDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QString value = index.data(Qt::EditRole).toString();
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int at = columnOf(index) == ContainerColumn::Runtime ? combo->findData(value)
                                                                   : combo->findText(value);
        combo->setCurrentIndex(std::max(at, 0));
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        edit->setText(value);
        edit->selectAll();
        return;
    }
    if (auto *file = dynamic_cast<ServiceFileEditor *>(editor)) {
        file->edit()->setText(value);
        file->edit()->selectAll();
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ContainerDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QVariant value = columnOf(index) == ContainerColumn::Runtime
                                   ? combo->currentData()
                                   : QVariant(combo->currentText());
        if (value != index.data(Qt::EditRole))
            model->setData(index, value, Qt::EditRole);
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        if (edit->text() != index.data(Qt::EditRole).toString())
            model->setData(index, edit->text(), Qt::EditRole);
        return;
    }
    if (auto *file = dynamic_cast<ServiceFileEditor *>(editor)) {
        if (file->edit()->text() != index.data(Qt::EditRole).toString())
            model->setData(index, file->edit()->text(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

void ContainerDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                             const QModelIndex &index) const
{
    Q_UNUSED(index);
    editor->setGeometry(option.rect);
}

} // namespace cbw::app

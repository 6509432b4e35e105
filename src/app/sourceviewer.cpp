#include "sourceviewer.h"

#include "common/atomicwrite.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QPalette>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>

namespace cbw::app {

namespace {
// Larger files are not configuration a person wrote; showing them would only stall.
constexpr qint64 kMaximumSize = 16 * 1024 * 1024;
} // namespace

SourceViewer::SourceViewer(QWidget *parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("sourceViewer"));
    m_text->setObjectName(QStringLiteral("sourceText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(800, 560);
}

bool SourceViewer::showFile(const QString &path, int line, int column, QString *error)
{
    if (QFileInfo(path).size() > kMaximumSize) {
        if (error)
            *error = tr("%1 is too large to show (%2 bytes)").arg(path).arg(QFileInfo(path).size());
        return false;
    }
    const auto bytes = core::readWholeFile(path);
    if (!bytes) {
        if (error)
            *error = bytes.error().message;
        return false;
    }
    m_path = path;
    setWindowTitle(tr("%1 (read-only)").arg(QFileInfo(path).fileName()));
    m_text->setPlainText(QString::fromUtf8(*bytes));

    const QTextBlock block = m_text->document()->findBlockByNumber(qMax(0, line - 1));
    QTextCursor cursor(block);
    if (column > 1)
        cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                            qMin(column - 1, block.length() - 1));
    m_text->setTextCursor(cursor);
    m_text->centerCursor();

    QTextEdit::ExtraSelection highlight;
    highlight.format.setBackground(palette().color(QPalette::Highlight).lighter(170));
    highlight.format.setProperty(QTextFormat::FullWidthSelection, true);
    highlight.cursor = QTextCursor(block);
    m_text->setExtraSelections({highlight});
    m_text->setFocus();
    return true;
}

int SourceViewer::currentLine() const
{
    return m_text->textCursor().blockNumber() + 1;
}

} // namespace cbw::app

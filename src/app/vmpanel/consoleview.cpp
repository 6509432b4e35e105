#include "vmpanel/consoleview.h"

#include <algorithm>

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace cbw::app::vmpanel {

namespace {
constexpr int kDefaultMaximumLines = 5000;
}

ConsoleView::ConsoleView(QWidget *parent)
    : QWidget(parent)
    , m_text(new QPlainTextEdit(this))
    , m_search(new QLineEdit(this))
    , m_nextButton(new QToolButton(this))
    , m_previousButton(new QToolButton(this))
    , m_searchStatus(new QLabel(this))
{
    m_text->setObjectName(QStringLiteral("consoleText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setMaximumBlockCount(kDefaultMaximumLines);
    m_text->setUndoRedoEnabled(false);

    m_search->setObjectName(QStringLiteral("consoleSearch"));
    m_search->setPlaceholderText(tr("Find in console"));
    m_search->setClearButtonEnabled(true);
    m_nextButton->setObjectName(QStringLiteral("consoleFindNext"));
    m_nextButton->setText(tr("Next"));
    m_nextButton->setToolTip(tr("Find the next occurrence (Return)"));
    m_previousButton->setObjectName(QStringLiteral("consoleFindPrevious"));
    m_previousButton->setText(tr("Previous"));
    m_previousButton->setToolTip(tr("Find the previous occurrence (Shift+Return)"));
    m_searchStatus->setObjectName(QStringLiteral("consoleSearchStatus"));

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_previousButton);
    searchRow->addWidget(m_nextButton);
    searchRow->addWidget(m_searchStatus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addLayout(searchRow);

    connect(m_search, &QLineEdit::returnPressed, this, [this] { findNext(); });
    connect(m_nextButton, &QToolButton::clicked, this, [this] { findNext(); });
    connect(m_previousButton, &QToolButton::clicked, this, [this] { findPrevious(); });
    connect(m_search, &QLineEdit::textChanged, m_searchStatus, &QLabel::clear);
}

void ConsoleView::setMaximumLines(int lines)
{
    m_text->setMaximumBlockCount(lines);
}

int ConsoleView::maximumLines() const
{
    return m_text->maximumBlockCount();
}

int ConsoleView::lineCount() const
{
    // An empty document still has one (empty) block.
    return m_text->document()->isEmpty() ? 0 : m_text->document()->blockCount();
}

QString ConsoleView::text() const
{
    return m_text->toPlainText();
}

void ConsoleView::appendLine(const QString &line)
{
    QScrollBar *bar = m_text->verticalScrollBar();
    const bool following = bar->value() >= bar->maximum();
    const int kept = bar->value();
    // appendPlainText would move the view to the end; insert at the end through a cursor of
    // our own so the user's position (and selection) stays when they scrolled up.
    QTextCursor cursor(m_text->document());
    cursor.movePosition(QTextCursor::End);
    if (!m_text->document()->isEmpty())
        cursor.insertBlock();
    cursor.insertText(line);
    if (following)
        bar->setValue(bar->maximum());
    else
        bar->setValue(std::min(kept, bar->maximum()));
}

void ConsoleView::clear()
{
    m_text->clear();
    m_searchStatus->clear();
}

bool ConsoleView::findNext()
{
    return find(false);
}

bool ConsoleView::findPrevious()
{
    return find(true);
}

bool ConsoleView::find(bool backward)
{
    const QString needle = m_search->text();
    if (needle.isEmpty())
        return false;
    const QTextDocument::FindFlags flags =
        backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    QTextDocument *document = m_text->document();
    QTextCursor found = document->find(needle, m_text->textCursor(), flags);
    if (found.isNull()) {
        // Wrap around once, as editors do.
        QTextCursor start(document);
        start.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        found = document->find(needle, start, flags);
    }
    if (found.isNull()) {
        m_searchStatus->setText(tr("Not found"));
        return false;
    }
    m_searchStatus->setText(tr("Line %1").arg(found.blockNumber() + 1));
    m_text->setTextCursor(found);
    m_text->ensureCursorVisible();
    return true;
}

} // namespace cbw::app::vmpanel

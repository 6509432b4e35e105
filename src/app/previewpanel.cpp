#include "previewpanel.h"

#include "workbenchpage.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QVBoxLayout>

namespace cbw::app {

PreviewPanel::PreviewPanel(QWidget *parent)
    : QWidget(parent)
    , m_files(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
{
    m_files->setObjectName(QStringLiteral("previewFileCombo"));
    m_files->setToolTip(tr("Files the workbench would write for the current page"));
    m_text->setObjectName(QStringLiteral("previewText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setToolTip(tr("Exact text that would be written (read-only)"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_files);
    layout->addWidget(m_text, 1);

    connect(m_files, &QComboBox::currentIndexChanged, this, &PreviewPanel::showCurrent);
}

void PreviewPanel::setPage(WorkbenchPage *page)
{
    if (page == m_page)
        return;
    disconnect(m_connection);
    m_page = page;
    if (m_page)
        m_connection =
            connect(m_page, &WorkbenchPage::previewsChanged, this, &PreviewPanel::refresh);
    refresh();
}

void PreviewPanel::refresh()
{
    // Generating previews can cost; showCurrent() works from this copy.
    m_previews.clear();
    if (WorkbenchPage *page = m_page.data())
        m_previews = page->previews();
    const QList<PreviewFile> &previews = m_previews;
    const QString previousTitle = m_files->currentText();
    {
        const QSignalBlocker blocker(m_files);
        m_files->clear();
        for (const PreviewFile &file : previews)
            m_files->addItem(file.title);
        // Keep showing the same file while the user edits what feeds it.
        const int kept = m_files->findText(previousTitle);
        m_files->setCurrentIndex(kept >= 0 ? kept : (previews.isEmpty() ? -1 : 0));
    }
    m_files->setEnabled(!previews.isEmpty());
    showCurrent();
}

void PreviewPanel::showCurrent()
{
    const int index = m_files->currentIndex();
    const QList<PreviewFile> &previews = m_previews;
    const QString text =
        index >= 0 && index < previews.size() ? previews.at(index).text : QString();
    if (m_text->toPlainText() == text)
        return;
    // Keep the scroll position: a live preview that jumps to the top on every keystroke
    // is unreadable.
    const int scroll = m_text->verticalScrollBar() ? m_text->verticalScrollBar()->value() : 0;
    m_text->setPlainText(text);
    if (m_text->verticalScrollBar())
        m_text->verticalScrollBar()->setValue(scroll);
    if (previews.isEmpty())
        m_text->setPlaceholderText(tr("This page writes no files."));
}

} // namespace cbw::app

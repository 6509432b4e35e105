#include "diffview.h"

#include <QFontDatabase>
#include <QSyntaxHighlighter>

namespace cbw::app {

// Colours the lines of a unified diff; switched off for anything that is not a diff.
class DiffHighlighter final : public QSyntaxHighlighter
{
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

    bool enabled = false;

protected:
    void highlightBlock(const QString &text) override
    {
        if (!enabled)
            return;
        QTextCharFormat format;
        if (text.startsWith(QLatin1String("+++")) || text.startsWith(QLatin1String("---"))) {
            format.setFontWeight(QFont::Bold);
        } else if (text.startsWith(QLatin1Char('+'))) {
            format.setForeground(QColor(0x1a, 0x7f, 0x37));
            format.setBackground(QColor(0xe6, 0xff, 0xec));
        } else if (text.startsWith(QLatin1Char('-'))) {
            format.setForeground(QColor(0xcf, 0x22, 0x2e));
            format.setBackground(QColor(0xff, 0xeb, 0xe9));
        } else if (text.startsWith(QLatin1String("@@"))) {
            format.setForeground(QColor(0x80, 0x3f, 0xa8));
        } else {
            return;
        }
        setFormat(0, int(text.size()), format);
    }
};

DiffView::DiffView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new DiffHighlighter(document()))
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
}

void DiffView::showDiff(const QByteArray &diff)
{
    m_highlighter->enabled = true;
    setPlainText(QString::fromUtf8(diff));
}

void DiffView::showFullText(const QByteArray &text)
{
    m_highlighter->enabled = false;
    setPlainText(QString::fromUtf8(text));
}

void DiffView::showMessage(const QString &message)
{
    m_highlighter->enabled = false;
    setPlainText(message);
}

bool DiffView::isShowingDiff() const
{
    return m_highlighter->enabled;
}

} // namespace cbw::app

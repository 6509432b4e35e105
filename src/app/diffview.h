#pragma once

#include <QByteArray>
#include <QPlainTextEdit>

namespace cbw::app {

class DiffHighlighter;

// A read-only, fixed-width view of either a unified diff (coloured like every diff viewer)
// or the full text of a new file (not coloured: a new file's "-" lines are not removals).
class DiffView final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit DiffView(QWidget *parent = nullptr);

    void showDiff(const QByteArray &diff);
    void showFullText(const QByteArray &text);
    void showMessage(const QString &message);

    bool isShowingDiff() const;

private:
    DiffHighlighter *m_highlighter;
};

} // namespace cbw::app

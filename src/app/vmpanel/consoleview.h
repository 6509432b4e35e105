#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace cbw::app::vmpanel {

// The VM's serial console: monospace, at most maximumLines() lines (older ones are dropped so a
// chatty guest cannot eat the memory), a search field with next/previous, and autoscroll that
// pauses while the user has scrolled up to read.
class ConsoleView final : public QWidget
{
    Q_OBJECT

public:
    explicit ConsoleView(QWidget *parent = nullptr);

    void setMaximumLines(int lines);
    int maximumLines() const;
    int lineCount() const;
    QString text() const;
    QPlainTextEdit *textView() const { return m_text; }
    QLineEdit *searchField() const { return m_search; }

public slots:
    void appendLine(const QString &line);
    void clear();
    // Searches for the search field's text (case-insensitive), wrapping around; false when
    // the text occurs nowhere.
    bool findNext();
    bool findPrevious();

private:
    bool find(bool backward);

    QPlainTextEdit *m_text;
    QLineEdit *m_search;
    QToolButton *m_nextButton;
    QToolButton *m_previousButton;
    QLabel *m_searchStatus;
};

} // namespace cbw::app::vmpanel

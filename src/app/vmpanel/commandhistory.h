#pragma once

#include <QLineEdit>
#include <QStringList>

namespace cbw::app::vmpanel {

// Shell-like history: Up walks back from the newest entry, Down forward, and stepping past the
// newest entry gives back the text that was being typed before the walk started.
class CommandHistory
{
public:
    void add(const QString &command); // ignores empty commands and repeats of the newest
    // The entry one step older; `typing` is what the box holds when a walk starts.
    QString previous(const QString &typing);
    QString next(const QString &current); // `current` back when not walking
    QStringList entries() const { return m_entries; }

private:
    QStringList m_entries;
    qsizetype m_position = -1; // -1: not walking
    QString m_typing;
};

// A line edit with a CommandHistory on Up/Down; commandEntered() on Return (then cleared).
class HistoryLineEdit final : public QLineEdit
{
    Q_OBJECT

public:
    using QLineEdit::QLineEdit;
    CommandHistory &history() { return m_history; }

signals:
    void commandEntered(const QString &command);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    CommandHistory m_history;
};

} // namespace cbw::app::vmpanel

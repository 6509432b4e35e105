#include "vmpanel/commandhistory.h"

#include <QKeyEvent>

namespace cbw::app::vmpanel {

void CommandHistory::add(const QString &command)
{
    m_position = -1;
    if (command.trimmed().isEmpty() || (!m_entries.isEmpty() && m_entries.last() == command))
        return;
    m_entries.append(command);
}

QString CommandHistory::previous(const QString &typing)
{
    if (m_entries.isEmpty())
        return typing;
    if (m_position < 0) {
        m_typing = typing;
        m_position = m_entries.size() - 1;
    } else if (m_position > 0) {
        --m_position;
    }
    return m_entries.at(m_position);
}

QString CommandHistory::next(const QString &current)
{
    if (m_position < 0)
        return current;
    if (m_position + 1 < m_entries.size())
        return m_entries.at(++m_position);
    m_position = -1;
    return m_typing;
}

void HistoryLineEdit::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Up:
        setText(m_history.previous(text()));
        return;
    case Qt::Key_Down:
        setText(m_history.next(text()));
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        const QString command = text();
        if (command.trimmed().isEmpty())
            return;
        m_history.add(command);
        clear();
        emit commandEntered(command);
        return;
    }
    default:
        QLineEdit::keyPressEvent(event);
    }
}

} // namespace cbw::app::vmpanel

#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace cbw::core::vm {

// Removes ANSI/VT100 escape sequences (CSI, OSC, two-byte ESC) and carriage returns.
QString stripTerminalEscapes(const QString &line);

// The guest's result markers (spec §5.4 result transport and §5.5 daemon replies).
struct ConsoleMarker
{
    enum class Kind
    {
        OutputStart,
        OutputEnd,
        TarStart,
        TarEnd,
        StorageStart,
        StorageEnd,
        NineP_StorageDone,
        ExitCode,
        Error,
        Ping,
        Pong,
        End,
        Shutdown,
        ShuttingDown,
    };
    Kind kind;
    int exitCode = 0; // ExitCode only
};
// A whole (escape-stripped, trimmed) line that is exactly one marker; nullopt otherwise.
std::optional<ConsoleMarker> parseConsoleMarker(const QString &line);

// Splits a byte stream into lines (\n, \r\n), decoding UTF-8, keeping the unfinished tail.
class ConsoleLineSplitter
{
public:
    QStringList feed(const QByteArray &bytes);
    QString flush(); // the unfinished tail, then empty
    // The unfinished tail without consuming it: prompts ("login: ") never end in a newline.
    QString pendingText() const;
    // A line longer than this is cut (at a character boundary) so a guest that never sends a
    // newline cannot grow memory without bound.
    static constexpr qsizetype maxLineBytes = 64 * 1024;

private:
    QByteArray m_pending;
};

// One memres reply: OUTPUT_START … OUTPUT_END, EXIT_CODE=n, END.
struct MemresReply
{
    QStringList output;
    std::optional<int> exitCode;
    bool complete = false; // END seen
};
class MemresReplyParser
{
public:
    // Returns true once the reply is complete.
    bool feedLine(const QString &line);
    const MemresReply &reply() const { return m_reply; }
    void reset();

private:
    MemresReply m_reply;
    bool m_inOutput = false;
};

// The one line the host writes for a command: base64 of the UTF-8 command, '\n'.
QByteArray encodeMemresCommand(const QString &command);

} // namespace cbw::core::vm

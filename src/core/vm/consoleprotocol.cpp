#include "vm/consoleprotocol.h"

#include <QHash>

#include <algorithm>

namespace cbw::core::vm {

namespace {

constexpr QChar escape(u'\x1b');

bool isCsiFinal(QChar c)
{
    return c.unicode() >= 0x40 && c.unicode() <= 0x7e;
}

// Index just past the escape sequence starting at `start` (an ESC or 8-bit CSI); an
// unterminated sequence swallows the rest of the line, since its tail is not text either.
qsizetype skipEscape(const QString &line, qsizetype start)
{
    const qsizetype size = line.size();
    qsizetype i = start;
    bool csi = false;
    bool osc = false;
    if (line.at(i) == QChar(u'\x9b')) {
        csi = true;
        ++i;
    } else {
        ++i; // ESC
        if (i >= size)
            return size;
        const QChar next = line.at(i);
        if (next == u'[') {
            csi = true;
            ++i;
        } else if (next == u']' || next == u'P' || next == u'X' || next == u'^' || next == u'_') {
            osc = true; // OSC, DCS, SOS, PM, APC: all end with BEL or ST
            ++i;
        } else {
            // ESC <intermediates 0x20-0x2f>* <final>: "ESC ( B", "ESC 7", "ESC c", ...
            while (i < size && line.at(i).unicode() >= 0x20 && line.at(i).unicode() <= 0x2f)
                ++i;
            return i < size ? i + 1 : size;
        }
    }
    if (csi) {
        while (i < size && !isCsiFinal(line.at(i)))
            ++i;
        return i < size ? i + 1 : size;
    }
    if (osc) {
        while (i < size) {
            if (line.at(i) == u'\a')
                return i + 1;
            if (line.at(i) == escape && i + 1 < size && line.at(i + 1) == u'\\')
                return i + 2;
            ++i;
        }
    }
    return size;
}

} // namespace

QString stripTerminalEscapes(const QString &line)
{
    QString result;
    result.reserve(line.size());
    qsizetype i = 0;
    while (i < line.size()) {
        const QChar c = line.at(i);
        if (c == escape || c == QChar(u'\x9b')) {
            i = skipEscape(line, i);
            continue;
        }
        // Other C0 controls (CR, BEL, backspace, ...) only move the cursor of a terminal; in a
        // line-oriented view they are noise. Tabs are text.
        if (c.unicode() < 0x20 && c != u'\t') {
            ++i;
            continue;
        }
        result.append(c);
        ++i;
    }
    return result;
}

std::optional<ConsoleMarker> parseConsoleMarker(const QString &line)
{
    using Kind = ConsoleMarker::Kind;
    static const QHash<QString, Kind> plain = {
        {QStringLiteral("===OUTPUT_START==="), Kind::OutputStart},
        {QStringLiteral("===OUTPUT_END==="), Kind::OutputEnd},
        {QStringLiteral("===TAR_START==="), Kind::TarStart},
        {QStringLiteral("===TAR_END==="), Kind::TarEnd},
        {QStringLiteral("===STORAGE_START==="), Kind::StorageStart},
        {QStringLiteral("===STORAGE_END==="), Kind::StorageEnd},
        {QStringLiteral("===9P_STORAGE_DONE==="), Kind::NineP_StorageDone},
        {QStringLiteral("===ERROR==="), Kind::Error},
        {QStringLiteral("===PING==="), Kind::Ping},
        {QStringLiteral("===PONG==="), Kind::Pong},
        {QStringLiteral("===END==="), Kind::End},
        {QStringLiteral("===SHUTDOWN==="), Kind::Shutdown},
        {QStringLiteral("===SHUTTING_DOWN==="), Kind::ShuttingDown},
    };
    const QString text = line.trimmed();
    if (!text.startsWith(QLatin1String("===")) || !text.endsWith(QLatin1String("===")))
        return std::nullopt;
    if (const auto it = plain.constFind(text); it != plain.constEnd())
        return ConsoleMarker{it.value()};

    static const QLatin1String exitPrefix("===EXIT_CODE=");
    if (text.startsWith(exitPrefix) && text.size() > exitPrefix.size() + 3) {
        const QStringView digits =
            QStringView(text).mid(exitPrefix.size(), text.size() - exitPrefix.size() - 3);
        // A shell exit status is plain digits; toInt alone would also take " 1" and "+1".
        const bool allDigits = std::all_of(digits.begin(), digits.end(),
                                           [](QChar c) { return c >= u'0' && c <= u'9'; });
        bool ok = false;
        const int code = digits.toInt(&ok);
        if (allDigits && ok)
            return ConsoleMarker{Kind::ExitCode, code};
    }
    return std::nullopt;
}

QStringList ConsoleLineSplitter::feed(const QByteArray &bytes)
{
    QStringList lines;
    m_pending.append(bytes);
    qsizetype start = 0;
    while (true) {
        const qsizetype newline = m_pending.indexOf('\n', start);
        if (newline < 0)
            break;
        qsizetype end = newline;
        if (end > start && m_pending.at(end - 1) == '\r')
            --end;
        lines.append(QString::fromUtf8(m_pending.constData() + start, end - start));
        start = newline + 1;
    }
    m_pending.remove(0, start);

    while (m_pending.size() > maxLineBytes) {
        // Cut before a UTF-8 continuation byte sequence so no character is split.
        qsizetype cut = maxLineBytes;
        while (cut > 0 && (static_cast<unsigned char>(m_pending.at(cut)) & 0xc0) == 0x80)
            --cut;
        if (cut == 0)
            cut = maxLineBytes;
        lines.append(QString::fromUtf8(m_pending.constData(), cut));
        m_pending.remove(0, cut);
    }
    return lines;
}

QString ConsoleLineSplitter::flush()
{
    QByteArray tail = std::exchange(m_pending, {});
    if (tail.endsWith('\r'))
        tail.chop(1);
    return QString::fromUtf8(tail);
}

QString ConsoleLineSplitter::pendingText() const
{
    return QString::fromUtf8(m_pending);
}

bool MemresReplyParser::feedLine(const QString &line)
{
    if (m_reply.complete)
        return true;
    const std::optional<ConsoleMarker> marker = parseConsoleMarker(stripTerminalEscapes(line));
    if (m_inOutput) {
        // Inside the output only OUTPUT_END counts: a command may well print "===END===".
        if (marker && marker->kind == ConsoleMarker::Kind::OutputEnd)
            m_inOutput = false;
        else
            m_reply.output.append(line);
        return false;
    }
    if (!marker)
        return false; // kernel messages and other noise between replies
    switch (marker->kind) {
    case ConsoleMarker::Kind::OutputStart:
        m_inOutput = true;
        break;
    case ConsoleMarker::Kind::ExitCode:
        m_reply.exitCode = marker->exitCode;
        break;
    case ConsoleMarker::Kind::End:
        m_reply.complete = true;
        break;
    default:
        break;
    }
    return m_reply.complete;
}

void MemresReplyParser::reset()
{
    m_reply = {};
    m_inOutput = false;
}

QByteArray encodeMemresCommand(const QString &command)
{
    return command.toUtf8().toBase64() + '\n';
}

} // namespace cbw::core::vm

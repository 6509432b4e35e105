#include "vm/consoleprotocol.h"

#include <QTest>

using namespace cbw::core::vm;
using Kind = ConsoleMarker::Kind;

class TestConsoleProtocol : public QObject
{
    Q_OBJECT

private slots:
    void stripTerminalEscapes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("hello world") << QStringLiteral("hello world");
        QTest::newRow("tab kept") << QStringLiteral("a\tb") << QStringLiteral("a\tb");
        QTest::newRow("carriage return") << QStringLiteral("line\r") << QStringLiteral("line");
        QTest::newRow("SGR colour")
            << QStringLiteral("\x1b[1;31mred\x1b[0m text") << QStringLiteral("red text");
        QTest::newRow("cursor and erase")
            << QStringLiteral("\x1b[2J\x1b[Hprompt\x1b[K") << QStringLiteral("prompt");
        QTest::newRow("private mode")
            << QStringLiteral("\x1b[?25lhidden\x1b[?25h") << QStringLiteral("hidden");
        QTest::newRow("OSC title BEL")
            << QStringLiteral("\x1b]0;title\aafter") << QStringLiteral("after");
        QTest::newRow("OSC title ST")
            << QStringLiteral("\x1b]2;t\x1b\\after") << QStringLiteral("after");
        QTest::newRow("charset") << QStringLiteral("\x1b(Bx\x1b)0y") << QStringLiteral("xy");
        QTest::newRow("two-byte") << QStringLiteral("\x1b"
                                                    "7saved\x1b"
                                                    "8")
                                  << QStringLiteral("saved");
        QTest::newRow("8-bit CSI") << QStringLiteral("a\u009b31mb") << QStringLiteral("ab");
        QTest::newRow("unterminated CSI")
            << QStringLiteral("text\x1b[12") << QStringLiteral("text");
        QTest::newRow("lone ESC at end") << QStringLiteral("text\x1b") << QStringLiteral("text");
        QTest::newRow("bell and backspace") << QStringLiteral("a\ab\bc") << QStringLiteral("abc");
        QTest::newRow("unicode kept") << QStringLiteral("Grüße ✓") << QStringLiteral("Grüße ✓");
        QTest::newRow("marker in colour")
            << QStringLiteral("\x1b[32m===END===\x1b[0m\r") << QStringLiteral("===END===");
    }

    void stripTerminalEscapes()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(cbw::core::vm::stripTerminalEscapes(input), expected);
    }

    void parseConsoleMarker_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("isMarker");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("exitCode");
        auto marker = [](const char *name, const QString &line, Kind kind, int code = 0) {
            QTest::newRow(name) << line << true << int(kind) << code;
        };
        auto none = [](const char *name, const QString &line) {
            QTest::newRow(name) << line << false << 0 << 0;
        };
        marker("output start", QStringLiteral("===OUTPUT_START==="), Kind::OutputStart);
        marker("output end", QStringLiteral("===OUTPUT_END==="), Kind::OutputEnd);
        marker("tar start", QStringLiteral("===TAR_START==="), Kind::TarStart);
        marker("tar end", QStringLiteral("===TAR_END==="), Kind::TarEnd);
        marker("storage start", QStringLiteral("===STORAGE_START==="), Kind::StorageStart);
        marker("storage end", QStringLiteral("===STORAGE_END==="), Kind::StorageEnd);
        marker("9p done", QStringLiteral("===9P_STORAGE_DONE==="), Kind::NineP_StorageDone);
        marker("error", QStringLiteral("===ERROR==="), Kind::Error);
        marker("ping", QStringLiteral("===PING==="), Kind::Ping);
        marker("pong", QStringLiteral("===PONG==="), Kind::Pong);
        marker("end", QStringLiteral("===END==="), Kind::End);
        marker("shutdown", QStringLiteral("===SHUTDOWN==="), Kind::Shutdown);
        marker("shutting down", QStringLiteral("===SHUTTING_DOWN==="), Kind::ShuttingDown);
        marker("exit 0", QStringLiteral("===EXIT_CODE=0==="), Kind::ExitCode, 0);
        marker("exit 127", QStringLiteral("===EXIT_CODE=127==="), Kind::ExitCode, 127);
        marker("surrounding blanks", QStringLiteral("  ===END===  "), Kind::End);
        none("empty", QString());
        none("text", QStringLiteral("hello"));
        none("marker inside text", QStringLiteral("echo ===END==="));
        none("unknown marker", QStringLiteral("===FOO==="));
        none("lower case", QStringLiteral("===end==="));
        none("exit without number", QStringLiteral("===EXIT_CODE===="));
        none("exit not a number", QStringLiteral("===EXIT_CODE=x==="));
        none("exit negative", QStringLiteral("===EXIT_CODE=-1==="));
        none("exit plus", QStringLiteral("===EXIT_CODE=+1==="));
        none("exit overflow", QStringLiteral("===EXIT_CODE=99999999999==="));
        none("exit with space", QStringLiteral("===EXIT_CODE= 1==="));
        none("just equals", QStringLiteral("======"));
    }

    void parseConsoleMarker()
    {
        QFETCH(QString, line);
        QFETCH(bool, isMarker);
        QFETCH(int, kind);
        QFETCH(int, exitCode);
        const std::optional<ConsoleMarker> marker = cbw::core::vm::parseConsoleMarker(line);
        QCOMPARE(marker.has_value(), isMarker);
        if (marker) {
            QCOMPARE(int(marker->kind), kind);
            QCOMPARE(marker->exitCode, exitCode);
        }
    }

    void lineSplitter_data()
    {
        QTest::addColumn<QList<QByteArray>>("chunks");
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QString>("tail");
        QTest::newRow("one line") << QList<QByteArray>{"abc\n"} << QStringList{"abc"} << QString();
        QTest::newRow("crlf") << QList<QByteArray>{"a\r\nb\r\n"} << QStringList{"a", "b"}
                              << QString();
        QTest::newRow("split across chunks") << QList<QByteArray>{"hel", "lo\nwor", "ld\n"}
                                             << QStringList{"hello", "world"} << QString();
        QTest::newRow("cr and lf in separate chunks")
            << QList<QByteArray>{"a\r", "\nb"} << QStringList{"a"} << QStringLiteral("b");
        QTest::newRow("unfinished tail")
            << QList<QByteArray>{"x\nlogin: "} << QStringList{"x"} << QStringLiteral("login: ");
        QTest::newRow("empty lines")
            << QList<QByteArray>{"\n\n"} << QStringList{"", ""} << QString();
        // "ü" is C3 BC; the chunk boundary falls between the two bytes.
        QTest::newRow("utf-8 split") << QList<QByteArray>{"gr\xc3", "\xbc\xc3\x9f\n"}
                                     << QStringList{QStringLiteral("grüß")} << QString();
        QTest::newRow("invalid utf-8 replaced")
            << QList<QByteArray>{"a\xff"
                                 "b\n"}
            << QStringList{QStringLiteral("a\ufffdb")} << QString();
    }

    void lineSplitter()
    {
        QFETCH(QList<QByteArray>, chunks);
        QFETCH(QStringList, lines);
        QFETCH(QString, tail);
        ConsoleLineSplitter splitter;
        QStringList got;
        for (const QByteArray &chunk : chunks)
            got += splitter.feed(chunk);
        QCOMPARE(got, lines);
        QCOMPARE(splitter.pendingText(), tail);
        QCOMPARE(splitter.flush(), tail);
        QCOMPARE(splitter.flush(), QString());
    }

    void lineSplitterBoundsAnEndlessLine()
    {
        ConsoleLineSplitter splitter;
        // Three-byte characters so a cut at the byte limit would land inside one.
        const QByteArray euro("\xe2\x82\xac");
        QByteArray data;
        while (data.size() < 3 * ConsoleLineSplitter::maxLineBytes)
            data += euro;
        const QStringList lines = splitter.feed(data);
        QVERIFY(lines.size() >= 2);
        qsizetype total = 0;
        for (const QString &line : lines) {
            QVERIFY(line.toUtf8().size() <= ConsoleLineSplitter::maxLineBytes);
            QVERIFY(!line.contains(QChar::ReplacementCharacter));
            total += line.size();
        }
        QVERIFY(splitter.pendingText().toUtf8().size() <= ConsoleLineSplitter::maxLineBytes);
        QCOMPARE(total + splitter.pendingText().size(), qsizetype(data.size() / 3));
    }

    void memresReply_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<bool>("complete");
        QTest::addColumn<QStringList>("output");
        QTest::addColumn<int>("exitCode"); // -1: none
        QTest::newRow("full reply")
            << QStringList{"===OUTPUT_START===", "a",        "b", "===OUTPUT_END===",
                           "===EXIT_CODE=2===",  "===END==="}
            << true << QStringList{"a", "b"} << 2;
        QTest::newRow("noise around")
            << QStringList{"[  1.0] kernel", "===OUTPUT_START===", "x",        "===OUTPUT_END===",
                           "noise",          "===EXIT_CODE=0===",  "===END==="}
            << true << QStringList{"x"} << 0;
        QTest::newRow("markers inside output are output")
            << QStringList{"===OUTPUT_START===", "===END===",         "===EXIT_CODE=5===",
                           "===OUTPUT_END===",   "===EXIT_CODE=0===", "===END==="}
            << true << QStringList{"===END===", "===EXIT_CODE=5==="} << 0;
        QTest::newRow("no output") << QStringList{"===OUTPUT_START===", "===OUTPUT_END===",
                                                  "===EXIT_CODE=1===", "===END==="}
                                   << true << QStringList{} << 1;
        QTest::newRow("end without exit code")
            << QStringList{"===END==="} << true << QStringList{} << -1;
        QTest::newRow("incomplete")
            << QStringList{"===OUTPUT_START===", "a"} << false << QStringList{"a"} << -1;
        QTest::newRow("empty output lines kept")
            << QStringList{"===OUTPUT_START===", "", "z", "===OUTPUT_END===", "===END==="} << true
            << QStringList{"", "z"} << -1;
    }

    void memresReply()
    {
        QFETCH(QStringList, lines);
        QFETCH(bool, complete);
        QFETCH(QStringList, output);
        QFETCH(int, exitCode);
        MemresReplyParser parser;
        bool done = false;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            done = parser.feedLine(lines.at(i));
            // Complete exactly at the last line, never earlier.
            QCOMPARE(done, complete && i == lines.size() - 1);
        }
        QCOMPARE(parser.reply().complete, complete);
        QCOMPARE(parser.reply().output, output);
        QCOMPARE(parser.reply().exitCode,
                 exitCode < 0 ? std::optional<int>() : std::optional<int>(exitCode));
        parser.reset();
        QCOMPARE(parser.reply().complete, false);
        QVERIFY(parser.reply().output.isEmpty());
        QVERIFY(!parser.reply().exitCode);
    }

    void memresReplyIgnoresLinesAfterEnd()
    {
        MemresReplyParser parser;
        for (const char *line : {"===OUTPUT_START===", "a", "===OUTPUT_END===", "===END==="})
            parser.feedLine(QLatin1String(line));
        QVERIFY(parser.feedLine(QStringLiteral("===OUTPUT_START===")));
        QVERIFY(parser.feedLine(QStringLiteral("late")));
        QCOMPARE(parser.reply().output, QStringList{QStringLiteral("a")});
    }

    void encodeMemresCommand_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("images") << QStringLiteral("docker images")
                                << QByteArray("ZG9ja2VyIGltYWdlcw==\n");
        QTest::newRow("utf-8") << QStringLiteral("echo ü") << QByteArray("ZWNobyDDvA==\n");
        QTest::newRow("newline inside stays one line")
            << QStringLiteral("a\nb") << QByteArray("YQpi\n");
        QTest::newRow("empty") << QString() << QByteArray("\n");
    }

    void encodeMemresCommand()
    {
        QFETCH(QString, command);
        QFETCH(QByteArray, line);
        QCOMPARE(cbw::core::vm::encodeMemresCommand(command), line);
    }
};

QTEST_APPLESS_MAIN(TestConsoleProtocol)
#include "tst_consoleprotocol.moc"

#include "vm/qmpclient.h"

#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace cbw::core;
using namespace cbw::core::vm;

namespace {

// QEMU's side of QMP, scripted per test: what it greets with and how it answers each request.
class FakeQmpServer : public QObject
{
    Q_OBJECT
public:
    // Answers one request (the parsed line); returns the raw lines to send back.
    using Handler = std::function<QList<QByteArray>(const QJsonObject &request)>;

    QByteArray greeting =
        R"({"QMP": {"version": {"qemu": {"micro": 0, "minor": 2, "major": 7}}, "capabilities": ["oob"]}})";
    Handler handler;
    QList<QJsonObject> requests;
    QPointer<QLocalSocket> client;

    explicit FakeQmpServer(const QString &socketPath)
    {
        connect(&server, &QLocalServer::newConnection, this, [this] {
            client = server.nextPendingConnection();
            if (!greeting.isEmpty())
                client->write(greeting + "\r\n");
            connect(client, &QLocalSocket::readyRead, this, [this] { onReadyRead(); });
        });
        path = socketPath;
    }
    bool listen() { return server.listen(path); }
    void send(const QByteArray &line) { client->write(line + "\r\n"); }

    // The standard answer to qmp_capabilities; anything else goes to `handler`.
    static QList<QByteArray> capabilitiesOk(const QJsonObject &request)
    {
        return {reply(request, QJsonObject{})};
    }
    static QByteArray reply(const QJsonObject &request, const QJsonValue &value)
    {
        QJsonObject object{{QStringLiteral("return"), value}};
        if (request.contains(QStringLiteral("id")))
            object.insert(QStringLiteral("id"), request.value(QStringLiteral("id")));
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }

private:
    void onReadyRead()
    {
        buffer += client->readAll();
        qsizetype newline;
        while ((newline = buffer.indexOf('\n')) >= 0) {
            const QJsonObject request = QJsonDocument::fromJson(buffer.left(newline)).object();
            buffer.remove(0, newline + 1);
            requests << request;
            const bool negotiation = request.value(QStringLiteral("execute")).toString() ==
                                     QStringLiteral("qmp_capabilities");
            const QList<QByteArray> answers =
                negotiation && !handlesNegotiation()
                    ? capabilitiesOk(request)
                    : (handler ? handler(request) : QList<QByteArray>{});
            for (const QByteArray &answer : answers)
                send(answer);
        }
    }
    bool handlesNegotiation() const { return negotiationHandled; }

public:
    bool negotiationHandled = false; // let `handler` answer qmp_capabilities too

private:
    QLocalServer server;
    QString path;
    QByteArray buffer;
};

QString command(const QJsonObject &request)
{
    return request.value(QStringLiteral("execute")).toString();
}

QString errorText(const Result<QJsonValue> &result)
{
    return result.ok() ? QString() : result.error().message;
}

} // namespace

class TestQmpClient : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString nextPath() { return m_dir.filePath(QStringLiteral("qmp%1.sock").arg(++m_counter)); }

    // Connects `client` to `server` and waits for ready().
    bool connectReady(QmpClient &client, const QString &path)
    {
        QSignalSpy ready(&client, &QmpClient::ready);
        QSignalSpy failed(&client, &QmpClient::failed);
        client.connectToServer(path, 5000);
        if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 10000))
            return false;
        if (!failed.isEmpty())
            qWarning() << failed.first().first().toString();
        return !ready.isEmpty();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void negotiatesCapabilities()
    {
        const QString path = nextPath();
        FakeQmpServer server(path);
        QVERIFY(server.listen());
        QmpClient client;
        QVERIFY(!client.isReady());
        QVERIFY(connectReady(client, path));
        QVERIFY(client.isReady());
        QCOMPARE(server.requests.size(), 1);
        QCOMPARE(command(server.requests.first()), QStringLiteral("qmp_capabilities"));
    }

    void connectsOnceTheSocketAppears()
    {
        const QString path = nextPath();
        FakeQmpServer server(path);
        QmpClient client;
        QSignalSpy ready(&client, &QmpClient::ready);
        client.connectToServer(path, 10000);
        // qemu creates its socket a moment after it starts: the client keeps trying.
        QTest::qWait(300);
        QVERIFY(ready.isEmpty());
        QVERIFY(server.listen());
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 10000);
    }

    void commandsGetTheirOwnReplies()
    {
        const QString path = nextPath();
        FakeQmpServer server(path);
        server.handler = [](const QJsonObject &request) -> QList<QByteArray> {
            if (command(request) == QStringLiteral("query-status"))
                return {FakeQmpServer::reply(
                    request, QJsonObject{{QStringLiteral("status"), QStringLiteral("running")},
                                         {QStringLiteral("running"), true}})};
            return {FakeQmpServer::reply(request, command(request))};
        };
        QVERIFY(server.listen());
        QmpClient client;
        QVERIFY(connectReady(client, path));

        QStringList order;
        std::optional<Result<QJsonValue>> status;
        client.queryStatus([&](const Result<QJsonValue> &r) {
            order << QStringLiteral("status");
            status = r;
        });
        client.execute(QStringLiteral("query-name"), {},
                       [&](const Result<QJsonValue> &r) { order << r->toString(); });
        client.execute(QStringLiteral("query-kvm"), {},
                       [&](const Result<QJsonValue> &r) { order << r->toString(); });
        QTRY_COMPARE(order.size(), 3);
        QCOMPARE(order, (QStringList{QStringLiteral("status"), QStringLiteral("query-name"),
                                     QStringLiteral("query-kvm")}));
        QVERIFY(status->ok());
        QCOMPARE(status->value().toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("running"));
        // Every request carries a distinct id.
        QSet<qint64> ids;
        for (const QJsonObject &request : server.requests)
            ids.insert(request.value(QStringLiteral("id")).toInteger());
        QCOMPARE(ids.size(), server.requests.size());
    }

    void namedCommandsSendTheRightRequests_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("execute");
        QTest::addColumn<QString>("commandLine");
        QTest::newRow("quit") << 0 << QStringLiteral("quit") << QString();
        QTest::newRow("powerdown") << 1 << QStringLiteral("system_powerdown") << QString();
        QTest::newRow("hostfwd_add") << 2 << QStringLiteral("human-monitor-command")
                                     << QStringLiteral("hostfwd_add net0 tcp::8080-:8080");
        QTest::newRow("hostfwd_remove") << 3 << QStringLiteral("human-monitor-command")
                                        << QStringLiteral("hostfwd_remove net0 udp::53");
    }

    void namedCommandsSendTheRightRequests()
    {
        QFETCH(int, which);
        QFETCH(QString, execute);
        QFETCH(QString, commandLine);
        const QString path = nextPath();
        FakeQmpServer server(path);
        server.handler = [](const QJsonObject &request) -> QList<QByteArray> {
            // The monitor answers a successful command with an empty string.
            return {FakeQmpServer::reply(request, command(request).startsWith(u'h')
                                                      ? QJsonValue(QString())
                                                      : QJsonValue(QJsonObject{}))};
        };
        QVERIFY(server.listen());
        QmpClient client;
        QVERIFY(connectReady(client, path));
        std::optional<Result<QJsonValue>> reply;
        auto callback = [&reply](const Result<QJsonValue> &r) { reply = r; };
        switch (which) {
        case 0:
            client.quit(callback);
            break;
        case 1:
            client.systemPowerdown(callback);
            break;
        case 2:
            client.hostfwdAdd(QStringLiteral("tcp"), 8080, callback);
            break;
        case 3:
            client.hostfwdRemove(QStringLiteral("udp"), 53, callback);
            break;
        }
        QTRY_VERIFY(reply.has_value());
        QVERIFY2(reply->ok(), qPrintable(errorText(*reply)));
        const QJsonObject request = server.requests.last();
        QCOMPARE(command(request), execute);
        QCOMPARE(request.value(QStringLiteral("arguments"))
                     .toObject()
                     .value(QStringLiteral("command-line"))
                     .toString(),
                 commandLine);
    }

    void monitorComplaintIsAnError()
    {
        const QString path = nextPath();
        FakeQmpServer server(path);
        server.handler = [](const QJsonObject &request) -> QList<QByteArray> {
            return {FakeQmpServer::reply(
                request,
                QStringLiteral("Could not set up host forwarding rule 'tcp::80-:80'\r\n"))};
        };
        QVERIFY(server.listen());
        QmpClient client;
        QVERIFY(connectReady(client, path));
        std::optional<Result<QJsonValue>> reply;
        client.hostfwdAdd(QStringLiteral("tcp"), 80,
                          [&reply](const Result<QJsonValue> &r) { reply = r; });
        QTRY_VERIFY(reply.has_value());
        QVERIFY(!reply->ok());
        QCOMPARE(errorText(*reply),
                 QStringLiteral("hostfwd_add net0 tcp::80-:80: Could not set up host forwarding "
                                "rule 'tcp::80-:80'"));
    }

    void monitorRemovalConfirmationIsSuccess_data()
    {
        QTest::addColumn<QString>("monitorText");
        QTest::addColumn<bool>("ok");
        QTest::newRow("removed") << QStringLiteral("host forwarding rule for udp::53 removed\r\n")
                                 << true;
        QTest::newRow("not found")
            << QStringLiteral("host forwarding rule for udp::53 not found\r\n") << false;
        QTest::newRow("silence") << QString() << true;
    }

    void monitorRemovalConfirmationIsSuccess()
    {
        QFETCH(QString, monitorText);
        QFETCH(bool, ok);
        const QString path = nextPath();
        FakeQmpServer server(path);
        server.handler = [monitorText](const QJsonObject &request) -> QList<QByteArray> {
            return {FakeQmpServer::reply(request, monitorText)};
        };
        QVERIFY(server.listen());
        QmpClient client;
        QVERIFY(connectReady(client, path));
        std::optional<Result<QJsonValue>> reply;
        client.hostfwdRemove(QStringLiteral("udp"), 53,
                             [&reply](const Result<QJsonValue> &r) { reply = r; });
        QTRY_VERIFY(reply.has_value());
        QCOMPARE(reply->ok(), ok);
    }

    void errorReplyIsReported()
    {
        const QString path = nextPath();
        FakeQmpServer server(path);
        server.handler = [](const QJsonObject &request) -> QList<QByteArray> {
            QJsonObject error{
                {QStringLiteral("class"), QStringLiteral("CommandNotFound")},
                {QStringLiteral("desc"), QStringLiteral("The command nope has not been found")}};
            QJsonObject answer{{QStringLiteral("error"), error},
                               {QStringLiteral("id"), request.value(QStringLiteral("id"))}};
            return {QJsonDocument(answer).toJson(QJsonDocument::Compact)};
        };
        QVERIFY(server.listen());
        QmpClient client;
        QVERIFY(connectReady(client, path));
        std::optional<Result<QJsonValue>> reply;
        client.execute(QStringLiteral("nope"), {},
                       [&reply](const Result<QJsonValue> &r) { reply = r; });
        QTRY_VERIFY(reply.has_value());
        QCOMPARE(errorText(*reply), QStringLiteral("QMP nope failed: The command nope has not been "
                                                   "found (CommandNotFound)"));
        QVERIFY(client.isReady());
    }

    void eventsAreSignalled()
    {
        const QString path = nextPath();
        FakeQmpServer server(path);
        QVERIFY(server.listen());
        QmpClient client;
        QVERIFY(connectReady(client, path));
        QSignalSpy events(&client, &QmpClient::event);
        server.send(
            R"({"timestamp": {"seconds": 1, "microseconds": 2}, "event": "SHUTDOWN", "data": {"guest": true, "reason": "guest-shutdown"}})");
        QTRY_COMPARE(events.size(), 1);
        QCOMPARE(events.first().at(0).toString(), QStringLiteral("SHUTDOWN"));
        QCOMPARE(events.first().at(1).toJsonObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("guest-shutdown"));
    }

    void timedOutCommandDoesNotStealTheNextReply()
    {
        const QString path = nextPath();
        FakeQmpServer server(path);
        QList<QJsonObject> unanswered;
        server.handler = [&](const QJsonObject &request) -> QList<QByteArray> {
            if (command(request) == QStringLiteral("slow")) {
                unanswered << request;
                return {};
            }
            // The late answer to "slow" arrives first, then this command's own.
            QList<QByteArray> answers;
            for (const QJsonObject &late : std::exchange(unanswered, {}))
                answers << FakeQmpServer::reply(late, QStringLiteral("late"));
            answers << FakeQmpServer::reply(request, QStringLiteral("mine"));
            return answers;
        };
        QVERIFY(server.listen());
        QmpClient client;
        QVERIFY(connectReady(client, path));
        std::optional<Result<QJsonValue>> slow;
        std::optional<Result<QJsonValue>> next;
        client.execute(
            QStringLiteral("slow"), {}, [&slow](const Result<QJsonValue> &r) { slow = r; }, 100);
        client.execute(QStringLiteral("next"), {},
                       [&next](const Result<QJsonValue> &r) { next = r; });
        QTRY_VERIFY(next.has_value());
        QVERIFY(slow.has_value());
        QCOMPARE(errorText(*slow), QStringLiteral("QMP command slow got no reply within 100 ms"));
        QVERIFY2(next->ok(), qPrintable(errorText(*next)));
        QCOMPARE(next->value().toString(), QStringLiteral("mine"));
    }

    void commandBeforeReadyFailsAsynchronously()
    {
        QmpClient client;
        std::optional<Result<QJsonValue>> reply;
        client.queryStatus([&reply](const Result<QJsonValue> &r) { reply = r; });
        QVERIFY(!reply.has_value()); // never from inside the call
        QTRY_VERIFY(reply.has_value());
        QCOMPARE(errorText(*reply),
                 QStringLiteral("QMP is not connected; cannot run query-status"));
    }

    void hostileServers_data()
    {
        QTest::addColumn<QByteArray>("greeting");
        QTest::addColumn<QByteArray>("capabilitiesAnswer"); // empty: never answers
        QTest::addColumn<bool>("closeAfterGreeting");
        QTest::addColumn<QString>("message");
        const QByteArray ok = R"({"QMP": {"version": {}, "capabilities": []}})";
        QTest::newRow("garbage greeting")
            << QByteArray("\x01\x02 not json") << QByteArray() << false
            << QStringLiteral(
                   "invalid QMP message from @ (illegal value at offset 1): \u0001\u0002 "
                   "not json");
        QTest::newRow("greeting is an array")
            << QByteArray("[1,2]") << QByteArray() << false
            << QStringLiteral("invalid QMP message from @ (not a JSON object at offset 0): [1,2]");
        QTest::newRow("not QMP") << QByteArray(R"({"hello": "world"})") << QByteArray() << false
                                 << QStringLiteral("the server at @ did not greet with QMP (first "
                                                   "message: {\"hello\":\"world\"})");
        QTest::newRow("no greeting") << QByteArray() << QByteArray() << false
                                     << QStringLiteral("no QMP greeting on @ within 300 ms");
        QTest::newRow("capabilities refused")
            << ok << QByteArray(R"({"error": {"class": "GenericError", "desc": "nope"}, "id": 1})")
            << false << QStringLiteral("QMP capabilities negotiation on @ failed: nope");
        QTest::newRow("capabilities never answered")
            << ok << QByteArray() << false
            << QStringLiteral("QMP capabilities negotiation on @ did not finish within 300 ms");
        QTest::newRow("garbage answer")
            << ok << QByteArray("{\"return\": ") << false
            << QStringLiteral("invalid QMP message from @ (unterminated object at offset 10): "
                              "{\"return\":");
        QTest::newRow("hangs up") << ok << QByteArray() << true
                                  << QStringLiteral("the QMP server @ closed the connection "
                                                    "during the handshake");
    }

    void hostileServers()
    {
        QFETCH(QByteArray, greeting);
        QFETCH(QByteArray, capabilitiesAnswer);
        QFETCH(bool, closeAfterGreeting);
        QFETCH(QString, message);
        const QString path = nextPath();
        FakeQmpServer server(path);
        server.greeting = greeting;
        server.negotiationHandled = true;
        server.handler = [&](const QJsonObject &) -> QList<QByteArray> {
            if (capabilitiesAnswer.isEmpty())
                return {};
            return {capabilitiesAnswer};
        };
        QVERIFY(server.listen());
        QmpClient client;
        QSignalSpy ready(&client, &QmpClient::ready);
        QSignalSpy failed(&client, &QmpClient::failed);
        if (closeAfterGreeting) {
            QTimer::singleShot(100, &server, [&server] {
                if (server.client)
                    server.client->disconnectFromServer();
            });
        }
        client.connectToServer(path, 300);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QCOMPARE(ready.size(), 0);
        QString expected = message;
        expected.replace(QLatin1Char('@'), path);
        QCOMPARE(failed.first().first().toString(), expected);
        QVERIFY(!client.isReady());
    }

    void nothingListeningFailsAtTheTimeout()
    {
        const QString path = nextPath();
        QmpClient client;
        QSignalSpy failed(&client, &QmpClient::failed);
        client.connectToServer(path, 200);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QCOMPARE(failed.first().first().toString(),
                 QStringLiteral("could not connect to the QMP socket %1 within 200 ms").arg(path));
    }

    void serverClosingFailsPendingCommands()
    {
        const QString path = nextPath();
        FakeQmpServer server(path);
        server.handler = [&server](const QJsonObject &) -> QList<QByteArray> {
            server.client->disconnectFromServer(); // qemu exiting mid-command
            return {};
        };
        QVERIFY(server.listen());
        QmpClient client;
        QVERIFY(connectReady(client, path));
        QSignalSpy disconnected(&client, &QmpClient::disconnected);
        std::optional<Result<QJsonValue>> first;
        std::optional<Result<QJsonValue>> second;
        client.execute(QStringLiteral("a"), {},
                       [&first](const Result<QJsonValue> &r) { first = r; });
        client.execute(QStringLiteral("b"), {},
                       [&second](const Result<QJsonValue> &r) { second = r; });
        QTRY_COMPARE(disconnected.size(), 1);
        QVERIFY(first && second);
        QCOMPARE(errorText(*first), QStringLiteral("QMP connection closed"));
        QCOMPARE(errorText(*second), QStringLiteral("QMP connection closed"));
        QVERIFY(!client.isReady());
    }

    void reconnectingFailsPendingCommands()
    {
        const QString path = nextPath();
        FakeQmpServer server(path); // answers nothing but the negotiation
        QVERIFY(server.listen());
        QmpClient client;
        QVERIFY(connectReady(client, path));
        std::optional<Result<QJsonValue>> reply;
        client.execute(QStringLiteral("slow"), {},
                       [&reply](const Result<QJsonValue> &r) { reply = r; });
        QTRY_COMPARE(server.requests.size(), 2);
        QVERIFY(connectReady(client, path));
        QVERIFY(reply.has_value());
        QCOMPARE(errorText(*reply), QStringLiteral("QMP connection closed"));
    }

    void deletingTheClientFromACallbackIsSafe()
    {
        const QString path = nextPath();
        FakeQmpServer server(path);
        server.handler = [](const QJsonObject &request) -> QList<QByteArray> {
            return {FakeQmpServer::reply(request, 1), FakeQmpServer::reply(request, 2)};
        };
        QVERIFY(server.listen());
        auto *client = new QmpClient;
        QVERIFY(connectReady(*client, path));
        bool called = false;
        client->execute(QStringLiteral("x"), {}, [&called, &client](const Result<QJsonValue> &) {
            called = true;
            delete client;
            client = nullptr;
        });
        QTRY_VERIFY(called);
        QVERIFY(!client);
    }
};

QTEST_GUILESS_MAIN(TestQmpClient)
#include "tst_qmpclient.moc"

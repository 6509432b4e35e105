#include "vm/qmpclient.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QPointer>
#include <QTimer>

#include <deque>

namespace cbw::core::vm {

namespace {
constexpr int connectRetryMs = 50;
// A QMP message is one JSON object per line; a "line" this long is not QMP.
constexpr qsizetype maxMessageBytes = 16 * 1024 * 1024;
} // namespace

struct QmpClient::Private
{
    enum class Phase
    {
        Idle,
        Connecting,
        AwaitingGreeting,
        Negotiating,
        Ready,
    };
    struct Command
    {
        QString name;
        QJsonObject arguments;
        Callback callback;
        int timeoutMs = 0;
        qint64 id = 0;
    };

    QmpClient *q = nullptr;
    QLocalSocket *socket = nullptr;
    QString socketPath;
    Phase phase = Phase::Idle;
    int connectTimeoutMs = 0;
    QElapsedTimer connectClock;
    QTimer retryTimer;
    QTimer connectDeadline;
    QTimer commandTimer;
    QByteArray buffer;
    std::deque<Command> queue;
    std::optional<Command> inFlight;
    qint64 nextId = 1;
    qint64 negotiationId = 0;

    void tryConnect();
    void onReadyRead();
    void handleMessage(const QJsonObject &message);
    void fail(const QString &message);
    void sendNext();
    void finishInFlight(const Result<QJsonValue> &result);
    void failAllCommands(const QString &message);
    void write(const QString &command, const QJsonObject &arguments, qint64 id);
    void resetSocket();
};

QmpClient::QmpClient(QObject *parent)
    : QObject(parent)
    , d(new Private)
{
    d->q = this;
    d->retryTimer.setSingleShot(true);
    d->connectDeadline.setSingleShot(true);
    d->commandTimer.setSingleShot(true);
    connect(&d->retryTimer, &QTimer::timeout, this, [this] { d->tryConnect(); });
    connect(&d->connectDeadline, &QTimer::timeout, this, [this] {
        switch (d->phase) {
        case Private::Phase::Connecting:
            d->fail(tr("could not connect to the QMP socket %1 within %2 ms")
                        .arg(d->socketPath)
                        .arg(d->connectTimeoutMs));
            break;
        case Private::Phase::AwaitingGreeting:
            d->fail(tr("no QMP greeting on %1 within %2 ms")
                        .arg(d->socketPath)
                        .arg(d->connectTimeoutMs));
            break;
        case Private::Phase::Negotiating:
            d->fail(tr("QMP capabilities negotiation on %1 did not finish within %2 ms")
                        .arg(d->socketPath)
                        .arg(d->connectTimeoutMs));
            break;
        default:
            break;
        }
    });
    connect(&d->commandTimer, &QTimer::timeout, this, [this] {
        if (!d->inFlight)
            return;
        const Private::Command &command = *d->inFlight;
        d->finishInFlight(Error(tr("QMP command %1 got no reply within %2 ms")
                                    .arg(command.name)
                                    .arg(command.timeoutMs)));
    });
}

QmpClient::~QmpClient()
{
    // Callbacks may capture objects that are being destroyed with us; they are dropped
    // silently rather than called from a destructor.
    d->queue.clear();
    d->inFlight.reset();
    if (d->socket) {
        d->socket->disconnect(this);
        d->socket->abort();
    }
    delete d;
}

void QmpClient::connectToServer(const QString &socketPath, int timeoutMs)
{
    d->resetSocket();
    d->failAllCommands(tr("QMP connection closed"));
    d->socketPath = socketPath;
    d->connectTimeoutMs = timeoutMs;
    d->phase = Private::Phase::Connecting;
    d->buffer.clear();
    d->connectDeadline.start(timeoutMs);
    d->tryConnect();
}

bool QmpClient::isReady() const
{
    return d->phase == Private::Phase::Ready;
}

void QmpClient::disconnectFromServer()
{
    const bool wasActive = d->phase != Private::Phase::Idle;
    d->resetSocket();
    d->failAllCommands(tr("QMP connection closed"));
    if (wasActive)
        emit disconnected();
}

void QmpClient::execute(const QString &command, const QJsonObject &arguments, Callback callback,
                        int timeoutMs)
{
    if (d->phase != Private::Phase::Ready) {
        // Asynchronous like every other answer, so callers never re-enter themselves.
        QMetaObject::invokeMethod(
            this,
            [callback, command] {
                if (callback)
                    callback(Error(tr("QMP is not connected; cannot run %1").arg(command)));
            },
            Qt::QueuedConnection);
        return;
    }
    d->queue.push_back(Private::Command{command, arguments, std::move(callback), timeoutMs, 0});
    if (!d->inFlight)
        d->sendNext();
}

void QmpClient::queryStatus(Callback callback)
{
    execute(QStringLiteral("query-status"), {}, std::move(callback));
}

void QmpClient::quit(Callback callback)
{
    execute(QStringLiteral("quit"), {}, std::move(callback));
}

void QmpClient::systemPowerdown(Callback callback)
{
    execute(QStringLiteral("system_powerdown"), {}, std::move(callback));
}

namespace {
QJsonObject humanMonitorArguments(const QString &commandLine)
{
    return QJsonObject{{QStringLiteral("command-line"), commandLine}};
}

// human-monitor-command answers with the monitor's text; an empty string is success, anything
// else is the monitor's complaint ("Could not set up host forwarding rule ...").
// The human monitor answers in prose: silence is success for hostfwd_add, while hostfwd_remove
// reports success as "host forwarding rule for tcp::N removed" (net/slirp.c); anything else is
// QEMU's complaint and becomes the error.
QmpClient::Callback monitorTextAsResult(QmpClient::Callback callback, const QString &commandLine,
                                        const QString &successSuffix = {})
{
    return [callback = std::move(callback), commandLine,
            successSuffix](const Result<QJsonValue> &reply) {
        if (!callback)
            return;
        if (reply.ok() && reply->isString()) {
            const QString text = reply->toString().trimmed();
            const bool success =
                text.isEmpty() || (!successSuffix.isEmpty() && text.endsWith(successSuffix));
            if (!success) {
                callback(Error(QmpClient::tr("%1: %2").arg(commandLine, text)));
                return;
            }
        }
        callback(reply);
    };
}
} // namespace

void QmpClient::hostfwdAdd(const QString &protocol, int hostPort, Callback callback)
{
    const QString line = QStringLiteral("hostfwd_add net0 %1::%2-:%2").arg(protocol).arg(hostPort);
    execute(QStringLiteral("human-monitor-command"), humanMonitorArguments(line),
            monitorTextAsResult(std::move(callback), line));
}

void QmpClient::hostfwdRemove(const QString &protocol, int hostPort, Callback callback)
{
    const QString line = QStringLiteral("hostfwd_remove net0 %1::%2").arg(protocol).arg(hostPort);
    execute(QStringLiteral("human-monitor-command"), humanMonitorArguments(line),
            monitorTextAsResult(std::move(callback), line, QStringLiteral(" removed")));
}

void QmpClient::Private::resetSocket()
{
    retryTimer.stop();
    connectDeadline.stop();
    commandTimer.stop();
    phase = Phase::Idle;
    if (socket) {
        socket->disconnect(q);
        socket->abort();
        socket->deleteLater();
        socket = nullptr;
    }
    buffer.clear();
}

void QmpClient::Private::tryConnect()
{
    if (phase != Phase::Connecting)
        return;
    if (socket) {
        socket->disconnect(q);
        socket->abort();
        socket->deleteLater();
    }
    socket = new QLocalSocket(q);
    QObject::connect(socket, &QLocalSocket::connected, q,
                     [this] { phase = Phase::AwaitingGreeting; });
    QObject::connect(socket, &QLocalSocket::errorOccurred, q, [this] {
        // The socket appears a moment after qemu starts: retry until the
        // deadline. Errors after connecting end in disconnected().
        if (phase == Phase::Connecting)
            retryTimer.start(connectRetryMs);
    });
    QObject::connect(socket, &QLocalSocket::readyRead, q, [this] { onReadyRead(); });
    QObject::connect(socket, &QLocalSocket::disconnected, q, [this] {
        if (phase == Phase::Connecting)
            return;
        const bool wasReady = phase == Phase::Ready;
        const Phase before = phase;
        resetSocket();
        failAllCommands(QmpClient::tr("QMP connection closed"));
        if (!wasReady && before != Phase::Idle) {
            emit q->failed(QmpClient::tr("the QMP server %1 closed the connection during the "
                                         "handshake")
                               .arg(socketPath));
            return;
        }
        emit q->disconnected();
    });
    socket->connectToServer(socketPath);
}

void QmpClient::Private::onReadyRead()
{
    // Keep a guard: a callback or a failed() receiver may delete the client.
    QPointer<QmpClient> guard(q);
    buffer.append(socket->readAll());
    while (guard && socket) {
        const qsizetype newline = buffer.indexOf('\n');
        if (newline < 0) {
            if (buffer.size() > maxMessageBytes)
                fail(QmpClient::tr("QMP server %1 sent more than %2 bytes without a newline")
                         .arg(socketPath)
                         .arg(maxMessageBytes));
            return;
        }
        const QByteArray line = buffer.left(newline).trimmed();
        buffer.remove(0, newline + 1);
        if (line.isEmpty())
            continue;
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            const QString reason = error.error != QJsonParseError::NoError
                                       ? error.errorString()
                                       : QmpClient::tr("not a JSON object");
            fail(QmpClient::tr("invalid QMP message from %1 (%2 at offset %3): %4")
                     .arg(socketPath, reason)
                     .arg(error.error != QJsonParseError::NoError ? error.offset : 0)
                     .arg(QString::fromUtf8(line.left(200))));
            return;
        }
        handleMessage(document.object());
    }
}

void QmpClient::Private::handleMessage(const QJsonObject &message)
{
    switch (phase) {
    case Phase::AwaitingGreeting:
        if (!message.contains(QStringLiteral("QMP"))) {
            fail(QmpClient::tr("the server at %1 did not greet with QMP (first message: %2)")
                     .arg(socketPath,
                          QString::fromUtf8(
                              QJsonDocument(message).toJson(QJsonDocument::Compact).left(200))));
            return;
        }
        phase = Phase::Negotiating;
        negotiationId = nextId++;
        write(QStringLiteral("qmp_capabilities"), {}, negotiationId);
        return;
    case Phase::Negotiating:
        if (message.contains(QStringLiteral("event")))
            break; // events may arrive at any time
        if (message.value(QStringLiteral("id")).toInteger() != negotiationId)
            return;
        if (message.contains(QStringLiteral("error"))) {
            fail(QmpClient::tr("QMP capabilities negotiation on %1 failed: %2")
                     .arg(socketPath, message.value(QStringLiteral("error"))
                                          .toObject()
                                          .value(QStringLiteral("desc"))
                                          .toString()));
            return;
        }
        if (!message.contains(QStringLiteral("return"))) {
            fail(QmpClient::tr("unexpected answer to qmp_capabilities from %1").arg(socketPath));
            return;
        }
        phase = Phase::Ready;
        connectDeadline.stop();
        emit q->ready();
        return;
    case Phase::Ready:
        break;
    default:
        return;
    }

    if (message.contains(QStringLiteral("event"))) {
        emit q->event(message.value(QStringLiteral("event")).toString(),
                      message.value(QStringLiteral("data")).toObject());
        return;
    }
    // Replies carry the id we sent; one for a command that already timed out is dropped.
    if (!inFlight || message.value(QStringLiteral("id")).toInteger() != inFlight->id)
        return;
    if (message.contains(QStringLiteral("error"))) {
        const QJsonObject error = message.value(QStringLiteral("error")).toObject();
        finishInFlight(
            Error(QmpClient::tr("QMP %1 failed: %2 (%3)")
                      .arg(inFlight->name, error.value(QStringLiteral("desc")).toString(),
                           error.value(QStringLiteral("class")).toString())));
        return;
    }
    if (!message.contains(QStringLiteral("return"))) {
        finishInFlight(Error(
            QmpClient::tr("QMP %1: reply without \"return\" or \"error\"").arg(inFlight->name)));
        return;
    }
    finishInFlight(message.value(QStringLiteral("return")));
}

void QmpClient::Private::fail(const QString &message)
{
    resetSocket();
    failAllCommands(message);
    emit q->failed(message);
}

void QmpClient::Private::write(const QString &command, const QJsonObject &arguments, qint64 id)
{
    QJsonObject object{{QStringLiteral("execute"), command}, {QStringLiteral("id"), id}};
    if (!arguments.isEmpty())
        object.insert(QStringLiteral("arguments"), arguments);
    socket->write(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
}

void QmpClient::Private::sendNext()
{
    if (inFlight || queue.empty() || phase != Phase::Ready)
        return;
    inFlight = std::move(queue.front());
    queue.pop_front();
    inFlight->id = nextId++;
    write(inFlight->name, inFlight->arguments, inFlight->id);
    commandTimer.start(inFlight->timeoutMs);
}

void QmpClient::Private::finishInFlight(const Result<QJsonValue> &result)
{
    commandTimer.stop();
    Command command = std::move(*inFlight);
    inFlight.reset();
    QPointer<QmpClient> guard(q);
    if (command.callback)
        command.callback(result);
    if (guard)
        sendNext();
}

void QmpClient::Private::failAllCommands(const QString &message)
{
    std::deque<Command> pending;
    if (inFlight)
        pending.push_back(std::move(*inFlight));
    inFlight.reset();
    for (Command &command : queue)
        pending.push_back(std::move(command));
    queue.clear();
    commandTimer.stop();
    QPointer<QmpClient> guard(q);
    for (Command &command : pending) {
        if (command.callback)
            command.callback(Error(message));
        if (!guard)
            return;
    }
}

} // namespace cbw::core::vm

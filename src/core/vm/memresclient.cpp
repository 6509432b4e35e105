#include "vm/memresclient.h"

#include <QLocalSocket>
#include <QPointer>
#include <QTimer>

namespace cbw::core::vm {

namespace {
constexpr int connectRetryMs = 100;
// The tool pings once a second (up to 120 tries); the guest may be busy booting.
constexpr int pingIntervalMs = 1000;
} // namespace

struct MemresClient::Private
{
    enum class Phase
    {
        Idle,
        Connecting,
        Pinging,
        Ready,
    };
    MemresClient *q = nullptr;
    QLocalSocket *socket = nullptr;
    QString socketPath;
    Phase phase = Phase::Idle;
    int connectTimeoutMs = 0;
    QTimer retryTimer;
    QTimer pingTimer;
    QTimer connectDeadline;
    QTimer replyTimer;
    QTimer idleTimer;
    ConsoleLineSplitter splitter;
    MemresReplyParser parser;
    bool busy = false;
    int replyTimeoutMs = 60000;
    int idleTimeoutMs = 0;

    void tryConnect();
    void onReadyRead();
    void handleLine(const QString &line);
    void fail(const QString &message);
    void finishCommand(const QString &error);
    void resetSocket();
    void restartIdleTimer();
};

MemresClient::MemresClient(QObject *parent)
    : QObject(parent)
    , d(new Private)
{
    d->q = this;
    d->retryTimer.setSingleShot(true);
    d->connectDeadline.setSingleShot(true);
    d->replyTimer.setSingleShot(true);
    d->idleTimer.setSingleShot(true);
    d->pingTimer.setInterval(pingIntervalMs);
    connect(&d->retryTimer, &QTimer::timeout, this, [this] { d->tryConnect(); });
    connect(&d->pingTimer, &QTimer::timeout, this, [this] {
        if (d->socket && d->phase == Private::Phase::Pinging)
            d->socket->write("===PING===\n");
    });
    connect(&d->connectDeadline, &QTimer::timeout, this, [this] {
        if (d->phase == Private::Phase::Connecting)
            d->fail(tr("could not connect to the daemon socket %1 within %2 s")
                        .arg(d->socketPath)
                        .arg(d->connectTimeoutMs / 1000.0));
        else if (d->phase == Private::Phase::Pinging)
            d->fail(tr("the daemon on %1 did not answer ===PING=== within %2 s")
                        .arg(d->socketPath)
                        .arg(d->connectTimeoutMs / 1000.0));
    });
    connect(&d->replyTimer, &QTimer::timeout, this, [this] {
        if (d->busy)
            d->finishCommand(
                tr("no reply from the daemon for %1 s").arg(d->replyTimeoutMs / 1000.0));
    });
    connect(&d->idleTimer, &QTimer::timeout, this, [this] {
        if (d->phase == Private::Phase::Ready && !d->busy)
            emit idle();
    });
}

MemresClient::~MemresClient()
{
    if (d->socket) {
        d->socket->disconnect(this);
        d->socket->abort();
    }
    delete d;
}

void MemresClient::connectToDaemon(const QString &socketPath, int timeoutMs)
{
    const bool wasBusy = d->busy;
    d->resetSocket();
    if (wasBusy)
        d->finishCommand(tr("disconnected from the daemon"));
    d->socketPath = socketPath;
    d->connectTimeoutMs = timeoutMs;
    d->phase = Private::Phase::Connecting;
    d->connectDeadline.start(timeoutMs);
    d->tryConnect();
}

bool MemresClient::isReady() const
{
    return d->phase == Private::Phase::Ready;
}

bool MemresClient::isBusy() const
{
    return d->busy;
}

void MemresClient::runCommand(const QString &command, int replyTimeoutMs)
{
    auto reject = [this](const QString &error) {
        QMetaObject::invokeMethod(
            this, [this, error] { emit commandFinished(MemresReply{}, error); },
            Qt::QueuedConnection);
    };
    if (d->phase != Private::Phase::Ready) {
        reject(tr("the daemon is not ready"));
        return;
    }
    if (d->busy) {
        reject(tr("the daemon is still running a command"));
        return;
    }
    d->busy = true;
    d->idleTimer.stop();
    d->parser.reset();
    d->replyTimeoutMs = replyTimeoutMs;
    d->replyTimer.start(replyTimeoutMs);
    d->socket->write(encodeMemresCommand(command));
}

void MemresClient::requestShutdown()
{
    if (!d->socket || d->socket->state() != QLocalSocket::ConnectedState) {
        QMetaObject::invokeMethod(
            this, [this] { emit failed(tr("cannot send ===SHUTDOWN===: not connected")); },
            Qt::QueuedConnection);
        return;
    }
    d->idleTimer.stop();
    d->socket->write("===SHUTDOWN===\n");
}

void MemresClient::setIdleTimeout(int milliseconds)
{
    d->idleTimeoutMs = milliseconds;
    d->restartIdleTimer();
}

void MemresClient::disconnectFromDaemon()
{
    const bool wasBusy = d->busy;
    d->resetSocket();
    if (wasBusy)
        d->finishCommand(tr("disconnected from the daemon"));
}

void MemresClient::Private::restartIdleTimer()
{
    if (idleTimeoutMs > 0 && phase == Phase::Ready && !busy)
        idleTimer.start(idleTimeoutMs);
    else
        idleTimer.stop();
}

void MemresClient::Private::resetSocket()
{
    retryTimer.stop();
    pingTimer.stop();
    connectDeadline.stop();
    replyTimer.stop();
    idleTimer.stop();
    phase = Phase::Idle;
    splitter.flush();
    if (socket) {
        socket->disconnect(q);
        socket->abort();
        socket->deleteLater();
        socket = nullptr;
    }
}

void MemresClient::Private::tryConnect()
{
    if (phase != Phase::Connecting)
        return;
    if (socket) {
        socket->disconnect(q);
        socket->abort();
        socket->deleteLater();
    }
    socket = new QLocalSocket(q);
    QObject::connect(socket, &QLocalSocket::connected, q, [this] {
        phase = Phase::Pinging;
        socket->write("===PING===\n");
        pingTimer.start();
    });
    QObject::connect(socket, &QLocalSocket::errorOccurred, q, [this] {
        if (phase == Phase::Connecting)
            retryTimer.start(connectRetryMs); // qemu creates the socket a moment after start
    });
    QObject::connect(socket, &QLocalSocket::readyRead, q, [this] { onReadyRead(); });
    QObject::connect(socket, &QLocalSocket::disconnected, q, [this] {
        if (phase == Phase::Connecting || phase == Phase::Idle)
            return;
        fail(MemresClient::tr("the daemon closed the socket %1").arg(socketPath));
    });
    socket->connectToServer(socketPath);
}

void MemresClient::Private::onReadyRead()
{
    QPointer<MemresClient> guard(q);
    const QStringList lines = splitter.feed(socket->readAll());
    for (const QString &line : lines) {
        handleLine(line);
        if (!guard || !socket)
            return;
    }
}

void MemresClient::Private::handleLine(const QString &rawLine)
{
    const QString line = stripTerminalEscapes(rawLine);
    const std::optional<ConsoleMarker> marker = parseConsoleMarker(line);
    if (marker && marker->kind == ConsoleMarker::Kind::ShuttingDown && !busy) {
        emit q->shutdownAcknowledged();
        return;
    }
    switch (phase) {
    case Phase::Pinging:
        if (marker && marker->kind == ConsoleMarker::Kind::Pong) {
            phase = Phase::Ready;
            pingTimer.stop();
            connectDeadline.stop();
            restartIdleTimer();
            emit q->ready();
        }
        return;
    case Phase::Ready:
        break;
    default:
        return;
    }
    if (!busy)
        return;                       // late PONGs to the pings sent while the guest was booting
    replyTimer.start(replyTimeoutMs); // the timeout is for silence, not for the whole command
    const bool wasInOutput = !parser.reply().complete;
    const int before = int(parser.reply().output.size());
    const bool complete = parser.feedLine(line);
    if (wasInOutput && parser.reply().output.size() > before)
        emit q->outputLine(parser.reply().output.constLast());
    if (complete)
        finishCommand({});
}

void MemresClient::Private::finishCommand(const QString &error)
{
    replyTimer.stop();
    busy = false;
    const MemresReply reply = parser.reply();
    parser.reset();
    restartIdleTimer();
    emit q->commandFinished(reply, error);
}

void MemresClient::Private::fail(const QString &message)
{
    const bool wasBusy = busy;
    resetSocket();
    QPointer<MemresClient> guard(q);
    if (wasBusy)
        finishCommand(message);
    if (guard)
        emit q->failed(message);
}

} // namespace cbw::core::vm

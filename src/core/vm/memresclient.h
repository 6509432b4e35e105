#pragma once

#include "vm/consoleprotocol.h"

#include <QObject>

namespace cbw::core::vm {

// The host side of the memory-resident daemon (spec §5.5) over <statedir>/daemon.sock:
// ping/pong readiness, one command at a time as a base64 line, replies parsed with
// MemresReplyParser, idle timeout, ===SHUTDOWN=== stop.
class MemresClient final : public QObject
{
    Q_OBJECT
public:
    explicit MemresClient(QObject *parent = nullptr);
    ~MemresClient() override;

    // Connects (retrying until the socket exists) and pings until PONG or `timeoutMs`.
    void connectToDaemon(const QString &socketPath, int timeoutMs = 120000);
    bool isReady() const;
    bool isBusy() const;
    // Fails (commandFinished with an error) when not ready or busy. Reply timeout as the
    // tool's: 60 s of silence.
    void runCommand(const QString &command, int replyTimeoutMs = 60000);
    // Sends ===SHUTDOWN===; shutdownAcknowledged() when the guest answers ===SHUTTING_DOWN===.
    void requestShutdown();
    // No command for this long → idle() (the owner then stops the VM); 0 = never.
    void setIdleTimeout(int milliseconds);
    void disconnectFromDaemon();

signals:
    void ready();
    void failed(const QString &message);
    void outputLine(const QString &line);
    void commandFinished(const cbw::core::vm::MemresReply &reply, const QString &error);
    void shutdownAcknowledged();
    void idle();

private:
    struct Private;
    Private *d;
};

} // namespace cbw::core::vm

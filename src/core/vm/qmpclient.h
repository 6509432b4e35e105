#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

class QLocalSocket;

namespace cbw::core::vm {

// QEMU Machine Protocol over a unix socket: greeting, qmp_capabilities, then commands, one at a
// time in order, each with its own timeout. Events ("SHUTDOWN", ...) are signalled.
class QmpClient final : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const Result<QJsonValue> &reply)>;

    explicit QmpClient(QObject *parent = nullptr);
    ~QmpClient() override;

    // Connects (retrying until timeoutMs: QEMU creates the socket a moment after start) and
    // negotiates capabilities; ready() or failed() follows.
    void connectToServer(const QString &socketPath, int timeoutMs = 10000);
    bool isReady() const;
    void disconnectFromServer();

    void execute(const QString &command, const QJsonObject &arguments, Callback callback,
                 int timeoutMs = 5000);
    void queryStatus(Callback callback); // reply: {"status":"running",...}
    void quit(Callback callback = {});
    void systemPowerdown(Callback callback = {});
    // human-monitor-command hostfwd_add/remove net0 <proto>::<H>-:<H> (spec §5.5).
    void hostfwdAdd(const QString &protocol, int hostPort, Callback callback = {});
    void hostfwdRemove(const QString &protocol, int hostPort, Callback callback = {});

signals:
    void ready();
    void failed(const QString &message);
    void event(const QString &name, const QJsonObject &data);
    void disconnected();

private:
    struct Private;
    Private *d;
};

} // namespace cbw::core::vm

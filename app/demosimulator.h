// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QUrl>

class QThread;

namespace Dbtc::Sim {
class Server;
}

namespace Dbtc::App {

//! \brief The built-in dbt Cloud simulator for `--demo`: runs the real HTTP server on a
//! loopback port, on its own thread so its clock and request handling never stall the GUI.
class DemoSimulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoSimulator)

public:
    explicit DemoSimulator(QObject *parent = nullptr);
    ~DemoSimulator() override;

    //! Starts the server and waits until it listens (tens of milliseconds).
    bool start(quint64 seed, double speed, QString *error);

    QUrl baseUrl() const { return m_baseUrl; }

    QString adminToken() const { return m_token; }

    qint64 accountId() const { return m_accountIds.value(0); }

    //! Every account of the simulated token: the rich demo account first, then a small one
    //! in a cell (14-digit ids), so the demo shows a connection with two accounts.
    QList<qint64> accountIds() const { return m_accountIds; }

private:
    QThread *m_thread = nullptr;
    Sim::Server *m_server = nullptr;
    QUrl m_baseUrl;
    QString m_token;
    QList<qint64> m_accountIds;
};

} // namespace Dbtc::App

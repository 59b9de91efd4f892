// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/demosimulator.h"

#include "simulator/server.h"

#include <QThread>

namespace Dbtc::App {

DemoSimulator::DemoSimulator(QObject *parent)
    : QObject(parent)
{ }

DemoSimulator::~DemoSimulator()
{
    if (m_thread) {
        if (m_server) {
            // The server's sockets belong to its thread: delete it there.
            QMetaObject::invokeMethod(
                m_server,
                [s = m_server] {
                    delete s;
                },
                Qt::BlockingQueuedConnection);
        }
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
    }
}

bool DemoSimulator::start(quint64 seed, double speed, QString *error)
{
    Sim::ServerOptions options;
    options.seed = seed;
    options.speed = speed;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("dbt-cloud-sim"));
    m_thread->start();
    m_server = new Sim::Server(options);
    m_server->moveToThread(m_thread);
    bool ok = false;
    QString message;
    QMetaObject::invokeMethod(
        m_server,
        [&] {
            ok = m_server->start(&message);
        },
        Qt::BlockingQueuedConnection);
    if (!ok) {
        if (error) {
            *error = message;
        }
        return false;
    }
    m_baseUrl = m_server->baseUrl();
    m_token = m_server->adminToken();
    m_accountIds = m_server->accountIds();
    return true;
}

} // namespace Dbtc::App

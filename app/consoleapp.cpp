// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/consoleapp.h"

#include "api/cacertificates.h"
#include "api/client.h"
#include "app/demosimulator.h"
#include "app/secretstore.h"
#include "app/settings.h"
#include "models/common/preferences.h"
#include "models/history/historystore.h"
#include "models/history/localhistory.h"
#include "models/notifications/watchlist.h"
#include "models/workspace/connectionprobe.h"
#include "models/workspace/workspace.h"
#include "ui/connections/connectiondialog.h"
#include "ui/shell/mainwindow.h"

#include <QStandardPaths>

namespace Dbtc::App {

ConsoleApp::ConsoleApp(
    CommandLine commandLine, SecretStore *secrets, Settings *settings, QObject *parent)
    : QObject(parent)
    , m_commandLine(std::move(commandLine))
    , m_secrets(secrets)
    , m_settings(settings)
    , m_probe(new Models::ConnectionProbe(this))
{ }

ConsoleApp::~ConsoleApp()
{
    // The window first (it binds to the workspace), then the workspace (its sessions abort
    // their requests), then the clients; the demo simulator they may talk to goes last.
    m_window.reset();
    m_workspace.reset();
    for (const auto &client : std::as_const(m_clients)) {
        delete client.data();
    }
    m_demo.reset();
}

void ConsoleApp::start()
{
    m_workspace = std::make_unique<Models::Workspace>(
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
            + QStringLiteral("/console"),
        m_settings);
    m_workspace->openHistory( // the local run history and failure inbox (issue 13)
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/history.sqlite"));
    m_window = std::make_unique<Ui::MainWindow>(m_workspace.get());
    connect(m_workspace->history()->store(), // a broken history file was moved aside: say so
        &Models::HistoryStore::recovered,
        m_window.get(),
        &Ui::MainWindow::showMessage);
    m_workspace->pruneHistory(); // to the ages and sizes in Settings
    connect(
        m_window.get(), &Ui::MainWindow::addConnectionRequested, this, &ConsoleApp::addConnection);
    connect(m_window.get(),
        &Ui::MainWindow::editConnectionRequested,
        this,
        &ConsoleApp::editConnection);
    connect(m_window.get(), &Ui::MainWindow::demoRequested, this, &ConsoleApp::startDemo);
    connect(m_secrets,
        &SecretStore::secureStorageUnavailable,
        m_window.get(),
        &Ui::MainWindow::showMessage);

    if (!m_settings->recoveryMessage().isEmpty()) {
        m_window->showMessage(m_settings->recoveryMessage());
    }
    m_profiles = ProfileStore(*m_settings).load();
    for (const ConnectionProfile &profile : std::as_const(m_profiles)) {
        m_secrets->read(profile.secretKey(), this, [this, profile](const SecretResult &r) {
            if (!r.ok()) {
                m_window->showMessage(tr("%1: %2 Edit the connection to enter the token again.")
                                          .arg(profile.name, r.message));
            }
            connectProfile(profile, r.secret);
        });
    }
    if (m_commandLine.demo) {
        startDemo();
    }
    if (!m_commandLine.openPath.isEmpty()) {
        m_window->openArtifacts(m_commandLine.openPath);
    }
    m_window->show();
}

void ConsoleApp::connectProfile(const ConnectionProfile &profile, const QString &token)
{
    for (const QString &session : m_profileSessions.take(profile.id)) {
        m_workspace->removeConnection(session);
        if (auto old = m_clients.take(session)) {
            old->deleteLater();
        }
    }
    Api::ClientOptions options;
    options.baseUrl = profile.baseUrl;
    options.token = token;
    options.readOnly = profile.readOnly; // the client itself refuses writes
    if (!profile.caCertificatesPath.isEmpty()) {
        const Api::CaCertificates ca = Api::loadCaCertificates(profile.caCertificatesPath);
        options.extraCaCertificates = ca.certificates;
        if (!ca.ok()) {
            // Connect anyway: the system CAs may do, and a TLS error then names the host.
            m_window->showMessage(
                tr("%1: the extra CA certificates could not be used: %2. Edit the connection "
                   "to choose another file.")
                    .arg(profile.name, ca.error));
        }
    }
    // One client per account: each has its own request queue, so its own 429 pause, and a
    // slow or failing account never holds back the others (issue 13).
    for (const qint64 account : profile.accountIds()) {
        options.accountId = account;
        auto *client = new Api::Client(options, this);
        const QString session = profile.sessionId(account);
        m_clients.insert(session, client);
        m_profileSessions[profile.id] << session;
        Models::ConnectionInfo info {
            session, profile.name, account, profile.readOnly, profile.demo
        };
        info.profileId = profile.id;
        m_workspace->addConnection(info, client);
    }
}

void ConsoleApp::activate(const QStringList &paths)
{
    if (!m_window) {
        return;
    }
    for (const QString &path : paths) {
        m_window->openArtifacts(path);
    }
    m_window->show();
    m_window->setWindowState((m_window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    m_window->raise();
    m_window->activateWindow();
}

void ConsoleApp::startDemo()
{
    if (m_demo) {
        return;
    }
    auto demo = std::make_unique<DemoSimulator>();
    QString error;
    if (!demo->start(m_commandLine.seed, m_commandLine.speed, &error)) {
        m_window->showMessage(tr("The demo simulator could not start: %1").arg(error));
        return;
    }
    ConnectionProfile profile;
    profile.id = QStringLiteral("demo");
    profile.name = tr("Demo (simulated dbt Cloud)");
    profile.baseUrl = demo->baseUrl();
    profile.accountId = demo->accountId();
    profile.otherAccountIds = demo->accountIds().mid(1); // one connection, two accounts
    profile.demo = true;
    const QString token = demo->adminToken();
    m_demo = std::move(demo);
    // The demo watches its whole accounts unless the user chose what to watch there: the
    // history, the failure inbox and their notifications fill in within its first minute.
    Models::WatchList *watch = m_workspace->watchList();
    for (const qint64 account : profile.accountIds()) {
        const QString session = profile.sessionId(account);
        if (watch->watchedJobs(session).isEmpty() && watch->watchedScopes(session).isEmpty()) {
            watch->setScopeWatched(session, Models::WatchScopeKind::Account, account, true);
        }
    }
    connectProfile(profile, token);
}

void ConsoleApp::addConnection()
{
    Ui::ConnectionDialog dialog(m_probe, m_window.get());
    dialog.setReadOnlyDefault(m_workspace->preferences()->readOnlyByDefault());
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    saveConnection(ProfileStore::newId(), dialog.draft());
}

void ConsoleApp::editConnection(const QString &id)
{
    const auto it =
        std::find_if(m_profiles.cbegin(), m_profiles.cend(), [&](const ConnectionProfile &p) {
            return p.id == id;
        });
    if (it == m_profiles.cend()) {
        return; // the demo connection is not editable
    }
    Ui::ConnectionDialog dialog(m_probe, m_window.get());
    dialog.setDraft({ it->name,
                        it->baseUrl,
                        it->accountId,
                        it->readOnly,
                        {},
                        it->caCertificatesPath,
                        it->otherAccountIds },
        true);
    if (dialog.exec() == QDialog::Accepted) {
        saveConnection(id, dialog.draft());
    }
}

Api::Client *ConsoleApp::client(const QString &connectionId) const
{
    return m_clients.value(connectionId);
}

QStringList ConsoleApp::sessionsOf(const QString &profileId) const
{
    return m_profileSessions.value(profileId);
}

void ConsoleApp::saveConnection(const QString &connectionId, const Ui::ConnectionDraft &draft)
{
    ConnectionProfile profile;
    profile.id = connectionId;
    profile.name = draft.name;
    profile.baseUrl = draft.baseUrl;
    profile.accountId = draft.accountId;
    profile.readOnly = draft.readOnly;
    profile.caCertificatesPath = draft.caCertificatesPath;
    profile.otherAccountIds = draft.otherAccountIds;
    profile.otherAccountIds.removeAll(profile.accountId);
    m_profiles.removeIf([&](const ConnectionProfile &p) {
        return p.id == profile.id;
    });
    m_profiles << profile;
    ProfileStore(*m_settings).save(m_profiles);

    auto connectWithStoredToken = [this, profile] {
        m_secrets->read(profile.secretKey(), this, [this, profile](const SecretResult &r) {
            connectProfile(profile, r.secret);
        });
    };
    if (draft.token.isEmpty()) {
        connectWithStoredToken(); // edited without a new token: keep the stored one
        return;
    }
    m_secrets->write(profile.secretKey(),
        draft.token,
        this,
        [this, profile, token = draft.token](const SecretResult &r) {
            if (r.status == SecretResult::Status::Failed) {
                m_window->showMessage(r.message);
            }
            connectProfile(profile, token);
        });
}

} // namespace Dbtc::App

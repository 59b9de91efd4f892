// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commandline.h"
#include "app/connectionprofile.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

namespace Dbtc::Api {
class Client;
}

namespace Dbtc::Models {
class ConnectionProbe;
class Workspace;
} // namespace Dbtc::Models

namespace Dbtc::Ui {
class MainWindow;
struct ConnectionDraft;
} // namespace Dbtc::Ui

namespace Dbtc::App {

class DemoSimulator;
class SecretStore;
class Settings;

//! \brief The composition root: owns the Workspace (the model layer: one ConnectionSession per
//! account of each connection), the window bound to it, the profiles, one Api::Client per
//! session (each account its own request queue and rate-limit pause), the
//! secret store and, in demo mode, the in-process simulator. Tokens flow from the secret
//! store straight into the Client and nowhere else.
class ConsoleApp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleApp)

public:
    //! \a settings (not owned) is handed to the profiles and the window's watch list, recent
    //! files and tray preferences.
    ConsoleApp(CommandLine commandLine,
        SecretStore *secrets,
        Settings *settings,
        QObject *parent = nullptr);
    ~ConsoleApp() override;

    void start();
    //! Another launch asked for us: bring the window up and open what it was given.
    void activate(const QStringList &paths);

    Ui::MainWindow *window() const { return m_window.get(); }

    Models::Workspace *workspace() const { return m_workspace.get(); }

    QList<ConnectionProfile> profiles() const { return m_profiles; }

    //! The client of a session (nullptr when unknown); holds the token read from the store. A
    //! profile's first session has the profile's id (ConnectionProfile::sessionId()).
    Api::Client *client(const QString &connectionId) const;
    //! The sessions a profile shows, one per account, the one it was set up for first.
    QStringList sessionsOf(const QString &profileId) const;
    //! Creates (new id) or updates a profile from the dialog's answer, stores the token in the
    //! secret store and (re)connects. What "Add connection..." and "Edit" end in.
    void saveConnection(const QString &connectionId, const Ui::ConnectionDraft &draft);

private:
    void connectProfile(const ConnectionProfile &profile, const QString &token);
    void startDemo();
    void addConnection();
    void editConnection(const QString &id);

    CommandLine m_commandLine;
    SecretStore *m_secrets;
    Settings *m_settings;
    Models::ConnectionProbe *m_probe; //!< answers the connection dialog's tests
    std::unique_ptr<Models::Workspace> m_workspace;
    std::unique_ptr<Ui::MainWindow> m_window;
    std::unique_ptr<DemoSimulator> m_demo;
    QList<ConnectionProfile> m_profiles;
    QHash<QString, QPointer<Api::Client>> m_clients; //!< by session id
    QHash<QString, QStringList> m_profileSessions; //!< profile id -> its sessions' ids
};

} // namespace Dbtc::App

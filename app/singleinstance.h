// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;

namespace Dbtc::App {

//! \brief One window per user: the first launch listens on a local socket only its user can
//! open; a second launch hands it the paths it was given (to open) and exits, and the first
//! raises its window. A socket left behind by a crashed instance is detected (nobody answers)
//! and replaced.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    //! \a name identifies the app and the user's profile (e.g. the settings folder), so two
    //! users, or two portable profiles, never meet.
    explicit SingleInstance(const QString &name, QObject *parent = nullptr);
    ~SingleInstance() override;

    //! The socket name derived from \a name (a hash: names have path-length limits).
    QString serverName() const { return m_serverName; }

    //! Hands \a paths to a running instance. True when one took them: this process is done.
    bool forwardToRunning(const QStringList &paths, int timeoutMs = 1500);
    //! Becomes the running instance. False (with a reason) when the socket cannot be made;
    //! the app then simply runs on its own.
    bool listen(QString *error = nullptr);

Q_SIGNALS:
    //! Another launch asked for the window, with the (absolute) paths it was given.
    void activated(const QStringList &paths);

private:
    void onConnection();

    QString m_serverName;
    QLocalServer *m_server = nullptr;
};

} // namespace Dbtc::App

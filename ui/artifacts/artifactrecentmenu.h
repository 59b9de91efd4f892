// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

namespace Dbtc::Models {
class RecentFiles;
} // namespace Dbtc::Models

namespace Dbtc::Ui {

//! \brief "Open Recent" submenu kept in sync with a RecentFiles list: one entry per path
//! (numbered for keyboard use), then "Clear Recent". pathTriggered() gives the chosen path.
class ArtifactRecentMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArtifactRecentMenu)

public:
    explicit ArtifactRecentMenu(Models::RecentFiles *recent, QWidget *parent = nullptr);

signals:
    void pathTriggered(const QString &path);

private:
    void rebuild();

    Models::RecentFiles *m_recent;
};

} // namespace Dbtc::Ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

#include <functional>

namespace Dbtc::Ui {

//! \brief Paints navigator rows: a small kind badge for connections, accounts, projects and
//! environments; for jobs the last run's status badge, the name, and a second line with the
//! schedule in words and the next run. Stale (cached) rows are drawn dimmed, loading and
//! failed rows say so. Roles come through setRoles(); no model header is included.
class NavigatorDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NavigatorDelegate)

public:
    struct Roles
    {
        int kind = 0, status = 0, schedule = 0, nextRun = 0, stale = 0, loading = 0, error = 0;
    };

    explicit NavigatorDelegate(QObject *parent = nullptr);

    void setRoles(const Roles &roles) { m_roles = roles; }

    //! Jobs for which this returns true get a star (watched: their finished runs notify).
    void setWatchedTest(std::function<bool(const QModelIndex &)> test)
    {
        m_watched = std::move(test);
    }

    void paint(QPainter *painter,
        const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    Roles m_roles;
    std::function<bool(const QModelIndex &)> m_watched;
};

} // namespace Dbtc::Ui

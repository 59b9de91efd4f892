// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace Dbtc::Models {
class NotificationModel;
} // namespace Dbtc::Models

namespace Dbtc::Ui {

//! \brief The in-app list of failed watched runs not yet looked at: open one (which marks it
//! seen), mark it seen, or mark all seen. Fits a popup or a dock.
class NotificationList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationList)

public:
    explicit NotificationList(Models::NotificationModel *model, QWidget *parent = nullptr);
    ~NotificationList() override;

    QListView *view() const { return m_view; }

    //! Opens the run of \a row and marks it seen.
    void openRow(int row);

Q_SIGNALS:
    void openRunRequested(const QString &connectionId, qint64 runId);

private:
    void updateState();

    Models::NotificationModel *m_model;
    QLabel *m_header = nullptr;
    QLabel *m_empty = nullptr;
    QListView *m_view = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_seen = nullptr;
    QPushButton *m_allSeen = nullptr;
};

} // namespace Dbtc::Ui

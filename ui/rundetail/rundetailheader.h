// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/types/run.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QHBoxLayout;

namespace Dbtc::Ui {

//! \brief The run's header: status, job, environment, id, trigger, branch/SHA, dbt version,
//! the created → dequeued → started → finished timeline with queued and run durations, the
//! "Open in dbt Cloud" button and the area where the actions (cancel, retry) go.
class RunDetailHeader final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunDetailHeader)

public:
    explicit RunDetailHeader(QWidget *parent = nullptr);

    void setRun(const Api::Run &run, const QUrl &webHref);
    void setLoading(qint64 runId);
    void setError(const QString &message);

    QWidget *actionsArea() const { return m_actions; }

    QString titleText() const;
    //! The error line under the title (empty while hidden): what a failed load says.
    QString messageText() const;

Q_SIGNALS:
    void openInBrowserRequested(const QUrl &url);

private:
    void showStatus();

    std::optional<Api::RunStatus> m_runStatus;
    QLabel *m_statusIcon;
    QLabel *m_status;
    QLabel *m_title;
    QLabel *m_facts;
    QLabel *m_timeline;
    QLabel *m_message;
    QPushButton *m_open;
    QWidget *m_actions;
    QUrl m_href;
};

} // namespace Dbtc::Ui

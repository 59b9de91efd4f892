// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/types/admin.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Dbtc::Api {
struct ApiError;
}

namespace Dbtc::Ui {

class CheckList;

//! \brief Creates or edits a webhook subscription: name, description, URL, events, jobs (none
//! ticked = every job) and active. It sends nothing itself: submitted() asks the page, which
//! puts a 400's field errors back onto the fields with showError().
class WebhookEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookEditor)

public:
    //! \a jobs: (id, name) to choose from.
    WebhookEditor(const QList<QPair<qint64, QString>> &jobs, QWidget *parent = nullptr);

    //! Fills the fields from an existing subscription (editing).
    void setSubscription(const Api::WebhookSubscription &subscription);
    Api::WebhookDraft draft() const;

    QLineEdit *nameEdit() const { return m_name; }

    QLineEdit *urlEdit() const { return m_url; }

    QCheckBox *eventBox(const QString &eventType) const;

    CheckList *jobList() const { return m_jobs; }

    QCheckBox *activeBox() const { return m_active; }

    QPushButton *saveButton() const { return m_save; }

    //! The error shown under a field ("name", "client_url", "event_types", "job_ids").
    QString fieldError(const QString &field) const;

    void setBusy(bool busy);
    void showError(const Api::ApiError &error);

Q_SIGNALS:
    void submitted();

private:
    QLineEdit *m_name;
    QLineEdit *m_description;
    QLineEdit *m_url;
    QList<QCheckBox *> m_events;
    CheckList *m_jobs;
    QCheckBox *m_active;
    QHash<QString, QLabel *> m_errors;
    QLabel *m_general;
    QPushButton *m_save;
};

} // namespace Dbtc::Ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Dbtc::Ui {

//! \brief "Delete job nightly_build?": the delete button stays disabled until the job's name
//! is typed exactly (case and spaces included), as dbt Cloud asks for destructive changes; a
//! deleted job's schedule and triggers stop at once and its runs stay in the history.
class DeleteJobDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteJobDialog)

public:
    DeleteJobDialog(qint64 jobId, const QString &jobName, QWidget *parent = nullptr);

    qint64 jobId() const { return m_jobId; }

    QString jobName() const { return m_jobName; }

    QLineEdit *nameEdit() const { return m_typed; }

    QPushButton *deleteButton() const { return m_delete; }

    //! The typed text matches the name: deleting is allowed.
    bool isConfirmed() const;

    //! Shows why the delete failed and lets the user try again or cancel.
    void showError(const QString &text);
    void setBusy(bool busy);

Q_SIGNALS:
    //! The user confirmed (name typed, Delete pressed); the dialog stays open until closed.
    void deleteConfirmed(qint64 jobId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void update();

    qint64 m_jobId;
    QString m_jobName;
    QLabel *m_text;
    QLineEdit *m_typed;
    QLabel *m_error;
    QPushButton *m_delete;
    bool m_busy = false;
};

} // namespace Dbtc::Ui

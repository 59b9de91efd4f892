// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QToolButton;

namespace Dbtc::Ui {

//! \brief An editable, reorderable list of dbt commands, checked as the user types: each step
//! shows an error or warning icon with the reason, and a line under the list sums it up.
//! Shared by the trigger dialog (steps override) and the job editor (the job's steps).
class TriggerStepsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TriggerStepsEditor)

public:
    explicit TriggerStepsEditor(QWidget *parent = nullptr);
    ~TriggerStepsEditor() override;

    void setSteps(const QStringList &steps);
    QStringList steps() const; //!< trimmed, without empty rows
    //! The first blocking problem ("Step 2: ..."), or empty when the steps can run.
    QString firstError() const;

Q_SIGNALS:
    void stepsChanged();

private:
    void addStep();
    void removeStep();
    void moveStep(int delta);
    void revalidate();

    QListWidget *m_list = nullptr;
    QLabel *m_status = nullptr;
    QToolButton *m_add = nullptr;
    QToolButton *m_remove = nullptr;
    QToolButton *m_up = nullptr;
    QToolButton *m_down = nullptr;
    bool m_updating = false;
};

} // namespace Dbtc::Ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/types/runstep.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>

namespace Dbtc::Models {

//! \brief The steps of one run, merged on every poll so the selection survives live updates:
//! a changed step gets dataChanged, a new one is inserted, a different run resets.
//! Uses StatusRole (int Api::RunStatus), InProgressRole and StartedAtRole from roles.h.
class RunDetailSteps final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunDetailSteps)

public:
    enum StepRole {
        StepIndexRole = Qt::UserRole + 100, //!< int: the 1-based step index (artifact `step`)
        DurationTextRole, //!< "3m 05s", growing while the step runs
    };

    explicit RunDetailSteps(QObject *parent = nullptr);

    //! Merges \a steps of \a runId; \a now (the poll's time) ages running steps.
    void setSteps(qint64 runId, const QList<Api::RunStep> &steps, const QDateTime &now = {});
    void clear();

    qint64 runId() const { return m_runId; }

    const QList<Api::RunStep> &steps() const { return m_steps; }

    //! Row of the step with 1-based \a stepIndex, or -1.
    int rowOfIndex(int stepIndex) const;
    //! The first step with status Error, or -1.
    int firstFailedRow() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    QString durationOf(const Api::RunStep &s) const;

    qint64 m_runId = 0;
    QList<Api::RunStep> m_steps;
    QDateTime m_now;
};

} // namespace Dbtc::Models

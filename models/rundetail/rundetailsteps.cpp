// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/rundetail/rundetailsteps.h"

#include "models/common/roles.h"
#include "models/common/timetext.h"

namespace Dbtc::Models {

namespace {

bool sameShown(const Api::RunStep &a, const Api::RunStep &b)
{
    return a.status == b.status && a.name == b.name && a.finishedAt == b.finishedAt
        && a.startedAt == b.startedAt && a.duration == b.duration && a.logs.size() == b.logs.size();
}

} // namespace

RunDetailSteps::RunDetailSteps(QObject *parent)
    : QAbstractListModel(parent)
{ }

void RunDetailSteps::clear()
{
    beginResetModel();
    m_runId = 0;
    m_steps.clear();
    endResetModel();
}

void RunDetailSteps::setSteps(qint64 runId, const QList<Api::RunStep> &steps, const QDateTime &now)
{
    m_now = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    QList<Api::RunStep> sorted = steps;
    std::stable_sort(
        sorted.begin(), sorted.end(), [](const Api::RunStep &a, const Api::RunStep &b) {
            return a.index < b.index;
        });
    bool samePrefix = runId == m_runId && sorted.size() >= m_steps.size();
    for (qsizetype i = 0; samePrefix && i < m_steps.size(); ++i) {
        samePrefix = m_steps.at(i).id == sorted.at(i).id;
    }
    if (!samePrefix) {
        beginResetModel();
        m_runId = runId;
        m_steps = sorted;
        endResetModel();
        return;
    }
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        const bool changed = !sameShown(m_steps.at(i), sorted.at(i));
        const bool running = Api::isInProgress(sorted.at(i).status);
        m_steps[i] = sorted.at(i);
        if (changed || running) { // running steps: the duration text grows
            Q_EMIT dataChanged(index(int(i)), index(int(i)));
        }
    }
    if (sorted.size() > m_steps.size()) {
        beginInsertRows({}, int(m_steps.size()), int(sorted.size() - 1));
        m_steps.append(sorted.mid(m_steps.size()));
        endInsertRows();
    }
}

int RunDetailSteps::rowOfIndex(int stepIndex) const
{
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i).index == stepIndex) {
            return int(i);
        }
    }
    return -1;
}

int RunDetailSteps::firstFailedRow() const
{
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i).status == Api::RunStatus::Error) {
            return int(i);
        }
    }
    return -1;
}

int RunDetailSteps::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

QString RunDetailSteps::durationOf(const Api::RunStep &s) const
{
    if (s.duration && (!Api::isInProgress(s.status) || !s.startedAt.isValid())) {
        return durationText(s.duration->count());
    }
    if (s.startedAt.isValid()) {
        const QDateTime end = s.finishedAt.isValid() ? s.finishedAt : m_now;
        return durationText(std::max<qint64>(0, s.startedAt.secsTo(end)));
    }
    return QString();
}

QVariant RunDetailSteps::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Api::RunStep &s = m_steps.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return s.name;
    case Qt::ToolTipRole:
        return tr("Step %1: %2 (%3)").arg(s.index).arg(s.name, Api::runStatusText(s.status));
    case StatusRole:
        return int(s.status);
    case InProgressRole:
        return Api::isInProgress(s.status);
    case StartedAtRole:
        return s.startedAt;
    case StepIndexRole:
        return s.index;
    case DurationTextRole:
        return durationOf(s);
    default:
        return {};
    }
}

} // namespace Dbtc::Models

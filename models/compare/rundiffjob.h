// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "artifacts/diff/rundiff.h"

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace Dbtc::Models {

//! \brief Computes a run diff off the GUI thread: loads both runs' artifacts (run_results and
//! the manifest beside each: the files RunArtifacts downloaded, or local target folders) and
//! diffs them on a worker thread. Signals arrive on the job's thread. A new compare() or
//! cancel() supersedes the running one: its result is dropped (generation check) and its
//! parse stops at the next entity. The destructor cancels and waits, so no callback outlives it.
class RunDiffJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunDiffJob)

public:
    explicit RunDiffJob(QObject *parent = nullptr);
    ~RunDiffJob() override;

    void compare(const QString &oldRun, const QString &newRun);
    void cancel();

    bool isRunning() const { return m_running; }

signals:
    void finished(std::shared_ptr<const Dbtc::Models::RunDiff> diff);
    //! One line naming the file that could not be read.
    void failed(const QString &error);

private:
    void finish(quint64 generation, std::shared_ptr<const RunDiff> diff, const QString &error);

    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QList<QThread *> m_threads;
    bool m_running = false;
};

} // namespace Dbtc::Models

Q_DECLARE_METATYPE(std::shared_ptr<const Dbtc::Models::RunDiff>)

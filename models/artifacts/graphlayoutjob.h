// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "artifacts/lineage/projectlayout.h"

#include <QList>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace Dbtc::Models {

//! \brief Runs layoutProject (or expandGroup) on a worker thread so a 40,000-node layout never
//! freezes the window. Signals arrive on the job's thread. A new run() or cancel() supersedes
//! the running one: its result is dropped (generation check, as ArtifactLoader does) and its
//! layout stops at the next cancellation point, so the graph on screen stays what it was.
class GraphLayoutJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphLayoutJob)

public:
    explicit GraphLayoutJob(QObject *parent = nullptr);
    ~GraphLayoutJob() override; //!< cancels and waits for the worker

    //! Lays out the whole project under \a options.
    void layout(std::shared_ptr<const ArtifactIndex> index, GraphOptions options);
    //! Opens \a group of \a previous in place (no relayout of the rest).
    void expand(std::shared_ptr<const ArtifactIndex> index,
        std::shared_ptr<const ProjectLayout> previous,
        GraphOptions options,
        int group);
    void cancel();

    bool isRunning() const { return m_running; }

signals:
    void progress(int percent);
    void finished(std::shared_ptr<const Dbtc::Models::ProjectLayout> layout);
    //! The running layout was cancelled (by cancel(), not by a newer run).
    void cancelled();

private:
    using Work = std::function<ProjectLayout(const LoadControl &)>;
    void start(Work work);
    void finish(quint64 generation, std::shared_ptr<const ProjectLayout> layout);

    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QList<QThread *> m_threads;
    bool m_running = false;
};

} // namespace Dbtc::Models

Q_DECLARE_METATYPE(std::shared_ptr<const Dbtc::Models::ProjectLayout>)

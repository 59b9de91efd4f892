// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/artifacts/graphlayoutjob.h"

#include <QThread>

namespace Dbtc::Models {

GraphLayoutJob::GraphLayoutJob(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<std::shared_ptr<const ProjectLayout>>();
}

GraphLayoutJob::~GraphLayoutJob()
{
    if (m_cancel) {
        m_cancel->store(true);
    }
    ++m_generation;
    for (QThread *t : std::as_const(m_threads)) {
        t->wait();
        delete t;
    }
}

void GraphLayoutJob::cancel()
{
    const bool wasRunning = m_running;
    if (m_cancel) {
        m_cancel->store(true);
    }
    m_cancel.reset();
    ++m_generation;
    m_running = false;
    if (wasRunning) {
        emit cancelled();
    }
}

void GraphLayoutJob::layout(std::shared_ptr<const ArtifactIndex> index, GraphOptions options)
{
    start([index = std::move(index), options = std::move(options)](const LoadControl &control) {
        return index ? layoutProject(*index, options, control) : ProjectLayout {};
    });
}

void GraphLayoutJob::expand(std::shared_ptr<const ArtifactIndex> index,
    std::shared_ptr<const ProjectLayout> previous,
    GraphOptions options,
    int group)
{
    start([index = std::move(index),
              previous = std::move(previous),
              options = std::move(options),
              group](const LoadControl &) {
        if (!index || !previous) {
            return ProjectLayout {};
        }
        return expandGroup(*index, *previous, options, group);
    });
}

void GraphLayoutJob::start(Work work)
{
    // a newer request supersedes the running one silently: only cancel() says "cancelled"
    if (m_cancel) {
        m_cancel->store(true);
    }
    ++m_generation;
    const quint64 generation = m_generation;
    auto cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancelFlag;
    m_running = true;
    // The destructor waits for every worker, so `this` outlives the queued calls it posts.
    QThread *thread = QThread::create([this, work = std::move(work), cancelFlag, generation] {
        LoadControl control;
        control.cancel = cancelFlag.get();
        control.progress = [this, generation](int percent) {
            QMetaObject::invokeMethod(
                this,
                [this, generation, percent] {
                    if (generation == m_generation) {
                        emit progress(percent);
                    }
                },
                Qt::QueuedConnection);
        };
        auto result = std::make_shared<ProjectLayout>(work(control));
        if (cancelFlag->load()) {
            result->cancelled = true;
        }
        QMetaObject::invokeMethod(
            this,
            [this, generation, result] {
                finish(generation, result);
            },
            Qt::QueuedConnection);
    });
    m_threads << thread;
    connect(thread, &QThread::finished, this, [this, thread] {
        m_threads.removeOne(thread);
        thread->deleteLater();
    });
    thread->start(QThread::LowPriority);
}

void GraphLayoutJob::finish(quint64 generation, std::shared_ptr<const ProjectLayout> layout)
{
    if (generation != m_generation) {
        return; // superseded or cancelled: the graph on screen stays
    }
    m_running = false;
    m_cancel.reset();
    if (layout->cancelled) {
        emit cancelled();
        return;
    }
    emit finished(std::move(layout));
}

} // namespace Dbtc::Models

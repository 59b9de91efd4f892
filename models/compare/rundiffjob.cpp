// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/compare/rundiffjob.h"

#include <QThread>

namespace Dbtc::Models {

RunDiffJob::RunDiffJob(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<std::shared_ptr<const RunDiff>>();
}

RunDiffJob::~RunDiffJob()
{
    cancel();
    for (QThread *t : std::as_const(m_threads)) {
        t->wait();
        delete t;
    }
}

void RunDiffJob::cancel()
{
    if (m_cancel) {
        m_cancel->store(true);
    }
    m_cancel.reset();
    ++m_generation;
    m_running = false;
}

void RunDiffJob::compare(const QString &oldRun, const QString &newRun)
{
    cancel();
    const quint64 generation = m_generation;
    auto cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancelFlag;
    m_running = true;
    // The destructor waits for every worker, so `this` outlives the queued call it posts.
    QThread *thread = QThread::create([this, oldRun, newRun, cancelFlag, generation] {
        LoadControl control;
        control.cancel = cancelFlag.get();
        QString error;
        std::shared_ptr<const RunDiff> diff;
        auto before = loadRunArtifacts(oldRun, &error, control);
        auto after = before ? loadRunArtifacts(newRun, &error, control) : nullptr;
        if (before && after && !cancelFlag->load()) {
            diff = std::make_shared<const RunDiff>(diffRuns(std::move(before), std::move(after)));
        }
        QMetaObject::invokeMethod(
            this,
            [this, generation, diff, error] {
                finish(generation, diff, error);
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

void RunDiffJob::finish(
    quint64 generation, std::shared_ptr<const RunDiff> diff, const QString &error)
{
    if (generation != m_generation) {
        return; // superseded or cancelled: nobody wants this result
    }
    m_running = false;
    m_cancel.reset();
    if (diff) {
        emit finished(std::move(diff));
    } else {
        emit failed(error);
    }
}

} // namespace Dbtc::Models

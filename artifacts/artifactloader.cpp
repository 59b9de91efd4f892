// SPDX-License-Identifier: GPL-3.0-or-later
#include "artifacts/artifactloader.h"

#include <QThread>

namespace Dbtc::Models {

ArtifactLoader::ArtifactLoader(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<std::shared_ptr<const ArtifactIndex>>();
}

ArtifactLoader::~ArtifactLoader()
{
    cancel();
    for (QThread *t : std::as_const(m_threads)) {
        t->wait();
        delete t;
    }
}

void ArtifactLoader::cancel()
{
    if (m_cancel) {
        m_cancel->store(true);
    }
    m_cancel.reset();
    ++m_generation;
    m_loading = false;
}

void ArtifactLoader::load(const QString &path)
{
    cancel();
    const quint64 generation = m_generation;
    auto cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancelFlag;
    m_loading = true;
    // The destructor waits for every worker, so `this` outlives the queued calls it posts.
    QThread *thread = QThread::create([this, path, cancelFlag, generation] {
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
        QString error;
        std::shared_ptr<const ArtifactIndex> index = ArtifactIndex::load(path, &error, control);
        QMetaObject::invokeMethod(
            this,
            [this, generation, index, error] {
                finish(generation, index, error);
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

void ArtifactLoader::finish(
    quint64 generation, std::shared_ptr<const ArtifactIndex> index, const QString &error)
{
    if (generation != m_generation) {
        return; // superseded or cancelled: nobody wants this result
    }
    m_loading = false;
    m_cancel.reset();
    if (index) {
        emit loaded(std::move(index));
    } else {
        emit failed(error);
    }
}

} // namespace Dbtc::Models

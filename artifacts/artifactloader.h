// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "artifacts/artifactindex.h"

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace Dbtc::Models {

//! \brief Loads an artifact file or target/ folder into an ArtifactIndex on a worker thread.
//! Signals arrive on the loader's thread. A new load() or cancel() supersedes the running one:
//! its results are dropped (generation check), and its parse stops at the next entity.
class ArtifactLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArtifactLoader)

public:
    explicit ArtifactLoader(QObject *parent = nullptr);
    ~ArtifactLoader() override; //!< cancels and waits for the worker

    void load(const QString &path);
    void cancel();

    bool isLoading() const { return m_loading; }

signals:
    void progress(int percent);
    void loaded(std::shared_ptr<const Dbtc::Models::ArtifactIndex> index);
    void failed(const QString &error);

private:
    void finish(
        quint64 generation, std::shared_ptr<const ArtifactIndex> index, const QString &error);

    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QList<QThread *> m_threads;
    bool m_loading = false;
};

} // namespace Dbtc::Models

Q_DECLARE_METATYPE(std::shared_ptr<const Dbtc::Models::ArtifactIndex>)

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace Dbtc::Api {
class ApiJob;
} // namespace Dbtc::Api

namespace Dbtc::Models {

class RunArtifacts;

//! \brief The browsable artifacts (manifest, catalog, run_results, sources) of one run step,
//! fetched through RunArtifacts one file at a time with progress. Made by
//! RunArtifacts::fetchStep(); emits finished() or failed() once, then deletes itself.
//!
//! Offline fallback: when the step's file list cannot be read (no network, rate limited),
//! the files already cached are used and finished() says so in its notice. A file that fails
//! while others arrived is left out, and the notice names it.
class ArtifactFetch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArtifactFetch)

public:
    ArtifactFetch(RunArtifacts *service, qint64 runId, int step);
    ~ArtifactFetch() override;

    qint64 runId() const { return m_runId; }

    int step() const { return m_step; }

    //! The folder finished() hands out (the run step's cache folder).
    QString folder() const;
    //! Stops: no further signals, the download in flight is aborted if nobody else wants it.
    void cancel();

Q_SIGNALS:
    //! \a percent covers all files (0-100); \a fileName is the one in flight ("" = listing).
    void progress(const QString &fileName, int fileNumber, int fileCount, int percent);
    //! \a notice is empty, or says what is missing or that cached copies are shown.
    void finished(const QString &folder, const QString &notice);
    void failed(const QString &message);

private:
    friend class RunArtifacts;
    void start();
    void onListed(const QStringList &listed, const QString &listError, bool listFailed);
    void next();
    void fail(const QString &message);
    void stop();

    QPointer<RunArtifacts> m_service;
    QPointer<Api::ApiJob> m_listJob;
    qint64 m_runId;
    int m_step;
    QStringList m_todo;
    QStringList m_got;
    QStringList m_problems;
    QString m_offlineNotice;
    QString m_current;
    int m_total = 0;
    bool m_done = false;
};

} // namespace Dbtc::Models

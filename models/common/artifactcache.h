// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace Dbtc::Models {

//! \brief Where downloaded run artifacts live on disk:
//! <root>/<host>/<account>/<run>/step<N>/<path>. Run ids are only unique on one host and
//! account, so both are part of the key: two connections whose hosts both have run 102270
//! never share a file. The root is decided by the caller (the app's cache folder, a test's
//! temporary folder); nothing here picks a location.
class ArtifactCache
{
public:
    ArtifactCache() = default;
    ArtifactCache(QString root, const QUrl &baseUrl, qint64 accountId);

    //! The four files the artifact browser opens together.
    static QStringList browsableFiles();
    //! "cloud.getdbt.com" or "127.0.0.1_8443": the host (and a non-default port) as a safe
    //! folder name.
    static QString hostKey(const QUrl &baseUrl);

    QString root() const { return m_root; }

    QString runDir(qint64 runId, int step) const;
    //! The cached copy of \a path; empty when \a path would leave the run folder (".." or
    //! absolute).
    QString filePath(qint64 runId, int step, const QString &path) const;
    //! Where a download lands before it is checked and moved to filePath().
    QString stagingPath(qint64 runId, int step, const QString &path) const;
    //! True when \a fileName is cached and not empty.
    bool hasFile(qint64 runId, int step, const QString &fileName) const;
    //! Which of browsableFiles() are cached for the run step.
    QStringList cachedFiles(qint64 runId, int step) const;

private:
    QString m_root;
    QString m_key; //!< <host>/<account>
};

} // namespace Dbtc::Models

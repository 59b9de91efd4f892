// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace Dbtc::Models {
class RunArtifacts;
} // namespace Dbtc::Models

namespace Dbtc::Ui {

class ArtifactBrowser;

//! \brief The artifact browser as a page of the console window: a "‹ Back" bar with what is
//! open, and the browser. Opens local files and folders, or a run step's artifacts (downloaded
//! into the cache) and then the node the triage pointed at.
class BrowsePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrowsePage)

public:
    explicit BrowsePage(QWidget *parent = nullptr);
    ~BrowsePage() override;

    ArtifactBrowser *browser() const { return m_browser; }

    QToolButton *backButton() const { return m_back; }

    void openPath(const QString &fileOrFolder);
    //! Fetches (or reuses) the artifacts of \a runId's \a step through the connection's
    //! \a artifacts; once loaded, shows the node whose compiled file is \a artifactPath
    //! ("compiled/<package>/<path>") or whose unique_id is \a artifactPath, if any.
    void openRunArtifacts(
        Models::RunArtifacts *artifacts, qint64 runId, int step, const QString &artifactPath);

Q_SIGNALS:
    void backRequested();
    //! A local file or folder opened (for the recent files list; run downloads are not).
    void localPathOpened(const QString &path);

private:
    void onOpened(const QString &path);

    QToolButton *m_back;
    QLabel *m_title;
    ArtifactBrowser *m_browser;
    bool m_fromRun = false;
    QString m_wantedArtifact;
};

} // namespace Dbtc::Ui

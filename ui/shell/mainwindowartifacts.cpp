// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow, part three: the artifact browser page (File > Open, Open Recent, drag and drop,
// `--open PATH`, and a run's artifacts from the run detail).
#include "models/artifacts/recentfiles.h"
#include "models/console/accounttreemodel.h"
#include "models/workspace/connectionsession.h"
#include "models/workspace/workspace.h"
#include "ui/artifacts/artifactbrowser.h"
#include "ui/artifacts/artifactrecentmenu.h"
#include "ui/artifacts/browsepage.h"
#include "ui/console/runspanel.h"
#include "ui/rundetail/rundetailpage.h"
#include "ui/rundetail/rundetailview.h"
#include "ui/shell/mainwindow.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMimeData>
#include <QStackedWidget>

namespace Dbtc::Ui {

namespace {

QString firstLocalPath(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls()) {
        return {};
    }
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo::exists(url.toLocalFile())) {
            return url.toLocalFile();
        }
    }
    return {};
}

} // namespace

void MainWindow::wireArtifacts(QMenu *file)
{
    file->addAction(tr("&Open File…"), QKeySequence::Open, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this,
            tr("Open a dbt artifact"),
            {},
            tr("dbt artifacts (manifest.json catalog.json run_results.json "
               "sources.json *.json);;All files (*)"));
        if (!path.isEmpty()) {
            openArtifacts(path);
        }
    });
    file->addAction(tr("Open &Folder…"), QKeySequence(QStringLiteral("Ctrl+Alt+O")), this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Open a dbt target/ folder"));
        if (!dir.isEmpty()) {
            openArtifacts(dir);
        }
    });
    auto *recent = new ArtifactRecentMenu(m_recent, this);
    recent->setTitle(tr("Open &Recent"));
    file->addMenu(recent);
    connect(recent, &ArtifactRecentMenu::pathTriggered, this, &MainWindow::openArtifacts);

    connect(m_browse, &BrowsePage::backRequested, this, &MainWindow::leaveArtifacts);
    connect(m_browse, &BrowsePage::localPathOpened, m_recent, &Models::RecentFiles::add);
    connect(m_browse->browser(), &ArtifactBrowser::titleChanged, this, [this](const QString &t) {
        if (m_browsing) {
            setWindowTitle(
                t.isEmpty() ? tr("dbt Cloud Console") : tr("%1 — dbt Cloud Console").arg(t));
        }
    });
    // "Open in artifact viewer" from the triage: that run step's artifacts, then the node.
    connect(m_detail->view(),
        &RunDetailView::openArtifactRequested,
        this,
        [this](qint64 runId, int step, const QString &path) {
            Models::ConnectionSession *s = m_workspace->session(m_runs->scope().connectionId);
            if (!s) {
                return;
            }
            m_browse->openRunArtifacts(s->runArtifacts(), runId, step, path);
            m_browsing = true;
            updateCentralPage();
            m_browse->setFocus();
        });
}

void MainWindow::openArtifacts(const QString &path)
{
    if (path.isEmpty()) {
        return;
    }
    m_browse->openPath(path);
    m_browsing = true;
    updateCentralPage();
    m_browse->setFocus();
}

void MainWindow::leaveArtifacts()
{
    if (!m_browsing) {
        return;
    }
    m_browsing = false;
    setWindowTitle(tr("dbt Cloud Console"));
    updateCentralPage();
    if (m_centre->currentWidget()) {
        m_centre->currentWidget()->setFocus();
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!firstLocalPath(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = firstLocalPath(event->mimeData());
    if (!path.isEmpty()) {
        event->acceptProposedAction();
        openArtifacts(path);
    }
}

} // namespace Dbtc::Ui

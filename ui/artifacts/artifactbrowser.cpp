// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/artifacts/artifactbrowser.h"

#include "artifacts/artifactloader.h"
#include "models/artifacts/nodetreemodel.h"
#include "models/common/artifactfetch.h"
#include "models/common/runartifacts.h"
#include "ui/widgets/statepage.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Dbtc::Ui {

namespace {

//! "jaffle_shop/target" for a target folder, the file or folder name otherwise.
QString titleForPath(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName().isEmpty() ? QDir(path).dirName() : info.fileName();
    if (info.isDir() && name == u"target") {
        return info.dir().dirName() + u'/' + name;
    }
    if (info.isFile() && info.dir().dirName() == u"target") {
        return info.dir().dirName() + u'/' + name;
    }
    return name;
}

} // namespace

ArtifactBrowser::ArtifactBrowser(QWidget *parent)
    : QWidget(parent)
    , m_loader(new Models::ArtifactLoader(this))
    , m_model(new Models::NodeTreeModel(this))
    , m_stack(new QStackedWidget(this))
    , m_notice(new QLabel(this))
    , m_empty(new StatePage(this))
    , m_error(new StatePage(this))
{
    setAcceptDrops(true);
    m_empty->show(StatePage::Kind::Empty,
        tr("No artifacts open"),
        tr("Open a manifest.json, run_results.json, catalog.json or sources.json, or a dbt "
           "project's target/ folder to open all of them at once. You can also drop it here."));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(buildLoadingPage());
    m_stack->addWidget(m_error);
    m_content = buildContent();
    m_stack->addWidget(m_content);
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setAccessibleName(tr("Notice"));
    m_notice->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_notice);
    layout->addWidget(m_stack, 1);

    connect(m_error, &StatePage::actionTriggered, this, [this] {
        if (!m_pendingPath.isEmpty()) {
            openPath(m_pendingPath);
        }
    });
    connect(m_loader, &Models::ArtifactLoader::progress, m_progress, &QProgressBar::setValue);
    connect(m_loader,
        &Models::ArtifactLoader::loaded,
        this,
        [this](std::shared_ptr<const Models::ArtifactIndex> index) {
            m_path = m_pendingPath;
            setIndex(std::move(index), titleForPath(m_pendingPath));
            emit pathOpened(m_pendingPath);
        });
    connect(m_loader, &Models::ArtifactLoader::failed, this, [this](const QString &error) {
        showError(tr("Could not open %1").arg(QDir::toNativeSeparators(m_pendingPath)), error);
    });
}

ArtifactBrowser::~ArtifactBrowser()
{
    if (m_fetch) {
        m_fetch->cancel();
    }
}

QString ArtifactBrowser::notice() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

QWidget *ArtifactBrowser::buildLoadingPage()
{
    m_loading = new QWidget(this);
    m_loadingText = new QLabel(m_loading);
    m_loadingText->setAlignment(Qt::AlignCenter);
    m_loadingText->setWordWrap(true);
    m_progress = new QProgressBar(m_loading);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(420);
    auto *cancel = new QPushButton(tr("Cancel"), m_loading);
    connect(cancel, &QPushButton::clicked, this, &ArtifactBrowser::cancelLoading);
    auto *layout = new QVBoxLayout(m_loading);
    layout->addStretch();
    layout->addWidget(m_loadingText);
    layout->addWidget(m_progress, 0, Qt::AlignHCenter);
    layout->addWidget(cancel, 0, Qt::AlignHCenter);
    layout->addStretch();
    return m_loading;
}

ArtifactBrowser::Page ArtifactBrowser::page() const
{
    QWidget *w = m_stack->currentWidget();
    if (w == m_loading) {
        return Page::Loading;
    }
    if (w == m_error) {
        return Page::Error;
    }
    if (w == m_content) {
        return Page::Content;
    }
    return Page::Empty;
}

void ArtifactBrowser::openPath(const QString &fileOrFolder)
{
    if (m_fetch) {
        m_fetch->cancel();
    }
    m_notice->clear();
    m_notice->hide();
    m_pendingPath = fileOrFolder;
    showLoading(tr("Opening %1\u2026").arg(QDir::toNativeSeparators(fileOrFolder)));
    m_loader->load(fileOrFolder);
}

void ArtifactBrowser::openRun(Models::RunArtifacts *artifacts, qint64 runId, int step)
{
    m_loader->cancel();
    if (m_fetch) {
        m_fetch->cancel();
    }
    m_notice->hide();
    showLoading(tr("Looking for the artifacts of run %1\u2026").arg(runId));
    if (!artifacts) {
        m_pendingPath.clear();
        showError(tr("Could not download the run's artifacts"), tr("Not connected to dbt Cloud."));
        return;
    }
    m_fetch = artifacts->fetchStep(runId, step);
    connect(m_fetch,
        &Models::ArtifactFetch::progress,
        this,
        [this](const QString &file, int number, int count, int percent) {
            m_loadingText->setText(file.isEmpty()
                    ? tr("Looking for the run's artifacts\u2026")
                    : tr("Downloading %1 (%2 of %3)\u2026").arg(file).arg(number).arg(count));
            m_progress->setValue(percent);
        });
    connect(m_fetch,
        &Models::ArtifactFetch::finished,
        this,
        [this](const QString &folder, const QString &notice) {
            openPath(folder);
            m_notice->setText(notice);
            m_notice->setVisible(!notice.isEmpty());
        });
    connect(m_fetch, &Models::ArtifactFetch::failed, this, [this](const QString &error) {
        m_pendingPath.clear();
        showError(tr("Could not download the run's artifacts"), error);
    });
    // The connection was removed mid-fetch (its service went with it): do not spin forever.
    connect(m_fetch, &QObject::destroyed, this, [this] {
        // m_fetch is already null for the fetch being destroyed; set when a newer one runs.
        if (!m_fetch && page() == Page::Loading && !m_loader->isLoading()) {
            m_pendingPath.clear();
            showError(
                tr("Could not download the run's artifacts"), tr("The connection was removed."));
        }
    });
}

void ArtifactBrowser::cancelLoading()
{
    m_loader->cancel();
    if (m_fetch) {
        m_fetch->cancel();
    }
    m_stack->setCurrentWidget(m_index ? m_content : static_cast<QWidget *>(m_empty));
}

void ArtifactBrowser::showLoading(const QString &text)
{
    m_loadingText->setText(text);
    m_progress->setValue(0);
    m_stack->setCurrentWidget(m_loading);
}

void ArtifactBrowser::showError(const QString &title, const QString &text)
{
    m_errorText = text;
    m_error->show(
        StatePage::Kind::Error, title, text, m_pendingPath.isEmpty() ? QString() : tr("Try again"));
    m_stack->setCurrentWidget(m_error);
    emit loadFailed(text);
}

void ArtifactBrowser::setTitle(const QString &title)
{
    if (title == m_title) {
        return;
    }
    m_title = title;
    emit titleChanged(title);
}

void ArtifactBrowser::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().value(0).isLocalFile()) {
        event->acceptProposedAction();
    }
}

void ArtifactBrowser::dropEvent(QDropEvent *event)
{
    const QUrl url = event->mimeData()->urls().value(0);
    if (url.isLocalFile()) {
        event->acceptProposedAction();
        openPath(url.toLocalFile());
    }
}

} // namespace Dbtc::Ui

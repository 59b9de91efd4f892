// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/artifacts/browsepage.h"

#include "artifacts/artifactindex.h"
#include "artifacts/artifacttypes.h"
#include "ui/artifacts/artifactbrowser.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace Dbtc::Ui {

namespace {

//! The unique id of the node whose compiled file is \a artifactPath
//! ("compiled/<package>/<original path>", as the triage names it), or empty.
QString nodeForCompiledPath(const Models::ArtifactIndex &index, const QString &artifactPath)
{
    if (!artifactPath.startsWith(QLatin1String("compiled/"))) {
        return {};
    }
    const QString package = artifactPath.section(QLatin1Char('/'), 1, 1);
    const QString path = artifactPath.section(QLatin1Char('/'), 2);
    for (const Models::Entity &e : index.entities()) {
        if (Models::toQString(e.packageName) == package) {
            const QString p = Models::toQString(e.path);
            if (!p.isEmpty() && (p == path || path.endsWith(p) || p.endsWith(path))) {
                return Models::toQString(e.uniqueId);
            }
        }
    }
    return {};
}

} // namespace

BrowsePage::BrowsePage(QWidget *parent)
    : QWidget(parent)
    , m_back(new QToolButton(this))
    , m_title(new QLabel(this))
    , m_browser(new ArtifactBrowser(this))
{
    m_back->setText(tr("‹ Back"));
    m_back->setToolTip(tr("Back to the console (Alt+Left)"));
    m_back->setAutoRaise(true);
    connect(m_back, &QToolButton::clicked, this, &BrowsePage::backRequested);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setStyleSheet(QStringLiteral("color: palette(mid);"));
    connect(m_browser, &ArtifactBrowser::titleChanged, m_title, &QLabel::setText);
    connect(m_browser, &ArtifactBrowser::pathOpened, this, &BrowsePage::onOpened);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_back);
    bar->addWidget(m_title, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_browser, 1);
    setFocusProxy(m_browser);
}

BrowsePage::~BrowsePage() = default;

void BrowsePage::openPath(const QString &fileOrFolder)
{
    m_fromRun = false;
    m_wantedArtifact.clear();
    m_browser->openPath(fileOrFolder);
}

void BrowsePage::openRunArtifacts(
    Models::RunArtifacts *artifacts, qint64 runId, int step, const QString &artifactPath)
{
    m_fromRun = true;
    m_wantedArtifact = artifactPath;
    m_browser->openRun(artifacts, runId, step);
}

void BrowsePage::onOpened(const QString &path)
{
    if (!m_fromRun) {
        Q_EMIT localPathOpened(path);
        return;
    }
    if (const auto index = m_browser->index()) {
        QString node = nodeForCompiledPath(*index, m_wantedArtifact);
        if (node.isEmpty() && index->findEntity(m_wantedArtifact.toStdString()) >= 0) {
            node = m_wantedArtifact; // a unique_id (model performance's node links)
        }
        if (!node.isEmpty()) {
            m_browser->showNode(node);
        }
    }
    m_wantedArtifact.clear();
    m_fromRun = false; // a file dropped on the browser later is a local one
}

} // namespace Dbtc::Ui

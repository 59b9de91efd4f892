// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rundetail/rundetailpage.h"

#include "ui/rundetail/rundetailview.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QShortcut>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Dbtc::Ui {

RunDetailPage::RunDetailPage(QWidget *parent)
    : QWidget(parent)
    , m_back(new QToolButton(this))
    , m_where(new QLabel(this))
    , m_view(new RunDetailView(this))
    , m_actions(new QToolBar(this))
{
    m_back->setText(tr("‹ Runs"));
    m_back->setToolTip(tr("Back to the runs (Esc, Alt+Left)"));
    m_back->setAutoRaise(true);
    m_back->setFocusPolicy(Qt::TabFocus);
    connect(m_back, &QToolButton::clicked, this, &RunDetailPage::backRequested);
    m_where->setTextFormat(Qt::PlainText);
    m_where->setStyleSheet(QStringLiteral("color: palette(mid);"));

    // The detail view leaves an "actions" area in its header for these.
    m_actions->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_actions->setAccessibleName(tr("Run actions"));
    if (QWidget *area = m_view->actionsArea(); area && area->layout()) {
        area->layout()->addWidget(m_actions);
    }

    connect(m_view, &RunDetailView::openInBrowserRequested, this, [](const QUrl &url) {
        QDesktopServices::openUrl(url);
    });
    auto *esc = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    esc->setContext(Qt::WidgetWithChildrenShortcut);
    connect(esc, &QShortcut::activated, this, &RunDetailPage::backRequested);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_back);
    bar->addWidget(m_where, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);
}

RunDetailPage::~RunDetailPage() = default;

void RunDetailPage::showRun(
    Models::RunDetail *detail, qint64 runId, const QUrl &href, const QString &where)
{
    m_where->setText(where);
    m_view->showRun(detail, runId, href);
}

void RunDetailPage::clear()
{
    m_view->clear();
}

qint64 RunDetailPage::runId() const
{
    return m_view->runId();
}

} // namespace Dbtc::Ui

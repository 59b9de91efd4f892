// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inbox/inboxpage.h"

#include "models/common/roles.h"
#include "models/history/failureinbox.h"
#include "models/history/inboxmodel.h"
#include "ui/inbox/inboxlabeldelegate.h"
#include "ui/widgets/statepage.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Dbtc::Ui {

using Models::InboxModel;

InboxPage::InboxPage(Models::FailureInbox *inbox, Models::InboxModel *model, QWidget *parent)
    : QWidget(parent)
    , m_inbox(inbox)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_summary(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QTreeView(this))
    , m_empty(new StatePage(this))
    , m_acknowledge(new QAction(tr("Acknowledge"), this))
    , m_snoozeHour(new QAction(tr("For an hour"), this))
    , m_snoozeDay(new QAction(tr("For a day"), this))
    , m_snoozeWeek(new QAction(tr("For a week"), this))
    , m_snoozeChange(new QAction(tr("Until it changes"), this))
    , m_unsnooze(new QAction(tr("Stop snoozing"), this))
    , m_showResolved(new QAction(tr("Show resolved"), this))
    , m_open(new QAction(tr("Open in triage"), this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(Models::RawValueRole);
    m_proxy->setFilterRole(InboxModel::ResolvedRole);

    auto *title = new QLabel(tr("Failure inbox"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_acknowledge->setCheckable(true);
    m_acknowledge->setToolTip(
        tr("You know about this failure: it stays listed but never notifies"));
    m_snoozeChange->setToolTip(tr("Quiet until the group turns recurring or flaky, or resolves"));
    m_open->setToolTip(tr("Show the failure triage of the newest run it affected"));
    m_open->setShortcut(QKeySequence(Qt::Key_Return));
    m_open->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_showResolved->setCheckable(true);
    m_showResolved->setChecked(true);

    auto *snoozeMenu = new QMenu(this);
    snoozeMenu->addAction(m_snoozeHour);
    snoozeMenu->addAction(m_snoozeDay);
    snoozeMenu->addAction(m_snoozeWeek);
    snoozeMenu->addAction(m_snoozeChange);
    snoozeMenu->addSeparator();
    snoozeMenu->addAction(m_unsnooze);
    auto *snooze = m_snooze = new QToolButton(this);
    snooze->setText(tr("Snooze"));
    snooze->setToolTip(tr("Keep this group quiet for a while"));
    snooze->setMenu(snoozeMenu);
    snooze->setPopupMode(QToolButton::InstantPopup);

    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(m_open);
    bar->addSeparator();
    bar->addAction(m_acknowledge);
    bar->addWidget(snooze);
    bar->addSeparator();
    bar->addAction(m_showResolved);
    addAction(m_open);

    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the model's order: open first, newest first
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setItemDelegateForColumn(InboxModel::LabelColumn, new InboxLabelDelegate(m_view));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(InboxModel::MessageColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(InboxModel::LabelColumn, 210);
    m_view->setColumnWidth(InboxModel::NodeColumn, 330);
    m_view->setColumnWidth(InboxModel::FirstSeenColumn, 90);
    m_view->setColumnWidth(InboxModel::LastSeenColumn, 90);
    m_view->setColumnWidth(InboxModel::RunsColumn, 60);

    m_empty->show(StatePage::Kind::Empty,
        tr("No failures"),
        tr("Failing nodes of your watched jobs show up here, grouped by failure, as soon as a "
           "watched run finishes."));
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addSpacing(12);
    header->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(bar);
    layout->addWidget(m_stack, 1);

    connect(m_acknowledge, &QAction::triggered, this, [this](bool on) {
        m_inbox->acknowledge(currentKey(), on);
    });
    connect(m_snoozeHour, &QAction::triggered, this, [this] {
        snoozeFor(3600);
    });
    connect(m_snoozeDay, &QAction::triggered, this, [this] {
        snoozeFor(24 * 3600);
    });
    connect(m_snoozeWeek, &QAction::triggered, this, [this] {
        snoozeFor(7 * 24 * 3600);
    });
    connect(m_snoozeChange, &QAction::triggered, this, [this] {
        m_inbox->snoozeUntilChange(currentKey());
    });
    connect(m_unsnooze, &QAction::triggered, this, [this] {
        m_inbox->unsnooze(currentKey());
    });
    connect(m_showResolved, &QAction::toggled, this, [this](bool show) {
        m_proxy->setFilterFixedString(show ? QString() : QStringLiteral("false"));
        updateState();
    });
    connect(m_open, &QAction::triggered, this, &InboxPage::openCurrent);
    connect(m_view, &QTreeView::activated, this, &InboxPage::openCurrent);
    connect(m_view->selectionModel(),
        &QItemSelectionModel::currentRowChanged,
        this,
        &InboxPage::updateActions);
    const auto refresh = [this] {
        updateState();
        updateActions();
    };
    connect(model, &QAbstractItemModel::modelReset, this, refresh);
    connect(model, &QAbstractItemModel::dataChanged, this, refresh);
    updateState();
    updateActions();
}

InboxPage::~InboxPage() = default;

QString InboxPage::currentKey() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(InboxModel::GroupKeyRole).toString() : QString();
}

void InboxPage::setStale(bool stale)
{
    if (m_stale != stale) {
        m_stale = stale;
        updateState();
    }
}

QString InboxPage::summaryText() const
{
    return m_summary->text();
}

void InboxPage::updateState()
{
    int open = 0;
    int resolved = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const bool done = m_model->index(row, 0).data(InboxModel::ResolvedRole).toBool();
        (done ? resolved : open) += 1;
    }
    QString text =
        tr("%n open", nullptr, open) + QStringLiteral(" · ") + tr("%n resolved", nullptr, resolved);
    if (m_stale) {
        text += QStringLiteral(" · ") + tr("from the history, not refreshed yet");
    }
    m_summary->setText(text);
    m_summary->setToolTip(m_stale ? tr("Shown from the local history of earlier sessions; the "
                                       "watch has not polled since the start")
                                  : QString());
    m_stack->setCurrentWidget(m_proxy->rowCount() > 0 ? static_cast<QWidget *>(m_view) : m_empty);
}

void InboxPage::updateActions()
{
    const QModelIndex current = m_view->currentIndex();
    const bool has = current.isValid();
    for (QAction *a : { m_acknowledge,
             m_snoozeHour,
             m_snoozeDay,
             m_snoozeWeek,
             m_snoozeChange,
             m_unsnooze,
             m_open }) {
        a->setEnabled(has);
    }
    m_snooze->setEnabled(has);
    m_acknowledge->setChecked(has && current.data(InboxModel::AcknowledgedRole).toBool());
    m_unsnooze->setEnabled(has && current.data(InboxModel::SnoozedRole).toBool());
}

void InboxPage::snoozeFor(qint64 seconds)
{
    m_inbox->snoozeUntil(currentKey(), m_inbox->now().addSecs(seconds));
}

void InboxPage::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        return;
    }
    Q_EMIT openRunRequested(current.data(Models::ConnectionIdRole).toString(),
        current.data(Models::RunIdRole).toLongLong(),
        current.data(InboxModel::StepRole).toInt());
}

} // namespace Dbtc::Ui

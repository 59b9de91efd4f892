// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notifications/notificationlist.h"

#include "models/common/roles.h"
#include "models/notifications/notificationmodel.h"
#include "ui/widgets/statusstyle.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace Dbtc::Ui {

namespace {

//! Two lines per failure: the job in bold, then run, duration, when and the first error line.
class NotificationDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return { option.rect.width(), option.fontMetrics.height() * 2 + 14 };
    }

    void paint(
        QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, p, opt.widget);
        const auto status = static_cast<Api::RunStatus>(index.data(Models::StatusRole).toInt());
        const int line = opt.fontMetrics.height();
        const QRect iconRect(opt.rect.left() + 6, opt.rect.top() + 7, line, line);
        statusIcon(status).paint(p, iconRect);
        const QRect text = opt.rect.adjusted(line + 14, 6, -6, -6);
        const bool selected = opt.state & QStyle::State_Selected;
        p->save();
        QFont bold = opt.font;
        bold.setBold(true);
        p->setFont(bold);
        p->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        p->drawText(
            text.adjusted(0, 0, 0, -line), Qt::AlignLeft | Qt::AlignTop, index.data().toString());
        p->setFont(opt.font);
        p->setPen(
            opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        const QString detail = index.data(Models::NotificationModel::DetailRole).toString();
        p->drawText(text.adjusted(0, line, 0, 0),
            Qt::AlignLeft | Qt::AlignTop,
            opt.fontMetrics.elidedText(detail, Qt::ElideRight, text.width()));
        p->restore();
    }
};

} // namespace

NotificationList::NotificationList(Models::NotificationModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_header(new QLabel(this))
    , m_empty(new QLabel(tr("No unseen failures. Star a job to be told when it fails."), this))
    , m_view(new QListView(this))
    , m_open(new QPushButton(tr("Open Run"), this))
    , m_seen(new QPushButton(tr("Mark Seen"), this))
    , m_allSeen(new QPushButton(tr("Mark All Seen"), this))
{
    setObjectName(QStringLiteral("notificationList"));
    QFont f = m_header->font();
    f.setBold(true);
    m_header->setFont(f);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_view->setModel(model);
    m_view->setItemDelegate(new NotificationDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setUniformItemSizes(true);
    m_open->setObjectName(QStringLiteral("openRunButton"));
    m_seen->setObjectName(QStringLiteral("markSeenButton"));
    m_allSeen->setObjectName(QStringLiteral("markAllSeenButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_allSeen);
    buttons->addStretch();
    buttons->addWidget(m_seen);
    buttons->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
    layout->addLayout(buttons);

    connect(m_view, &QListView::activated, this, [this](const QModelIndex &i) {
        openRow(i.row());
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        openRow(m_view->currentIndex().row());
    });
    connect(m_seen, &QPushButton::clicked, this, [this] {
        m_model->markSeen(m_view->currentIndex().row());
    });
    connect(m_allSeen, &QPushButton::clicked, m_model, &Models::NotificationModel::markAllSeen);
    connect(m_model,
        &Models::NotificationModel::unseenCountChanged,
        this,
        &NotificationList::updateState);
    connect(m_view->selectionModel(),
        &QItemSelectionModel::currentChanged,
        this,
        &NotificationList::updateState);
    updateState();
}

NotificationList::~NotificationList() = default;

void NotificationList::openRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        return;
    }
    const QString connection = m_model->connectionAt(row);
    const qint64 runId = m_model->runAt(row).id;
    m_model->markSeen(row);
    emit openRunRequested(connection, runId);
}

void NotificationList::updateState()
{
    const int count = m_model->unseenCount();
    m_header->setText(count == 0 ? tr("Failures")
            : count == 1         ? tr("1 unseen failure")
                                 : tr("%1 unseen failures").arg(count));
    m_view->setVisible(count > 0);
    m_empty->setVisible(count == 0);
    if (count > 0 && !m_view->currentIndex().isValid()) {
        // Keyboard users land on the newest failure; Enter opens it.
        const QSignalBlocker block(m_view->selectionModel());
        m_view->setCurrentIndex(m_model->index(0, 0));
    }
    const bool current = m_view->currentIndex().isValid();
    m_open->setEnabled(current);
    m_seen->setEnabled(current);
    m_allSeen->setEnabled(count > 0);
}

} // namespace Dbtc::Ui

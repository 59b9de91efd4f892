// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/quickopen.h"

#include "models/console/accounttreemodel.h"
#include "models/console/quickopenmodel.h"
#include "ui/shell/quickopendelegate.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Dbtc::Ui {

QuickOpen::QuickOpen(Models::QuickOpenModel *model, QWidget *parent)
    : QDialog(parent, Qt::Popup | Qt::FramelessWindowHint)
    , m_model(model)
    , m_input(new QLineEdit(this))
    , m_list(new QListView(this))
{
    setWindowTitle(tr("Go to"));
    m_input->setPlaceholderText(tr("Jump to a job, environment, project, account or run id…"));
    m_input->setAccessibleName(tr("Quick open"));
    m_input->installEventFilter(this);
    m_list->setModel(model);
    m_list->setItemDelegate(new QuickOpenDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setAccessibleName(tr("Matches"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_input);
    layout->addWidget(m_list);
    resize(640, 420);
    connect(m_input, &QLineEdit::textChanged, this, &QuickOpen::rebuild);
    connect(m_list, &QListView::activated, this, &QuickOpen::accept);
    // Items loaded while the palette is open show up as they arrive; a burst of loaded levels
    // is folded into one re-match.
    auto *pending = new QTimer(this);
    pending->setSingleShot(true);
    pending->setInterval(100);
    connect(pending, &QTimer::timeout, this, &QuickOpen::rebuild);
    Models::AccountTreeModel *tree = model->tree();
    connect(tree, &QAbstractItemModel::rowsInserted, this, [this, pending] {
        if (isVisible()) {
            pending->start();
        }
    });
}

void QuickOpen::popup()
{
    Models::AccountTreeModel *tree = m_model->tree();
    for (const QString &id : tree->connectionIds()) {
        tree->loadAll(id);
    }
    m_input->clear();
    rebuild();
    if (QWidget *p = parentWidget()) {
        const QPoint topCentre = p->mapToGlobal(QPoint(p->width() / 2, 60));
        move(topCentre.x() - width() / 2, topCentre.y());
    }
    show();
    raise();
    activateWindow();
    m_input->setFocus();
}

int QuickOpen::count() const
{
    return m_model->rowCount();
}

QString QuickOpen::currentText() const
{
    const QModelIndex i = m_list->currentIndex();
    if (!i.isValid()) {
        return {};
    }
    return i.data().toString() + QStringLiteral(" — ")
        + i.data(Models::QuickOpenModel::PlaceRole).toString();
}

void QuickOpen::rebuild()
{
    m_model->setQuery(m_input->text().trimmed());
    selectRow(0);
}

void QuickOpen::selectRow(int row)
{
    if (m_model->rowCount() == 0) {
        return;
    }
    row = std::clamp(row, 0, m_model->rowCount() - 1);
    m_list->setCurrentIndex(m_model->index(row));
}

bool QuickOpen::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int row = m_list->currentIndex().row();
        const int page =
            std::max(1, m_list->viewport()->height() / std::max(1, m_list->sizeHintForRow(0)));
        switch (key->key()) {
        case Qt::Key_Down:
            selectRow(row + 1);
            return true;
        case Qt::Key_Up:
            selectRow(row - 1);
            return true;
        case Qt::Key_PageDown:
            selectRow(row + page);
            return true;
        case Qt::Key_PageUp:
            selectRow(row - page);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            accept();
            return true;
        case Qt::Key_Escape:
            reject();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void QuickOpen::accept()
{
    const int row = m_list->currentIndex().row();
    if (row < 0) {
        return;
    }
    const Models::QuickOpenModel::Target t = m_model->target(row);
    m_model->noteChosen(row);
    QDialog::accept();
    if (t.isRun) {
        Q_EMIT runChosen(t.connectionId, t.accountId, t.id);
        return;
    }
    Q_EMIT nodeChosen(t.connectionId, t.kind, t.id);
}

} // namespace Dbtc::Ui

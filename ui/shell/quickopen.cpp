// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/quickopen.h"

#include "models/console/accounttreemodel.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace Dbtc::Ui {

namespace {

enum ItemRole { KindRole = Qt::UserRole + 1, IdRole, ConnectionRole, RunRole };

QString kindWord(Models::TreeNodeKind kind)
{
    switch (kind) {
    case Models::TreeNodeKind::Project:
        return QStringLiteral("Project");
    case Models::TreeNodeKind::Environment:
        return QStringLiteral("Environment");
    case Models::TreeNodeKind::Job:
        return QStringLiteral("Job");
    default:
        return QStringLiteral("Account");
    }
}

} // namespace

QuickOpen::QuickOpen(Models::AccountTreeModel *tree, QWidget *parent)
    : QDialog(parent, Qt::Popup | Qt::FramelessWindowHint)
    , m_tree(tree)
    , m_input(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Go to"));
    m_input->setPlaceholderText(tr("Jump to a project, environment, job or run id…"));
    m_input->setAccessibleName(tr("Quick open"));
    m_input->installEventFilter(this);
    m_list->setUniformItemSizes(true);
    m_list->setAccessibleName(tr("Matches"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_input);
    layout->addWidget(m_list);
    resize(560, 380);
    connect(m_input, &QLineEdit::textChanged, this, &QuickOpen::rebuild);
    connect(m_list, &QListWidget::itemActivated, this, &QuickOpen::accept);
    // Items loaded while the palette is open show up as they arrive.
    connect(tree, &QAbstractItemModel::rowsInserted, this, [this] {
        if (isVisible()) {
            rebuild();
        }
    });
}

void QuickOpen::popup()
{
    for (const QString &id : m_tree->connectionIds()) {
        m_tree->loadAll(id);
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

void QuickOpen::rebuild()
{
    const QString text = m_input->text().trimmed();
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_list->clear();
    bool isNumber = false;
    const qint64 runId = text.startsWith(QLatin1Char('#')) ? text.mid(1).toLongLong(&isNumber)
                                                           : text.toLongLong(&isNumber);
    if (isNumber && runId > 0) {
        auto *item = new QListWidgetItem(tr("Run #%1").arg(runId), m_list);
        item->setData(RunRole, runId);
    }
    const auto items = m_tree->allItems();
    for (const auto &[connectionId, it] : items) {
        if (it.kind == Models::TreeNodeKind::Account) {
            continue;
        }
        const QString label = kindWord(it.kind) + QStringLiteral(": ") + it.name;
        const bool matches = std::all_of(words.cbegin(), words.cend(), [&](const QString &w) {
            return label.contains(w, Qt::CaseInsensitive)
                || (it.kind == Models::TreeNodeKind::Job && QString::number(it.id) == w);
        });
        if (!matches) {
            continue;
        }
        auto *item = new QListWidgetItem(label, m_list);
        item->setData(KindRole, int(it.kind));
        item->setData(IdRole, it.id);
        item->setData(ConnectionRole, connectionId);
        if (m_list->count() >= 200) {
            break;
        }
    }
    if (m_list->count() > 0) {
        m_list->setCurrentRow(0);
    }
}

bool QuickOpen::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int row = m_list->currentRow();
        switch (key->key()) {
        case Qt::Key_Down:
            m_list->setCurrentRow(std::min(row + 1, m_list->count() - 1));
            return true;
        case Qt::Key_Up:
            m_list->setCurrentRow(std::max(row - 1, 0));
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
    QListWidgetItem *item = m_list->currentItem();
    if (!item) {
        return;
    }
    QDialog::accept();
    if (item->data(RunRole).isValid()) {
        Q_EMIT runChosen(item->data(RunRole).toLongLong());
        return;
    }
    Q_EMIT nodeChosen(item->data(ConnectionRole).toString(),
        Models::TreeNodeKind(item->data(KindRole).toInt()),
        item->data(IdRole).toLongLong());
}

} // namespace Dbtc::Ui

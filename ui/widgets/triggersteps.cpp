// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/triggersteps.h"

#include "models/common/dbtcommand.h"
#include "ui/widgets/palette.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace Dbtc::Ui {

using Models::DbtCommandCheck;

TriggerStepsEditor::TriggerStepsEditor(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_add(new QToolButton(this))
    , m_remove(new QToolButton(this))
    , m_up(new QToolButton(this))
    , m_down(new QToolButton(this))
{
    m_list->setObjectName(QStringLiteral("stepsList"));
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::SelectedClicked);
    m_list->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_list->setIconSize(QSize(16, 16));
    m_list->setMinimumHeight(96);
    m_list->setMaximumHeight(170); // room for ~8 steps; the summary shows the rest
    m_status->setObjectName(QStringLiteral("stepsStatus"));
    m_status->setWordWrap(true);

    m_add->setText(tr("Add step"));
    m_add->setToolTip(tr("Add a dbt command"));
    m_remove->setText(tr("Remove"));
    m_up->setArrowType(Qt::UpArrow);
    m_up->setToolTip(tr("Move up"));
    m_down->setArrowType(Qt::DownArrow);
    m_down->setToolTip(tr("Move down"));

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_add, &QToolButton::clicked, this, &TriggerStepsEditor::addStep);
    connect(m_remove, &QToolButton::clicked, this, &TriggerStepsEditor::removeStep);
    connect(m_up, &QToolButton::clicked, this, [this] {
        moveStep(-1);
    });
    connect(m_down, &QToolButton::clicked, this, [this] {
        moveStep(+1);
    });
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        if (!m_updating) {
            revalidate();
        }
    });
    revalidate();
}

TriggerStepsEditor::~TriggerStepsEditor() = default;

void TriggerStepsEditor::setSteps(const QStringList &steps)
{
    m_updating = true;
    m_list->clear();
    for (const QString &s : steps) {
        auto *item = new QListWidgetItem(s, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_updating = false;
    revalidate();
}

QStringList TriggerStepsEditor::steps() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i) {
        const QString s = m_list->item(i)->text().trimmed();
        if (!s.isEmpty()) {
            out << s;
        }
    }
    return out;
}

QString TriggerStepsEditor::firstError() const
{
    const QStringList s = steps();
    if (s.isEmpty()) {
        return tr("Add at least one step.");
    }
    const QList<DbtCommandCheck> checks = Models::checkDbtSteps(s);
    for (qsizetype i = 0; i < checks.size(); ++i) {
        if (checks.at(i).isError()) {
            return tr("Step %1: %2").arg(i + 1).arg(checks.at(i).message);
        }
    }
    return {};
}

void TriggerStepsEditor::addStep()
{
    auto *item = new QListWidgetItem(QStringLiteral("dbt build"), m_list); // no-tr: a dbt command
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_list->setCurrentItem(item);
    m_list->editItem(item);
    revalidate();
}

void TriggerStepsEditor::removeStep()
{
    delete m_list->currentItem();
    revalidate();
}

void TriggerStepsEditor::moveStep(int delta)
{
    const int row = m_list->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_list->count()) {
        return;
    }
    m_updating = true;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(to, item);
    m_list->setCurrentRow(to);
    m_updating = false;
    revalidate();
}

void TriggerStepsEditor::revalidate()
{
    m_updating = true;
    int errors = 0, warnings = 0;
    QString firstProblem;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const DbtCommandCheck check = Models::checkDbtCommand(item->text());
        // Every row gets an icon so the commands stay aligned whatever their state.
        QIcon icon = style()->standardIcon(QStyle::SP_DialogApplyButton);
        if (check.severity == DbtCommandCheck::Severity::Error) {
            icon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
            ++errors;
        } else if (check.severity == DbtCommandCheck::Severity::Warning) {
            icon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
            ++warnings;
        }
        if (firstProblem.isEmpty() && !check.message.isEmpty()) {
            firstProblem = tr("Step %1: %2").arg(i + 1).arg(check.message);
        }
        item->setIcon(icon);
        item->setToolTip(check.message);
    }
    m_updating = false;
    m_remove->setEnabled(m_list->count() > 0);
    if (m_list->count() == 0) {
        m_status->setText(tr("Add at least one step."));
    } else if (errors + warnings == 0) {
        // Two sentences, not "%n step(s)": no translator is loaded to pick the plural.
        m_status->setText(m_list->count() == 1 ? tr("1 step, valid.")
                                               : tr("%1 steps, all valid.").arg(m_list->count()));
    } else {
        m_status->setText(firstProblem);
    }
    const bool blocking = errors > 0 || m_list->count() == 0;
    m_status->setStyleSheet(blocking ? textStyle(ColorRole::Error)
            : warnings > 0           ? textStyle(ColorRole::Warning)
                                     : QString());
    emit stepsChanged();
}

} // namespace Dbtc::Ui

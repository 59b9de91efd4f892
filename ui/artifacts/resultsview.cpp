// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/artifacts/resultsview.h"

#include "models/artifacts/resultstablemodel.h"
#include "ui/widgets/statusdelegate.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace Dbtc::Ui {

using Models::ResultsTableModel;

ResultsView::ResultsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ResultsTableModel(this))
    , m_proxy(new Models::ResultsFilterModel(this))
    , m_table(new QTableView(this))
    , m_problems(new QCheckBox(tr("Problems only"), this))
    , m_filter(new QLineEdit(this))
    , m_summary(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    auto *status = new StatusDelegate(m_table);
    status->setResultStatusRole(Qt::DisplayRole); // the model gives the status as written
    m_table->setItemDelegateForColumn(ResultsTableModel::StatusColumn, status);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ResultsTableModel::StatusColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_filter->setPlaceholderText(tr("Filter by node\u2026"));
    m_filter->setClearButtonEnabled(true);
    m_problems->setToolTip(tr("Show only errors, failures and warnings"));

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 6, 8, 6);
    bar->addWidget(m_problems);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_problems, &QCheckBox::toggled, m_proxy, &Models::ResultsFilterModel::setProblemsOnly);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &Models::ResultsFilterModel::setText);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit nodeActivated(index.data(ResultsTableModel::ResultUniqueIdRole).toString());
    });
}

void ResultsView::setIndex(std::shared_ptr<const Models::ArtifactIndex> index)
{
    m_model->setIndex(std::move(index));
    setProblemsOnly(m_model->problemCount() > 0);
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(ResultsTableModel::NameColumn,
        qMin(m_table->columnWidth(ResultsTableModel::NameColumn), 360));
    updateSummary();
}

void ResultsView::setProblemsOnly(bool on)
{
    m_problems->setChecked(on);
    m_proxy->setProblemsOnly(on);
}

int ResultsView::visibleRows() const
{
    return m_proxy->rowCount();
}

void ResultsView::updateSummary()
{
    m_summary->setText(tr("%1 results, %2 problems, %3 s in total")
                           .arg(m_model->rowCount())
                           .arg(m_model->problemCount())
                           .arg(m_model->totalSeconds(), 0, 'f', 1));
}

} // namespace Dbtc::Ui

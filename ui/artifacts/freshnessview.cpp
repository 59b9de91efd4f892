// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/artifacts/freshnessview.h"

#include "models/artifacts/freshnessmodel.h"
#include "ui/widgets/statusdelegate.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Dbtc::Ui {

using Models::FreshnessModel;

FreshnessView::FreshnessView(QWidget *parent)
    : QWidget(parent)
    , m_model(new FreshnessModel(this))
    , m_table(new QTableView(this))
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(FreshnessModel::SortRole);
    m_table->setModel(proxy);
    auto *status = new StatusDelegate(m_table);
    status->setResultStatusRole(Qt::DisplayRole); // the model gives the status as written
    m_table->setItemDelegateForColumn(Models::FreshnessModel::StatusColumn, status);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FreshnessModel::StatusColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit nodeActivated(index.data(FreshnessModel::SourceUniqueIdRole).toString());
    });
}

void FreshnessView::setIndex(std::shared_ptr<const Models::ArtifactIndex> index)
{
    m_model->setIndex(std::move(index));
    m_table->resizeColumnsToContents();
}

int FreshnessView::rowCount() const
{
    return m_model->rowCount();
}

} // namespace Dbtc::Ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QTableView;

namespace Dbtc::Models {
class ArtifactIndex;
class FreshnessModel;
} // namespace Dbtc::Models

namespace Dbtc::Ui {

//! \brief sources.json: source freshness per table, stalest problems first. Double-click opens
//! the source node (when a manifest is loaded too).
class FreshnessView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FreshnessView)

public:
    explicit FreshnessView(QWidget *parent = nullptr);

    void setIndex(std::shared_ptr<const Models::ArtifactIndex> index);
    int rowCount() const;

    QTableView *table() const { return m_table; }

signals:
    void nodeActivated(const QString &uniqueId);

private:
    Models::FreshnessModel *m_model;
    QTableView *m_table;
};

} // namespace Dbtc::Ui

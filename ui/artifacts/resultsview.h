// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Dbtc::Models {
class ArtifactIndex;
class ResultsFilterModel;
class ResultsTableModel;
} // namespace Dbtc::Models

namespace Dbtc::Ui {

//! \brief run_results.json as a sortable table with status colours and glyphs, a "problems
//! only" switch (on by default when there are problems: that is what one opens a run for) and
//! a node filter. Double-click (or Enter) opens the node.
class ResultsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsView)

public:
    explicit ResultsView(QWidget *parent = nullptr);

    void setIndex(std::shared_ptr<const Models::ArtifactIndex> index);
    void setProblemsOnly(bool on);
    int visibleRows() const;

    QTableView *table() const { return m_table; }

    Models::ResultsTableModel *model() const { return m_model; }

signals:
    void nodeActivated(const QString &uniqueId);

private:
    void updateSummary();

    Models::ResultsTableModel *m_model;
    Models::ResultsFilterModel *m_proxy;
    QTableView *m_table;
    QCheckBox *m_problems;
    QLineEdit *m_filter;
    QLabel *m_summary;
};

} // namespace Dbtc::Ui

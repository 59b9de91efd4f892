// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "artifacts/selection/selection.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QCompleter;
class QLabel;
class QStringListModel;

namespace Dbtc::Ui {

//! \brief dbt's `--select` and `--exclude`, as boxes: what a job step would select, evaluated by
//! the one selection engine. Each box remembers what was applied (its drop-down) and completes
//! method names, then tags, packages, paths, sources and types after "method:". Enter applies;
//! a malformed expression shows its column and what was expected under the boxes and changes
//! nothing else.
class SelectionBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SelectionBar)

public:
    explicit SelectionBar(QWidget *parent = nullptr);
    ~SelectionBar() override;

    void setIndex(std::shared_ptr<const Models::ArtifactIndex> index);
    //! Evaluates the boxes; on success emits selectionChanged. False on an error (shown).
    bool apply();
    void clear();

    //! The entities selected (sorted, unique), or null when both boxes are empty (everything).
    const std::shared_ptr<const std::vector<std::uint32_t>> &selection() const
    {
        return m_selection;
    }

    QString errorText() const;

    QComboBox *selectBox() const { return m_select; }

    QComboBox *excludeBox() const { return m_exclude; }

    //! What the completer would offer for \a text typed in a box (for tests).
    QStringList completionsFor(const QString &text) const;

signals:
    //! A new selection applied; null: no selection, show everything.
    void selectionChanged(std::shared_ptr<const std::vector<std::uint32_t>> entities);

private:
    void checkSyntax();
    void updateCompletions(QComboBox *box, const QString &text);
    void remember(QComboBox *box);
    void showError(const QString &text);

    std::shared_ptr<const Models::ArtifactIndex> m_index;
    std::shared_ptr<const std::vector<std::uint32_t>> m_selection;
    Models::Selection::CompletionData m_completion;
    QComboBox *m_select;
    QComboBox *m_exclude;
    QLabel *m_count;
    QLabel *m_error;
    QStringListModel *m_candidates;
};

} // namespace Dbtc::Ui

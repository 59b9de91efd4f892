// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <cstdint>
#include <memory>
#include <vector>

class QCheckBox;
class QLabel;
class QSpinBox;

namespace Dbtc::Models {
class ArtifactIndex;
} // namespace Dbtc::Models

namespace Dbtc::Ui {

class LineageCanvas;
class SelectionBar;

//! \brief The lineage of one node: upstream/downstream depth (2 each by default: the whole
//! +model+ graph of a hub model is what freezes dbt docs), tests shown or hidden, zoom, fit
//! and export; dbt's --select/--exclude boxes narrow it to a selection (the focus always
//! shows). Clicking a node refocuses the graph on it and emits nodeActivated().
class LineageView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LineageView)

public:
    explicit LineageView(QWidget *parent = nullptr);

    void setIndex(std::shared_ptr<const Models::ArtifactIndex> index);
    //! Lays out the lineage of \a entity (-1 clears).
    void setFocusEntity(int entity);

    int focusEntity() const { return m_focus; }

    void setDepth(int upstream, int downstream); //!< -1 = unlimited
    void setShowTests(bool show);

    LineageCanvas *canvas() const { return m_canvas; }

    SelectionBar *selectionBar() const { return m_selectionBar; }

    //! Writes the whole graph to \a fileName (.png, .jpg or .svg).
    bool exportImage(const QString &fileName) const;

signals:
    void nodeActivated(const QString &uniqueId);

private:
    void relayout();
    void exportWithDialog();

    std::shared_ptr<const Models::ArtifactIndex> m_index;
    int m_focus = -1;
    LineageCanvas *m_canvas;
    QSpinBox *m_up;
    QSpinBox *m_down;
    QCheckBox *m_tests;
    QLabel *m_count;
    SelectionBar *m_selectionBar;
    //! Sorted entity indices of the applied selection; null: no selection (everything).
    std::shared_ptr<const std::vector<std::uint32_t>> m_selected;
};

} // namespace Dbtc::Ui

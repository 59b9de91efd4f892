// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "artifacts/lineage/projectlayout.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QToolButton;

namespace Dbtc::Models {
class ArtifactIndex;
class GraphLayoutJob;
class GraphScene;
} // namespace Dbtc::Models

namespace Dbtc::Ui {

class ProjectGraphCanvas;

//! \brief The whole project as one graph: folded by package → folder (or resource type, or
//! the --select result, or nothing), tests shown or hidden, groups opened in place, search that
//! pans to the match, paths between two nodes, and export. The layout runs on a worker thread
//! behind a progress strip with Cancel; the previous graph stays usable meanwhile, and a cancelled
//! layout leaves it on screen.
class ProjectGraphView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectGraphView)

public:
    explicit ProjectGraphView(QWidget *parent = nullptr);
    ~ProjectGraphView() override;

    //! A new index: the graph is laid out the next time the view is shown (or now if visible).
    void setIndex(std::shared_ptr<const Models::ArtifactIndex> index);
    //! Selects the vertex drawing \a entity (its own or its folded group); -1 clears.
    void setFocusEntity(int entity);

    void setGrouping(Models::GraphGrouping grouping);

    Models::GraphGrouping grouping() const { return m_options.grouping; }

    void setShowTests(bool show);
    //! The applied --select result (sorted, unique; empty: none). Grouped by selection, the
    //! whole project is drawn with these folded into one group; otherwise only they are drawn.
    void setOnly(std::vector<std::uint32_t> entities);
    //! Lays out now with the current options (the view does it by itself when shown).
    void relayout();
    void cancelLayout();
    //! Opens / folds group \a group (expand keeps every other vertex where it is).
    void expandGroup(int group);
    void collapseGroup(int group);
    //! Finds the next entity whose name or unique_id contains \a text and reveals it. False
    //! when nothing matches.
    bool search(const QString &text);
    //! Writes what the viewport shows (.png or .svg). False on a write error.
    bool exportView(const QString &fileName) const;
    //! Writes the whole graph as laid out (every node, folded groups as one) through the
    //! lineage exporter. False and a message naming the file on failure.
    bool exportWholeGraph(const QString &fileName, QString *error) const;

    bool isLayingOut() const;

    const Models::GraphOptions &options() const { return m_options; }

    const std::shared_ptr<const Models::GraphScene> &scene() const;

    ProjectGraphCanvas *canvas() const { return m_canvas; }

    QLineEdit *searchField() const { return m_search; }

signals:
    //! An entity was clicked: the browser shows its page.
    void nodeActivated(const QString &uniqueId);
    //! A layout (or expand) finished and is on screen.
    void layoutShown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void startLayout(bool keepView);
    void showLayout(std::shared_ptr<const Models::ProjectLayout> layout);
    void setBusy(bool busy, const QString &text = {});
    void updateCount();
    void exportWithDialog(bool wholeGraph);
    void applySelection();

    std::shared_ptr<const Models::ArtifactIndex> m_index;
    std::shared_ptr<const Models::GraphScene> m_scene;
    Models::GraphOptions m_options;
    std::vector<std::uint32_t> m_selected; //!< the applied --select result
    Models::GraphLayoutJob *m_job;
    ProjectGraphCanvas *m_canvas;
    QComboBox *m_groupingBox;
    QCheckBox *m_tests;
    QLineEdit *m_search;
    QLabel *m_count;
    QWidget *m_busy;
    QLabel *m_busyText;
    QProgressBar *m_progress;
    bool m_stale = false; // index or options changed while hidden
    bool m_keepViewOnFinish = false;
    int m_focusEntity = -1;
    int m_searchFrom = 0;
    QString m_lastSearch;
};

} // namespace Dbtc::Ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QStackedWidget;
class QTabWidget;
class QTreeView;

namespace Dbtc::Models {
class ArtifactFetch;
class ArtifactIndex;
class ArtifactLoader;
class NodeTreeModel;
class PageHistory;
class RunArtifacts;
} // namespace Dbtc::Models

namespace Dbtc::Ui {

class FreshnessView;
class LineageView;
class ProjectGraphView;
class SelectionBar;
class NodePage;
class ResultsView;
class StatePage;

//! \brief Browses one loaded artifact index: node tree with instant search and filters on the
//! left; node page, lineage, run results and source freshness on the right. Loading happens
//! on a worker thread behind a progress page with Cancel; a file that cannot be read gets an
//! error page naming the file, the problem and the byte offset.
class ArtifactBrowser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArtifactBrowser)

public:
    enum class Page { Empty, Loading, Error, Content };

    enum Tab { NodeTab, LineageTab, ProjectGraphTab, ResultsTab, FreshnessTab };

    explicit ArtifactBrowser(QWidget *parent = nullptr);
    ~ArtifactBrowser() override;

    //! Loads an artifact file or a folder (a dbt target/ opens all four artifacts at once).
    void openPath(const QString &fileOrFolder);
    //! Fetches the run step's artifacts through the connection's \a artifacts service (cached
    //! files are reused; offline, the cached ones are shown with a notice), then opens them.
    void openRun(Models::RunArtifacts *artifacts, qint64 runId, int step = 0);
    void cancelLoading();
    void setIndex(std::shared_ptr<const Models::ArtifactIndex> index, const QString &title);
    //! Selects the node (clearing a filter that hides it) and shows its page. False if unknown.
    bool showNode(const QString &uniqueId);
    //! Back/forward through the node pages shown (Alt+Left / Alt+Right, the tab bar's arrows).
    void goBack();
    void goForward();

    Models::PageHistory *history() const { return m_history; }

    QAction *backAction() const { return m_back; }

    QAction *forwardAction() const { return m_forward; }

    std::shared_ptr<const Models::ArtifactIndex> index() const { return m_index; }

    QString title() const { return m_title; }

    QString currentPath() const { return m_path; }

    Page page() const;

    QString errorText() const { return m_errorText; }

    //! What the last run fetch left out or that cached copies are shown; empty otherwise.
    QString notice() const;

    // The parts, for the main window (menus, shortcuts) and for tests.
    QLineEdit *searchField() const { return m_search; }

    QTreeView *nodeTree() const { return m_tree; }

    Models::NodeTreeModel *nodeModel() const { return m_model; }

    QTabWidget *tabs() const { return m_tabs; }

    NodePage *nodePage() const { return m_nodePage; }

    LineageView *lineageView() const { return m_lineage; }

    ProjectGraphView *projectGraph() const { return m_projectGraph; }

    SelectionBar *selectionBar() const { return m_selectionBar; }

    ResultsView *resultsView() const { return m_results; }

    FreshnessView *freshnessView() const { return m_freshness; }

signals:
    void titleChanged(const QString &title);
    //! A path was opened successfully (for the recent files list).
    void pathOpened(const QString &path);
    void loadFailed(const QString &error);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *buildContent();
    QWidget *buildLoadingPage();
    QWidget *buildHistoryButtons(QWidget *parent);
    void showHistoryPage(const QString &uniqueId);
    void applyFilter();
    void showEntity(int entity, bool switchToNodeTab);
    void showLoading(const QString &text);
    void showError(const QString &title, const QString &text);
    void setTitle(const QString &title);

    std::shared_ptr<const Models::ArtifactIndex> m_index;
    QString m_title, m_path, m_errorText;
    Models::ArtifactLoader *m_loader;
    QPointer<Models::ArtifactFetch> m_fetch;
    Models::NodeTreeModel *m_model;
    QStackedWidget *m_stack;
    QLabel *m_notice;
    StatePage *m_empty;
    StatePage *m_error;
    QWidget *m_loading = nullptr;
    QLabel *m_loadingText = nullptr;
    QProgressBar *m_progress = nullptr;
    QWidget *m_content = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_typeFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLabel *m_matchLabel = nullptr;
    QTreeView *m_tree = nullptr;
    QTabWidget *m_tabs = nullptr;
    NodePage *m_nodePage = nullptr;
    LineageView *m_lineage = nullptr;
    ProjectGraphView *m_projectGraph = nullptr;
    SelectionBar *m_selectionBar = nullptr;
    std::shared_ptr<const std::vector<char>> m_selected; // the applied --select, per entity
    Models::PageHistory *m_history = nullptr;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    ResultsView *m_results = nullptr;
    FreshnessView *m_freshness = nullptr;
    bool m_filterQueued = false;
    QString m_pendingPath; // retried by the error page's action
};

} // namespace Dbtc::Ui

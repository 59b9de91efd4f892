// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Dbtc::Models {
struct StepSelectionPreview;
}

namespace Dbtc::Ui {

//! \brief A job's page: its steps, each with what it selects ("selects 42 nodes (30 models,
//! 12 tests)") as dbt would, evaluated against the environment's latest manifest; a step's
//! nodes are listed when the user expands it. The shell feeds it (job details, then the
//! preview); it only presents, and says so when it is loading, has no manifest or failed.
class JobStepsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobStepsPanel)

public:
    enum class State { Empty, LoadingJob, Evaluating, Ready, NoManifest, Error };

    explicit JobStepsPanel(QWidget *parent = nullptr);

    //! Starts showing job \a jobId: its details are on their way. Later answers for another
    //! job are ignored (see jobId()).
    void showLoading(qint64 jobId);
    //! The job's steps are known; their selection is being evaluated.
    void setSteps(qint64 jobId, const QStringList &steps);
    //! The evaluation finished (or had no manifest to work with: \a preview's error).
    void setPreview(qint64 jobId, const Models::StepSelectionPreview &preview);
    //! The job's details could not be read.
    void showError(qint64 jobId, const QString &message);
    //! No job in scope: the panel hides.
    void clear();

    qint64 jobId() const { return m_jobId; }

    State state() const { return m_state; }

    //! The header line ("Loading the job's steps…", the manifest it was evaluated against...).
    QString statusText() const;

    QTreeWidget *tree() const { return m_tree; }

    //! Row \a step's summary as shown ("selects 42 nodes (30 models, 12 tests)").
    QString stepSummary(int step) const;
    //! Row \a step's nodes; empty until the row was expanded once (listed on demand).
    QStringList listedNodes(int step) const;

private:
    void setStatus(State state, const QString &text);
    void fillChildren(QTreeWidgetItem *item);
    void updateCollapse();

    QLabel *m_title;
    QLabel *m_status;
    QToolButton *m_collapse;
    QTreeWidget *m_tree;
    qint64 m_jobId = 0;
    State m_state = State::Empty;
};

} // namespace Dbtc::Ui

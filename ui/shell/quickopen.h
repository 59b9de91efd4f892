// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/console/treeitem.h"

#include <QDialog>

class QLineEdit;
class QListView;

namespace Dbtc::Models {
class QuickOpenModel;
}

namespace Dbtc::Ui {

//! \brief Ctrl+K: type to jump to any account, project, environment or job of any connection,
//! or to a run id. Each entry says what it is and where it lives; the letters typed are marked.
//! Opening it loads the whole tree in the background, so jobs not expanded yet can be found.
class QuickOpen final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickOpen)

public:
    //! \a model is the workspace's (not owned).
    explicit QuickOpen(Models::QuickOpenModel *model, QWidget *parent = nullptr);

    void popup();

    QLineEdit *input() const { return m_input; }

    QListView *list() const { return m_list; }

    int count() const;
    //! The current entry's name and place, as a user reads them ("" when none).
    QString currentText() const;

Q_SIGNALS:
    void nodeChosen(const QString &connectionId, Dbtc::Models::TreeNodeKind kind, qint64 id);
    void runChosen(const QString &connectionId, qint64 accountId, qint64 runId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void selectRow(int row);
    void accept() override;

    Models::QuickOpenModel *m_model;
    QLineEdit *m_input;
    QListView *m_list;
};

} // namespace Dbtc::Ui

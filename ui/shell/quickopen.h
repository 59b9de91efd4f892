// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/console/treeitem.h"

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace Dbtc::Models {
class AccountTreeModel;
}

namespace Dbtc::Ui {

//! \brief Ctrl+K: type to jump to any project, environment or job, or a run id. Opening it
//! loads the whole tree in the background, so jobs not expanded yet can be found too.
class QuickOpen final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickOpen)

public:
    explicit QuickOpen(Models::AccountTreeModel *tree, QWidget *parent = nullptr);

    void popup();

    QLineEdit *input() const { return m_input; }

    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void nodeChosen(const QString &connectionId, Dbtc::Models::TreeNodeKind kind, qint64 id);
    void runChosen(qint64 runId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void accept() override;

    Models::AccountTreeModel *m_tree;
    QLineEdit *m_input;
    QListWidget *m_list;
};

} // namespace Dbtc::Ui

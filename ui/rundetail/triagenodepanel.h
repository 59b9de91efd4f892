// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/rundetail/triage.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Dbtc::Ui {

//! \brief Everything about one failing node: what failed and how (message, failures, time),
//! its compiled SQL with highlighting and copy, where it lives in the project (path,
//! description, depends_on, tests), whether it is new, and a copy-ready dbt command.
class TriageNodePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TriageNodePanel)

public:
    explicit TriageNodePanel(QWidget *parent = nullptr);

    void setNode(const Models::TriageNode &node, int stepIndex);
    void clear();
    //! The "is it new?" line; set again whenever the history advances.
    void setHistory(const QString &summary, const QStringList &shas);

    QString shownUniqueId() const { return m_node.uniqueId; }

    QString messageText() const;
    QString sqlText() const;
    QString commandText() const;
    QString historyText() const;

Q_SIGNALS:
    void openArtifactRequested(int step, const QString &path);

private:
    Models::TriageNode m_node;
    int m_step = 0;
    QLabel *m_title;
    QLabel *m_facts;
    QPlainTextEdit *m_message;
    QLabel *m_history;
    QComboBox *m_command;
    QPlainTextEdit *m_sql;
    QLabel *m_noSql;
    QLabel *m_context;
    QPushButton *m_openCompiled;
};

} // namespace Dbtc::Ui

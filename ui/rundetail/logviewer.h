// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace Dbtc::Models {
class LogDocument;
} // namespace Dbtc::Models

namespace Dbtc::Ui {

class LogView;

//! \brief A LogView with its tools: search with next/previous and a match count, jump to the
//! next/previous error or warning (with counts), follow tail, copy, save, and the console /
//! debug log switch. Owns its LogDocument.
class LogViewer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogViewer)

public:
    explicit LogViewer(QWidget *parent = nullptr);

    Models::LogDocument *document() const { return m_document; }

    LogView *view() const { return m_view; }

    //! Replaces (or, for a growing live log, extends) the shown text.
    void setText(const QString &text);
    void setFollowTail(bool follow);
    //! A line above the log ("Showing the last 1,000 lines while the step runs.").
    void setNotice(const QString &notice);
    //! Shows the console/debug switch (hidden when there is no step to ask for).
    void setDebugSwitchVisible(bool visible);
    bool showsDebugLog() const;
    void setShowsDebugLog(bool debug);

    //! The name the Save dialog proposes ("run-123-step-4.log").
    void setSuggestedFileName(const QString &name) { m_fileName = name; }

    void findNext(bool backwards = false);
    void jumpToProblem(bool errorsOnly, bool backwards);
    //! Writes the log without ANSI escapes to \a path on a worker thread.
    void saveTo(const QString &path);

Q_SIGNALS:
    void debugLogRequested(bool debug);
    void saved(const QString &path, const QString &error);

private:
    void updateCounts();
    void updateMatchLabel();

    Models::LogDocument *m_document;
    LogView *m_view;
    QLineEdit *m_search;
    QLabel *m_matchLabel;
    QLabel *m_notice;
    QToolButton *m_console;
    QToolButton *m_debug;
    QToolButton *m_nextError;
    QToolButton *m_prevError;
    QToolButton *m_nextWarning;
    QToolButton *m_follow;
    QTimer *m_searchDelay;
    qsizetype m_matchIndex = -1;
    QString m_fileName;
};

} // namespace Dbtc::Ui

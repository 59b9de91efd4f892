// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rundetail/logviewer.h"

#include "models/rundetail/logdocument.h"
#include "ui/rundetail/logview.h"

#include <QButtonGroup>
#include <QCoreApplication>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSaveFile>
#include <QShortcut>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Dbtc::Ui {

namespace {

QToolButton *toolButton(const QString &text, const QString &tip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setAutoRaise(true);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}

} // namespace

LogViewer::LogViewer(QWidget *parent)
    : QWidget(parent)
    , m_document(new Models::LogDocument(this))
    , m_view(new LogView(this))
    , m_search(new QLineEdit(this))
    , m_matchLabel(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_searchDelay(new QTimer(this))
{
    m_view->setDocument(m_document);

    m_console = toolButton(tr("Console"), tr("The step's console log"), this);
    m_debug = toolButton(tr("Debug"), tr("The step's full debug log (fetched on demand)"), this);
    for (QToolButton *b : { m_console, m_debug }) {
        b->setCheckable(true);
    }
    m_console->setChecked(true);
    auto *which = new QButtonGroup(this);
    which->addButton(m_console);
    which->addButton(m_debug);
    connect(m_debug, &QToolButton::toggled, this, &LogViewer::debugLogRequested);

    m_search->setPlaceholderText(tr("Search the log (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the log"));
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] {
        m_matchIndex = -1;
        m_document->search(m_search->text());
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        findNext(false);
    });
    auto *prevMatch = toolButton(tr("▲"), tr("Previous match (Shift+F3)"), this);
    auto *nextMatch = toolButton(tr("▼"), tr("Next match (F3)"), this);
    connect(prevMatch, &QToolButton::clicked, this, [this] {
        findNext(true);
    });
    connect(nextMatch, &QToolButton::clicked, this, [this] {
        findNext(false);
    });

    m_prevError = toolButton(tr("◀ Error"), tr("Previous error line"), this);
    m_nextError = toolButton(tr("Error ▶"), tr("Next error line (F8)"), this);
    m_nextWarning = toolButton(tr("Warning ▶"), tr("Next warning or error line (Shift+F8)"), this);
    connect(m_prevError, &QToolButton::clicked, this, [this] {
        jumpToProblem(true, true);
    });
    connect(m_nextError, &QToolButton::clicked, this, [this] {
        jumpToProblem(true, false);
    });
    connect(m_nextWarning, &QToolButton::clicked, this, [this] {
        jumpToProblem(false, false);
    });

    m_follow =
        toolButton(tr("Follow"), tr("Keep the newest line in view while the step runs"), this);
    m_follow->setCheckable(true);
    connect(m_follow, &QToolButton::toggled, m_view, &LogView::setFollowTail);
    connect(m_view, &LogView::followTailChanged, m_follow, &QToolButton::setChecked);
    auto *copy = toolButton(tr("Copy"), tr("Copy the selected lines (Ctrl+C)"), this);
    connect(copy, &QToolButton::clicked, m_view, &LogView::copy);
    auto *save = toolButton(tr("Save…"), tr("Save the whole log as a text file"), this);
    connect(save, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save log"), m_fileName, tr("Log files (*.log *.txt)"));
        if (!path.isEmpty()) {
            saveTo(path);
        }
    });

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->setSpacing(2);
    bar->addWidget(m_console);
    bar->addWidget(m_debug);
    bar->addSpacing(8);
    bar->addWidget(m_search, 1);
    bar->addWidget(prevMatch);
    bar->addWidget(nextMatch);
    bar->addWidget(m_matchLabel);
    bar->addSpacing(8);
    bar->addWidget(m_prevError);
    bar->addWidget(m_nextError);
    bar->addWidget(m_nextWarning);
    bar->addSpacing(8);
    bar->addWidget(m_follow);
    bar->addWidget(copy);
    bar->addWidget(save);
    m_notice->setWordWrap(true);
    m_notice->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(bar);
    layout->addWidget(m_notice);
    layout->addWidget(m_view, 1);

    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    auto *f3 = new QShortcut(QKeySequence::FindNext, this);
    f3->setContext(Qt::WidgetWithChildrenShortcut);
    connect(f3, &QShortcut::activated, this, [this] {
        findNext(false);
    });
    auto *sf3 = new QShortcut(QKeySequence::FindPrevious, this);
    sf3->setContext(Qt::WidgetWithChildrenShortcut);
    connect(sf3, &QShortcut::activated, this, [this] {
        findNext(true);
    });
    auto *f8 = new QShortcut(QKeySequence(Qt::Key_F8), this);
    f8->setContext(Qt::WidgetWithChildrenShortcut);
    connect(f8, &QShortcut::activated, this, [this] {
        jumpToProblem(true, false);
    });

    connect(m_document, &Models::LogDocument::reset, this, &LogViewer::updateCounts);
    connect(m_document, &Models::LogDocument::linesAppended, this, &LogViewer::updateCounts);
    connect(m_document, &Models::LogDocument::searchFinished, this, &LogViewer::updateMatchLabel);
    updateCounts();
    setDebugSwitchVisible(false);
}

void LogViewer::setText(const QString &text)
{
    m_document->setText(text.toUtf8());
}

void LogViewer::setFollowTail(bool follow)
{
    m_view->setFollowTail(follow);
}

void LogViewer::setNotice(const QString &notice)
{
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

void LogViewer::setDebugSwitchVisible(bool visible)
{
    m_console->setVisible(visible);
    m_debug->setVisible(visible);
}

bool LogViewer::showsDebugLog() const
{
    return m_debug->isChecked();
}

void LogViewer::setShowsDebugLog(bool debug)
{
    const QSignalBlocker block(m_debug);
    (debug ? m_debug : m_console)->setChecked(true);
}

void LogViewer::findNext(bool backwards)
{
    if (m_document->searchNeedle() != m_search->text()) {
        m_searchDelay->stop();
        m_document->search(m_search->text()); // the answer moves to the first match
        m_matchIndex = -1;
        return;
    }
    const auto &matches = m_document->matches();
    if (matches.empty()) {
        return;
    }
    const qint64 from =
        m_view->currentLine() >= 0 ? m_view->currentLine() : m_view->firstVisibleLine();
    qsizetype i = m_document->matchNear(backwards ? from - 1 : from + 1, backwards);
    if (i < 0) { // wrap around, like every editor's find
        i = backwards ? qsizetype(matches.size()) - 1 : 0;
    }
    m_matchIndex = i;
    m_view->jumpToLine(matches[std::size_t(i)]);
    updateMatchLabel();
}

void LogViewer::jumpToProblem(bool errorsOnly, bool backwards)
{
    const auto kind = errorsOnly ? Models::LogLineKind::Error : Models::LogLineKind::Warning;
    const qint64 from =
        m_view->currentLine() >= 0 ? m_view->currentLine() : m_view->firstVisibleLine() - 1;
    qint64 line = m_document->findKind(backwards ? from - 1 : from + 1, kind, backwards);
    if (line < 0) {
        line = m_document->findKind(backwards ? m_document->lineCount() - 1 : 0, kind, backwards);
    }
    if (line >= 0) {
        m_view->jumpToLine(line);
    }
}

void LogViewer::saveTo(const QString &path)
{
    const auto snap = m_document->snapshot();
    QThreadPool::globalInstance()->start([snap, path, guard = QPointer<LogViewer>(this)] {
        QSaveFile file(path);
        QString error;
        if (file.open(QIODevice::WriteOnly)) {
            for (qint64 l = 0; snap && l < snap->lineCount(); ++l) {
                file.write(Models::stripAnsi(snap->rawLine(l)).toUtf8());
                file.write("\n", 1);
            }
            if (!file.commit()) {
                error = file.errorString();
            }
        } else {
            error = file.errorString();
        }
        QMetaObject::invokeMethod(
            qApp,
            [guard, path, error] {
                if (guard) {
                    Q_EMIT guard->saved(path, error);
                }
            },
            Qt::QueuedConnection);
    });
}

void LogViewer::updateCounts()
{
    const auto snap = m_document->snapshot();
    const qint64 errors = snap ? snap->errorCount : 0, warnings = snap ? snap->warningCount : 0;
    const QLocale locale;
    m_nextError->setText(tr("%1 errors ▶").arg(locale.toString(errors)));
    m_nextWarning->setText(tr("%1 warnings ▶").arg(locale.toString(warnings)));
    m_nextError->setEnabled(errors > 0);
    m_prevError->setEnabled(errors > 0);
    m_nextWarning->setEnabled(errors + warnings > 0);
}

void LogViewer::updateMatchLabel()
{
    const QString needle = m_document->searchNeedle();
    const qsizetype n = qsizetype(m_document->matches().size());
    if (needle.isEmpty()) {
        m_matchLabel->clear();
        return;
    }
    if (n == 0) {
        m_matchLabel->setText(tr("No match"));
        return;
    }
    if (m_matchIndex < 0) {
        // A fresh search: go to the first match after what the user is looking at.
        const qint64 from =
            m_view->currentLine() >= 0 ? m_view->currentLine() : m_view->firstVisibleLine();
        qsizetype i = m_document->matchNear(from, false);
        m_matchIndex = i < 0 ? 0 : i;
        m_view->jumpToLine(m_document->matches()[std::size_t(m_matchIndex)]);
    }
    const QLocale locale;
    m_matchLabel->setText(
        tr("%1 of %2 lines")
            .arg(locale.toString(qint64(m_matchIndex + 1)), locale.toString(qint64(n))));
}

} // namespace Dbtc::Ui

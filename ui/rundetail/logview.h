// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/rundetail/logdocument.h"

#include <QAbstractScrollArea>
#include <QPointer>

#include <memory>

namespace Dbtc::Ui {

//! \brief A read-only log view that stays smooth on 100 MB / million-line logs: it paints only
//! the visible lines, straight from the LogDocument's line index (built off the GUI thread),
//! decoding ANSI colours per painted line. Selection is by whole lines, like a terminal's
//! scrollback; copy takes the selected lines without escape codes.
class LogView final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogView)

public:
    explicit LogView(QWidget *parent = nullptr);
    ~LogView() override;

    void setDocument(Models::LogDocument *document);

    Models::LogDocument *document() const { return m_document; }

    //! Scrolls \a line into view (centred when it was off screen) and makes it current.
    void jumpToLine(qint64 line);

    qint64 currentLine() const { return m_current; }

    qint64 firstVisibleLine() const;
    int visibleLineCount() const;

    //! Keeps the last line in view as lines arrive; scrolling up turns it off.
    void setFollowTail(bool follow);

    bool followTail() const { return m_follow; }

    //! The selected lines (or the current one), ANSI escapes removed, '\n'-joined.
    QString selectedText() const;
    void selectAll();
    void copy() const;
    //! Line under a viewport position, or -1.
    qint64 lineAt(const QPoint &viewportPos) const;

Q_SIGNALS:
    void followTailChanged(bool follow);
    void currentLineChanged(qint64 line);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void onReset();
    void onLinesAppended(qint64 oldCount, qint64 newCount);
    void updateScrollBars();
    void updateMetrics();
    void setCurrent(qint64 line, bool extendSelection);
    int gutterWidth() const;
    qint64 lineCount() const;

    QPointer<Models::LogDocument> m_document;
    std::shared_ptr<const Models::LogSnapshot> m_snap; // what is painted
    qint64 m_current = -1;
    qint64 m_anchor = -1; // selection is [min(anchor,current), max(...)]
    bool m_follow = false;
    bool m_programmaticScroll = false;
    int m_lineHeight = 16;
    int m_charWidth = 8;
    int m_ascent = 12;
};

} // namespace Dbtc::Ui

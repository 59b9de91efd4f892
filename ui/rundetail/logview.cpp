// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rundetail/logview.h"

#include "models/rundetail/logdocument.h"
#include "ui/widgets/palette.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>

namespace Dbtc::Ui {

using Models::LogDocument;
using Models::LogLineKind;

namespace {

// Painting a pathological 10 MB single line would stall; nobody reads past this anyway.
constexpr qsizetype kMaxPaintedBytes = 64 * 1024;

// The log asks for an ANSI index or an RGB value; the theme decides what an index looks like.
QColor logColor(const Models::LogColor &c)
{
    switch (c.kind) {
    case Models::LogColor::Indexed:
        return ansiColor(int(c.value));
    case Models::LogColor::Rgb:
        return QColor::fromRgb(QRgb(0xff000000u | c.value));
    case Models::LogColor::Default:
        break;
    }
    return {};
}

QColor tint(const QColor &base, const QColor &over, int alpha)
{
    const qreal a = alpha / 255.0;
    return QColor::fromRgbF(float(base.redF() * (1 - a) + over.redF() * a),
        float(base.greenF() * (1 - a) + over.greenF() * a),
        float(base.blueF() * (1 - a) + over.blueF() * a));
}

} // namespace

LogView::LogView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setCursor(Qt::IBeamCursor);
    setAccessibleName(tr("Log"));
    updateMetrics();
    connect(verticalScrollBar(), &QScrollBar::actionTriggered, this, [this] {
        // A user scroll away from the end stops following; back at the end resumes it.
        if (m_programmaticScroll) {
            return;
        }
        QMetaObject::invokeMethod(
            this,
            [this] {
                const bool atEnd = verticalScrollBar()->value() >= verticalScrollBar()->maximum();
                if (m_follow != atEnd && lineCount() > visibleLineCount()) {
                    setFollowTail(atEnd);
                }
            },
            Qt::QueuedConnection);
    });
}

LogView::~LogView() = default;

void LogView::setDocument(LogDocument *document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    if (document) {
        connect(document, &LogDocument::reset, this, &LogView::onReset);
        connect(document, &LogDocument::linesAppended, this, &LogView::onLinesAppended);
        connect(document, &LogDocument::searchFinished, viewport(), qOverload<>(&QWidget::update));
    }
    onReset();
}

qint64 LogView::lineCount() const
{
    return m_snap ? m_snap->lineCount() : 0;
}

void LogView::onReset()
{
    m_snap = m_document ? m_document->snapshot() : nullptr;
    m_current = m_anchor = -1;
    updateScrollBars();
    if (m_follow) {
        m_programmaticScroll = true;
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
        m_programmaticScroll = false;
    }
    viewport()->update();
}

void LogView::onLinesAppended(qint64, qint64)
{
    m_snap = m_document->snapshot();
    updateScrollBars();
    if (m_follow) {
        m_programmaticScroll = true;
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
        m_programmaticScroll = false;
    }
    viewport()->update();
}

void LogView::updateMetrics()
{
    const QFontMetrics fm(font());
    m_lineHeight = fm.height() + 2;
    m_charWidth = std::max(1, fm.horizontalAdvance(QLatin1Char('M')));
    m_ascent = fm.ascent() + 1;
}

int LogView::gutterWidth() const
{
    const int digits = int(QString::number(std::max<qint64>(lineCount(), 999)).size());
    return digits * m_charWidth + 18;
}

int LogView::visibleLineCount() const
{
    return std::max(1, viewport()->height() / m_lineHeight);
}

qint64 LogView::firstVisibleLine() const
{
    return verticalScrollBar()->value();
}

void LogView::updateScrollBars()
{
    const qint64 n = lineCount();
    const int visible = visibleLineCount();
    verticalScrollBar()->setRange(0, int(std::max<qint64>(0, n - visible)));
    verticalScrollBar()->setPageStep(visible);
    verticalScrollBar()->setSingleStep(1);
    const qint64 longest = m_snap ? std::min<qint64>(m_snap->longestLine, kMaxPaintedBytes) : 0;
    const qint64 contentWidth = gutterWidth() + longest * m_charWidth + m_charWidth * 2;
    horizontalScrollBar()->setRange(
        0, int(std::max<qint64>(0, contentWidth - viewport()->width())));
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setSingleStep(m_charWidth * 4);
}

void LogView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void LogView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        updateMetrics();
        updateScrollBars();
    }
    QAbstractScrollArea::changeEvent(event);
}

void LogView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void LogView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    p.fillRect(viewport()->rect(), base);
    const int gutter = gutterWidth();
    p.fillRect(QRect(0, 0, gutter - 6, viewport()->height()), pal.color(QPalette::AlternateBase));
    if (!m_snap || m_snap->lineCount() == 0) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        const bool loading = m_document && m_document->isLoading();
        p.drawText(viewport()->rect().adjusted(gutter, 0, 0, 0),
            Qt::AlignCenter,
            loading ? tr("Loading the log…") : tr("No log output."));
        return;
    }
    const qint64 first = firstVisibleLine();
    const qint64 last = std::min(lineCount() - 1, first + visibleLineCount());
    const int xScroll = horizontalScrollBar()->value();
    const int firstCol = xScroll / m_charWidth;
    const int cols = viewport()->width() / m_charWidth + 2;
    const qint64 selFrom = std::min(m_anchor, m_current), selTo = std::max(m_anchor, m_current);
    const QString needle = m_document ? m_document->searchNeedle() : QString();
    const QColor errorColor = color(ColorRole::Error, pal),
                 warnColor = color(ColorRole::Warning, pal);
    const QColor matchColor = color(ColorRole::Highlight, pal);
    const QFont regular = font();
    QFont bold = regular;
    bold.setBold(true);

    for (qint64 line = first; line <= last; ++line) {
        const int y = int(line - first) * m_lineHeight;
        const QRect row(gutter - 6, y, viewport()->width(), m_lineHeight);
        const LogLineKind kind = m_snap->kinds[std::size_t(line)];
        const bool selected = m_current >= 0 && line >= selFrom && line <= selTo;
        if (selected) {
            p.fillRect(row, pal.color(QPalette::Highlight).lighter(line == m_current ? 100 : 125));
        } else if (kind == LogLineKind::Error) {
            p.fillRect(row, tint(base, errorColor, 28));
        } else if (kind == LogLineKind::Warning) {
            p.fillRect(row, tint(base, warnColor, 28));
        }
        // Gutter: number, and a coloured bar for errors and warnings (not colour alone: the
        // row tint and the text itself say it too).
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(QRect(0, y, gutter - 12, m_lineHeight),
            Qt::AlignRight | Qt::AlignVCenter,
            QString::number(line + 1));
        if (kind != LogLineKind::Normal) {
            p.fillRect(QRect(gutter - 9, y, 3, m_lineHeight),
                kind == LogLineKind::Error ? errorColor : warnColor);
        }

        QByteArrayView raw = m_snap->rawLine(line);
        if (raw.size() > kMaxPaintedBytes) {
            raw = raw.first(kMaxPaintedBytes);
        }
        const Models::LogLine decoded = Models::decodeLogLine(raw);
        p.save();
        p.setClipRect(QRect(gutter, y, viewport()->width() - gutter, m_lineHeight));
        const int x0 = gutter - xScroll % m_charWidth;
        // Search matches, painted under the text.
        if (!needle.isEmpty()) {
            for (qsizetype at = decoded.text.indexOf(needle, 0, Qt::CaseInsensitive); at >= 0;
                 at = decoded.text.indexOf(needle, at + needle.size(), Qt::CaseInsensitive)) {
                const int x = gutter + int(at) * m_charWidth - xScroll;
                p.fillRect(QRect(x, y + 1, int(needle.size()) * m_charWidth, m_lineHeight - 2),
                    matchColor);
            }
        }
        const QColor defaultPen = selected ? pal.color(QPalette::HighlightedText) : text;
        auto drawRun = [&](qsizetype from, qsizetype to, const QColor &c, bool isBold) {
            from = std::max<qsizetype>(from, firstCol);
            to = std::min<qsizetype>(to, firstCol + cols);
            if (from >= to) {
                return;
            }
            p.setFont(isBold ? bold : regular);
            p.setPen(selected || !c.isValid() ? defaultPen : c);
            p.drawText(x0 + int(from - firstCol) * m_charWidth,
                y + m_ascent,
                decoded.text.mid(from, to - from));
        };
        qsizetype pos = 0;
        for (const Models::LogSpan &s : decoded.spans) {
            drawRun(pos, s.start, {}, false); // default pen
            drawRun(s.start, s.start + s.length, logColor(s.color), s.bold);
            pos = s.start + s.length;
        }
        drawRun(pos, decoded.text.size(), {}, false);
        p.restore();
    }
}

qint64 LogView::lineAt(const QPoint &pos) const
{
    if (!m_snap || pos.y() < 0) {
        return -1;
    }
    const qint64 line = firstVisibleLine() + pos.y() / m_lineHeight;
    return line < lineCount() ? line : -1;
}

void LogView::setCurrent(qint64 line, bool extendSelection)
{
    if (lineCount() == 0) {
        return;
    }
    line = std::clamp<qint64>(line, 0, lineCount() - 1);
    if (!extendSelection || m_anchor < 0) {
        m_anchor = line;
    }
    m_current = line;
    const qint64 first = firstVisibleLine();
    const int visible = visibleLineCount();
    if (line < first) {
        verticalScrollBar()->setValue(int(line));
    } else if (line >= first + visible) {
        verticalScrollBar()->setValue(int(line - visible + 1));
    }
    viewport()->update();
    Q_EMIT currentLineChanged(line);
}

void LogView::jumpToLine(qint64 line)
{
    if (lineCount() == 0 || line < 0) {
        return;
    }
    line = std::min(line, lineCount() - 1);
    const qint64 first = firstVisibleLine();
    const int visible = visibleLineCount();
    if (line < first || line >= first + visible) {
        m_programmaticScroll = true;
        verticalScrollBar()->setValue(int(std::max<qint64>(0, line - visible / 2)));
        m_programmaticScroll = false;
    }
    if (m_follow && line < lineCount() - 1) {
        setFollowTail(false);
    }
    setCurrent(line, false);
}

void LogView::setFollowTail(bool follow)
{
    if (m_follow == follow) {
        return;
    }
    m_follow = follow;
    if (follow) {
        m_programmaticScroll = true;
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
        m_programmaticScroll = false;
    }
    Q_EMIT followTailChanged(follow);
}

QString LogView::selectedText() const
{
    if (!m_snap || m_current < 0) {
        return QString();
    }
    const qint64 from = std::min(m_anchor, m_current), to = std::max(m_anchor, m_current);
    QString out;
    for (qint64 l = from; l <= to; ++l) {
        out += Models::stripAnsi(m_snap->rawLine(l));
        if (l < to) {
            out += QLatin1Char('\n');
        }
    }
    return out;
}

void LogView::selectAll()
{
    if (lineCount() == 0) {
        return;
    }
    m_anchor = 0;
    m_current = lineCount() - 1;
    viewport()->update();
}

void LogView::copy() const
{
    const QString text = selectedText();
    if (!text.isEmpty()) {
        QApplication::clipboard()->setText(text);
    }
}

void LogView::keyPressEvent(QKeyEvent *event)
{
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const qint64 cur = std::max<qint64>(m_current, firstVisibleLine());
    if (event->matches(QKeySequence::Copy)) {
        copy();
    } else if (event->matches(QKeySequence::SelectAll)) {
        selectAll();
    } else if (event->key() == Qt::Key_Up) {
        setCurrent(cur - 1, shift);
    } else if (event->key() == Qt::Key_Down) {
        setCurrent(m_current < 0 ? cur : cur + 1, shift);
    } else if (event->key() == Qt::Key_PageUp) {
        setCurrent(cur - visibleLineCount(), shift);
    } else if (event->key() == Qt::Key_PageDown) {
        setCurrent(cur + visibleLineCount(), shift);
    } else if (event->key() == Qt::Key_Home && (event->modifiers() & Qt::ControlModifier)) {
        setCurrent(0, shift);
    } else if (event->key() == Qt::Key_End && (event->modifiers() & Qt::ControlModifier)) {
        setCurrent(lineCount() - 1, shift);
    } else {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    // Moving the cursor to the last line is how keyboard users resume following.
    if (m_current >= 0 && m_current < lineCount() - 1 && m_follow) {
        setFollowTail(false);
    }
}

void LogView::mousePressEvent(QMouseEvent *event)
{
    const qint64 line = lineAt(event->position().toPoint());
    if (line >= 0 && event->button() == Qt::LeftButton) {
        setCurrent(line, event->modifiers() & Qt::ShiftModifier);
    }
    QAbstractScrollArea::mousePressEvent(event);
}

void LogView::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton) {
        const int y = std::clamp(int(event->position().y()), 0, viewport()->height() - 1);
        const qint64 line = lineAt(QPoint(0, y));
        if (line >= 0) {
            setCurrent(line, true);
        }
    }
}

} // namespace Dbtc::Ui

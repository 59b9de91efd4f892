// SPDX-License-Identifier: GPL-3.0-or-later
// The log viewer on a 100 MB, ~1 million line dbt debug log: how long the GUI thread is blocked
// while it opens (a 1 ms heartbeat timer measures the longest gap between its ticks), how long
// until it is ready, how long a frame takes at random scroll positions, search and jump-to-error
// times, and, side by side, QPlainTextEdit::setPlainText on a smaller slice of the same log.
// Run with benchmarks/logview/run.sh; it writes the table into benchmarks/logview/README.md.
#include "models/rundetail/logdocument.h"
#include "ui/rundetail/logview.h"
#include "ui/rundetail/logviewer.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Dbtc;

namespace {

// A dbt debug log: adapter chatter, node lines with ANSI colours, a warning every ~5k lines and
// an error every ~50k lines; "needle-1234" appears on ~100 lines.
void generate(const QString &path, qint64 bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        qFatal("cannot write %s", qPrintable(path));
    }
    QRandomGenerator rng(7);
    qint64 written = 0, line = 0;
    QByteArray chunk;
    while (written < bytes) {
        const QByteArray ts = QByteArray::number(10 + line / 3600000 % 10) + ':'
            + QByteArray::number(10 + line / 60000 % 50) + ':'
            + QByteArray::number(10 + line / 1000 % 50) + '.'
            + QByteArray::number(100000 + line % 900000);
        QByteArray l;
        if (line % 50000 == 49999) {
            l = ts + " [error] [Thread-3 (worker)]: Database Error in model orders_"
                + QByteArray::number(line) + " (models/marts/orders.sql)";
        } else if (line % 5000 == 4999) {
            l = ts
                + " [\x1b[33mwarn \x1b[0m] [MainThread]: [WARNING]: Deprecated functionality in "
                  "model stg_"
                + QByteArray::number(line);
        } else if (line % 10000 == 1234) {
            l = ts + " [debug] [Thread-2 (worker)]: needle-1234 found in cache lookup "
                + QByteArray::number(line);
        } else if (line % 7 == 0) {
            l = ts + " [\x1b[32minfo \x1b[0m] [Thread-1]: 1 of 412 OK created view model stg_"
                + QByteArray::number(rng.bounded(1000)) + " [\x1b[32mCREATE VIEW\x1b[0m in 0."
                + QByteArray::number(rng.bounded(99)) + "s]";
        } else {
            l = ts + " [debug] [Thread-" + QByteArray::number(1 + rng.bounded(8))
                + "]: On model.orders_" + QByteArray::number(rng.bounded(100000))
                + ": select * from t where id > " + QByteArray::number(rng.bounded(1 << 30));
        }
        chunk += l + '\n';
        written += l.size() + 1;
        ++line;
        if (chunk.size() > (1 << 20)) {
            f.write(chunk);
            chunk.clear();
        }
    }
    f.write(chunk);
}

qint64 peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &l : f.readAll().split('\n')) {
        if (l.startsWith("VmHWM:")) {
            return l.mid(6).trimmed().split(' ').first().toLongLong();
        }
    }
    return -1;
}

//! Longest gap between 1 ms timer ticks while \a until is false: the worst GUI freeze.
struct Heartbeat
{
    QTimer timer;
    QElapsedTimer clock;
    qint64 last = 0, worst = 0;

    Heartbeat()
    {
        timer.setTimerType(Qt::PreciseTimer);
        timer.setInterval(1);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            const qint64 now = clock.nsecsElapsed();
            worst = std::max(worst, now - last);
            last = now;
        });
    }

    void start()
    {
        clock.start();
        last = 0;
        worst = 0;
        timer.start();
    }

    double stop()
    {
        const qint64 now = clock.nsecsElapsed();
        worst = std::max(worst, now - last);
        timer.stop();
        return worst / 1e6;
    }
};

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

void row(const char *metric, double value, const char *unit)
{
    std::printf("| %s | %.1f %s |\n", metric, value, unit);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                  : QDir::tempPath() + QStringLiteral("/bench-logview.log");
    const qint64 megabytes = argc > 2 ? QByteArray(argv[2]).toLongLong() : 100;
    const qint64 baselineMb = argc > 3 ? QByteArray(argv[3]).toLongLong() : 10;
    if (QFileInfo(path).size() < megabytes * 1000 * 1000) {
        generate(path, megabytes * 1000 * 1000);
    }

    Ui::LogViewer viewer;
    viewer.resize(1400, 900);
    viewer.show();
    app.processEvents();
    Models::LogDocument *doc = viewer.document();
    Ui::LogView *view = viewer.view();
    Heartbeat beat;

    // 1. Open the file: read + index on a worker; the GUI thread only swaps the result in.
    int resets = 0;
    QObject::connect(doc, &Models::LogDocument::reset, [&resets] {
        ++resets;
    });
    QElapsedTimer t;
    beat.start();
    t.start();
    doc->loadFile(path);
    while (resets == 0) {
        app.processEvents(QEventLoop::WaitForMoreEvents);
    }
    view->viewport()->repaint();
    const double openMs = t.nsecsElapsed() / 1e6;
    const double openStall = beat.stop();
    const auto snap = doc->snapshot();

    // 2. Same bytes handed over from memory (what a downloaded step log does).
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("cannot read the log");
    }
    QByteArray bytes = f.readAll();
    doc->clear(); // the same text again would be "nothing new"
    resets = 0;
    beat.start();
    t.start();
    doc->setText(std::move(bytes));
    while (resets == 0) {
        app.processEvents(QEventLoop::WaitForMoreEvents);
    }
    view->viewport()->repaint();
    const double memMs = t.nsecsElapsed() / 1e6;
    const double memStall = beat.stop();

    // 3. Frames at random positions (scrollbar drags), and page-down runs.
    QRandomGenerator rng(11);
    QList<double> jump, page;
    for (int i = 0; i < 300; ++i) {
        view->verticalScrollBar()->setValue(
            int(rng.bounded(quint64(view->verticalScrollBar()->maximum()) + 1)));
        t.start();
        view->viewport()->repaint();
        jump << t.nsecsElapsed() / 1e6;
    }
    for (int i = 0; i < 300; ++i) {
        t.start();
        view->verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepAdd);
        view->viewport()->repaint();
        page << t.nsecsElapsed() / 1e6;
    }

    // 4. Search (worker thread) and jumping between errors.
    bool found = false;
    QObject::connect(doc, &Models::LogDocument::searchFinished, [&found] {
        found = true;
    });
    beat.start();
    t.start();
    doc->search(QStringLiteral("needle-1234"));
    while (!found) {
        app.processEvents(QEventLoop::WaitForMoreEvents);
    }
    const double searchMs = t.nsecsElapsed() / 1e6;
    const double searchStall = beat.stop();
    t.start();
    viewer.findNext(false);
    view->viewport()->repaint();
    const double nextMatchMs = t.nsecsElapsed() / 1e6;
    view->jumpToLine(0);
    QList<double> errJumps;
    for (int i = 0; i < 20; ++i) {
        t.start();
        viewer.jumpToProblem(true, false);
        view->viewport()->repaint();
        errJumps << t.nsecsElapsed() / 1e6;
    }
    const qint64 rss = peakRssKb();

    // 5. Side by side: QPlainTextEdit on a slice of the same log (the whole file would take
    // minutes and gigabytes).
    const QString slice = QString::fromUtf8(snap->text.constData(),
        qsizetype(std::min<qint64>(snap->text.size(), baselineMb * 1000 * 1000)));
    QPlainTextEdit edit;
    edit.resize(1400, 900);
    edit.show();
    app.processEvents();
    t.start();
    edit.setPlainText(slice);
    edit.viewport()->repaint();
    const double editMs = t.nsecsElapsed() / 1e6;
    t.start();
    edit.verticalScrollBar()->setValue(edit.verticalScrollBar()->maximum() / 2);
    edit.viewport()->repaint();
    const double editJumpMs = t.nsecsElapsed() / 1e6;

    std::printf("log: %.1f MB, %lld lines, %lld error and %lld warning lines\n\n",
        snap->text.size() / 1e6,
        static_cast<long long>(snap->lineCount()),
        static_cast<long long>(snap->errorCount),
        static_cast<long long>(snap->warningCount));
    std::printf("| measurement | LogView |\n|---|---|\n");
    row("open file: longest GUI-thread block", openStall, "ms");
    row("open file: until first frame painted", openMs, "ms");
    row("from memory: longest GUI-thread block", memStall, "ms");
    row("from memory: until first frame painted", memMs, "ms");
    row("frame after a random scroll jump, median", median(jump), "ms");
    row("frame after a random scroll jump, worst",
        *std::max_element(jump.cbegin(), jump.cend()),
        "ms");
    row("page down + frame, median", median(page), "ms");
    row("search (rare term, all matching lines)", searchMs, "ms");
    row("search: longest GUI-thread block", searchStall, "ms");
    row("go to next match + frame", nextMatchMs, "ms");
    row("next error + frame, worst of 20",
        *std::max_element(errJumps.cbegin(), errJumps.cend()),
        "ms");
    row("peak RSS of the process after all of the above", rss / 1024.0, "MB");
    std::printf("\n| QPlainTextEdit on the first %lld MB (side by side) | |\n|---|---|\n",
        static_cast<long long>(baselineMb));
    row("setPlainText + first frame (GUI thread blocked throughout)", editMs, "ms");
    row("jump to the middle + frame", editJumpMs, "ms");
    std::printf("\nratio: QPlainTextEdit blocks the GUI thread %.0fx longer on %lld MB than "
                "LogView does on %lld MB\n",
        editMs / std::max(0.001, openStall),
        static_cast<long long>(baselineMb),
        static_cast<long long>(megabytes));
    return 0;
}

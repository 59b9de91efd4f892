// SPDX-License-Identifier: GPL-3.0-or-later
// The log viewer as a user drives it: search and next/previous, jump to errors, follow tail
// while lines arrive (and stop when scrolled up), copy selected lines without ANSI codes.
#include "models/rundetail/logdocument.h"
#include "ui/rundetail/logview.h"
#include "ui/rundetail/logviewer.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Dbtc;

namespace {

QString numberedLog(int lines, int errorEvery = 0)
{
    QStringList out;
    for (int i = 0; i < lines; ++i) {
        if (errorEvery && i % errorEvery == errorEvery - 1) {
            out << QStringLiteral("line %1 \x1b[31mERROR\x1b[0m something broke").arg(i);
        } else {
            out << QStringLiteral("line %1 ok").arg(i);
        }
    }
    return out.join(u'\n') + u'\n';
}

} // namespace

class TestLogView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void search_nextAndPreviousWrap()
    {
        Ui::LogViewer viewer;
        viewer.resize(900, 400);
        viewer.show();
        viewer.setText(numberedLog(5000));
        auto *search = viewer.findChild<QLineEdit *>();
        QVERIFY(search);
        QSignalSpy found(viewer.document(), &Models::LogDocument::searchFinished);
        search->setText(
            QStringLiteral("LINE 42")); // case-insensitive; lines 42, 420-429, 4200-4299
        QVERIFY(found.wait(5000));
        QCOMPARE(found.last().at(1).toLongLong(), 111);
        QCOMPARE(viewer.view()->currentLine(), 42); // the first match is shown at once
        viewer.findNext(false);
        QCOMPARE(viewer.view()->currentLine(), 420);
        viewer.findNext(true);
        QCOMPARE(viewer.view()->currentLine(), 42);
        viewer.findNext(true); // wraps to the last match
        QCOMPARE(viewer.view()->currentLine(), 4299);
        const qint64 first = viewer.view()->firstVisibleLine();
        QVERIFY(first <= 4299 && 4299 < first + viewer.view()->visibleLineCount());
    }

    void nextError_jumpsBetweenErrorLines()
    {
        Ui::LogViewer viewer;
        viewer.resize(900, 400);
        viewer.show();
        viewer.setText(numberedLog(1000, 300)); // errors on 299, 599, 899
        viewer.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&viewer)); // shortcuts need an active window
        QCOMPARE(viewer.document()->snapshot()->errorCount, 3);
        viewer.jumpToProblem(true, false);
        QCOMPARE(viewer.view()->currentLine(), 299);
        QTest::keyClick(viewer.view(), Qt::Key_F8);
        QCOMPARE(viewer.view()->currentLine(), 599);
        viewer.jumpToProblem(true, true);
        QCOMPARE(viewer.view()->currentLine(), 299);
    }

    void followTail_keepsLastLineInViewUntilUserScrollsUp()
    {
        Ui::LogViewer viewer;
        viewer.resize(900, 400);
        viewer.show();
        QString text = numberedLog(200);
        viewer.setText(text);
        viewer.setFollowTail(true);
        auto *bar = viewer.view()->verticalScrollBar();
        QCOMPARE(bar->value(), bar->maximum());
        for (int i = 200; i < 260; ++i) {
            text += QStringLiteral("line %1 more\n").arg(i);
        }
        viewer.setText(text);
        QCOMPARE(viewer.document()->lineCount(), 260);
        QCOMPARE(bar->value(), bar->maximum());
        QVERIFY(viewer.view()->firstVisibleLine() + viewer.view()->visibleLineCount() >= 260);
        // The user scrolls up: following stops, and new lines no longer move the view.
        bar->triggerAction(QAbstractSlider::SliderPageStepSub);
        QTRY_VERIFY(!viewer.view()->followTail());
        const int kept = bar->value();
        viewer.setText(text + QStringLiteral("one more\n"));
        QCOMPARE(bar->value(), kept);
    }

    void copy_selectedLinesWithoutAnsi()
    {
        Ui::LogViewer viewer;
        viewer.resize(900, 400);
        viewer.show();
        viewer.setText(numberedLog(20, 3));
        Ui::LogView *view = viewer.view();
        view->jumpToLine(1);
        QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
        QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(view->selectedText(),
            QStringLiteral("line 1 ok\nline 2 ERROR something broke\nline 3 ok"));
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), view->selectedText());
    }

    void save_writesPlainText()
    {
        Ui::LogViewer viewer;
        viewer.setText(numberedLog(10, 5));
        QTemporaryDir dir;
        QSignalSpy saved(&viewer, &Ui::LogViewer::saved);
        viewer.saveTo(dir.filePath(QStringLiteral("x.log")));
        QVERIFY(saved.wait(5000));
        QCOMPARE(saved.first().at(1).toString(), QString());
        QFile f(dir.filePath(QStringLiteral("x.log")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY(!content.contains('\x1b'));
        QVERIFY(content.contains("line 4 ERROR something broke\n"));
        QCOMPARE(content.count('\n'), 10);
    }

    void paint_largeLogOnlyVisibleLines()
    {
        // 200k lines paint as fast as 20: only the visible ones are decoded.
        Ui::LogViewer viewer;
        viewer.resize(900, 400);
        viewer.show();
        QSignalSpy reset(viewer.document(), &Models::LogDocument::reset);
        viewer.setText(numberedLog(200000, 1000));
        if (viewer.document()->isLoading()) {
            QVERIFY(reset.wait(10000));
        }
        QCOMPARE(viewer.document()->lineCount(), 200000);
        viewer.view()->jumpToLine(150000);
        const QImage shot = viewer.view()->viewport()->grab().toImage();
        QVERIFY(!shot.isNull());
        QCOMPARE(viewer.view()->currentLine(), 150000);
    }
};

QTEST_MAIN(TestLogView)
#include "tst_logview.moc"

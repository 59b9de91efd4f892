// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/rundetail/logdocument.h"

#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

using namespace Dbtc::Models;

class TestLogDocument final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void index_linesWithAndWithoutFinalNewline();
    void classify_errorsWarningsAndCounters();
    void decode_ansiColoursBecomeSpans();
    void decode_extendedColoursKeepTheirValue();
    void decode_hugeParametersSaturate();
    void stripAnsi_removesCsiAndOsc();
    void growingText_appendsAndReindexesPartialLine();
    void shrinkingText_resets();
    void search_caseInsensitiveAllMatchingLines();
    void findKind_nextAndPreviousError();
    void largeText_indexedOffThread();
    void loadFile_reportsMissingFile();
};

void TestLogDocument::index_linesWithAndWithoutFinalNewline()
{
    auto a = indexLog(QByteArrayLiteral("one\ntwo\r\nthree"));
    QCOMPARE(a->lineCount(), 3);
    QCOMPARE(a->rawLine(1), QByteArrayView("two"));
    QCOMPARE(a->rawLine(2), QByteArrayView("three"));
    auto b = indexLog(QByteArrayLiteral("one\ntwo\n"));
    QCOMPARE(b->lineCount(), 2);
    QCOMPARE(b->rawLine(1), QByteArrayView("two"));
    QCOMPARE(indexLog(QByteArray())->lineCount(), 0);
    QCOMPARE(indexLog(QByteArrayLiteral("\n\n"))->lineCount(), 2);
}

void TestLogDocument::classify_errorsWarningsAndCounters()
{
    QCOMPARE(classifyLogLine("12:00:02  1 of 3 ERROR creating sql table model prod.orders"),
        LogLineKind::Error);
    QCOMPARE(classifyLogLine("Failure in model orders (models/orders.sql)"), LogLineKind::Error);
    QCOMPARE(classifyLogLine("Database Error in model x (models/x.sql)"), LogLineKind::Error);
    QCOMPARE(classifyLogLine("12:00:00.1 [error] [MainThread]: boom"), LogLineKind::Error);
    QCOMPARE(classifyLogLine("[WARNING]: Deprecated functionality"), LogLineKind::Warning);
    QCOMPARE(classifyLogLine("1 of 1 WARN freshness of ecom.raw_orders"), LogLineKind::Warning);
    // The summary counters are not problems by themselves.
    QCOMPARE(classifyLogLine("Done. PASS=12 WARN=0 ERROR=0 SKIP=0 TOTAL=12"), LogLineKind::Normal);
    QCOMPARE(classifyLogLine("Completed successfully"), LogLineKind::Normal);
}

void TestLogDocument::decode_ansiColoursBecomeSpans()
{
    const LogLine l = decodeLogLine("ok \x1b[31mred\x1b[0m and \x1b[1;32mbold green\x1b[39m\tx");
    QCOMPARE(l.text, QStringLiteral("ok red and bold green   x")); // tab to column 24
    QCOMPARE(l.spans.size(), 3);
    QCOMPARE(l.spans.at(0).start, 3);
    QCOMPARE(l.spans.at(0).length, 3);
    QCOMPARE(
        l.spans.at(0).color, (LogColor { LogColor::Indexed, 1 })); // ANSI red, themed by the view
    QVERIFY(l.spans.at(1).bold);
    QCOMPARE(l.text.mid(l.spans.at(1).start, l.spans.at(1).length), QStringLiteral("bold green"));
    QVERIFY(l.spans.at(2).color.isDefault()); // default colour, still bold
    QVERIFY(l.spans.at(2).bold);
}

void TestLogDocument::decode_extendedColoursKeepTheirValue()
{
    const LogLine l =
        decodeLogLine("\x1b[38;5;208morange\x1b[0m \x1b[38;2;1;2;3mrgb\x1b[0m \x1b[93my");
    QCOMPARE(l.spans.size(), 3);
    QCOMPARE(l.spans.at(0).color, (LogColor { LogColor::Indexed, 208 }));
    QCOMPARE(l.spans.at(1).color, (LogColor { LogColor::Rgb, 0x010203 }));
    QCOMPARE(l.spans.at(2).color, (LogColor { LogColor::Indexed, 11 })); // bright yellow
}

void TestLogDocument::decode_hugeParametersSaturate()
{
    // A parameter of any length is clamped like 256 (fuzz_logindex found the int overflow;
    // tests/fuzz/seeds-logs/regression-sgr-overflow.log): the brightest index, the full channel.
    const LogLine l =
        decodeLogLine("\x1b[38;5;99999999999999999999mx\x1b[0m \x1b[38;2;99999999999;0;1mrgb");
    QCOMPARE(l.text, QStringLiteral("x rgb"));
    QCOMPARE(l.spans.size(), 2);
    QCOMPARE(l.spans.at(0).color, (LogColor { LogColor::Indexed, 255 }));
    QCOMPARE(l.spans.at(1).color, (LogColor { LogColor::Rgb, 0xFF0001 }));
}

void TestLogDocument::stripAnsi_removesCsiAndOsc()
{
    QCOMPARE(stripAnsi("\x1b[2K\x1b[1;31mError\x1b[0m: \x1b]8;;http://x\x07link\x1b]8;;\x07"),
        QStringLiteral("Error: link"));
    QCOMPARE(stripAnsi("plain"), QStringLiteral("plain"));
}

void TestLogDocument::growingText_appendsAndReindexesPartialLine()
{
    LogDocument doc;
    QSignalSpy appended(&doc, &LogDocument::linesAppended);
    QSignalSpy reset(&doc, &LogDocument::reset);
    doc.setText(QByteArrayLiteral("a\nb\npart"));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(doc.lineCount(), 3);
    doc.setText(QByteArrayLiteral("a\nb\npartial ERROR done\nnext\n"));
    QCOMPARE(appended.size(), 1);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(doc.lineCount(), 4);
    QCOMPARE(doc.snapshot()->rawLine(2), QByteArrayView("partial ERROR done"));
    QCOMPARE(doc.snapshot()->kinds[2], LogLineKind::Error);
    QCOMPARE(doc.snapshot()->errorCount, 1);
    doc.setText(QByteArrayLiteral("a\nb\npartial ERROR done\nnext\n")); // same text: no signal
    QCOMPARE(appended.size() + reset.size(), 2);
}

void TestLogDocument::shrinkingText_resets()
{
    // dbt Cloud sends a sliding window of the last 1,000 lines while a step runs.
    LogDocument doc;
    doc.setText(QByteArrayLiteral("1\n2\n3\n"));
    QSignalSpy reset(&doc, &LogDocument::reset);
    doc.setText(QByteArrayLiteral("2\n3\n4\n"));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(doc.snapshot()->rawLine(0), QByteArrayView("2"));
}

void TestLogDocument::search_caseInsensitiveAllMatchingLines()
{
    LogDocument doc;
    doc.setText(QByteArrayLiteral("alpha\nBeta beta\ngamma\nALPHABET\n"));
    QSignalSpy done(&doc, &LogDocument::searchFinished);
    doc.search(QStringLiteral("alpha"));
    QVERIFY(done.wait(5000));
    QCOMPARE(done.last().at(1).toLongLong(), 2);
    QCOMPARE(doc.matches(), (std::vector<qint64> { 0, 3 }));
    QCOMPARE(doc.matchNear(1, false), 1);
    QCOMPARE(doc.matchNear(2, true), 0);
    QCOMPARE(doc.matchNear(4, false), -1);
    doc.search(QStringLiteral("beta"));
    QVERIFY(done.wait(5000));
    QCOMPARE(doc.matches(), (std::vector<qint64> { 1 })); // one entry per line, not per hit
}

void TestLogDocument::findKind_nextAndPreviousError()
{
    LogDocument doc;
    doc.setText(QByteArrayLiteral("ok\nWARN x\nok\nERROR y\nok\n"));
    QCOMPARE(doc.findKind(0, LogLineKind::Error, false), 3);
    QCOMPARE(doc.findKind(0, LogLineKind::Warning, false), 1); // warnings or worse
    QCOMPARE(doc.findKind(4, LogLineKind::Error, true), 3);
    QCOMPARE(doc.findKind(2, LogLineKind::Error, true), -1);
}

void TestLogDocument::largeText_indexedOffThread()
{
    QByteArray big;
    const QByteArray line =
        QByteArrayLiteral("12:00:00.000000 [debug] [Thread-1  ]: some adapter chatter here\n");
    while (big.size() <= LogDocument::SyncIndexLimit * 2) {
        big += line;
    }
    big += QByteArrayLiteral("final ERROR line\n");
    const qint64 expected = big.count('\n');
    LogDocument doc;
    QSignalSpy reset(&doc, &LogDocument::reset);
    doc.setText(big);
    QVERIFY(doc.isLoading()); // returned before indexing: the GUI thread is free
    QCOMPARE(doc.lineCount(), 0);
    QVERIFY(reset.wait(10000));
    QCOMPARE(doc.lineCount(), expected);
    QCOMPARE(doc.snapshot()->errorCount, 1);
    QCOMPARE(doc.findKind(0, LogLineKind::Error, false), expected - 1);
}

void TestLogDocument::loadFile_reportsMissingFile()
{
    LogDocument doc;
    QSignalSpy failed(&doc, &LogDocument::loadFailed);
    doc.loadFile(QStringLiteral("/nonexistent/dir/x.log"));
    QVERIFY(failed.wait(5000));
    QVERIFY(!doc.isLoading());

    QTemporaryFile f;
    QVERIFY(f.open());
    f.write("x\ny\n");
    f.flush();
    QSignalSpy reset(&doc, &LogDocument::reset);
    doc.loadFile(f.fileName());
    QVERIFY(reset.wait(5000));
    QCOMPARE(doc.lineCount(), 2);
}

QTEST_GUILESS_MAIN(TestLogDocument)
#include "tst_logdocument.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "../models/simfixture.h"
#include "artifacts/artifactindex.h"
#include "models/artifacts/nodetreemodel.h"
#include "models/artifacts/recentfiles.h"
#include "models/artifacts/resultstablemodel.h"
#include "models/common/runartifacts.h"
#include "models/common/settingsstore.h"
#include "themeshots.h"
#include "ui/artifacts/artifactbrowser.h"
#include "ui/artifacts/artifactrecentmenu.h"
#include "ui/artifacts/lineageview.h"
#include "ui/artifacts/nodepage.h"
#include "ui/artifacts/nodepagehtml.h"
#include "ui/artifacts/resultsview.h"
#include "ui/widgets/statepage.h"

#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace Dbtc;
using Ui::ArtifactBrowser;

namespace {

QString dataPath(const QString &relative)
{
    return QStringLiteral(DBTC_TEST_DATA_DIR "/artifacts/") + relative;
}

bool waitLoaded(ArtifactBrowser &b)
{
    return QTest::qWaitFor(
        [&] {
            return b.page() != ArtifactBrowser::Page::Loading;
        },
        20000);
}

} // namespace

class TestArtifactView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensEveryCorpusFile_data();
    void opensEveryCorpusFile();
    void brokenFile_showsErrorPage();
    void search_filtersTreeOnEachKeystroke();
    void nodePage_columnsTestsLinksAndSql();
    void failedRun_opensOnProblems();
    void recentMenu_followsList();
    void runArtifacts_openThenOfflineShowsCachedCopyWithNotice();
    void screenshot();
};

void TestArtifactView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestArtifactView::opensEveryCorpusFile_data()
{
    QTest::addColumn<QString>("path");
    QDirIterator it(
        dataPath({}), { QStringLiteral("*.json") }, QDir::Files, QDirIterator::Subdirectories);
    QSet<QString> folders;
    while (it.hasNext()) {
        const QString file = it.next();
        QTest::newRow(qPrintable(file.mid(dataPath({}).size()))) << file;
        folders.insert(QFileInfo(file).path());
    }
    for (const QString &folder : std::as_const(folders)) {
        QTest::newRow(qPrintable(folder.mid(dataPath({}).size()) + u'/')) << folder;
    }
}

void TestArtifactView::opensEveryCorpusFile()
{
    QFETCH(QString, path);
    ArtifactBrowser browser;
    QSignalSpy opened(&browser, &ArtifactBrowser::pathOpened);
    QSignalSpy title(&browser, &ArtifactBrowser::titleChanged);
    browser.openPath(path);
    QVERIFY(waitLoaded(browser));
    QVERIFY2(browser.page() == ArtifactBrowser::Page::Content, qPrintable(browser.errorText()));
    QCOMPARE(opened.count(), 1);
    QCOMPARE(title.count(), 1);
    const auto index = browser.index();
    QVERIFY(index);
    // whatever the file holds is reachable: nodes in the tree, results or freshness in a tab
    if (!index->entities().empty()) {
        QVERIFY(browser.nodeModel()->rowCount() > 0);
    }
    const bool anyResults = !index->results().empty();
    QCOMPARE(browser.tabs()->isTabEnabled(ArtifactBrowser::ResultsTab)
            || browser.tabs()->isTabEnabled(ArtifactBrowser::FreshnessTab),
        anyResults);
}

void TestArtifactView::brokenFile_showsErrorPage()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("manifest.json"));
    QFile source(dataPath(QStringLiteral("jaffle_shop-dbt1.6.0-bigquery/manifest.json")));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QFile broken(file);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(source.read(5000)); // cut in the middle of the nodes
    broken.close();

    ArtifactBrowser browser;
    QSignalSpy failed(&browser, &ArtifactBrowser::loadFailed);
    browser.openPath(file);
    QVERIFY(waitLoaded(browser));
    QCOMPARE(browser.page(), ArtifactBrowser::Page::Error);
    QCOMPARE(failed.count(), 1);
    QVERIFY2(browser.errorText().contains(u"manifest.json"), qPrintable(browser.errorText()));
    QVERIFY2(browser.errorText().contains(u"byte"), qPrintable(browser.errorText()));
    auto *page = browser.findChild<Ui::StatePage *>();
    QVERIFY(page);
    const QList<QLabel *> labels = browser.findChildren<QLabel *>();
    const bool shown = std::any_of(labels.begin(), labels.end(), [&](QLabel *l) {
        return l->text().contains(u"byte") && l->text().contains(u"manifest.json");
    });
    QVERIFY2(shown, "the error page shows the file and offset");

    // a good file afterwards replaces the error page
    browser.openPath(dataPath(QStringLiteral("jaffle_shop-dbt1.6.0-bigquery")));
    QVERIFY(waitLoaded(browser));
    QCOMPARE(browser.page(), ArtifactBrowser::Page::Content);
}

void TestArtifactView::search_filtersTreeOnEachKeystroke()
{
    ArtifactBrowser browser;
    browser.openPath(dataPath(QStringLiteral("jaffle_shop-dbt1.6.0-bigquery/manifest.json")));
    QVERIFY(waitLoaded(browser));
    auto *model = browser.nodeModel();
    QCOMPARE(model->matchCount(), 29);
    QTest::keyClicks(browser.searchField(), QStringLiteral("stg_cus"));
    QTRY_COMPARE(model->filter().text, QStringLiteral("stg_cus"));
    QVERIFY(model->matchCount() < 29);
    const QModelIndexList hits = model->match(model->index(0, 0),
        Models::NodeTreeModel::UniqueIdRole,
        QStringLiteral("model.jaffle_shop.stg_customers"),
        1,
        Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(hits.size(), 1);
    QVERIFY(browser.nodeTree()->isExpanded(hits.first().parent())); // few hits: all expanded

    // Enter opens the first hit
    QTest::keyClick(browser.searchField(), Qt::Key_Return);
    QVERIFY(!browser.nodePage()->currentUniqueId().isEmpty());

    browser.searchField()->setText(QStringLiteral("mat:view"));
    QTRY_COMPARE(model->matchCount(), 3);
    auto *typeBox = browser.findChildren<QComboBox *>().value(0);
    QVERIFY(typeBox);
    browser.searchField()->clear();
    typeBox->setCurrentIndex(typeBox->findText(QStringLiteral("Seeds")));
    QTRY_COMPARE(model->matchCount(), 3);

    // showNode on a filtered-out node drops the filter and selects it
    QVERIFY(browser.showNode(QStringLiteral("model.jaffle_shop.orders")));
    QCOMPARE(browser.nodePage()->currentUniqueId(), QStringLiteral("model.jaffle_shop.orders"));
    QCOMPARE(model->entityAt(browser.nodeTree()->currentIndex()),
        browser.index()->findEntity("model.jaffle_shop.orders"));
    QVERIFY(!browser.showNode(QStringLiteral("model.nope.nope")));
}

void TestArtifactView::nodePage_columnsTestsLinksAndSql()
{
    ArtifactBrowser browser;
    browser.openPath(dataPath(QStringLiteral("dbt_testing-dbt1.7.10-snowflake")));
    QVERIFY(waitLoaded(browser));
    QVERIFY(browser.showNode(QStringLiteral("model.dbtlearnnew.dim_listing")));
    auto *page = browser.nodePage();
    const QString text = page->infoView()->toPlainText();
    QVERIFY(text.contains(u"Cleansed table which contain airbnb listings")); // description
    QVERIFY(text.contains(u"minimum_nights")); // documented column
    QVERIFY(text.contains(u"LISTING_NAME")); // column only the catalog knows
    QVERIFY(text.contains(u"Tests (9)"));
    QVERIFY(text.contains(u"Depends on (1)"));
    QVERIFY(text.contains(u"src_listing"));
    QVERIFY(text.contains(u"success")); // last result
    QVERIFY(page->compiledView()->toPlainText().contains(u"__dbt__cte__src_listing"));
    QVERIFY(page->rawView()->toPlainText().contains(u"{{ ref('src_listing') }}"));

    // a dependency link navigates
    const int parent = browser.index()->findEntity("model.dbtlearnnew.src_listing");
    emit page->infoView()->anchorClicked(Ui::nodeLink(std::uint32_t(parent)));
    QCOMPARE(page->currentUniqueId(), QStringLiteral("model.dbtlearnnew.src_listing"));
    QCOMPARE(browser.lineageView()->focusEntity(), parent);
}

void TestArtifactView::failedRun_opensOnProblems()
{
    ArtifactBrowser browser;
    browser.openPath(dataPath(QStringLiteral("diy9-dbt0.20.2-bigquery-failed-run")));
    QVERIFY(waitLoaded(browser));
    QCOMPARE(browser.tabs()->currentIndex(), int(ArtifactBrowser::ResultsTab));
    auto *results = browser.resultsView();
    QCOMPARE(results->visibleRows(), 4);
    QCOMPARE(results->model()->problemCount(), 4);
    const QModelIndex first = results->table()->model()->index(0, 0);
    emit results->table()->activated(first);
    QCOMPARE(browser.tabs()->currentIndex(), int(ArtifactBrowser::NodeTab));
    QCOMPARE(browser.nodePage()->currentUniqueId(),
        first.data(Models::ResultsTableModel::ResultUniqueIdRole).toString());
    QVERIFY(browser.nodePage()->infoView()->toPlainText().contains(u"error"));
}

void TestArtifactView::recentMenu_followsList()
{
    Models::MemorySettingsStore settings;
    Models::RecentFiles recent(&settings);
    Ui::ArtifactRecentMenu menu(&recent);
    recent.add(dataPath(QStringLiteral("jaffle_shop-dbt1.6.0-bigquery")));
    recent.add(dataPath(QStringLiteral("dbt_testing-dbt1.7.10-snowflake")));
    recent.add(dataPath(QStringLiteral("jaffle_shop-dbt1.6.0-bigquery"))); // moves to the front
    QCOMPARE(recent.files().size(), 2);
    QVERIFY(recent.files().first().endsWith(u"jaffle_shop-dbt1.6.0-bigquery"));
    QSignalSpy chosen(&menu, &Ui::ArtifactRecentMenu::pathTriggered);
    menu.actions().first()->trigger();
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().first().toString(), recent.files().first());
    Models::RecentFiles reread(&settings); // persisted in the store
    QCOMPARE(reread.files(), recent.files());
    recent.clear();
    QCOMPARE(menu.actions().first()->isEnabled(), false); // "No recent files"
}

void TestArtifactView::screenshot()
{
    // The node page in both themes (screenshots/node-{light,dark}.png, see themeshots.h), and
    // docs/screenshot-node.png when DBTC_SCREENSHOT_DIR is set (scripts, not CI).
    const QString out = qEnvironmentVariable("DBTC_SCREENSHOT_DIR");
    ArtifactBrowser browser;
    browser.resize(1280, 800);
    browser.show();
    browser.openPath(dataPath(QStringLiteral("dbt_testing-dbt1.7.10-snowflake")));
    QVERIFY(waitLoaded(browser));
    browser.searchField()->setText(QStringLiteral("dim_"));
    QTest::qWait(50);
    QVERIFY(browser.showNode(QStringLiteral("model.dbtlearnnew.dim_listing")));
    QTest::qWait(100);
    Test::grabThemes(&browser, QStringLiteral("node"));
    if (QTest::currentTestFailed()) {
        return;
    }
    if (!out.isEmpty()) {
        QVERIFY(browser.grab().save(out + QStringLiteral("/screenshot-node.png")));
    }
}

void TestArtifactView::runArtifacts_openThenOfflineShowsCachedCopyWithNotice()
{
    SimFixture sim;
    QVERIFY(sim.start(300));
    QTemporaryDir cache;
    const qint64 runId = sim.server->failedRunId(sim.accountId);
    {
        Models::RunArtifacts artifacts(sim.client.get(), cache.path());
        ArtifactBrowser browser;
        browser.openRun(&artifacts, runId);
        QVERIFY(waitLoaded(browser));
        QVERIFY2(browser.page() == ArtifactBrowser::Page::Content, qPrintable(browser.errorText()));
        QVERIFY(browser.notice().isEmpty());
        QVERIFY(sim.server->requestCount(QStringLiteral("manifest.json")) > 0);
    }
    // dbt Cloud unreachable, the console restarted: the cached copy opens, and the page says so.
    sim.server.reset();
    Models::RunArtifacts artifacts(sim.client.get(), cache.path());
    ArtifactBrowser browser;
    browser.openRun(&artifacts, runId);
    QVERIFY(waitLoaded(browser));
    QVERIFY2(browser.page() == ArtifactBrowser::Page::Content, qPrintable(browser.errorText()));
    QVERIFY2(browser.notice().contains(QLatin1String("cached")), qPrintable(browser.notice()));
    QVERIFY(browser.index()->entities().size() > 10);

    // Another run with nothing cached: an error page, not an empty browser.
    browser.openRun(&artifacts, runId + 999999);
    QVERIFY(waitLoaded(browser));
    QCOMPARE(browser.page(), ArtifactBrowser::Page::Error);
}

QTEST_MAIN(TestArtifactView)
#include "tst_artifactview.moc"

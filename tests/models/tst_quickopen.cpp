// SPDX-License-Identifier: GPL-3.0-or-later
// The Ctrl+K palette's matching: fuzzy letters, where each entry lives, recent choices first
// and run ids on every account. Against the simulator's seeded account, whose three projects
// each have a job called "Hourly incremental models".
#include "models/common/fuzzymatch.h"
#include "models/common/roles.h"
#include "models/common/settingsstore.h"
#include "models/console/accounttreemodel.h"
#include "models/console/quickopenmodel.h"
#include "simfixture.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Dbtc;
using Models::QuickOpenModel;
using Models::TreeNodeKind;

class TestQuickOpen : public QObject
{
    Q_OBJECT

    SimFixture m_sim;

    void loadTree(Models::AccountTreeModel &tree)
    {
        tree.addConnection(
            { QStringLiteral("conn-1"), QStringLiteral("Demo"), m_sim.accountId, false, true },
            m_sim.client.get());
        QSignalSpy settled(&tree, &Models::AccountTreeModel::fetchesSettled);
        tree.loadAll(QStringLiteral("conn-1"));
        QVERIFY(settled.wait(10000));
    }

    static QStringList names(const QuickOpenModel &m)
    {
        QStringList out;
        for (int i = 0; i < m.rowCount(); ++i) {
            out.append(m.index(i).data().toString());
        }
        return out;
    }

private Q_SLOTS:

    void fuzzyMatchFindsSubsequencesAndPrefersWordStarts()
    {
        const auto m = Models::fuzzyMatch(u"hrly inc", u"Hourly incremental models");
        QVERIFY(m.matched);
        // h(0) r(3) l(4) y(5) ' '(6) i(7) n(8) c(9): the best placement, letters in order.
        QCOMPARE(m.positions, (QList<int> { 0, 3, 4, 5, 6, 7, 8, 9 }));
        QVERIFY(!Models::fuzzyMatch(u"xyz", u"Hourly incremental models").matched);
        QVERIFY(!Models::fuzzyMatch(u"modelsx", u"models").matched);
        // Order matters: a subsequence, not a bag of letters.
        QVERIFY(!Models::fuzzyMatch(u"ylruoh", u"hourly").matched);
        // Word starts and consecutive letters win: "nm" is "Nightly Models", not "fiNal Mart".
        const int words = Models::fuzzyMatch(u"nm", u"Nightly models").score;
        const int inside = Models::fuzzyMatch(u"nm", u"final mart").score;
        QVERIFY2(words > inside, qPrintable(QStringLiteral("%1 vs %2").arg(words).arg(inside)));
        // The word start is chosen over an earlier letter inside a word: "inc" in
        // "zinc incremental" marks the second word.
        QCOMPARE(
            Models::fuzzyMatch(u"inc", u"zinc incremental").positions, (QList<int> { 5, 6, 7 }));
        QVERIFY(Models::fuzzyMatch(u"", u"anything").matched);
    }

    void init() { QVERIFY(m_sim.start(50)); }

    void sameNamedJobsAreToldApartByTheirPlace()
    {
        Models::AccountTreeModel tree;
        loadTree(tree);
        QuickOpenModel model(&tree);
        model.setQuery(QStringLiteral("Hourly incremental models"));
        QSet<QString> places;
        int jobs = 0;
        for (int i = 0; i < model.rowCount(); ++i) {
            const QModelIndex idx = model.index(i);
            if (idx.data().toString() != QStringLiteral("Hourly incremental models")) {
                continue;
            }
            ++jobs;
            QCOMPARE(idx.data(QuickOpenModel::KindTextRole).toString(), QStringLiteral("Job"));
            const QString place = idx.data(QuickOpenModel::PlaceRole).toString();
            // account › project › environment
            QCOMPARE(place.count(QStringLiteral(" › ")), 2);
            places.insert(place);
        }
        QVERIFY2(jobs >= 3, qPrintable(names(model).join(QLatin1Char(','))));
        QCOMPARE(places.size(), jobs); // no two identical lines
    }

    void fuzzyQueryMarksTheLettersAndRanksTheNameFirst()
    {
        Models::AccountTreeModel tree;
        loadTree(tree);
        QuickOpenModel model(&tree);
        model.setQuery(QStringLiteral("hrly inc"));
        QVERIFY(model.rowCount() >= 3);
        const QModelIndex top = model.index(0);
        QCOMPARE(top.data().toString(), QStringLiteral("Hourly incremental models"));
        const auto marks = top.data(QuickOpenModel::NameMatchesRole).value<QList<int>>();
        QCOMPARE(marks, (QList<int> { 0, 3, 4, 5, 7, 8, 9 })); // "hrly" and "inc", no space
        model.setQuery(QStringLiteral("zzzzqqq"));
        QCOMPARE(model.rowCount(), 0);
    }

    void aWordCanMatchThePlace()
    {
        Models::AccountTreeModel tree;
        loadTree(tree);
        QuickOpenModel model(&tree);
        model.setQuery(QStringLiteral("Hourly incremental models"));
        const QString place = model.index(0).data(QuickOpenModel::PlaceRole).toString();
        const QString project = place.split(QStringLiteral(" › ")).at(1);
        // Narrowing by the project's name keeps only that project's entries.
        model.setQuery(QStringLiteral("Hourly incremental ") + project);
        QVERIFY(model.rowCount() >= 1);
        for (int i = 0; i < model.rowCount(); ++i) {
            QVERIFY(model.index(i).data(QuickOpenModel::PlaceRole).toString().contains(project)
                || model.index(i).data().toString().contains(project));
        }
        QVERIFY(model.rowCount() < 3
            || !model.index(0)
                    .data(QuickOpenModel::PlaceMatchesRole)
                    .value<QList<int>>()
                    .isEmpty());
    }

    void recentChoicesComeFirstAndAreRemembered()
    {
        Models::AccountTreeModel tree;
        loadTree(tree);
        Models::MemorySettingsStore settings;
        Models::QuickOpenModel::Target chosen;
        {
            QuickOpenModel model(&tree, &settings);
            model.setQuery(QStringLiteral("Hourly incremental models"));
            QVERIFY(model.rowCount() >= 3);
            const int last = model.rowCount() - 1;
            chosen = model.target(last);
            model.noteChosen(last);
            model.setQuery(QStringLiteral("Hourly incremental models"));
            QCOMPARE(model.target(0).id, chosen.id);
            QVERIFY(model.index(0).data(QuickOpenModel::RecentRole).toBool());
        }
        QuickOpenModel again(&tree, &settings); // a restart
        again.setQuery(QString());
        QCOMPARE(again.target(0).id, chosen.id);
        QCOMPARE(again.target(0).kind, chosen.kind);
    }

    void aNumberOffersTheRunOnEveryAccount()
    {
        Models::AccountTreeModel tree;
        loadTree(tree);
        QuickOpenModel model(&tree);
        model.setQuery(QStringLiteral("#4242"));
        QVERIFY(model.rowCount() >= 1);
        const auto t = model.target(0);
        QVERIFY(t.isRun);
        QCOMPARE(t.id, 4242);
        QCOMPARE(t.connectionId, QStringLiteral("conn-1"));
        QCOMPARE(t.accountId, m_sim.accountId);
        QCOMPARE(model.index(0).data(Models::RunIdRole).toLongLong(), 4242);
    }
};

QTEST_GUILESS_MAIN(TestQuickOpen)
#include "tst_quickopen.moc"

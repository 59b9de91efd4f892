// SPDX-License-Identifier: GPL-3.0-or-later
// The presentation vocabulary: one palette with light and dark values, one status style for
// run and node statuses, one theme switch, one spinner clock.
#include "ui/widgets/palette.h"
#include "ui/widgets/spinnerclock.h"
#include "ui/widgets/statusdelegate.h"
#include "ui/widgets/statusstyle.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/thememenu.h"

#include <QApplication>
#include <QHeaderView>
#include <QSet>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QTest>

using namespace Dbtc;
using namespace Dbtc::Ui;

namespace {

QList<Api::RunStatus> allRunStatuses()
{
    // every value the wire may carry, found through the one decoder (no list to forget)
    QList<Api::RunStatus> out;
    for (int v = 0; v <= 100; ++v) {
        Api::RunStatus s;
        if (Api::runStatusFromInt(v, &s)) {
            out << s;
        }
    }
    return out;
}

bool imageContains(const QImage &image, const QColor &c)
{
    const QImage img = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < img.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(img.constScanLine(y));
        for (int x = 0; x < img.width(); ++x) {
            if (qRed(line[x]) == c.red() && qGreen(line[x]) == c.green()
                && qBlue(line[x]) == c.blue()) {
                return true;
            }
        }
    }
    return false;
}

} // namespace

class TestPalette final : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void cleanup() { Theme::instance()->setTheme(Theme::System); }

    void everyRole_hasDistinctLightAndDarkValues()
    {
        for (int r = 0; r < kColorRoleCount; ++r) {
            const auto role = ColorRole(r);
            const QColor light = color(role, false), dark = color(role, true);
            QVERIFY2(light.isValid() && dark.isValid(), qPrintable(QString::number(r)));
            QVERIFY2(
                light != dark, qPrintable(QStringLiteral("role %1: %2").arg(r).arg(light.name())));
        }
        // text colours must actually read on their theme's surface
        for (const bool dark : { false, true }) {
            const int surface = color(ColorRole::Surface, dark).lightness();
            const int text = color(ColorRole::SurfaceText, dark).lightness();
            QVERIFY(std::abs(surface - text) > 150);
            QCOMPARE(isDark(themePalette(dark)), dark);
        }
    }

    void everyRunStatus_hasItsOwnLook()
    {
        const QList<Api::RunStatus> statuses = allRunStatuses();
        QCOMPARE(statuses.size(), 6);
        QSet<QString> glyphs;
        QSet<int> roles;
        for (const Api::RunStatus s : statuses) {
            const StatusLook look = statusLook(s);
            QCOMPARE(look.words, Api::runStatusText(s));
            QVERIFY(!look.glyph.isEmpty());
            QVERIFY(look.role != ColorRole::Muted);
            glyphs << look.glyph;
            roles << int(look.role);
            QVERIFY(!statusIcon(s).isNull());
        }
        QCOMPARE(glyphs.size(), statuses.size()); // colour is never the only signal
        QCOMPARE(roles.size(), statuses.size());
        QCOMPARE(statusLook(Api::RunStatus::Error).role, ColorRole::Error);
        QCOMPARE(statusLook(Api::RunStatus::Success).role, ColorRole::Success);
    }

    void everyNodeStatus_mapsToTheSameVocabulary_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("role");
        // run_results (nodes and tests) and sources.json (freshness) statuses as dbt writes them
        QTest::newRow("success") << u"success"_qs << int(ColorRole::Success);
        QTest::newRow("pass") << u"pass"_qs << int(ColorRole::Success);
        QTest::newRow("error") << u"error"_qs << int(ColorRole::Error);
        QTest::newRow("runtime error") << u"runtime error"_qs << int(ColorRole::Error);
        QTest::newRow("fail") << u"fail"_qs << int(ColorRole::Error);
        QTest::newRow("warn") << u"warn"_qs << int(ColorRole::Warning);
        QTest::newRow("skipped") << u"skipped"_qs << int(ColorRole::Muted);
        QTest::newRow("unknown") << u"no-op"_qs << int(ColorRole::Muted);
    }

    void everyNodeStatus_mapsToTheSameVocabulary()
    {
        QFETCH(QString, status);
        QFETCH(int, role);
        const StatusLook look = nodeStatusLook(status);
        QCOMPARE(int(look.role), role);
        QCOMPARE(look.words, status); // dbt's words, as written
        QVERIFY(!look.glyph.isEmpty());
        QCOMPARE(look.label(), look.glyph + u' ' + status);
        QVERIFY(!nodeStatusIcon(status).isNull());
        // a failed node and a failed run are the same red
        if (role == int(ColorRole::Error)) {
            QCOMPARE(look.color(), statusColor(Api::RunStatus::Error));
        }
    }

    void theme_installsAFullPaletteAndSignalsOnce()
    {
        Theme *theme = Theme::instance();
        const QColor systemWindow = QApplication::palette().color(QPalette::Window);
        QSignalSpy changed(theme, &Theme::themeChanged);
        theme->setTheme(Theme::Dark);
        QCOMPARE(changed.size(), 1);
        QVERIFY(isDark());
        QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_qs);
        QCOMPARE(QApplication::palette().color(QPalette::Base),
            themePalette(true).color(QPalette::Base));
        QCOMPARE(color(ColorRole::Error), color(ColorRole::Error, true));
        theme->setTheme(Theme::Dark);
        QCOMPARE(changed.size(), 1); // no change, no signal
        theme->setTheme(Theme::Light);
        QVERIFY(!isDark());
        QCOMPARE(color(ColorRole::Error), color(ColorRole::Error, false));
        theme->setTheme(Theme::System);
        QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
        QCOMPARE(changed.size(), 3);

        QCOMPARE(Theme::fromName(u" Dark"_qs), std::optional(Theme::Dark));
        QCOMPARE(Theme::fromName(u"light"_qs), std::optional(Theme::Light));
        QCOMPARE(Theme::fromName(u"system"_qs), std::optional(Theme::System));
        QVERIFY(!Theme::fromName(u"solarized"_qs));
        for (const auto k : { Theme::System, Theme::Light, Theme::Dark }) {
            QCOMPARE(Theme::fromName(Theme::name(k)), std::optional(k));
        }
    }

    void themeMenu_checksTheCurrentTheme()
    {
        ThemeMenu menu;
        QCOMPARE(menu.actions().size(), 3);
        auto checked = [&] {
            for (QAction *a : menu.actions()) {
                if (a->isChecked()) {
                    return a->data().toInt();
                }
            }
            return -1;
        };
        QCOMPARE(checked(), int(Theme::System));
        menu.actions().at(2)->trigger(); // Dark
        QCOMPARE(Theme::instance()->theme(), Theme::Dark);
        Theme::instance()->setTheme(Theme::Light); // from elsewhere (command line, settings)
        QCOMPARE(checked(), int(Theme::Light));
    }

    void statusDelegate_paintsTheDarkValueUnderTheDarkTheme()
    {
        QStandardItemModel model(2, 1);
        model.setData(model.index(0, 0), u"Error"_qs);
        model.setData(model.index(0, 0), int(Api::RunStatus::Error), Qt::UserRole + 7);
        model.setData(model.index(1, 0), u"error"_qs);
        QTableView runs;
        auto *delegate = new StatusDelegate(&runs);
        delegate->setStatusRole(Qt::UserRole + 7);
        runs.setItemDelegateForColumn(0, delegate);
        runs.setModel(&model);
        runs.setRowHidden(1, true);
        runs.resize(240, 120);
        runs.verticalHeader()->setDefaultSectionSize(28);
        runs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&runs));

        const QColor darkRed = color(ColorRole::Error, true),
                     lightRed = color(ColorRole::Error, false);
        Theme::instance()->setTheme(Theme::Dark);
        QImage shot = runs.viewport()->grab().toImage();
        QVERIFY(imageContains(shot, darkRed));
        QVERIFY(!imageContains(shot, lightRed));
        Theme::instance()->setTheme(Theme::Light);
        shot = runs.viewport()->grab().toImage();
        QVERIFY(imageContains(shot, lightRed));
        QVERIFY(!imageContains(shot, darkRed));
    }

    void spinnerClock_onePhaseForEveryone()
    {
        SpinnerClock *clock = SpinnerClock::instance();
        QObject listener;
        int ticks = 0;
        connect(clock, &SpinnerClock::tick, &listener, [&] {
            ++ticks;
        });
        const qreal before = clock->phase();
        QTRY_VERIFY_WITH_TIMEOUT(ticks >= 3, 2000);
        const qreal after = clock->phase();
        QVERIFY(before >= 0 && before < 1 && after >= 0 && after < 1);
        QVERIFY(after != before); // it turns
    }
};

QTEST_MAIN(TestPalette)
#include "tst_palette.moc"

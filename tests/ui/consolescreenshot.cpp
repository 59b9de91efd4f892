// SPDX-License-Identifier: GPL-3.0-or-later
// console-screenshot OUT.png [--dark] [--detail DETAIL.png] [--themes DIR]: the console window
// against the demo simulator, at its default size (it must fit a 1280x800 screen), rendered
// offscreen with QWidget::grab(). Used for docs/screenshot*.png. --detail also grabs a failed
// run's page; --themes writes the welcome, console and run pages in both themes
// (docs/screenshots/<page>-{light,dark}.png).
#include "api/client.h"
#include "models/common/roles.h"
#include "models/console/accounttreemodel.h"
#include "models/console/runlistmodel.h"
#include "models/console/runpoller.h"
#include "models/notifications/watchlist.h"
#include "models/workspace/workspace.h"
#include "simulator/server.h"
#include "ui/console/navigatorpanel.h"
#include "ui/console/runfilterbar.h"
#include "ui/console/runspanel.h"
#include "ui/rundetail/rundetailpage.h"
#include "ui/rundetail/rundetailview.h"
#include "ui/settings/settingsdialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/quickopen.h"
#include "ui/widgets/theme.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPainter>
#include <QPalette>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>

using namespace Dbtc;

namespace {

// --themes DIR: the page in the light and the dark theme, DIR/<page>-{light,dark}.png.
bool grabThemes(QWidget *w, const QString &dir, const QString &page)
{
    if (dir.isEmpty()) {
        return true;
    }
    Ui::Theme *theme = Ui::Theme::instance();
    const Ui::Theme::Kind before = theme->theme();
    bool ok = true;
    for (const auto kind : { Ui::Theme::Light, Ui::Theme::Dark }) {
        theme->setTheme(kind);
        QTest::qWait(300);
        const QString file =
            dir + u'/' + page + (kind == Ui::Theme::Dark ? u"-dark.png" : u"-light.png");
        ok = w->grab().save(file) && ok;
        qInfo("%s %s", ok ? "saved" : "could not save", qPrintable(file));
    }
    theme->setTheme(before);
    QTest::qWait(100);
    return ok;
}

// The window with the Ctrl+K palette open over it (a separate popup, so it is painted onto the
// window's grab where it sits on screen), in both themes: DIR/quickopen-{light,dark}.png.
bool grabQuickOpen(Ui::MainWindow *w, const QString &dir, const QString &typed)
{
    if (dir.isEmpty()) {
        return true;
    }
    Ui::Theme *theme = Ui::Theme::instance();
    const Ui::Theme::Kind before = theme->theme();
    bool ok = true;
    for (const auto kind : { Ui::Theme::Light, Ui::Theme::Dark }) {
        theme->setTheme(kind);
        w->quickOpen()->popup();
        QTest::keyClicks(w->quickOpen()->input(), typed);
        QTest::qWait(600);
        QPixmap shot = w->grab();
        QPainter p(&shot);
        p.drawPixmap(w->mapFromGlobal(w->quickOpen()->pos()), w->quickOpen()->grab());
        p.end();
        w->quickOpen()->close();
        const QString file =
            dir + u"/quickopen" + (kind == Ui::Theme::Dark ? u"-dark.png" : u"-light.png");
        ok = shot.save(file) && ok;
        qInfo("%s %s", ok ? "saved" : "could not save", qPrintable(file));
    }
    theme->setTheme(before);
    QTest::qWait(100);
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        qWarning("usage: console-screenshot OUT.png [--dark]");
        return 2;
    }
    if (args.contains(QStringLiteral("--dark"))) {
        Ui::Theme::instance()->setTheme(Ui::Theme::Dark);
    }
    const int themesArg = int(args.indexOf(QStringLiteral("--themes")));
    const QString themesDir =
        themesArg > 0 && themesArg + 1 < args.size() ? args.at(themesArg + 1) : QString();
    if (!themesDir.isEmpty()) {
        QDir().mkpath(themesDir);
    }
    Sim::ServerOptions so;
    so.speed = 30; // a few runs move while the window is filled
    Sim::Server server(so);
    if (!server.start()) {
        return 1;
    }
    Api::ClientOptions co;
    co.baseUrl = server.baseUrl();
    co.accountId = server.accountIds().first();
    co.token = server.adminToken();
    Api::Client client(co);

    QTemporaryDir cache;
    QStandardPaths::setTestModeEnabled(true); // the watch list's settings stay out of the user's
    Models::Workspace wWorkspace(cache.path());
    Ui::MainWindow w(&wWorkspace);
    w.show();
    QTest::qWait(300);
    bool themed = grabThemes(&w, themesDir, QStringLiteral("welcome")); // no connection yet
    if (!themesDir.isEmpty()) { // the smallest screen we promise: nothing may be clipped
        const QSize normal = w.size();
        w.resize(800, 600);
        QTest::qWait(200);
        themed = grabThemes(&w, themesDir, QStringLiteral("welcome-800x600")) && themed;
        w.resize(normal);
    }
    qInfo("window %dx%d (minimum %dx%d)",
        w.width(),
        w.height(),
        w.minimumSizeHint().width(),
        w.minimumSizeHint().height());
    // The name the app gives its demo connection (app/consoleapp.cpp).
    w.workspace()->addConnection({ QStringLiteral("demo"),
                                     QStringLiteral("Demo (simulated dbt Cloud)"),
                                     co.accountId,
                                     false,
                                     true },
        &client);
    if (!QTest::qWaitFor(
            [&] {
                return w.runsPanel()->model()->rowCount() > 0;
            },
            10000)) {
        return 1;
    }
    w.treeModel()->loadAll(QStringLiteral("demo"));
    QTest::qWait(1500);
    // Expand the first project and its environments so jobs with their schedules show.
    QTreeView *tree = w.navigator()->view();
    const QModelIndex conn = tree->model()->index(0, 0);
    const QModelIndex account = tree->model()->index(0, 0, conn);
    const QModelIndex project = tree->model()->index(0, 0, account);
    tree->expand(project);
    for (int i = 0; i < tree->model()->rowCount(project) && i < 2; ++i) {
        tree->expand(tree->model()->index(i, 0, project));
    }
    // One watched job shows its star.
    QModelIndex job;
    for (int i = 0; i < tree->model()->rowCount(project) && !job.isValid(); ++i) {
        job = tree->model()->index(0, 0, tree->model()->index(i, 0, project));
    }
    if (job.isValid()) {
        w.watchList()->setWatched(
            QStringLiteral("demo"), job.data(Models::NodeIdRole).toLongLong(), true);
    }
    tree->setCurrentIndex(project);
    QTest::qWait(2500);
    w.runsPanel()->view()->selectRow(1);
    QTest::qWait(300);
    if (qEnvironmentVariableIsSet("DBTC_PROBE")) {
        for (QWidget *c : { static_cast<QWidget *>(w.runsPanel()),
                 static_cast<QWidget *>(w.runsPanel()->toolBar()),
                 static_cast<QWidget *>(w.runsPanel()->filterBar()),
                 static_cast<QWidget *>(w.runDetail()),
                 static_cast<QWidget *>(w.runDetail()->view()),
                 static_cast<QWidget *>(w.navigator()) }) {
            qInfo("%s min %d hint %d",
                c->metaObject()->className(),
                c->minimumSizeHint().width(),
                c->sizeHint().width());
        }
    }
    bool ok = w.grab().save(args.at(1));
    qInfo("%s %s", ok ? "saved" : "could not save", qPrintable(args.at(1)));
    themed = grabThemes(&w, themesDir, QStringLiteral("console")) && themed;
    themed = grabQuickOpen(&w, themesDir, QStringLiteral("hrly inc")) && themed;
    if (!themesDir.isEmpty()) {
        // The empty runs page (a filter nothing matches), at 1280x800 and at 800x600.
        QTest::keyClicks(w.runsPanel()->filterBar()->textEdit(), QStringLiteral("no-such-run"));
        QTest::qWait(300);
        themed = grabThemes(&w, themesDir, QStringLiteral("emptyruns")) && themed;
        const QSize normal = w.size();
        w.resize(800, 600);
        QTest::qWait(200);
        themed = grabThemes(&w, themesDir, QStringLiteral("emptyruns-800x600")) && themed;
        w.resize(normal);
        w.runsPanel()->filterBar()->textEdit()->clear();
        QTest::qWait(200);
        // Help > About: a modal box, grabbed from inside its own event loop.
        for (QAction *a : w.findChildren<QAction *>()) {
            if (a->text().contains(QStringLiteral("About dbt Cloud Console"))) {
                QTimer::singleShot(500, [&] {
                    if (QWidget *box = QApplication::activeModalWidget()) {
                        themed = grabThemes(box, themesDir, QStringLiteral("about")) && themed;
                        box->close();
                    }
                });
                a->trigger();
                break;
            }
        }
    }
    if (!themesDir.isEmpty()) {
        if (auto *settings = w.findChild<QAction *>(QStringLiteral("settingsAction"))) {
            settings->trigger();
            QTest::qWait(500); // the cache size is measured off the GUI thread
            themed =
                grabThemes(w.settingsDialog(), themesDir, QStringLiteral("settings")) && themed;
            w.settingsDialog()->close();
        }
    }
    const int detailArg = int(args.indexOf(QStringLiteral("--detail")));
    if (ok && detailArg > 0 && detailArg + 1 < args.size()) {
        w.openRun(QStringLiteral("demo"), server.failedRunId(co.accountId));
        QTest::qWait(3000);
        ok = w.grab().save(args.at(detailArg + 1));
        qInfo("%s %s", ok ? "saved" : "could not save", qPrintable(args.at(detailArg + 1)));
    }
    if (!themesDir.isEmpty()) {
        w.openRun(QStringLiteral("demo"), server.failedRunId(co.accountId));
        QTest::qWait(3000);
        themed = grabThemes(&w, themesDir, QStringLiteral("rundetail")) && themed;
    }
    if (job.isValid()) {
        w.watchList()->setWatched(
            QStringLiteral("demo"), job.data(Models::NodeIdRole).toLongLong(), false);
    }
    return ok && themed ? 0 : 1;
}

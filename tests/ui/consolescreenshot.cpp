// SPDX-License-Identifier: GPL-3.0-or-later
// console-screenshot OUT.png [--dark]: the console window against the demo simulator,
// rendered offscreen with QWidget::grab(). Used for docs/screenshot*.png.
#include "api/client.h"
#include "models/accounttreemodel.h"
#include "models/roles.h"
#include "models/runlistmodel.h"
#include "models/runpoller.h"
#include "simulator/server.h"
#include "ui/mainwindow.h"
#include "ui/navigatorpanel.h"
#include "ui/runspanel.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Dbtc;

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1f, 0x20, 0x23), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x5f, 0xa8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Mid, QColor(0x55, 0x57, 0x5c));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
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
        QApplication::setPalette(darkPalette());
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
    Ui::MainWindow w(nullptr, cache.path());
    w.resize(1440, 860);
    w.show();
    w.addConnection({QStringLiteral("demo"), QStringLiteral("Demo (simulator)"), co.accountId, false, true},
                    &client);
    if (!QTest::qWaitFor([&] { return w.runsPanel()->model()->rowCount() > 0; }, 10000)) {
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
    tree->setCurrentIndex(project);
    QTest::qWait(2500);
    w.runsPanel()->view()->selectRow(1);
    QTest::qWait(300);
    const bool ok = w.grab().save(args.at(1));
    qInfo("%s %s", ok ? "saved" : "could not save", qPrintable(args.at(1)));
    return ok ? 0 : 1;
}

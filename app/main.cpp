// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commandline.h"

#include <QApplication>
#include <QLabel>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("dbt-cloud-console"));
    QApplication::setApplicationName(QStringLiteral("dbt-cloud-console"));
    QApplication::setApplicationVersion(QStringLiteral(DBTC_VERSION));
    const auto cl = Dbtc::App::parseCommandLine(app);
    Q_UNUSED(cl)
    QLabel label(QStringLiteral("dbt Cloud Console"));
    label.resize(800, 500);
    label.show();
    return QApplication::exec();
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/artifacts/artifactrecentmenu.h"

#include "models/artifacts/recentfiles.h"

#include <QDir>
#include <QFileInfo>

namespace Dbtc::Ui {

ArtifactRecentMenu::ArtifactRecentMenu(Models::RecentFiles *recent, QWidget *parent)
    : QMenu(tr("Open &Recent"), parent)
    , m_recent(recent)
{
    connect(m_recent, &Models::RecentFiles::changed, this, &ArtifactRecentMenu::rebuild);
    rebuild();
}

void ArtifactRecentMenu::rebuild()
{
    clear();
    const QStringList files = m_recent->files();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        const QString shown = QDir::toNativeSeparators(path);
        QAction *a = addAction(i < 9 ? QStringLiteral("&%1  %2").arg(i + 1).arg(shown) : shown);
        a->setEnabled(QFileInfo::exists(path));
        connect(a, &QAction::triggered, this, [this, path] {
            emit pathTriggered(path);
        });
    }
    if (files.isEmpty()) {
        addAction(tr("No recent files"))->setEnabled(false);
    }
    addSeparator();
    QAction *clearAction = addAction(tr("&Clear Recent"));
    clearAction->setEnabled(!files.isEmpty());
    connect(clearAction, &QAction::triggered, m_recent, &Models::RecentFiles::clear);
}

} // namespace Dbtc::Ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/thememenu.h"

#include "ui/widgets/theme.h"

#include <QActionGroup>

namespace Dbtc::Ui {

ThemeMenu::ThemeMenu(QWidget *parent)
    : QMenu(tr("&Theme"), parent)
{
    auto *group = new QActionGroup(this);
    group->setExclusive(true);
    const std::pair<Theme::Kind, QString> choices[] = { { Theme::System, tr("&System") },
        { Theme::Light, tr("&Light") },
        { Theme::Dark, tr("&Dark") } };
    Theme *theme = Theme::instance();
    for (const auto &[kind, text] : choices) {
        QAction *action = addAction(text);
        action->setCheckable(true);
        action->setData(int(kind));
        action->setChecked(theme->theme() == kind);
        group->addAction(action);
        connect(action, &QAction::triggered, theme, [theme, kind = kind] {
            theme->setTheme(kind);
        });
    }
    connect(theme, &Theme::themeChanged, this, [group](Theme::Kind kind) {
        for (QAction *a : group->actions()) {
            a->setChecked(a->data().toInt() == int(kind));
        }
    });
}

} // namespace Dbtc::Ui

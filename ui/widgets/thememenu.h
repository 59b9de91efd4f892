// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

namespace Dbtc::Ui {

//! \brief View > Theme: System, Light, Dark as exclusive choices that act on Theme::instance()
//! and stay checked right when the theme is changed elsewhere (command line, settings).
class ThemeMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThemeMenu)

public:
    explicit ThemeMenu(QWidget *parent = nullptr);
};

} // namespace Dbtc::Ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/widgets/palette.h"

#include <QLabel>

namespace Dbtc::Ui {

//! \brief The red line under a form field that shows what a 400 said about it; hidden while
//! empty. Shared by the admin room's dialogs.
inline QLabel *makeFieldErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(textStyle(ColorRole::Error));
    label->hide();
    return label;
}

inline void setFieldError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace Dbtc::Ui

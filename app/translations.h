// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

class QObject;

namespace Dbtc::App {

//! Installs the translation of the user's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG on
//! Linux; the system's list elsewhere) from the app's resources (:/i18n, translations/), and
//! Qt's own for its standard dialogs where the system has it. Returns the language loaded
//! ("de"), or an empty string when the app stays in English. The translators are children of
//! \a owner: deleting it uninstalls them.
QString installTranslations(QObject *owner, const QLocale &locale = QLocale());

} // namespace Dbtc::App

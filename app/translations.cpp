// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Dbtc::App {

QString installTranslations(QObject *owner, const QLocale &locale)
{
    // QTranslator::load(locale, ...) tries each of locale.uiLanguages() in order ("de-AT",
    // "de", ...), so an Austrian or Swiss German desktop gets the German file too.
    auto *ours = new QTranslator(owner);
    if (!ours->load(locale,
            QStringLiteral("dbt-cloud-console"),
            QStringLiteral("_"),
            QStringLiteral(":/i18n"))) {
        delete ours;
        return {};
    }
    QCoreApplication::installTranslator(ours);
    // Qt's buttons (Cancel, Yes, ...) and file dialogs: from the system's Qt translations,
    // installed with Qt (Debian: qt6-translations-l10n); missing ones leave them in English.
    auto *qt = new QTranslator(owner);
    if (qt->load(locale,
            QStringLiteral("qtbase"),
            QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    return ours->language();
}

} // namespace Dbtc::App

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/theme.h"

#include "ui/widgets/palette.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace Dbtc::Ui {

Theme::Theme(QObject *parent)
    : QObject(parent)
    , m_systemStyle(QApplication::style() ? QApplication::style()->name() : QString())
    , m_systemPalette(QApplication::palette())
{ }

Theme *Theme::instance()
{
    static Theme *theme = new Theme(qApp);
    return theme;
}

void Theme::setTheme(Kind kind)
{
    if (kind == m_kind) {
        return;
    }
    m_kind = kind;
    if (kind == System) {
        if (!m_systemStyle.isEmpty()) {
            QApplication::setStyle(QStyleFactory::create(m_systemStyle));
        }
        QApplication::setPalette(m_systemPalette);
    } else {
        // Fusion draws everything from the palette; native styles may ignore parts of it.
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(themePalette(kind == Dark));
    }
    Q_EMIT themeChanged(kind);
}

void Theme::follow(QObject *context, std::function<void()> apply)
{
    apply();
    connect(instance(), &Theme::themeChanged, context, [apply = std::move(apply)] {
        apply();
    });
}

std::optional<Theme::Kind> Theme::fromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"light") {
        return Light;
    }
    if (n == u"dark") {
        return Dark;
    }
    if (n == u"system") {
        return System;
    }
    return std::nullopt;
}

QString Theme::name(Kind kind)
{
    switch (kind) {
    case Light:
        return QStringLiteral("light");
    case Dark:
        return QStringLiteral("dark");
    case System:
        break;
    }
    return QStringLiteral("system");
}

} // namespace Dbtc::Ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPalette>
#include <QString>

#include <functional>
#include <optional>

namespace Dbtc::Ui {

//! \brief Light, Dark or whatever the system gives. Light and Dark install Fusion and a full
//! QPalette on the application (so every page, including those painted by hand, follows);
//! System restores the style and palette the application started with.
//! Persistence is not here on purpose: the settings owner reads theme() and calls setTheme().
class Theme final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Theme)

public:
    enum Kind { System, Light, Dark };
    Q_ENUM(Kind)

    //! The application's one instance (created on first use, parented to qApp).
    static Theme *instance();

    Kind theme() const { return m_kind; }

    void setTheme(Kind kind);

    //! Runs \a apply now and again after every theme change while \a context lives: for
    //! style sheets and rich text that bake a palette colour in.
    static void follow(QObject *context, std::function<void()> apply);

    //! "light", "dark", "system" (the command-line words); nullopt for anything else.
    static std::optional<Kind> fromName(const QString &name);
    static QString name(Kind kind);

Q_SIGNALS:
    void themeChanged(Dbtc::Ui::Theme::Kind kind);

private:
    explicit Theme(QObject *parent);

    Kind m_kind = System;
    QString m_systemStyle;
    QPalette m_systemPalette;
};

} // namespace Dbtc::Ui

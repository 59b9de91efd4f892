// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/messagebanner.h"

#include "ui/widgets/palette.h"
#include "ui/widgets/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace Dbtc::Ui {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    Theme::follow(this, [this] {
        setStyleSheet(QStringLiteral("#messageBanner { background: %1; border: 1px solid %2;"
                                     " border-radius: 4px; } #messageBanner QLabel { color: %3; }")
                          .arg(colorName(ColorRole::WarningBackground),
                              colorName(ColorRole::WarningBorder),
                              colorName(ColorRole::WarningText)));
    });
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(close);
    hide();
}

void MessageBanner::showMessage(const QString &text)
{
    // Several messages can arrive at start-up; keep them all rather than the last one only.
    const QString current = isVisible() ? m_text->text() : QString();
    m_text->setText(
        current.isEmpty() || current.contains(text) ? text : current + QLatin1Char('\n') + text);
    show();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

} // namespace Dbtc::Ui

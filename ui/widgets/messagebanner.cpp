// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/messagebanner.h"

#include "ui/widgets/palette.h"
#include "ui/widgets/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

#include <algorithm>

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
    m_text->setTextFormat(Qt::PlainText);
    // Word wrap alone does not stop a long unbroken string (a URL, a token-less error id) from
    // widening the window: the label takes the width it is given, never more.
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_text->setMinimumWidth(1);
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
    const QString message = text.trimmed();
    if (message.isEmpty()) {
        return;
    }
    // Several messages can arrive at start-up; keep them all rather than the last one only.
    if (!isVisible()) {
        m_messages.clear(); // dismissed: start afresh
    }
    m_messages.removeAll(message);
    m_messages.append(message);
    while (m_messages.size() > KeptMessages) {
        m_messages.removeFirst();
    }
    render();
    show();
}

void MessageBanner::render()
{
    QStringList lines;
    const qsizetype hidden = std::max<qsizetype>(0, m_messages.size() - ShownMessages);
    if (hidden > 0) {
        lines << tr("(%n earlier message(s): hover to read them)", nullptr, int(hidden));
    }
    for (qsizetype i = hidden; i < m_messages.size(); ++i) {
        const QString &m = m_messages.at(i);
        lines << (m.size() > MaxShownLength ? m.left(MaxShownLength - 1) + QStringLiteral("…") : m);
    }
    m_text->setText(lines.join(QLatin1Char('\n')));
    m_text->setToolTip(m_messages.join(QStringLiteral("\n\n")));
}

QString MessageBanner::text() const
{
    return m_text->text();
}

} // namespace Dbtc::Ui

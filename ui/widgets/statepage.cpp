// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/statepage.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Dbtc::Ui {

StatePage::StatePage(QWidget *parent)
    : QWidget(parent)
    , m_glyph(new QLabel(this))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
{
    QFont big = font();
    big.setPointSizeF(font().pointSizeF() * 2.6);
    m_glyph->setFont(big);
    QFont titleFont = font();
    titleFont.setPointSizeF(font().pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_text->setWordWrap(true);
    m_text->setMaximumWidth(460);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel *l : { m_glyph, m_title, m_text }) {
        l->setAlignment(Qt::AlignCenter);
    }
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, &StatePage::actionTriggered);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_glyph, 0, Qt::AlignHCenter);
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    layout->addWidget(m_text, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(m_action, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

void StatePage::show(
    Kind kind, const QString &title, const QString &text, const QString &actionText)
{
    m_kind = kind;
    switch (kind) {
    case Kind::Loading:
        // Only glyphs DejaVu Sans has (scripts/lint.sh glyphs): no hourglass, no circled i.
        m_glyph->setText(QStringLiteral("◔"));
        break;
    case Kind::Empty:
        m_glyph->setText(QStringLiteral("∅"));
        break;
    case Kind::Error:
        m_glyph->setText(QStringLiteral("⚠"));
        break;
    case Kind::Info:
        m_glyph->setText(QStringLiteral("ℹ")); // no-tr: a glyph
        break;
    }
    m_title->setText(title);
    m_text->setText(text);
    m_text->setVisible(!text.isEmpty());
    // A centred word-wrapped label is laid out at its size hint, which Qt makes barely wider
    // than a short word: the text was cut to its first words. As wide as the text, up to the cap.
    m_text->setMinimumWidth(
        std::min(m_text->maximumWidth(), m_text->fontMetrics().horizontalAdvance(text)));
    m_text->setMinimumHeight(text.isEmpty() ? 0 : m_text->heightForWidth(m_text->minimumWidth()));
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    setAccessibleDescription(title + QLatin1Char(' ') + text);
}

QString StatePage::title() const
{
    return m_title->text();
}

} // namespace Dbtc::Ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/welcomepage.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Dbtc::Ui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_add(new QPushButton(tr("Add a connection…"), this))
    , m_demo(new QPushButton(tr("Try the demo"), this))
{
    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/dbt-cloud-console.svg")).pixmap(96, 96));
    logo->setAlignment(Qt::AlignCenter);

    auto *title = new QLabel(tr("Welcome to dbt Cloud Console"), this);
    QFont titleFont = font();
    titleFont.setPointSizeF(font().pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto *text =
        new QLabel(tr("Watch every job run across your dbt Cloud accounts live, find out why a "
                      "run went red, and act on it, from one native window.\n\n"
                      "Connect with a service token or personal access token; it is kept in "
                      "your system keychain, never on disk. Or look around first in a demo "
                      "account served by a built-in simulator: nothing leaves your computer."),
            this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setMaximumWidth(520);

    m_add->setDefault(true);
    m_add->setMinimumWidth(180);
    m_demo->setMinimumWidth(180);
    m_add->setToolTip(tr("Connect to a dbt Cloud account with an API token"));
    m_demo->setToolTip(tr("Open a simulated account with live runs"));
    connect(m_add, &QPushButton::clicked, this, &WelcomePage::addConnectionRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_add);
    buttons->addSpacing(12);
    buttons->addWidget(m_demo);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(logo);
    layout->addSpacing(12);
    layout->addWidget(title);
    layout->addSpacing(8);
    // No alignment flag: an aligned item gets its sizeHint height, not its heightForWidth, and
    // the wrapped text was cut off top and bottom. Stretches either side centre it instead (a
    // box layout puts a widget narrower than its cell at the cell's left edge).
    auto *textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(text, 100);
    textRow->addStretch(1);
    layout->addLayout(textRow);
    layout->addSpacing(20);
    layout->addLayout(buttons);
    layout->addStretch(3);
    setFocusProxy(m_add);
}

} // namespace Dbtc::Ui

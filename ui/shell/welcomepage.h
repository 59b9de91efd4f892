// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPushButton;

namespace Dbtc::Ui {

//! \brief First start without a connection: what the app is for, and two ways in.
//! The buttons only emit; the app decides what adding a connection or the demo means.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    QPushButton *addButton() const { return m_add; }

    QPushButton *demoButton() const { return m_demo; }

Q_SIGNALS:
    void addConnectionRequested();
    void demoRequested();

private:
    QPushButton *m_add;
    QPushButton *m_demo;
};

} // namespace Dbtc::Ui

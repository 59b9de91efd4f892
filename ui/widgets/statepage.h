// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Dbtc::Ui {

//! \brief A designed "nothing to show" page: a large glyph, a title, one sentence and an
//! optional action. Used for loading, empty and error states so a view is never just blank.
class StatePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatePage)

public:
    enum class Kind { Loading, Empty, Error, Info };

    explicit StatePage(QWidget *parent = nullptr);

    void show(Kind kind, const QString &title, const QString &text, const QString &actionText = {});

    Kind kind() const { return m_kind; }

    QString title() const;

    QPushButton *actionButton() const { return m_action; }

Q_SIGNALS:
    void actionTriggered();

private:
    QLabel *m_glyph;
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_action;
    Kind m_kind = Kind::Info;
};

} // namespace Dbtc::Ui

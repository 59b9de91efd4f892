// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace Dbtc::Ui {

//! \brief A non-modal strip at the top of the window for things the user should know but need
//! not act on at once ("no keychain: tokens kept for this session only"). Closable.
//! Server text must not drive the window's geometry: the strip never asks for more width than
//! the window has, shows the newest few messages (each cut to a readable length; all of them
//! in full in the tooltip) and says how many earlier ones it holds.
class MessageBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBanner)

public:
    explicit MessageBanner(QWidget *parent = nullptr);

    static constexpr int ShownMessages = 3;
    static constexpr int MaxShownLength = 300;
    static constexpr int KeptMessages = 50;

    //! Adds \a text below the messages on show (the same text twice is shown once).
    void showMessage(const QString &text);
    //! What the strip shows now.
    QString text() const;

    //! Every message it holds, oldest first.
    QStringList messages() const { return m_messages; }

private:
    void render();

    QLabel *m_text;
    QStringList m_messages;
};

} // namespace Dbtc::Ui

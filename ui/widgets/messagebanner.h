// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace Dbtc::Ui {

//! \brief A non-modal strip at the top of the window for things the user should know but need
//! not act on at once ("no keychain: tokens kept for this session only"). Closable.
class MessageBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBanner)

public:
    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(const QString &text);
    QString text() const;

private:
    QLabel *m_text;
};

} // namespace Dbtc::Ui

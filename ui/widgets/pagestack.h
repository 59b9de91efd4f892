// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStackedWidget>

namespace Dbtc::Ui {

//! \brief A stack of pages whose size is the shown page's alone. A plain QStackedWidget is as
//! wide as its widest page, shown or not, so one wide page (the run detail, the artifact
//! browser) would keep the whole window from fitting an 800 px screen while the user looks at
//! the runs. Hidden pages get the Ignored size policy, which takes them out of the layout's
//! minimum; the shown page gets its own policy back.
class PageStack final : public QStackedWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageStack)

public:
    explicit PageStack(QWidget *parent = nullptr);

protected:
    void childEvent(QChildEvent *event) override;

private:
    void sync();
};

} // namespace Dbtc::Ui

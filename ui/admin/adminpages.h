// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/adminarea.h"

#include <QWidget>

class QStackedWidget;

namespace Dbtc::Models {
class AdminDirectory;
class AdminWriter;
} // namespace Dbtc::Models

namespace Dbtc::Ui {

class AdminPage;

//! \brief The administration pages of the main area: one AdminPage per area, the shown one
//! bound to the selected connection's admin services (the shell passes them in). An area
//! loads when its page is first shown, not before.
class AdminPages final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminPages)

public:
    explicit AdminPages(QWidget *parent = nullptr);

    void showArea(
        Models::AdminDirectory *directory, Models::AdminWriter *writer, Models::AdminArea area);

    AdminPage *page(Models::AdminArea area) const;
    AdminPage *currentPage() const;

private:
    QStackedWidget *m_stack;
    QList<AdminPage *> m_pages;
};

} // namespace Dbtc::Ui

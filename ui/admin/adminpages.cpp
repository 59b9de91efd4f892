// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/admin/adminpages.h"

#include "ui/admin/adminpage.h"

#include <QStackedWidget>
#include <QVBoxLayout>

namespace Dbtc::Ui {

AdminPages::AdminPages(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("adminPages"));
    for (const Models::AdminArea area : Models::adminAreas()) {
        auto *page = new AdminPage(area, m_stack);
        m_pages << page;
        m_stack->addWidget(page);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

void AdminPages::showArea(
    Models::AdminDirectory *directory, Models::AdminWriter *writer, Models::AdminArea area)
{
    AdminPage *p = page(area);
    p->bind(directory, writer);
    m_stack->setCurrentWidget(p);
}

AdminPage *AdminPages::page(Models::AdminArea area) const
{
    return m_pages.value(int(area));
}

AdminPage *AdminPages::currentPage() const
{
    return qobject_cast<AdminPage *>(m_stack->currentWidget());
}

} // namespace Dbtc::Ui

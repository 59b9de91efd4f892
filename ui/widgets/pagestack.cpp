// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/pagestack.h"

#include <QChildEvent>

namespace Dbtc::Ui {

PageStack::PageStack(QWidget *parent)
    : QStackedWidget(parent)
{
    connect(this, &QStackedWidget::currentChanged, this, &PageStack::sync);
}

void PageStack::childEvent(QChildEvent *event)
{
    QStackedWidget::childEvent(event);
    // A page added while another is shown must not widen the stack either; it is in the
    // layout once addWidget() returns, so look after it.
    if (event->type() == QEvent::ChildAdded && event->child()->isWidgetType()) {
        QMetaObject::invokeMethod(this, &PageStack::sync, Qt::QueuedConnection);
    }
}

void PageStack::sync()
{
    for (int i = 0; i < count(); ++i) {
        QWidget *page = widget(i);
        const auto policy = page == currentWidget() ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        if (page->sizePolicy().horizontalPolicy() != policy) {
            page->setSizePolicy(policy, policy);
        }
    }
    updateGeometry();
}

} // namespace Dbtc::Ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/admin/checklist.h"

#include <QCheckBox>
#include <QVBoxLayout>

namespace Dbtc::Ui {

namespace {

const char *const kValue = "checkListValue";

} // namespace

CheckList::CheckList(QWidget *parent)
    : QScrollArea(parent)
    , m_inner(new QWidget(this))
    , m_layout(new QVBoxLayout(m_inner))
{
    m_layout->setContentsMargins(6, 4, 6, 4);
    m_layout->setSpacing(2);
    m_layout->addStretch(1);
    setWidget(m_inner);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

QCheckBox *CheckList::addItem(const QString &text, const QVariant &value)
{
    auto *box = new QCheckBox(text, m_inner);
    box->setProperty(kValue, value);
    m_layout->insertWidget(m_layout->count() - 1, box);
    m_boxes << box;
    connect(box, &QCheckBox::toggled, this, &CheckList::changed);
    return box;
}

QVariant CheckList::value(int i) const
{
    const QCheckBox *b = box(i);
    return b ? b->property(kValue) : QVariant();
}

QVariantList CheckList::checkedValues() const
{
    QVariantList out;
    for (const QCheckBox *b : m_boxes) {
        if (b->isChecked()) {
            out << b->property(kValue);
        }
    }
    return out;
}

void CheckList::setChecked(const QVariant &value, bool checked)
{
    for (QCheckBox *b : std::as_const(m_boxes)) {
        if (b->property(kValue) == value) {
            b->setChecked(checked);
        }
    }
}

void CheckList::setVisibleRows(int rows)
{
    const int row = m_boxes.isEmpty() ? fontMetrics().height() + 6
                                      : m_boxes.constFirst()->sizeHint().height() + 2;
    setMinimumHeight(std::min(rows, std::max(1, count())) * row + 12);
}

} // namespace Dbtc::Ui

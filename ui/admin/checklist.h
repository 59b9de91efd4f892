// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QScrollArea>
#include <QVariant>

class QCheckBox;
class QVBoxLayout;

namespace Dbtc::Ui {

//! \brief A scrolling column of check boxes, each carrying a value. Used instead of a
//! checkable QListWidget, whose unticked boxes all but vanish on the dark theme's base colour
//! (seen in the screenshots); real QCheckBoxes keep their frame on either theme.
class CheckList final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckList)

public:
    explicit CheckList(QWidget *parent = nullptr);

    QCheckBox *addItem(const QString &text, const QVariant &value);

    int count() const { return int(m_boxes.size()); }

    QCheckBox *box(int i) const { return m_boxes.value(i); }

    QVariant value(int i) const;
    QVariantList checkedValues() const;
    void setChecked(const QVariant &value, bool checked);
    //! Tall enough for \a rows boxes before it scrolls.
    void setVisibleRows(int rows);

Q_SIGNALS:
    void changed();

private:
    QWidget *m_inner;
    QVBoxLayout *m_layout;
    QList<QCheckBox *> m_boxes;
};

} // namespace Dbtc::Ui

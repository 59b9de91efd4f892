// SPDX-License-Identifier: GPL-3.0-or-later
// The screenshot tests' check that a dialog shows all of its text.
#pragma once

#include <QLabel>
#include <QTest>
#include <QWidget>

namespace Dbtc::Test {

//! Every label shows its whole text (word-wrapped labels get the height they need).
inline void verifyNothingClipped(QWidget *root)
{
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    for (QLabel *l : labels) {
        if (!l->isVisibleTo(root) || l->text().isEmpty()) {
            continue;
        }
        QVERIFY2(l->height() >= l->heightForWidth(l->width()) || !l->wordWrap(),
            qPrintable(l->text().left(60)));
        if (!l->wordWrap() && l->textFormat() != Qt::RichText) {
            QVERIFY2(l->width() >= l->sizeHint().width(), qPrintable(l->text()));
        }
    }
}

} // namespace Dbtc::Test

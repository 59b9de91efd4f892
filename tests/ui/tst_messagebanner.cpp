// SPDX-License-Identifier: GPL-3.0-or-later
// The message banner stays inside the window whatever the server says: a long message does not
// widen the window, many messages do not grow it without limit, the newest stays visible, and
// a message that is part of an earlier one does not wipe the others.
#include "ui/widgets/messagebanner.h"

#include <QTest>
#include <QVBoxLayout>

using namespace Dbtc;

class TestMessageBanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void longMessage_doesNotWidenTheWindow()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *banner = new Ui::MessageBanner(&window);
        layout->addWidget(banner);
        layout->addStretch();
        window.resize(800, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        banner->showMessage(QString(12000, QLatin1Char('x'))); // one unbreakable word
        QCoreApplication::processEvents();
        QVERIFY2(window.minimumSizeHint().width() < 800,
            qPrintable(QString::number(window.minimumSizeHint().width())));
        QCOMPARE(window.width(), 800);
        QVERIFY(banner->text().size() <= Ui::MessageBanner::MaxShownLength);
        QCOMPARE(banner->messages().constFirst().size(), 12000); // nothing lost
    }

    void manyMessages_showTheNewestFewAndCountTheRest()
    {
        Ui::MessageBanner banner;
        banner.show();
        for (int i = 1; i <= 27; ++i) {
            banner.showMessage(QStringLiteral("message %1").arg(i));
        }
        const QStringList lines = banner.text().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), Ui::MessageBanner::ShownMessages + 1);
        QVERIFY(lines.constLast() == QStringLiteral("message 27"));
        QVERIFY(lines.constFirst().contains(QStringLiteral("24")));
        QCOMPARE(banner.messages().size(), 27);
    }

    void partOfAnEarlierMessage_keepsBoth()
    {
        Ui::MessageBanner banner;
        banner.show();
        banner.showMessage(QStringLiteral("Acme: the token was rejected."));
        banner.showMessage(QStringLiteral("rejected"));
        QCOMPARE(banner.messages().size(), 2);
        banner.showMessage(QStringLiteral("rejected")); // the same text again: once
        QCOMPARE(banner.messages().size(), 2);
    }
};

QTEST_MAIN(TestMessageBanner)
#include "tst_messagebanner.moc"

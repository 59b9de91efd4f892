// SPDX-License-Identifier: GPL-3.0-or-later
// The German translation ships inside the app and is chosen by the user's language: this test
// runs with LANGUAGE=de / LANG=de_DE.UTF-8 (tests/app/CMakeLists.txt) as a German desktop
// would start the app. The shipped .ts is complete and keeps every placeholder of its source.
#include "app/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace Dbtc::App;

class TestTranslations final : public QObject
{
    Q_OBJECT

    static QString file() { return QCoreApplication::translate("Dbtc::Ui::MainWindow", "&File"); }

private Q_SLOTS:

    void aGermanDesktopGetsGerman()
    {
        QVERIFY2(QLocale().uiLanguages().constFirst().startsWith(QStringLiteral("de")),
            qPrintable(QLocale().uiLanguages().join(QLatin1Char(','))));
        QObject owner;
        QCOMPARE(installTranslations(&owner), QStringLiteral("de_DE"));
        QCOMPARE(file(), QStringLiteral("&Datei"));
        QCOMPARE(QCoreApplication::translate("Dbtc::Ui::RunsPanel", "No runs yet"),
            QStringLiteral("Noch keine Läufe"));
        // Plural forms come from the .qm too.
        QCOMPARE(QCoreApplication::translate("Dbtc::Models::PulseModel", "%n running", nullptr, 3),
            QStringLiteral("3 laufen"));
        QCOMPARE(QCoreApplication::translate("Dbtc::Models::PulseModel", "%n running", nullptr, 1),
            QStringLiteral("1 läuft"));
    }

    void anAustrianDesktopFallsBackToGerman()
    {
        QObject owner;
        QVERIFY(!installTranslations(&owner, QLocale(QLocale::German, QLocale::Austria)).isEmpty());
        QCOMPARE(file(), QStringLiteral("&Datei"));
    }

    void anotherLanguageStaysEnglish()
    {
        {
            QObject owner;
            QCOMPARE(
                installTranslations(&owner, QLocale(QLocale::French, QLocale::France)), QString());
            QCOMPARE(file(), QStringLiteral("&File"));
        }
        // Deleting the owner uninstalls the German translators of the tests above too.
        QCOMPARE(file(), QStringLiteral("&File"));
    }

    void theShippedTranslationIsCompleteAndKeepsPlaceholders()
    {
        QFile ts(QStringLiteral(DBTC_TRANSLATIONS_DIR "/dbt-cloud-console_de.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
        const auto placeholders = [](const QString &text) {
            QStringList found;
            for (auto it = placeholder.globalMatch(text); it.hasNext();) {
                found << it.next().captured();
            }
            found.sort();
            return found;
        };
        QString source;
        bool numerus = false;
        int messages = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement()) {
                continue;
            }
            if (xml.name() == u"message") {
                numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
            } else if (xml.name() == u"source") {
                source = xml.readElementText();
                ++messages;
            } else if (xml.name() == u"translation") {
                const auto type = xml.attributes().value(QStringLiteral("type")).toString();
                QVERIFY2(
                    type != u"unfinished", qPrintable(QStringLiteral("not translated: ") + source));
                // A plural message holds one <numerusform> per plural form of German.
                QStringList forms;
                if (numerus) {
                    while (xml.readNextStartElement()) {
                        forms << xml.readElementText();
                    }
                    QCOMPARE(forms.size(), 2);
                } else {
                    forms << xml.readElementText();
                }
                for (const QString &form : std::as_const(forms)) {
                    QVERIFY2(
                        !form.trimmed().isEmpty(), qPrintable(QStringLiteral("empty: ") + source));
                    QVERIFY2(placeholders(form) == placeholders(source),
                        qPrintable(source + QStringLiteral(" -> ") + form));
                }
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(messages > 400, "the .ts holds every tr() string of ui/, models/ and app/");
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// What a connection may write: read-only refuses every area; a 403 disables its area alone,
// naming the permission sets dbt Cloud said would allow it.
#include "models/common/writeaccess.h"

#include <QSignalSpy>
#include <QTest>

using namespace Dbtc;
using Models::WriteAccess;
using Models::WriteArea;

class TestWriteAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void readOnlyRefusesEverything()
    {
        WriteAccess access(true);
        for (auto area : { WriteArea::Runs, WriteArea::Jobs, WriteArea::Webhooks }) {
            QVERIFY(!access.canWrite(area));
            QVERIFY(access.whyNot(area).contains(QLatin1String("read-only")));
        }
    }

    void forbiddenDisablesOnlyItsArea()
    {
        WriteAccess access(false);
        QSignalSpy changed(&access, &WriteAccess::changed);
        QVERIFY(access.canWrite(WriteArea::Jobs));

        auto error = Api::ApiError::make(Api::ApiError::Kind::Forbidden, {}, 403);
        error.neededPermissionSets = { QStringLiteral("Account Admin"),
            QStringLiteral("Job Admin") };
        QVERIFY(access.noteError(WriteArea::Jobs, error));
        QCOMPARE(changed.count(), 1);
        QVERIFY(!access.canWrite(WriteArea::Jobs));
        QVERIFY(access.whyNot(WriteArea::Jobs).contains(QLatin1String("Job Admin")));
        QVERIFY(access.whyNot(WriteArea::Jobs).contains(QLatin1String("Account Admin")));
        QVERIFY(access.canWrite(WriteArea::Runs));

        // The same 403 again tells nothing new.
        QVERIFY(access.noteError(WriteArea::Jobs, error));
        QCOMPARE(changed.count(), 1);

        access.reset();
        QVERIFY(access.canWrite(WriteArea::Jobs));
        QCOMPARE(changed.count(), 2);
    }

    void otherErrorsTeachNothing()
    {
        WriteAccess access(false);
        QVERIFY(!access.noteError(
            WriteArea::Jobs, Api::ApiError::make(Api::ApiError::Kind::BadRequest, {}, 400)));
        QVERIFY(
            !access.noteError(WriteArea::Jobs, Api::ApiError::make(Api::ApiError::Kind::Network)));
        QVERIFY(access.canWrite(WriteArea::Jobs));
    }

    void unnamedForbiddenStillExplains()
    {
        WriteAccess access(false);
        access.noteError(
            WriteArea::ServiceTokens, Api::ApiError::make(Api::ApiError::Kind::Forbidden, {}, 403));
        QVERIFY(access.whyNot(WriteArea::ServiceTokens).contains(QLatin1String("403")));
    }
};

QTEST_GUILESS_MAIN(TestWriteAccess)
#include "tst_writeaccess.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/common/dbtstepname.h"

#include <QRegularExpression>

namespace Dbtc::Models {

QString dbtCommandOfStep(const QString &stepName)
{
    static const QRegularExpression invoke(QStringLiteral("^Invoke dbt with `(dbt .+)`$"));
    const QRegularExpressionMatch m = invoke.match(stepName.trimmed());
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace Dbtc::Models

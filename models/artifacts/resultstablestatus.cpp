// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/artifacts/resultstablestatus.h"

#include "artifacts/artifacttypes.h"

namespace Dbtc::Models {

namespace {

enum class Kind { Error, Fail, Warn, Skipped, Success, Unknown };

Kind kindOf(std::string_view s)
{
    if (s == "error" || s == "runtime error")
        return Kind::Error;
    if (s == "fail")
        return Kind::Fail;
    if (s == "warn")
        return Kind::Warn;
    if (s == "skipped")
        return Kind::Skipped;
    if (s == "success" || s == "pass")
        return Kind::Success;
    return Kind::Unknown;
}

} // namespace

QColor resultStatusColor(std::string_view status)
{
    // Same hues as the run status palette (DESIGN.md): green ok, red error, amber warn.
    switch (kindOf(status)) {
    case Kind::Error: return QColor(0xc6, 0x28, 0x28);
    case Kind::Fail: return QColor(0xd8, 0x43, 0x15);
    case Kind::Warn: return QColor(0xc7, 0x7c, 0x02);
    case Kind::Skipped: return QColor(0x75, 0x75, 0x75);
    case Kind::Success: return QColor(0x2e, 0x7d, 0x32);
    case Kind::Unknown: break;
    }
    return QColor(0x54, 0x6e, 0x7a);
}

QString resultStatusLabel(std::string_view status)
{
    if (status.empty())
        return {};
    QString glyph;
    switch (kindOf(status)) {
    case Kind::Error: glyph = QStringLiteral("\u2716"); break; // heavy x
    case Kind::Fail: glyph = QStringLiteral("\u2716"); break;
    case Kind::Warn: glyph = QStringLiteral("\u25b2"); break; // triangle
    case Kind::Skipped: glyph = QStringLiteral("\u25cb"); break; // circle
    case Kind::Success: glyph = QStringLiteral("\u2714"); break; // check
    case Kind::Unknown: glyph = QStringLiteral("\u2022"); break;
    }
    return glyph + u' ' + toQString(status);
}

int resultStatusRank(std::string_view status)
{
    return int(kindOf(status));
}

} // namespace Dbtc::Models

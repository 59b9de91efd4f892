// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

class QPalette;

namespace Dbtc::Ui {

//! \brief The semantic colours of the app, each with a light and a dark value.
//! This file pair is the only place in the tree that writes a colour literal: views ask for a
//! role ("this is an error"), never for a hue, so light and dark themes stay consistent and a
//! status is the same red everywhere.
enum class ColorRole {
    // statuses (runs and node results)
    Queued,
    Starting,
    Running,
    Success,
    Error,
    Warning,
    Cancelled,
    Muted, //!< skipped nodes, secondary text, unknown statuses
    OnStatus, //!< glyphs drawn on top of a status badge
    // general
    Accent, //!< focus rings, lit lineage edges
    Link,
    Highlight, //!< search matches
    Star, //!< a watched job
    Surface, //!< canvas background (lineage)
    SurfaceText, //!< text drawn on Surface and on node fills
    SurfaceSubtext,
    SurfaceLine, //!< lineage edges, subtle borders
    HeaderBackground, //!< table header rows in rich text
    // message boxes: a tinted background, a border and readable text on it
    WarningBackground,
    WarningBorder,
    WarningText,
    InfoBackground,
    InfoBorder,
    InfoText,
    ErrorBackground,
    ErrorText,
    SuccessBackground,
    // SQL diffs: the characters a changed line lost (on ErrorBackground) or gained (on
    // SuccessBackground)
    DiffRemovedSpan,
    DiffAddedSpan,
    // navigator kind badges (connection, account, project, environment)
    KindConnection,
    KindAccount,
    KindProject,
    KindEnvironment,
    // lineage node fills by resource type
    NodeModel,
    NodeSource,
    NodeSeed,
    NodeSnapshot,
    NodeTest,
    NodeExposure,
    NodeSemantic,
    NodeOther,
    // SQL highlighting
    SqlKeyword,
    SqlFunction,
    SqlNumber,
    SqlJinja,
    SqlString,
    SqlQuoted,
    SqlComment,
    // the 16 ANSI colours of dbt logs (0-7 normal, 8-15 bright)
    Ansi0,
    Ansi1,
    Ansi2,
    Ansi3,
    Ansi4,
    Ansi5,
    Ansi6,
    Ansi7,
    Ansi8,
    Ansi9,
    Ansi10,
    Ansi11,
    Ansi12,
    Ansi13,
    Ansi14,
    Ansi15,
};
inline constexpr int kColorRoleCount = int(ColorRole::Ansi15) + 1;

//! True when \a palette's window is dark: follows the system theme and our own Theme alike.
bool isDark(const QPalette &palette);
//! The application palette's darkness (QGuiApplication::palette()).
bool isDark();

//! The role's colour for the application palette (light or dark value).
QColor color(ColorRole role);
//! The role's colour for \a palette, for widgets that carry their own palette.
QColor color(ColorRole role, const QPalette &palette);
//! The explicit variant, for tests and for exports that must not follow the screen.
QColor color(ColorRole role, bool dark);
//! "#rrggbb" for rich text and style sheets.
QString colorName(ColorRole role);

//! "color: #rrggbb;" for a label's style sheet.
QString textStyle(ColorRole role);

//! xterm's 256-colour index (0-15 are the ANSI roles, then the 6x6x6 cube and the greys).
QColor ansiColor(int index);

//! The full QPalette of our Light or Dark theme (Fusion looks right with either).
QPalette themePalette(bool dark);

} // namespace Dbtc::Ui

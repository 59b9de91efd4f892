// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/palette.h"

#include <QGuiApplication>
#include <QPalette>

#include <array>

namespace Dbtc::Ui {

namespace {

struct Pair
{
    QRgb light;
    QRgb dark;
};

// Light values are the hues the app always had (DESIGN.md: Queued grey, Starting light blue,
// Running blue, Success green, Error red, Cancelled amber). Dark values keep the hue but are
// lighter so they read on a dark base; backgrounds become deep tints instead of pastels.
constexpr std::array<Pair, kColorRoleCount> kPairs { {
    { 0xff8a8f98, 0xff9aa0aa }, // Queued
    { 0xff5bb4e5, 0xff6cc4f0 }, // Starting
    { 0xff1f6fd1, 0xff4a94f0 }, // Running
    { 0xff2e9d4f, 0xff4cc472 }, // Success
    { 0xffd63b3b, 0xfff06a6a }, // Error
    { 0xffb26a00, 0xffe0a030 }, // Warning
    { 0xffe09b1a, 0xffe8ad3c }, // Cancelled
    { 0xff757575, 0xff9e9e9e }, // Muted
    { 0xffffffff, 0xff16181b }, // OnStatus
    { 0xff1a4fb0, 0xff6ea8ff }, // Accent
    { 0xff1565c0, 0xff7ab4ff }, // Link
    { 0xffffd54f, 0xff8a6d00 }, // Highlight
    { 0xffe0a100, 0xfff2c230 }, // Star
    { 0xfffafbfc, 0xff1c1e21 }, // Surface
    { 0xff1d1d1f, 0xffe8e8ea }, // SurfaceText
    { 0xff666666, 0xffa8acb2 }, // SurfaceSubtext
    { 0xffa0a8b4, 0xff5c6470 }, // SurfaceLine
    { 0xffeef1f5, 0xff30343a }, // HeaderBackground
    { 0xfffff4d6, 0xff3d3318 }, // WarningBackground
    { 0xffe8c766, 0xff7a6424 }, // WarningBorder
    { 0xff4a3b00, 0xfff2dc9a }, // WarningText
    { 0xffe3f2fd, 0xff17324a }, // InfoBackground
    { 0xff90caf9, 0xff2f5f8a }, // InfoBorder
    { 0xff0d3c61, 0xffcfe6fb }, // InfoText
    { 0xfffdecea, 0xff3e2023 }, // ErrorBackground
    { 0xff5f1d1a, 0xfff6c9c5 }, // ErrorText
    { 0xfff1f8f1, 0xff1e3324 }, // SuccessBackground
    { 0xfff5b5b0, 0xff7a2e33 }, // DiffRemovedSpan
    { 0xffa9dfb5, 0xff2f6a3d }, // DiffAddedSpan
    { 0xff6b7280, 0xff9aa3b5 }, // KindConnection
    { 0xffff694a, 0xffff8a70 }, // KindAccount
    { 0xff3f51b5, 0xff8c9eff }, // KindProject
    { 0xff00897b, 0xff4db6ac }, // KindEnvironment
    { 0xffdde8fb, 0xff233650 }, // NodeModel
    { 0xffdcf2dc, 0xff21402a }, // NodeSource
    { 0xffe6f4ea, 0xff26392c }, // NodeSeed
    { 0xffe8e0f6, 0xff352a4a }, // NodeSnapshot
    { 0xffeeeeee, 0xff303236 }, // NodeTest
    { 0xfffde8d4, 0xff4a3422 }, // NodeExposure
    { 0xfff6e0ee, 0xff472a3d }, // NodeSemantic
    { 0xfff3f3e6, 0xff3a3a2c }, // NodeOther
    { 0xff1e5aa8, 0xff7ab4ff }, // SqlKeyword
    { 0xff8e24aa, 0xffd08ae6 }, // SqlFunction
    { 0xff00838f, 0xff4dd0e1 }, // SqlNumber
    { 0xffb26a00, 0xffe6a84a }, // SqlJinja
    { 0xff2e7d32, 0xff81c784 }, // SqlString
    { 0xff6d4c41, 0xffc8a898 }, // SqlQuoted
    { 0xff757575, 0xff8f959c }, // SqlComment
    // ANSI: 0 (black) and 7 (white) map to the text colour's neighbourhood so they stay legible.
    { 0xff424242, 0xffbdbdbd }, // Ansi0 black
    { 0xffc62828, 0xffef6b6b }, // Ansi1 red
    { 0xff2e7d32, 0xff6cc070 }, // Ansi2 green
    { 0xffb26a00, 0xffe0a030 }, // Ansi3 yellow
    { 0xff1565c0, 0xff6aa8f0 }, // Ansi4 blue
    { 0xff8e24aa, 0xffc77ddb }, // Ansi5 magenta
    { 0xff00838f, 0xff3cc0cc }, // Ansi6 cyan
    { 0xff616161, 0xffe0e0e0 }, // Ansi7 white
    { 0xff757575, 0xff9e9e9e }, // Ansi8 bright black
    { 0xffe53935, 0xffff8a80 }, // Ansi9
    { 0xff43a047, 0xff8bd88e }, // Ansi10
    { 0xffc98a00, 0xfff2c25a }, // Ansi11
    { 0xff1e88e5, 0xff90c4ff }, // Ansi12
    { 0xffab47bc, 0xffdd9ae8 }, // Ansi13
    { 0xff00acc1, 0xff6adcea }, // Ansi14
    { 0xff424242, 0xfff5f5f5 }, // Ansi15 bright white
} };

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

bool isDark()
{
    return isDark(QGuiApplication::palette());
}

QColor color(ColorRole role, bool dark)
{
    const Pair &p = kPairs[std::size_t(role)];
    return QColor::fromRgb(dark ? p.dark : p.light);
}

QColor color(ColorRole role, const QPalette &palette)
{
    return color(role, isDark(palette));
}

QColor color(ColorRole role)
{
    return color(role, isDark());
}

QString colorName(ColorRole role)
{
    return color(role).name();
}

QString textStyle(ColorRole role)
{
    return QStringLiteral("color: %1;").arg(colorName(role));
}

QColor ansiColor(int index)
{
    if (index < 0 || index > 255) {
        return {};
    }
    if (index < 16) {
        return color(ColorRole(int(ColorRole::Ansi0) + index));
    }
    if (index < 232) {
        const int i = index - 16;
        auto level = [](int v) {
            return v == 0 ? 0 : 55 + v * 40;
        };
        return QColor(level(i / 36), level((i / 6) % 6), level(i % 6));
    }
    const int grey = 8 + (index - 232) * 10;
    return QColor(grey, grey, grey);
}

QPalette themePalette(bool dark)
{
    struct Theme
    {
        QRgb window, base, alternateBase, text, button, highlight, highlightedText, placeholder,
            mid, dark, light, disabled, link;
    };

    static constexpr Theme kLight { 0xffefeff1,
        0xffffffff,
        0xfff6f7f8,
        0xff1d1d1f,
        0xffefeff1,
        0xff2f6fd1,
        0xffffffff,
        0xff7a7f87,
        0xffb8bcc2,
        0xff9aa0a8,
        0xffffffff,
        0xffa0a4aa,
        0xff1565c0 };
    static constexpr Theme kDark { 0xff2b2d31,
        0xff1f2023,
        0xff26282b,
        0xffe6e6e6,
        0xff34373c,
        0xff2f5fa8,
        0xffffffff,
        0xff90949a,
        0xff55575c,
        0xff18191b,
        0xff44474d,
        0xff7c8087,
        0xff7ab4ff };
    const Theme &t = dark ? kDark : kLight;
    QPalette p;
    p.setColor(QPalette::Window, QColor::fromRgb(t.window));
    p.setColor(QPalette::WindowText, QColor::fromRgb(t.text));
    p.setColor(QPalette::Base, QColor::fromRgb(t.base));
    p.setColor(QPalette::AlternateBase, QColor::fromRgb(t.alternateBase));
    p.setColor(QPalette::ToolTipBase, QColor::fromRgb(t.base));
    p.setColor(QPalette::ToolTipText, QColor::fromRgb(t.text));
    p.setColor(QPalette::Text, QColor::fromRgb(t.text));
    p.setColor(QPalette::BrightText, QColor::fromRgb(t.highlightedText));
    p.setColor(QPalette::Button, QColor::fromRgb(t.button));
    p.setColor(QPalette::ButtonText, QColor::fromRgb(t.text));
    p.setColor(QPalette::Highlight, QColor::fromRgb(t.highlight));
    p.setColor(QPalette::HighlightedText, QColor::fromRgb(t.highlightedText));
    p.setColor(QPalette::PlaceholderText, QColor::fromRgb(t.placeholder));
    p.setColor(QPalette::Link, QColor::fromRgb(t.link));
    p.setColor(QPalette::LinkVisited, QColor::fromRgb(t.link));
    p.setColor(QPalette::Light, QColor::fromRgb(t.light));
    p.setColor(QPalette::Midlight, QColor::fromRgb(t.button).lighter(110));
    p.setColor(QPalette::Mid, QColor::fromRgb(t.mid));
    p.setColor(QPalette::Dark, QColor::fromRgb(t.dark));
    p.setColor(QPalette::Shadow, QColor::fromRgb(t.dark).darker(150));
    for (const auto r : { QPalette::Text, QPalette::WindowText, QPalette::ButtonText }) {
        p.setColor(QPalette::Disabled, r, QColor::fromRgb(t.disabled));
    }
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor::fromRgb(t.mid));
    return p;
}

} // namespace Dbtc::Ui

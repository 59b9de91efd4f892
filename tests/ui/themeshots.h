// SPDX-License-Identifier: GPL-3.0-or-later
// Grabs one page in the light and in the dark theme: <dir>/<page>-light.png, <page>-dark.png.
// The directory is DBTC_SCREENSHOT_DIR/screenshots when set (docs: DBTC_SCREENSHOT_DIR=docs),
// else the test's working directory. Checks what a broken dark page looks like: large white
// areas (a hard-coded background) or a page that did not get darker at all.
#pragma once

#include "ui/widgets/theme.h"

#include <QDir>
#include <QImage>
#include <QScopeGuard>
#include <QTest>
#include <QWidget>

namespace Dbtc::Test {

inline QString themeShotDir()
{
    const QString root = qEnvironmentVariable("DBTC_SCREENSHOT_DIR");
    const QString dir =
        root.isEmpty() ? QDir::currentPath() : root + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    return dir;
}

struct Brightness
{
    double mean = 0; //!< mean lightness in [0, 1]
    double nearWhite = 0; //!< share of pixels lighter than 94 %
};

inline Brightness brightness(const QImage &image)
{
    Brightness b;
    const QImage img = image.convertToFormat(QImage::Format_RGB32);
    qint64 n = 0;
    double sum = 0;
    qint64 white = 0;
    // every 3rd pixel in both directions: plenty for a page-sized average
    for (int y = 0; y < img.height(); y += 3) {
        const auto *line = reinterpret_cast<const QRgb *>(img.constScanLine(y));
        for (int x = 0; x < img.width(); x += 3, ++n) {
            const int l = qGray(line[x]);
            sum += l;
            white += l > 240;
        }
    }
    if (n > 0) {
        b.mean = sum / n / 255.0;
        b.nearWhite = double(white) / double(n);
    }
    return b;
}

//! Saves \a w in both themes and verifies the dark one is dark everywhere. Restores the
//! theme the test ran with. \a settle lets views repaint after the palette change.
inline void grabThemes(QWidget *w, const QString &page, int settleMs = 150)
{
    Ui::Theme *theme = Ui::Theme::instance();
    const Ui::Theme::Kind before = theme->theme();
    const auto restore = qScopeGuard([&] {
        theme->setTheme(before);
    });
    Brightness light, dark;
    for (const auto kind : { Ui::Theme::Dark, Ui::Theme::Light }) {
        theme->setTheme(kind);
        QTest::qWait(settleMs);
        const QImage image = w->grab().toImage();
        QVERIFY(!image.isNull());
        const bool isDark = kind == Ui::Theme::Dark;
        const QString file = themeShotDir() + u'/' + page + (isDark ? u"-dark.png" : u"-light.png");
        QVERIFY2(image.save(file), qPrintable(file));
        (isDark ? dark : light) = brightness(image);
    }
    QVERIFY2(dark.mean < light.mean - 0.25,
        qPrintable(
            QStringLiteral("%1: dark %2 vs light %3").arg(page).arg(dark.mean).arg(light.mean)));
    // a white box left in the dark theme (style sheet, HTML background, painted canvas)
    QVERIFY2(dark.nearWhite < 0.02,
        qPrintable(
            QStringLiteral("%1: %2 % near-white in dark").arg(page).arg(dark.nearWhite * 100)));
}

} // namespace Dbtc::Test

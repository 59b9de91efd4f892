// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "artifacts/lineage/projectlayout.h"

#include <QByteArray>
#include <QImage>
#include <QString>

namespace Dbtc::Ui {

//! \brief How a ProjectLayout is rendered to a file.
struct LineageExportOptions
{
    bool dark = false; //!< the dark theme's colours (exports never follow the screen)
    //! PNG: the image is scaled down until it holds at most this many pixels (and no side
    //! exceeds maxSide), so a 40,000-node project stays a file a viewer can open.
    qint64 maxPixels = 40'000'000;
    int maxSide = 16'000;
};

//! The layout as SVG, written directly (no QSvgGenerator: it would flatten groups and drop
//! ids). Every drawn node is one <g> carrying its unique_id as id and data-unique-id; a folded
//! group is a <g class="group"> with data-label; edges are polylines, thicker for bundles.
QByteArray lineageSvg(const Models::ProjectLayout &layout,
    const Models::ArtifactIndex &index,
    const LineageExportOptions &options = {});

//! The layout painted with QPainter, scaled down to LineageExportOptions' pixel budget. Text
//! is drawn only where it is large enough to read. Needs a QGuiApplication (fonts).
QImage lineageImage(const Models::ProjectLayout &layout,
    const Models::ArtifactIndex &index,
    const LineageExportOptions &options = {});

//! Writes \a path as SVG or PNG by its suffix. False and a message naming the file otherwise.
bool exportLineage(const Models::ProjectLayout &layout,
    const Models::ArtifactIndex &index,
    const QString &path,
    const LineageExportOptions &options,
    QString *error);

} // namespace Dbtc::Ui

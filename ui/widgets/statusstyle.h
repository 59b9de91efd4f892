// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/types/runstatus.h"

#include <QColor>
#include <QIcon>

class QPainter;

namespace Dbtc::Ui {

//! \brief The one place that decides how a run status looks: colour, icon and words.
//! Colour is never the only signal (colour-blind users): every status has a distinct glyph.
QColor statusColor(Api::RunStatus status);
QIcon statusIcon(Api::RunStatus status);
QString statusText(Api::RunStatus status);

//! \brief Paints the status badge into \a rect. Running runs get a rotating arc around the
//! badge; \a phase in [0, 1) is the animation position (the caller's clock).
void paintStatusBadge(QPainter *painter, const QRectF &rect, Api::RunStatus status, qreal phase);

} // namespace Dbtc::Ui

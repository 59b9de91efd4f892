// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/types/runstatus.h"
#include "models/artifacts/resultstablestatus.h"
#include "ui/widgets/palette.h"

#include <QColor>
#include <QIcon>
#include <QStringView>

class QPainter;

namespace Dbtc::Ui {

//! \brief How a status looks: a palette role, a glyph and words. Colour is never the only
//! signal (colour-blind users): every status has a distinct glyph and its words.
struct StatusLook
{
    ColorRole role = ColorRole::Muted;
    QString glyph; //!< one character: "✔", "✖", "▲", ...
    QString words; //!< "Success", "error", "runtime error", ...

    //! "✖ error": glyph and words, for text cells and rich text.
    QString label() const { return glyph.isEmpty() ? words : glyph + u' ' + words; }

    QColor color() const { return Ui::color(role); }
};

//! The one place that decides how a run status (Api::RunStatus) looks.
StatusLook statusLook(Api::RunStatus status);
//! The one place that decides how a node result or freshness status looks ("error", "pass",
//! "runtime error", ...): the words are dbt's, as written; empty status, empty look.
StatusLook nodeStatusLook(QStringView status);
StatusLook nodeStatusLook(Models::ResultKind kind, const QString &words);

QColor statusColor(Api::RunStatus status);
QString statusText(Api::RunStatus status);
//! A round badge with the glyph, in the current theme's colours.
QIcon statusIcon(Api::RunStatus status);
QIcon nodeStatusIcon(QStringView status);

//! \brief Paints the status badge into \a rect. Running runs get a rotating arc around the
//! badge, turned by the shared SpinnerClock so every spinner on screen agrees.
void paintStatusBadge(QPainter *painter, const QRectF &rect, Api::RunStatus status);

} // namespace Dbtc::Ui

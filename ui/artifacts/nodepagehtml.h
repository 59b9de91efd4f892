// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

#include <cstdint>

namespace Dbtc::Models {
class ArtifactIndex;
} // namespace Dbtc::Models

namespace Dbtc::Ui {

//! The info part of the node page as HTML for a QTextBrowser. Links to other nodes are
//! nodeLink(entity) URLs.
QString nodeInfoHtml(const Models::ArtifactIndex &index, std::uint32_t entity);

//! "node:<entity index>": cheap to build for thousands of links, resolved by the page.
QUrl nodeLink(std::uint32_t entity);
//! The entity of a nodeLink() URL, or -1.
int entityFromLink(const QUrl &url);

} // namespace Dbtc::Ui

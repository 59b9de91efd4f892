// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/artifacts/freshnessmodel.h"

#include "artifacts/artifactindex.h"
#include "models/artifacts/resultstablestatus.h"
#include "models/common/timetext.h"

namespace Dbtc::Models {

FreshnessModel::FreshnessModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void FreshnessModel::setIndex(std::shared_ptr<const ArtifactIndex> index)
{
    beginResetModel();
    m_index = std::move(index);
    m_rows.clear();
    if (m_index) {
        const auto &results = m_index->results();
        for (std::uint32_t i = 0; i < results.size(); ++i) {
            if (m_index->documents()[results[i].document].kind == ArtifactKind::Sources) {
                m_rows.push_back(i);
            }
        }
    }
    endResetModel();
}

int FreshnessModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FreshnessModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FreshnessModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || std::size_t(index.row()) >= m_rows.size()) {
        return {};
    }
    const RunResult &r = m_index->results()[m_rows[std::size_t(index.row())]];
    const int col = index.column();
    // source.<package>.<source_name>.<table> reads best as source_name.table
    const std::string_view id = r.uniqueId;
    const std::size_t pkgEnd = id.find('.', id.find('.') + 1);
    const QString shortName =
        toQString(pkgEnd == std::string_view::npos ? id : id.substr(pkgEnd + 1));
    switch (role) {
    case Qt::DisplayRole:
        switch (col) {
        case StatusColumn:
            return toQString(r.status); // the view paints glyph and colour
        case SourceColumn:
            return shortName;
        case AgeColumn:
            return r.maxLoadedAtAgeSeconds < 0 ? QString()
                                               : durationText(qint64(r.maxLoadedAtAgeSeconds));
        case MaxLoadedColumn:
            return toQString(r.maxLoadedAt);
        case CheckedColumn:
            return toQString(r.snapshottedAt);
        case MessageColumn:
            return r.message.toString().section(u'\n', 0, 0).left(300);
        default:
            return {};
        }
    case SortRole:
        switch (col) {
        case StatusColumn:
            return resultStatusRank(r.status);
        case AgeColumn:
            return r.maxLoadedAtAgeSeconds;
        default:
            return data(index, Qt::DisplayRole).toString();
        }
    case Qt::ToolTipRole:
        return col == MessageColumn ? r.message.toString() : toQString(r.uniqueId);
    case SourceUniqueIdRole:
        return toQString(r.uniqueId);
    default:
        return {};
    }
}

QVariant FreshnessModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case SourceColumn:
        return tr("Source");
    case AgeColumn:
        return tr("Age at check");
    case MaxLoadedColumn:
        return tr("Newest row loaded at");
    case CheckedColumn:
        return tr("Checked at");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace Dbtc::Models

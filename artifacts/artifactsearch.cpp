// SPDX-License-Identifier: GPL-3.0-or-later
#include "artifacts/artifactsearch.h"

#include "artifacts/artifactindex.h"

#include <algorithm>
#include <cstring>

namespace Dbtc::Models {

namespace {

constexpr char kFieldSep = '\x1f';

void appendLower(QByteArray &out, std::string_view s)
{
    const qsizetype at = out.size();
    out.append(s.data(), qsizetype(s.size()));
    char *p = out.data() + at;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (p[i] >= 'A' && p[i] <= 'Z') {
            p[i] = char(p[i] + 32);
        } else if (p[i] == kFieldSep || p[i] == '\n') { // keep the record structure unambiguous
            p[i] = ' ';
        }
    }
}

} // namespace

ArtifactSearch::ArtifactSearch(std::shared_ptr<const ArtifactIndex> index)
    : m_index(std::move(index))
{
    const auto &entities = m_index->entities();
    std::size_t total = 0;
    for (const Entity &e : entities) {
        total += e.name.size() + e.uniqueId.size() + e.path.size() + 4 + e.tagCount * 8;
    }
    m_text.reserve(qsizetype(total));
    m_offsets.reserve(entities.size() + 1);
    for (const Entity &e : entities) {
        m_offsets.push_back(std::uint32_t(m_text.size()));
        appendLower(m_text, e.name);
        m_text += kFieldSep;
        appendLower(m_text, e.uniqueId);
        m_text += kFieldSep;
        appendLower(m_text, e.path);
        for (const std::string_view tag : m_index->tags(e)) {
            m_text += kFieldSep;
            appendLower(m_text, tag);
        }
        m_text += '\n';
    }
    m_offsets.push_back(std::uint32_t(m_text.size()));
}

std::vector<std::uint32_t> ArtifactSearch::find(QStringView query, const Options &options) const
{
    QByteArray q = query.trimmed().toUtf8();
    if (q.isEmpty()) {
        return {};
    }
    for (char &c : q) {
        if (c >= 'A' && c <= 'Z') {
            c = char(c + 32);
        }
    }
    const auto &entities = m_index->entities();

    struct Hit
    {
        std::uint32_t entity;
        std::uint8_t rank;
        std::uint32_t nameLength;
    };

    std::vector<Hit> hits;
    const char *base = m_text.constData();
    const char *end = base + m_text.size();
    const char *pos = base;
    while (pos < end) {
        const void *found =
            memmem(pos, std::size_t(end - pos), q.constData(), std::size_t(q.size()));
        if (!found) {
            break;
        }
        const auto at = std::uint32_t(static_cast<const char *>(found) - base);
        const auto it = std::upper_bound(m_offsets.begin(), m_offsets.end(), at);
        const auto entity = std::uint32_t(it - m_offsets.begin() - 1);
        pos = base + m_offsets[entity + 1]; // one hit per entity is enough
        const Entity &e = entities[entity];
        if ((!options.includeMacros && e.type == ResourceType::Macro)
            || (!options.includeDisabled && e.disabled)) {
            continue;
        }
        const std::string_view name(base + m_offsets[entity], e.name.size());
        const std::string_view needle(q.constData(), std::size_t(q.size()));
        std::uint8_t rank = 3;
        if (name == needle) {
            rank = 0;
        } else if (name.substr(0, needle.size()) == needle) {
            rank = 1;
        } else if (name.find(needle) != std::string_view::npos) {
            rank = 2;
        }
        hits.push_back({ entity, rank, std::uint32_t(e.name.size()) });
    }
    auto better = [](const Hit &a, const Hit &b) {
        if (a.rank != b.rank) {
            return a.rank < b.rank;
        }
        if (a.nameLength != b.nameLength) {
            return a.nameLength < b.nameLength;
        }
        return a.entity < b.entity;
    };
    if (options.limit > 0 && hits.size() > options.limit) {
        std::partial_sort(
            hits.begin(), hits.begin() + std::ptrdiff_t(options.limit), hits.end(), better);
        hits.resize(options.limit);
    } else {
        std::sort(hits.begin(), hits.end(), better);
    }
    std::vector<std::uint32_t> out;
    out.reserve(hits.size());
    for (const Hit &h : hits) {
        out.push_back(h.entity);
    }
    return out;
}

} // namespace Dbtc::Models

// SPDX-License-Identifier: GPL-3.0-or-later
#include "artifacts/artifacttypes.h"

#include "artifacts/artifactarena.h"

#include <cstring>

namespace Dbtc::Models {

QString artifactKindName(ArtifactKind kind)
{
    switch (kind) {
    case ArtifactKind::Manifest:
        return QStringLiteral("manifest");
    case ArtifactKind::Catalog:
        return QStringLiteral("catalog");
    case ArtifactKind::RunResults:
        return QStringLiteral("run_results");
    case ArtifactKind::Sources:
        return QStringLiteral("sources");
    }
    return {};
}

ResourceType resourceTypeFromName(std::string_view n)
{
    static const std::pair<std::string_view, ResourceType> names[] = {
        { "model", ResourceType::Model },
        { "test", ResourceType::Test },
        { "seed", ResourceType::Seed },
        { "snapshot", ResourceType::Snapshot },
        { "analysis", ResourceType::Analysis },
        { "operation", ResourceType::Operation },
        { "sql_operation", ResourceType::Operation },
        { "rpc", ResourceType::Operation },
        { "source", ResourceType::Source },
        { "exposure", ResourceType::Exposure },
        { "metric", ResourceType::Metric },
        { "semantic_model", ResourceType::SemanticModel },
        { "saved_query", ResourceType::SavedQuery },
        { "unit_test", ResourceType::UnitTest },
        { "macro", ResourceType::Macro },
        { "group", ResourceType::Group },
    };
    for (const auto &p : names) {
        if (p.first == n) {
            return p.second;
        }
    }
    return ResourceType::Other;
}

QString JsonText::toString() const
{
    return decodeJsonString(raw);
}

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

bool readHex4(std::string_view s, std::size_t at, char16_t *out)
{
    if (at + 4 > s.size()) {
        return false;
    }
    unsigned v = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        const int h = hexValue(s[at + i]);
        if (h < 0) {
            return false;
        }
        v = v * 16 + unsigned(h);
    }
    *out = char16_t(v);
    return true;
}

} // namespace

QString decodeJsonString(std::string_view s)
{
    if (s.find('\\') == std::string_view::npos) {
        return toQString(s);
    }
    QString out;
    out.reserve(qsizetype(s.size()));
    std::size_t plainStart = 0;
    auto flush = [&](std::size_t end) {
        out += QString::fromUtf8(s.data() + plainStart, qsizetype(end - plainStart));
    };
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\\' || i + 1 >= s.size()) {
            continue;
        }
        flush(i);
        const char c = s[i + 1];
        std::size_t consumed = 2;
        switch (c) {
        case 'n':
            out += QLatin1Char('\n');
            break;
        case 't':
            out += QLatin1Char('\t');
            break;
        case 'r':
            out += QLatin1Char('\r');
            break;
        case 'b':
            out += QLatin1Char('\b');
            break;
        case 'f':
            out += QLatin1Char('\f');
            break;
        case '/':
            out += QLatin1Char('/');
            break;
        case '\\':
            out += QLatin1Char('\\');
            break;
        case '"':
            out += QLatin1Char('"');
            break;
        case 'u': {
            char16_t unit = 0;
            if (readHex4(s, i + 2, &unit)) {
                out += QChar(unit); // surrogate pairs arrive as two \u escapes: QString pairs them
                consumed = 6;
            } else {
                out += QLatin1String("\\u");
            }
            break;
        }
        default: // not valid JSON; keep it visible rather than guess
            out += QLatin1Char('\\');
            out += QLatin1Char(c);
        }
        i += consumed - 1;
        plainStart = i + 1;
    }
    flush(s.size());
    return out;
}

bool RunResult::isProblem() const
{
    return status == "error" || status == "fail" || status == "runtime error" || status == "warn";
}

std::string_view StringArena::copy(std::string_view s)
{
    if (s.empty()) {
        return {};
    }
    if (s.size() > m_left) {
        const std::size_t size = std::max(kChunk, s.size());
        m_chunks.push_back(std::make_unique<char[]>(size));
        m_cursor = m_chunks.back().get();
        m_left = size;
    }
    std::memcpy(m_cursor, s.data(), s.size());
    const std::string_view view(m_cursor, s.size());
    m_cursor += s.size();
    m_left -= s.size();
    m_used += s.size();
    return view;
}

} // namespace Dbtc::Models

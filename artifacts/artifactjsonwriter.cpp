// SPDX-License-Identifier: GPL-3.0-or-later
#include "artifacts/artifactjsonwriter.h"

#include <QString>

#include <charconv>
#include <cmath>

namespace Dbtc::Models {

void ArtifactJsonWriter::newline()
{
    m_out += '\n';
    m_out.append(qsizetype(m_hasItems.size() * 2), ' ');
}

void ArtifactJsonWriter::separator()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_hasItems.empty()) {
        return;
    }
    if (m_hasItems.back()) {
        m_out += ',';
    }
    m_hasItems.back() = true;
    newline();
}

void ArtifactJsonWriter::beginObject()
{
    separator();
    m_out += '{';
    m_hasItems.push_back(false);
}

void ArtifactJsonWriter::endObject()
{
    const bool had = m_hasItems.back();
    m_hasItems.pop_back();
    if (had) {
        newline();
    }
    m_out += '}';
}

void ArtifactJsonWriter::beginArray()
{
    separator();
    m_out += '[';
    m_hasItems.push_back(false);
}

void ArtifactJsonWriter::endArray()
{
    endObject();
    m_out.back() = ']';
}

void ArtifactJsonWriter::key(std::string_view k)
{
    separator();
    m_out += '"';
    writeEscaped(k);
    m_out += "\": ";
    m_afterKey = true;
}

void ArtifactJsonWriter::value(std::string_view utf8)
{
    separator();
    m_out += '"';
    writeEscaped(utf8);
    m_out += '"';
}

void ArtifactJsonWriter::value(const QString &s)
{
    const QByteArray utf8 = s.toUtf8();
    value(std::string_view(utf8.constData(), std::size_t(utf8.size())));
}

void ArtifactJsonWriter::escapedValue(std::string_view alreadyEscaped)
{
    separator();
    m_out += '"';
    m_out.append(alreadyEscaped.data(), qsizetype(alreadyEscaped.size()));
    m_out += '"';
}

void ArtifactJsonWriter::value(std::int64_t n)
{
    separator();
    m_out += QByteArray::number(qlonglong(n));
}

void ArtifactJsonWriter::number(double d)
{
    if (!std::isfinite(d)) {
        null();
        return;
    }
    separator();
    char buffer[32];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, d).ptr;
    m_out.append(buffer, qsizetype(end - buffer));
}

void ArtifactJsonWriter::null()
{
    separator();
    m_out += "null";
}

QByteArray ArtifactJsonWriter::take()
{
    m_out += '\n';
    return std::exchange(m_out, {});
}

void ArtifactJsonWriter::writeEscaped(std::string_view s)
{
    static const char hex[] = "0123456789abcdef";
    // Runs of plain characters go in with one append: ids and statuses rarely need escaping,
    // and --diff writes tens of thousands of them.
    std::size_t plainFrom = 0;
    const auto flushPlain = [&](std::size_t upTo) {
        if (upTo > plainFrom) {
            m_out.append(s.data() + plainFrom, qsizetype(upTo - plainFrom));
        }
    };
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c != '"' && c != '\\' && c >= 0x20) {
            continue;
        }
        flushPlain(i);
        plainFrom = i + 1;
        if (c == '"' || c == '\\') {
            m_out += '\\';
            m_out += char(c);
        } else if (c == '\n') {
            m_out += "\\n";
        } else if (c == '\t') {
            m_out += "\\t";
        } else if (c == '\r') {
            m_out += "\\r";
        } else {
            m_out += "\\u00";
            m_out += hex[c >> 4];
            m_out += hex[c & 15];
        }
    }
    flushPlain(s.size());
}

} // namespace Dbtc::Models

// SPDX-License-Identifier: GPL-3.0-or-later
// The pure, thread-safe half of LogDocument: the line index, line classification, ANSI
// decoding and search. Everything here runs on worker threads for large logs.
#include "models/rundetail/logdocument.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>

namespace Dbtc::Models {

namespace {

constexpr char kEsc = '\x1b';

std::string_view view(QByteArrayView v)
{
    return { v.data(), std::size_t(v.size()) };
}

bool startsAt(std::string_view s, std::size_t i, std::string_view word)
{
    return s.size() - i >= word.size() && std::memcmp(s.data() + i, word.data(), word.size()) == 0;
}

// "ERROR=1" and "WARN=0" are dbt's summary counters, not problems.
bool wordNotCounter(std::string_view s, std::size_t i, std::string_view word)
{
    if (!startsAt(s, i, word)) {
        return false;
    }
    const std::size_t end = i + word.size();
    return end >= s.size() || s[end] != '=';
}

struct SgrState
{
    LogColor color;
    bool bold = false;
};

void applySgr(std::string_view params, SgrState &st)
{
    QList<int> codes;
    std::size_t pos = 0;
    while (pos <= params.size()) {
        const std::size_t semi = std::min(params.find(';', pos), params.size());
        // Saturated: no SGR code or colour channel is above 255, and a log may carry a
        // parameter of any length ("38;5;99999999999" overflowed int, found by fuzz_logindex).
        constexpr int kSaturated = 100000;
        int v = 0;
        for (std::size_t i = pos; i < semi; ++i) {
            if (params[i] >= '0' && params[i] <= '9') {
                v = std::min(v * 10 + (params[i] - '0'), kSaturated);
            }
        }
        codes.append(v);
        pos = semi + 1;
    }
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const int c = codes.at(i);
        if (c == 0) {
            st = {};
        } else if (c == 1) {
            st.bold = true;
        } else if (c == 22) {
            st.bold = false;
        } else if (c == 39) {
            st.color = {};
        } else if (c >= 30 && c <= 37) {
            st.color = { LogColor::Indexed, quint32(c - 30) };
        } else if (c >= 90 && c <= 97) {
            st.color = { LogColor::Indexed, quint32(c - 90 + 8) };
        } else if (c == 38 && i + 2 < codes.size() && codes.at(i + 1) == 5) {
            st.color = { LogColor::Indexed, quint32(std::clamp(codes.at(i + 2), 0, 255)) };
            i += 2;
        } else if (c == 38 && i + 4 < codes.size() && codes.at(i + 1) == 2) {
            const auto channel = [&](qsizetype k) {
                return quint32(std::clamp(codes.at(k), 0, 255));
            };
            st.color = { LogColor::Rgb,
                channel(i + 2) << 16 | channel(i + 3) << 8 | channel(i + 4) };
            i += 4;
        }
    }
}

// Length of the escape sequence at s[i] (s[i] == ESC); the CSI parameters go to *csi.
std::size_t escapeLength(std::string_view s, std::size_t i, std::string_view *csi, char *final)
{
    if (i + 1 >= s.size()) {
        return 1;
    }
    if (s[i + 1] == '[') {
        std::size_t j = i + 2;
        while (j < s.size() && !(s[j] >= 0x40 && s[j] <= 0x7e)) {
            ++j;
        }
        if (j >= s.size()) {
            return s.size() - i;
        }
        *csi = s.substr(i + 2, j - i - 2);
        *final = s[j];
        return j - i + 1;
    }
    if (s[i + 1] == ']') { // OSC ... BEL or ST (hyperlinks in newer dbt output)
        std::size_t j = i + 2;
        while (j < s.size() && s[j] != '\x07'
            && !(s[j] == kEsc && j + 1 < s.size() && s[j + 1] == '\\')) {
            ++j;
        }
        return std::min(s.size(), j + (j < s.size() && s[j] == kEsc ? 2 : 1)) - i;
    }
    return 2;
}

void appendText(LogLine &out, std::string_view chunk, const SgrState &st)
{
    if (chunk.empty()) {
        return;
    }
    QString piece = QString::fromUtf8(chunk.data(), qsizetype(chunk.size()));
    // Tabs to the next multiple of 4 columns: a monospace grid must not see raw tabs.
    if (piece.contains(QLatin1Char('\t'))) {
        QString expanded;
        qsizetype col = out.text.size();
        for (QChar ch : std::as_const(piece)) {
            if (ch == QLatin1Char('\t')) {
                const qsizetype n = 4 - col % 4;
                expanded.append(QString(n, QLatin1Char(' ')));
                col += n;
            } else {
                expanded.append(ch);
                ++col;
            }
        }
        piece = expanded;
    }
    if (!st.color.isDefault() || st.bold) {
        out.spans.append({ out.text.size(), piece.size(), st.color, st.bold });
    }
    out.text.append(piece);
}

} // namespace

QByteArrayView LogSnapshot::rawLine(qint64 line) const
{
    if (line < 0 || line >= lineCount()) {
        return {};
    }
    const qint64 begin = starts[std::size_t(line)];
    qint64 end = line + 1 < lineCount() ? starts[std::size_t(line + 1)] - 1 : text.size();
    if (end > begin && text.at(end - 1) == '\n') {
        --end;
    }
    if (end > begin && text.at(end - 1) == '\r') {
        --end;
    }
    return QByteArrayView(text.constData() + begin, end - begin);
}

LogLine decodeLogLine(QByteArrayView raw)
{
    LogLine out;
    const std::string_view s = view(raw);
    SgrState st;
    std::size_t plainFrom = 0;
    for (std::size_t i = 0; i < s.size();) {
        if (s[i] != kEsc) {
            ++i;
            continue;
        }
        appendText(out, s.substr(plainFrom, i - plainFrom), st);
        std::string_view csi;
        char final = 0;
        const std::size_t len = escapeLength(s, i, &csi, &final);
        if (final == 'm') {
            applySgr(csi, st);
        }
        i += len;
        plainFrom = i;
    }
    appendText(out, s.substr(plainFrom), st);
    return out;
}

QString stripAnsi(QByteArrayView raw)
{
    if (!raw.contains(kEsc)) {
        return QString::fromUtf8(raw);
    }
    const std::string_view s = view(raw);
    QByteArray plain;
    plain.reserve(raw.size());
    for (std::size_t i = 0; i < s.size();) {
        if (s[i] == kEsc) {
            std::string_view csi;
            char final = 0;
            i += escapeLength(s, i, &csi, &final);
        } else {
            plain.append(s[i++]);
        }
    }
    return QString::fromUtf8(plain);
}

LogLineKind classifyLogLine(QByteArrayView raw)
{
    const std::string_view s = view(raw);
    bool warn = false;
    // One pass that only looks closer at the few bytes that can start a keyword.
    for (std::size_t i = 0; i < s.size(); ++i) {
        switch (s[i]) {
        case 'E':
            if (wordNotCounter(s, i, "ERROR") || startsAt(s, i, "Error in ")
                || startsAt(s, i, "Encountered an error")) {
                return LogLineKind::Error;
            }
            break;
        case 'F':
            if (startsAt(s, i, "Failure in ")) {
                return LogLineKind::Error;
            }
            break;
        case '[':
            if (startsAt(s, i, "[error]") || startsAt(s, i, "[ERROR")) {
                return LogLineKind::Error;
            }
            warn = warn || startsAt(s, i, "[warn");
            break;
        case 'W':
            warn = warn || wordNotCounter(s, i, "WARN") || startsAt(s, i, "Warning:");
            break;
        default:
            break;
        }
    }
    return warn ? LogLineKind::Warning : LogLineKind::Normal;
}

std::shared_ptr<const LogSnapshot> indexLog(QByteArray text,
    const std::shared_ptr<const LogSnapshot> &previous,
    const std::atomic_bool *cancel)
{
    auto snap = std::make_shared<LogSnapshot>();
    qint64 scanFrom = 0;
    if (previous && previous->lineCount() > 0 && text.size() >= previous->text.size()
        && std::memcmp(
               text.constData(), previous->text.constData(), std::size_t(previous->text.size()))
            == 0) {
        // Keep every line of the previous index but its last one, which may have been partial.
        const std::size_t keep = std::size_t(previous->lineCount() - 1);
        snap->starts.assign(previous->starts.begin(), previous->starts.begin() + qsizetype(keep));
        snap->kinds.assign(previous->kinds.begin(), previous->kinds.begin() + qsizetype(keep));
        for (std::size_t i = 0; i < keep; ++i) {
            snap->errorCount += snap->kinds[i] == LogLineKind::Error;
            snap->warningCount += snap->kinds[i] == LogLineKind::Warning;
        }
        snap->longestLine = previous->longestLine;
        scanFrom = previous->starts.back();
    }
    snap->text = std::move(text);
    const char *data = snap->text.constData();
    const qint64 size = snap->text.size();
    snap->starts.reserve(std::size_t(size / 80 + 16));
    snap->kinds.reserve(snap->starts.capacity());
    qint64 pos = scanFrom;
    while (pos < size) {
        if (cancel && (snap->starts.size() & 0xffff) == 0
            && cancel->load(std::memory_order_relaxed)) {
            return nullptr;
        }
        const void *nl = std::memchr(data + pos, '\n', std::size_t(size - pos));
        const qint64 end = nl ? static_cast<const char *>(nl) - data : size;
        const LogLineKind kind = classifyLogLine(QByteArrayView(data + pos, end - pos));
        snap->starts.push_back(pos);
        snap->kinds.push_back(kind);
        snap->errorCount += kind == LogLineKind::Error;
        snap->warningCount += kind == LogLineKind::Warning;
        snap->longestLine = std::max(snap->longestLine, end - pos);
        pos = end + 1;
    }
    return snap;
}

std::vector<qint64> searchLog(
    const LogSnapshot &snap, const QByteArray &needleUtf8, const std::atomic_bool *cancel)
{
    std::vector<qint64> lines;
    if (needleUtf8.isEmpty() || snap.lineCount() == 0) {
        return lines;
    }
    const QByteArray needle = needleUtf8.toLower();
    const std::string_view nv(needle.constData(), std::size_t(needle.size()));
    constexpr qint64 kBlock = 4 * 1024 * 1024;
    std::string lowered;
    qint64 line = 0;
    while (line < snap.lineCount()) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            return {};
        }
        // A block of whole lines, lower-cased once so matching is a plain find.
        const qint64 begin = snap.starts[std::size_t(line)];
        auto endIt =
            std::upper_bound(snap.starts.begin() + line, snap.starts.end(), begin + kBlock);
        qint64 lastLine = qint64(endIt - snap.starts.begin()); // exclusive
        if (lastLine == line) {
            lastLine = line + 1;
        }
        const qint64 end =
            lastLine < snap.lineCount() ? snap.starts[std::size_t(lastLine)] : snap.text.size();
        lowered.assign(snap.text.constData() + begin, std::size_t(end - begin));
        for (char &c : lowered) {
            c = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
        }
        std::size_t at = lowered.find(nv);
        while (at != std::string::npos) {
            const qint64 abs = begin + qint64(at);
            const auto it =
                std::upper_bound(snap.starts.begin() + line, snap.starts.begin() + lastLine, abs);
            const qint64 hit = qint64(it - snap.starts.begin()) - 1;
            lines.push_back(hit);
            const qint64 next =
                hit + 1 < snap.lineCount() ? snap.starts[std::size_t(hit + 1)] : end;
            if (next >= end) {
                break;
            }
            at = lowered.find(nv, std::size_t(next - begin));
        }
        line = lastLine;
    }
    return lines;
}

} // namespace Dbtc::Models

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/artifacts/nodetext.h"

#include <QSaveFile>

namespace Dbtc::Ui {

namespace {

// Decodes in slices so saving a 300 MB text never holds its whole UTF-16 copy.
constexpr std::size_t kSaveSlice = std::size_t(8) << 20;

bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

//! A cut point at or before \a at that splits neither a UTF-8 character nor a JSON escape
//! (\n, \", \uXXXX): a run of backslashes just before it is kept whole with what follows.
std::size_t safeCut(std::string_view raw, std::size_t at)
{
    if (at >= raw.size()) {
        return raw.size();
    }
    std::size_t cut = at;
    while (cut > 0 && isContinuationByte(raw[cut])) {
        --cut;
    }
    // Within 6 bytes after an escape's backslash the escape may be unfinished: cut before it.
    const std::size_t from = cut > 6 ? cut - 6 : 0;
    for (std::size_t i = cut; i > from; --i) {
        if (raw[i - 1] != '\\') {
            continue;
        }
        std::size_t start = i - 1;
        while (start > 0 && raw[start - 1] == '\\') {
            --start;
        }
        return start; // the whole run of backslashes goes to the next slice
    }
    return cut;
}

} // namespace

ShownText shownText(const Models::JsonText &text, qsizetype maxBytes)
{
    ShownText out;
    out.fullBytes = qsizetype(text.raw.size());
    if (out.fullBytes <= maxBytes) {
        out.text = text.toString();
        return out;
    }
    out.cut = true;
    out.text =
        Models::decodeJsonString(text.raw.substr(0, safeCut(text.raw, std::size_t(maxBytes))));
    return out;
}

bool saveWholeText(const Models::JsonText &text, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    std::string_view rest = text.raw;
    while (!rest.empty()) {
        std::size_t n = rest.size() <= kSaveSlice ? rest.size() : safeCut(rest, kSaveSlice);
        if (n == 0) {
            n = std::min(rest.size(), kSaveSlice); // a slice of only backslashes: cannot be
        }
        const QByteArray utf8 = Models::decodeJsonString(rest.substr(0, n)).toUtf8();
        if (file.write(utf8) != utf8.size()) {
            *error = file.errorString();
            file.cancelWriting();
            return false;
        }
        rest.remove_prefix(n);
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace Dbtc::Ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <cstdint>
#include <string_view>
#include <vector>

namespace Dbtc::Models {

//! \brief Minimal indented JSON writer. models/ may not use Qt's JSON classes (layer rule), and the
//! summary only needs objects, arrays, strings and integers.
class ArtifactJsonWriter
{
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(std::string_view k);
    void value(std::string_view utf8); //!< escapes as needed
    void value(const QString &s);
    void escapedValue(std::string_view alreadyEscaped); //!< JSON string body taken verbatim
    void value(std::int64_t n);
    //! The shortest text that reads back as \a d (JSON has no NaN or infinity: those are null).
    void number(double d);
    void null();
    QByteArray take();

private:
    void separator();
    void newline();
    void writeEscaped(std::string_view s);

    QByteArray m_out;
    std::vector<bool> m_hasItems; // per open container
    bool m_afterKey = false;
};

} // namespace Dbtc::Models

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to models/: the simdjson On-Demand readers behind ArtifactIndex. Not for other
// layers (simdjson is a private dependency of dbtc_models).

#include "artifacts/artifactindex.h"

#include <simdjson.h>
#include <string>

namespace Dbtc::Models::Detail {

namespace od = simdjson::ondemand;

//! Thrown for input that is valid JSON but not a usable artifact; \a where points into the buffer.
struct ParseFailure
{
    std::string message;
    const char *where = nullptr;
};

struct ParseCancelled
{
};

//! \brief Shared helpers of the artifact readers: strings as buffer views, strict type checks
//! with messages, progress and cancel.
class Reader
{
public:
    Reader(const char *base,
        std::size_t size,
        StringArena &arena,
        ArtifactData &data,
        const LoadControl &control)
        : m_base(base)
        , m_size(size)
        , m_arena(arena)
        , m_data(data)
        , m_control(control)
    { }

    ArtifactData &data() { return m_data; }

    std::uint16_t documentIndex() const { return std::uint16_t(m_data.documents.size() - 1); }

    //! A string (or null -> empty) as a view into the buffer; unescaped into the arena if needed.
    std::string_view text(od::value v, const char *what);
    //! A string left escaped for lazy decoding (or null -> empty).
    JsonText longText(od::value v, const char *what);
    //! Any scalar as written (string bodies without quotes); containers give "{…}"/"[…]".
    std::string_view scalar(od::value v);
    //! An object or array as its JSON text (null -> empty), for fields read lazily.
    std::string_view rawJson(od::value v, od::json_type expected, const char *what);
    double number(od::value v, const char *what);
    std::int64_t integer(od::value v, const char *what); //!< null -> -1
    bool boolean(od::value v, const char *what);
    od::object object(od::value v, const char *what);
    od::array array(od::value v, const char *what);
    bool isNull(od::value v);
    //! The exact key (unescaped if it has escapes).
    std::string_view key(od::field &f);

    //! A copy of a short string in the arena, for strings read in bulk after the parse
    //! (unique_ids, search fields): scattered over a file of hundreds of MB every access to
    //! them was a cache and TLB miss; packed together they stay in cache.
    std::string_view keepId(std::string_view id) { return m_arena.copy(id); }

    //! The key for dispatching on known names: escapes left in place (no known key has any).
    std::string_view rawKey(od::field &f) const;

    //! Reports progress and checks cancel; cheap enough to call per entity.
    void tick(od::value &v);
    [[noreturn]] void fail(const char *where, std::string message) const;

    const char *at(od::value &v) { return v.raw_json_token().data(); }

private:
    const char *m_base;
    std::size_t m_size;
    StringArena &m_arena;
    ArtifactData &m_data;
    const LoadControl &m_control;
    int m_lastPercent = -1;
    unsigned m_ticks = 0;
};

void readManifest(Reader &r, od::object root);
void readCatalog(Reader &r, od::object root);
void readResults(Reader &r, od::object root, ArtifactKind kind);

//! Parses one padded buffer into \a data (documents gets a new entry). False + message on error.
bool parseArtifactBuffer(const char *bytes,
    std::size_t size,
    std::size_t capacity,
    const QString &name,
    ArtifactData &data,
    StringArena &arena,
    std::optional<ArtifactKind> expected,
    const LoadControl &control,
    QString *error);

} // namespace Dbtc::Models::Detail

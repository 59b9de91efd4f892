// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace Dbtc::Models {

//! \brief unique_id -> index lookup for ArtifactIndex: open addressing over one flat array.
//! Keys are views into the file buffers. std::unordered_map cost a node allocation per id and
//! two dependent cache misses per lookup; here a lookup is one probe into the array (the
//! stored hash rejects other ids without touching their bytes) plus one compare of the key.
class ArtifactIdMap
{
public:
    //! Empties the map and sizes it for \a expected keys (it still grows if more come).
    void reset(std::size_t expected);
    //! Adds \a key -> \a value unless the key is there already (the first one wins); false
    //! if it was there.
    bool insert(std::string_view key, std::uint32_t value);
    //! The value stored for \a key, or -1.
    std::int64_t find(std::string_view key) const;

    std::size_t size() const { return m_size; }

    static std::uint64_t hash(std::string_view key);

private:
    struct Slot
    {
        const char *data = nullptr; //!< null: empty slot
        std::uint32_t size = 0;
        std::uint32_t hash = 0;
        std::uint32_t value = 0;
    };

    void grow();

    std::vector<Slot> m_slots; // power-of-two size, at most half full
    std::size_t m_size = 0;
};

} // namespace Dbtc::Models

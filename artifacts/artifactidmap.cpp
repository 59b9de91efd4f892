// SPDX-License-Identifier: GPL-3.0-or-later
#include "artifacts/artifactidmap.h"

#include <bit>
#include <cstring>

namespace Dbtc::Models {

namespace {

// Empty keys are legal (a malformed manifest may have ""), so an empty slot is marked by a
// null pointer and an empty key is stored with a non-null one.
const char kEmptyKey[] = "";

std::uint64_t mix(std::uint64_t h, std::uint64_t w)
{
    h ^= w;
    h *= 0x9E3779B97F4A7C15ull;
    return h ^ (h >> 32);
}

bool sameKey(const char *data, std::uint32_t size, std::string_view key)
{
    return size == key.size() && (size == 0 || std::memcmp(data, key.data(), size) == 0);
}

} // namespace

// unique_ids share long prefixes ("model.my_project.") and differ near the end, so every byte
// must count: eight bytes per multiply, then the usual 64-bit finaliser.
std::uint64_t ArtifactIdMap::hash(std::string_view key)
{
    const char *p = key.data();
    std::size_t n = key.size();
    std::uint64_t h = 0x243F6A8885A308D3ull ^ n;
    while (n >= 8) {
        std::uint64_t w;
        std::memcpy(&w, p, 8);
        h = mix(h, w);
        p += 8;
        n -= 8;
    }
    if (n > 0) {
        std::uint64_t w = 0;
        std::memcpy(&w, p, n);
        h = mix(h, w);
    }
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDull;
    h ^= h >> 33;
    return h;
}

void ArtifactIdMap::reset(std::size_t expected)
{
    const std::size_t capacity = std::bit_ceil(std::max<std::size_t>(16, expected * 2));
    m_slots.assign(capacity, Slot {});
    m_size = 0;
}

void ArtifactIdMap::grow()
{
    std::vector<Slot> old;
    old.swap(m_slots);
    m_slots.assign(std::max<std::size_t>(16, old.size() * 2), Slot {});
    const std::size_t mask = m_slots.size() - 1;
    for (const Slot &s : old) {
        if (!s.data) {
            continue;
        }
        // The stored 32 bits are the hash's high half; the low half picked the slot. Rehash.
        std::size_t i = std::size_t(hash({ s.data, s.size })) & mask;
        while (m_slots[i].data) {
            i = (i + 1) & mask;
        }
        m_slots[i] = s;
    }
}

bool ArtifactIdMap::insert(std::string_view key, std::uint32_t value)
{
    if ((m_size + 1) * 2 > m_slots.size()) {
        grow();
    }
    const std::uint64_t h = hash(key);
    const auto tag = std::uint32_t(h >> 32);
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = std::size_t(h) & mask;; i = (i + 1) & mask) {
        Slot &s = m_slots[i];
        if (!s.data) {
            s = Slot {
                key.empty() ? kEmptyKey : key.data(), std::uint32_t(key.size()), tag, value
            };
            ++m_size;
            return true;
        }
        if (s.hash == tag && sameKey(s.data, s.size, key)) {
            return false;
        }
    }
}

std::int64_t ArtifactIdMap::find(std::string_view key) const
{
    if (m_slots.empty()) {
        return -1;
    }
    const std::uint64_t h = hash(key);
    const auto tag = std::uint32_t(h >> 32);
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = std::size_t(h) & mask;; i = (i + 1) & mask) {
        const Slot &s = m_slots[i];
        if (!s.data) {
            return -1;
        }
        if (s.hash == tag && sameKey(s.data, s.size, key)) {
            return s.value;
        }
    }
}

} // namespace Dbtc::Models

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <string_view>
#include <vector>

namespace Dbtc::Models {

//! \brief Bump allocator for the few strings that cannot be views into the file buffer
//! (identifiers that contain JSON escapes). Views it hands out stay valid for its lifetime.
class StringArena
{
public:
    std::string_view copy(std::string_view s);

    std::size_t bytesUsed() const { return m_used; }

private:
    static constexpr std::size_t kChunk = 64 * 1024;
    std::vector<std::unique_ptr<char[]>> m_chunks;
    char *m_cursor = nullptr;
    std::size_t m_left = 0;
    std::size_t m_used = 0;
};

} // namespace Dbtc::Models

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"

#include <utility>
#include <variant>

namespace Dbtc::Api {

//! \brief Either a value or an ApiError: std::expected<T, ApiError> until we can use C++23.
template <typename T> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { } // NOLINT: implicit on purpose

    Result(ApiError error)
        : m_value(std::move(error))
    { } // NOLINT: implicit on purpose

    bool ok() const { return m_value.index() == 0; }

    explicit operator bool() const { return ok(); }

    //! \pre ok()
    const T &value() const { return std::get<0>(m_value); }

    T &value() { return std::get<0>(m_value); }

    const T &operator*() const { return value(); }

    const T *operator->() const { return &value(); }

    //! \pre !ok()
    const ApiError &error() const { return std::get<1>(m_value); }

private:
    std::variant<T, ApiError> m_value;
};

} // namespace Dbtc::Api

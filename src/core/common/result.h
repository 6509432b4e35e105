#pragma once

#include "diagnostic.h"

#include <QString>

#include <utility>
#include <variant>

namespace cbw::core {

// Why an operation failed, with where when the cause is a position in a file.
struct Error
{
    QString message;
    SourceLocation location;

    Error() = default;
    Error(QString msg, SourceLocation loc = {})
        : message(std::move(msg))
        , location(std::move(loc))
    {}

    QString toString() const { return Diagnostic::error({}, message, location).toGccString(); }
};

// expected<T, Error>: std::expected is C++23 and we build as C++20.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// For operations that return nothing on success.
struct Success
{
};
using VoidResult = Result<Success>;

} // namespace cbw::core

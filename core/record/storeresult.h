#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace console {

// Why a store call failed, in words for the user, plus the driver's own code for support.
struct StoreError
{
    QString message;
    QString nativeCode;
};

// A value or a StoreError: every store call returns one, nothing throws.
template<typename T> class [[nodiscard]] StoreResult
{
public:
    StoreResult(T value)
        : m_value(std::move(value))
    {
    }
    StoreResult(StoreError error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    const T *operator->() const { return &*m_value; }

    // Empty when ok().
    const StoreError &error() const { return m_error; }
    QString errorMessage() const { return m_error.message; }

private:
    std::optional<T> m_value;
    StoreError m_error;
};

// For calls that produce nothing but may fail.
using StoreStatus = StoreResult<std::monostate>;
inline StoreStatus storeOk()
{
    return StoreStatus(std::monostate{});
}

} // namespace console

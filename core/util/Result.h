#pragma once
// A value or an error a prosecutor can act on. Core returns these instead of throwing for
// anything caused by input (files, models, parameters); exceptions are kept for broken
// invariants and failures of the storage layer itself.
#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace cluedesk {

struct Error {
    QString message;
    QString code; // stable machine-readable reason, e.g. "import.duplicate-file"
};

template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) { }
    Result(Error error) : m_state(std::move(error)) { }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    T& value() { return std::get<T>(m_state); }
    const T& value() const { return std::get<T>(m_state); }
    T& operator*() { return value(); }
    const T& operator*() const { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    const Error& error() const { return std::get<Error>(m_state); }
    QString errorMessage() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_state;
};

// For operations that produce nothing but may fail.
struct Done { };
using Status = Result<Done>;
inline Status success()
{
    return Done{};
}
inline Error fail(QString message, QString code = {})
{
    return Error{std::move(message), std::move(code)};
}

} // namespace cluedesk

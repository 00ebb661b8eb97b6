#pragma once
// Hands items from one producing thread to one consuming thread, at most `capacity` waiting.
// Either side can stop the other: the consumer by close() (the producer's next put() returns
// false), the producer by failing (the consumer's next take() rethrows what it threw).
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>

namespace cluedesk {

template <typename T> class HandOff {
public:
    explicit HandOff(size_t capacity) : m_capacity(capacity) { }

    // Waits while full; false once the consumer has closed.
    bool put(T item)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_closed || m_items.size() < m_capacity; });
        if (m_closed)
            return false;
        m_items.push_back(std::move(item));
        m_changed.notify_all();
        return true;
    }

    // The producer ends with no more items (finish) or with what it threw (fail).
    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_changed.notify_all();
    }
    void fail(std::exception_ptr error)
    {
        std::lock_guard lock(m_mutex);
        m_error = std::move(error);
        m_finished = true;
        m_changed.notify_all();
    }

    // Waits for the next item; nullopt once the producer finished and all was taken.
    std::optional<T> take()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_finished || !m_items.empty(); });
        if (!m_items.empty()) {
            T item = std::move(m_items.front());
            m_items.pop_front();
            m_changed.notify_all();
            return item;
        }
        if (m_error)
            std::rethrow_exception(m_error);
        return std::nullopt;
    }

    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }

private:
    const size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<T> m_items;
    std::exception_ptr m_error;
    bool m_finished = false;
    bool m_closed = false;
};

} // namespace cluedesk
